package dev.pincite.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pincite.cite.CitationCheck.Status;
import dev.pincite.index.StoredClaim;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemoCheckerTest {

  private static final String OLD_MARGINS =
      "Selling compute is not the same as operating a cloud, and the margins show it.";
  private static final String NEW_MARGINS =
      "Selling compute is not the same as running a cloud, and the margins show it.";

  private final StoredClaim oldMargins = Fixtures.claim(2, OLD_MARGINS, "Jane Roe");
  private final StoredClaim newMargins = Fixtures.claim(2, NEW_MARGINS, "Jane Roe");
  private final StoredClaim capex =
      Fixtures.claim(3, "Capital spending will double next year as data centres fill up.", null);
  private final StoredClaim deleted =
      Fixtures.claim(4, "Investors should ignore the quarterly noise entirely.", null);
  private final StoredClaim hiring =
      Fixtures.claim(5, "The company hired two hundred engineers for its chip team.", null);

  /** Before the edit: all four claims exist. After: margins reworded, one sentence deleted. */
  private final Fixtures.MemoryLookup after =
      new Fixtures.MemoryLookup()
          .add(oldMargins, capex, deleted, hiring)
          .remove(oldMargins, deleted)
          .add(newMargins);

  private final CitationFormatter formatter = new CitationFormatter("https://archive.example");

  private String memo() {
    return "# Memo\n\n"
        + "Roe doubts the cloud story: "
        + formatter.format(oldMargins, CitationStyle.MARKDOWN).text()
        + "\n\n"
        + "Spending keeps rising [@"
        + capex.claim().id()
        + "]. Also see https://other.host/claims/"
        + deleted.claim().id()
        + ".\n\n"
        + "```\nhttps://archive.example/claims/zzzzzzzzzzzzzz\n```\n";
  }

  @Test
  void scanFindsLinksKeysAndBareUrlsButNotCode() {
    List<MemoCitation> citations = MemoCitations.scan(memo());
    assertEquals(
        List.of(oldMargins.claim().id(), capex.claim().id(), deleted.claim().id()),
        citations.stream().map(MemoCitation::id).toList());
    assertEquals(MemoCitation.Kind.LINK, citations.get(0).kind());
    assertEquals(OLD_MARGINS, citations.get(0).quote());
    assertTrue(citations.get(0).quoteIsLinkText());
    assertEquals(MemoCitation.Kind.KEY, citations.get(1).kind());
    assertNull(citations.get(1).quote());
    assertEquals(5, citations.get(1).line());
  }

  @Test
  void reportsResolvesChangedWithSuggestionAndMissing() throws IOException {
    MemoReport report = new MemoChecker(after).check(memo());
    List<CitationCheck> checks = report.checks();
    assertEquals(Status.CHANGED, checks.get(0).status());
    assertEquals(newMargins, checks.get(0).suggestion().claim());
    assertTrue(checks.get(0).fixable());
    assertEquals(Status.UNCHANGED, checks.get(1).status());
    assertEquals(Status.REMOVED, checks.get(2).status());
    assertFalse(checks.get(2).fixable());
    assertTrue(report.anyRemoved());
  }

  @Test
  void aResolvingIdWhoseSentenceLacksTheQuoteHasChanged() throws IOException {
    String memo =
        "She wrote that “spending will triple next year” [@" + capex.claim().id() + "].\n";
    CitationCheck check = new MemoChecker(after).check(memo).checks().get(0);
    assertEquals(Status.CHANGED, check.status());
    assertEquals(capex, check.current());
  }

  @Test
  void aPartialQuoteWithEllipsisResolves() throws IOException {
    String memo =
        "As she put it, “Capital spending will double … as data centres fill up” [@"
            + capex.claim().id()
            + "]; and “the quarterly noise” is short.\n";
    CitationCheck check = new MemoChecker(after).check(memo).checks().get(0);
    assertEquals(Status.UNCHANGED, check.status());
  }

  @Test
  void quotesIgnoresCaseQuoteStyleAndFinalPunctuation() {
    assertTrue(MemoChecker.quotes("it’s THE margins.", "He said it's the margins that matter."));
    assertFalse(MemoChecker.quotes("the margins matter", "The margins show it."));
  }

  @Test
  void fixRewritesTheChangedLinkAndItsQuotedTextOnly() throws IOException {
    MemoChecker checker = new MemoChecker(after);
    String memo = memo();
    MemoChecker.Fixed fixed = MemoChecker.fix(memo, checker.check(memo));
    assertEquals(1, fixed.fixed());
    assertTrue(
        fixed
            .memo()
            .contains(
                "[“"
                    + NEW_MARGINS
                    + "”](https://archive.example/claims/"
                    + newMargins.claim().id()
                    + ")"),
        fixed.memo());
    assertTrue(fixed.memo().contains("/claims/" + deleted.claim().id()), "missing stays");
    MemoReport again = checker.check(fixed.memo());
    assertEquals(Status.UNCHANGED, again.checks().get(0).status());
    assertEquals(Status.REMOVED, again.checks().get(2).status());
  }

  @Test
  void referencesAreAppendedThenRefreshedInPlace() throws IOException {
    MemoChecker checker = new MemoChecker(after);
    String memo = MemoChecker.fix(memo(), checker.check(memo())).memo();
    MemoReport report = checker.check(memo);
    List<StoredClaim> cited = ReferenceList.citedClaims(report);
    assertEquals(List.of(newMargins, capex), cited);
    String once = ReferenceList.refresh(memo, cited, formatter, CitationStyle.APA);
    assertTrue(
        once.contains("<!-- pincite:references style=apa -->\n1. Roe, J., & Doe, J. (2026"), once);
    String twice = ReferenceList.refresh(once, cited, formatter, CitationStyle.CHICAGO);
    assertEquals(1, twice.split("pincite:references style", -1).length - 1, twice);
    assertTrue(twice.contains("style=chicago"), twice);
    assertEquals(3, checker.check(twice).checks().size(), "the list itself is not checked");
    assertEquals(CitationStyle.CHICAGO, ReferenceList.existingStyle(twice).orElseThrow());
    assertTrue(ReferenceList.existingStyle(memo).isEmpty());
  }

  @Test
  void bibtexReferencesGoInOneFencedBlock() {
    String memo =
        ReferenceList.refresh("Text.\n", List.of(capex, hiring), formatter, CitationStyle.BIBTEX);
    assertTrue(
        memo.startsWith("Text.\n\n<!-- pincite:references style=bibtex -->\n```bibtex\n@misc{"),
        memo);
    assertEquals(2, memo.split("@misc\\{", -1).length - 1, memo);
    assertTrue(memo.endsWith("```\n<!-- /pincite:references -->\n"), memo);
  }

  @Test
  void twoClaimsOfOneArticleMakeOneReferenceNamingTheirParagraphs() {
    String memo =
        ReferenceList.refresh("Text.\n", List.of(capex, hiring), formatter, CitationStyle.APA);
    assertTrue(memo.contains("\n1. Roe, J., & Doe, J. (2026"), memo);
    assertFalse(memo.contains("\n2. "), "one article, one reference: " + memo);
    assertTrue(memo.contains(" Cited at ¶ 3, ¶ 5.\n"), memo);
  }

  @Test
  void anIdOneKeystrokeOffSuggestsTheClaimItMeant() throws IOException {
    String id = capex.claim().id();
    char last = id.charAt(id.length() - 1);
    String replaced = id.substring(0, id.length() - 1) + (last == 'a' ? 'b' : 'a');
    String swapped = id.substring(0, 8) + id.charAt(9) + id.charAt(8) + id.substring(10);
    MemoChecker checker = new MemoChecker(after);
    for (String typo : List.of(replaced, swapped)) {
      if (typo.equals(id)) {
        continue;
      }
      CitationCheck check = checker.check("See [@" + typo + "].").checks().getFirst();
      assertEquals(Status.REMOVED, check.status(), typo);
      assertEquals(capex, check.nearId(), typo);
    }
    assertNull(
        checker.check("See [@" + id.substring(0, 6) + "zzzzzzzz].").checks().getFirst().nearId(),
        "no claim is one keystroke away");
  }
}
