package dev.pincite.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pincite.claims.StableIds;
import dev.pincite.cli.CiteCommand;
import dev.pincite.index.Reindexer;
import dev.pincite.index.StoredClaim;
import dev.pincite.search.ClaimSearcher;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The issue's acceptance test: reindex a corpus, cite three claims in a memo, edit one source
 * sentence and delete another, reindex, and check the memo with {@code cite}.
 */
class CiteCommandEndToEndTest {

  private static final String PATH = "essays/compute.md";
  private static final String KEPT =
      "Selling compute by the hour is a commodity business with thin margins.";
  private static final String EDITED_BEFORE =
      "The hyperscalers will keep their pricing power for at least another five years.";
  private static final String EDITED_AFTER =
      "The hyperscalers will keep their pricing power for at least another three years.";
  private static final String DELETED = "Investors should ignore the quarterly capex headlines.";

  @TempDir Path corpus;
  @TempDir Path index;
  @TempDir Path work;

  private void writeDocument(String... paragraphs) throws IOException {
    Path file = corpus.resolve(PATH);
    Files.createDirectories(file.getParent());
    String front =
        "---\ntitle: The Compute Trade\nauthor: Jane Roe\nsite: Example Review\n"
            + "published: 2026-07-01\nurl: https://review.example.com/compute\n---\n\n";
    Files.writeString(file, front + String.join("\n\n", paragraphs) + "\n", StandardCharsets.UTF_8);
  }

  private void writeDocumentAt(String path, String... paragraphs) throws IOException {
    Path file = corpus.resolve(path);
    Files.createDirectories(file.getParent());
    String front =
        "---\ntitle: The Compute Trade\nauthor: Jane Roe\nsite: Example Review\n"
            + "published: 2026-07-01\nurl: https://review.example.com/compute\n---\n\n";
    Files.writeString(file, front + String.join("\n\n", paragraphs) + "\n", StandardCharsets.UTF_8);
  }

  private void reindex() throws IOException {
    new Reindexer(corpus, index, Reindexer.Options.defaults()).run();
  }

  private StoredClaim claim(String text) throws IOException {
    try (ClaimSearcher searcher = ClaimSearcher.open(index)) {
      return searcher
          .claim(StableIds.claimId(PATH, text))
          .orElseThrow(() -> new AssertionError("not indexed: " + text));
    }
  }

  private record Run(int exit, String out, String err) {}

  private Run cite(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new CiteCommand());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void reportsFineChangedAndMissingAndFixRepairsTheChangedOne() throws IOException {
    String context = "Cloud pricing has been debated for years among analysts and operators.";
    writeDocument(
        context + " " + KEPT, EDITED_BEFORE + " " + DELETED, "Nobody knows how this ends.");
    reindex();
    CitationFormatter formatter = new CitationFormatter("http://127.0.0.1:7070");
    StoredClaim kept = claim(KEPT);
    StoredClaim edited = claim(EDITED_BEFORE);
    StoredClaim deleted = claim(DELETED);
    Path memo = work.resolve("memo.md");
    String text =
        "# Compute memo\n\n"
            + "The economics are poor: "
            + formatter.format(kept, CitationStyle.MARKDOWN).text()
            + "\n\nOn pricing, Roe is confident "
            + formatter.format(edited, CitationStyle.MARKDOWN).text()
            + "\n\nShe also wrote that “investors should ignore the quarterly capex headlines” [@"
            + deleted.claim().id()
            + "].\n";
    Files.writeString(memo, text, StandardCharsets.UTF_8);

    Run clean = cite(memo.toString(), "--index", index.toString(), "--references", "markdown");
    assertEquals(0, clean.exit(), clean.out() + clean.err());
    assertTrue(clean.out().contains("3 citations: 3 unchanged, 0 changed, 0 removed"), clean.out());
    text = Files.readString(memo, StandardCharsets.UTF_8);
    assertTrue(text.contains("<!-- pincite:references style=markdown -->\n1. [“" + KEPT), text);

    writeDocument(context + " " + KEPT, EDITED_AFTER, "Nobody knows how this ends.");
    reindex();
    String newId = StableIds.claimId(PATH, EDITED_AFTER);

    Run run = cite(memo.toString(), "--index", index.toString());
    assertEquals(1, run.exit(), run.out() + run.err());
    List<String> lines = run.out().lines().toList();
    assertTrue(
        lines.get(0).contains("unchanged") && lines.get(0).contains(kept.claim().id()), run.out());
    assertTrue(
        lines.get(1).contains("changed") && lines.get(1).contains(edited.claim().id()), run.out());
    assertTrue(lines.get(1).contains("-> " + newId) && lines.get(1).contains("clear"), run.out());
    assertTrue(
        lines.get(2).contains("removed") && lines.get(2).contains(deleted.claim().id()), run.out());
    assertTrue(run.out().contains("3 citations: 1 unchanged, 1 changed, 1 removed"), run.out());
    assertEquals(text, Files.readString(memo, StandardCharsets.UTF_8), "no --fix, no rewrite");

    Run fix = cite(memo.toString(), "--index", index.toString(), "--fix");
    assertEquals(1, fix.exit(), "still missing one: " + fix.out());
    assertTrue(fix.out().contains("fixed 1 citation(s)"), fix.out());
    String fixed = Files.readString(memo, StandardCharsets.UTF_8);
    assertTrue(fixed.contains("/claims/" + newId + ")"), fixed);
    assertFalse(fixed.contains("/claims/" + edited.claim().id()), "list refreshed too: " + fixed);
    assertTrue(fixed.contains("[“" + EDITED_AFTER + "”]"), fixed);
    assertTrue(fixed.contains("\n2. [“" + EDITED_AFTER + "”]"), fixed);

    cite(memo.toString(), "--index", index.toString(), "--references", "apa");
    String apa = Files.readString(memo, StandardCharsets.UTF_8);
    assertTrue(
        apa.contains("<!-- pincite:references style=apa -->\n1. Roe, J. (2026, July 1)."), apa);
    assertFalse(apa.contains("style=markdown"), apa);

    Run after = cite(memo.toString(), "--index", index.toString());
    assertTrue(after.out().contains("3 citations: 2 unchanged, 0 changed, 1 removed"), after.out());
  }

  private static final String ANSWERED = "Hyperscalers will keep pricing power for a decade.";
  private static final String ANSWER =
      "But their biggest customers already design their own chips.";
  private static final Instant BEFORE_MEMO = Instant.parse("2026-02-01T10:00:00Z");
  private static final Instant AFTER_MEMO = Instant.parse("2026-03-10T10:00:00Z");

  private void reindexAt(Instant now) throws IOException {
    new Reindexer(
            corpus, index, Reindexer.Options.defaults().withClock(Clock.fixed(now, ZoneOffset.UTC)))
        .run();
  }

  /**
   * The issue's "answered since" acceptance test: a memo dated between two reindexes cites three
   * claims; the second reindex adds a counterclaim answering one of them.
   */
  @Test
  void reportsExactlyTheClaimAnsweredSinceTheMemosDateWithTheAnswersCitation() throws IOException {
    writeDocument(KEPT, ANSWERED, DELETED);
    reindexAt(BEFORE_MEMO);
    CitationFormatter formatter = new CitationFormatter("http://127.0.0.1:7070");
    Path memo = work.resolve("memo.md");
    Files.writeString(
        memo,
        "---\ntitle: Compute\ndate: 2026-03-01\n---\n\n"
            + formatter.format(claim(KEPT), CitationStyle.MARKDOWN).text()
            + "\n\n"
            + formatter.format(claim(ANSWERED), CitationStyle.MARKDOWN).text()
            + "\n\n"
            + formatter.format(claim(DELETED), CitationStyle.MARKDOWN).text()
            + "\n",
        StandardCharsets.UTF_8);

    Run before = cite(memo.toString(), "--index", index.toString());
    assertEquals(0, before.exit(), before.out() + before.err());
    assertTrue(before.out().contains("0 answered since 2026-03-02T00:00:00Z"), before.out());

    writeDocument(KEPT, ANSWERED + " " + ANSWER, DELETED);
    reindexAt(AFTER_MEMO);
    StoredClaim answer = claim(ANSWER);
    assertEquals(claim(ANSWERED).claim().id(), answer.claim().counters(), "the rules link it");
    assertEquals(AFTER_MEMO.toString(), answer.firstIndexed());
    assertEquals(BEFORE_MEMO.toString(), claim(ANSWERED).firstIndexed(), "kept across reindexes");

    Run after = cite(memo.toString(), "--index", index.toString());
    assertEquals(1, after.exit(), "an answer needs the writer's attention: " + after.out());
    assertTrue(after.out().contains("1 answered since 2026-03-02T00:00:00Z"), after.out());
    List<String> lines = after.out().lines().toList();
    String answeredId = claim(ANSWERED).claim().id();
    assertTrue(lines.get(0).contains("unchanged"), after.out());
    assertTrue(
        lines.get(1).contains("unchanged") && lines.get(1).contains(answeredId), after.out());
    assertTrue(
        lines.get(2).contains("answered since by " + answer.claim().id())
            && lines.get(2).contains(ANSWER),
        after.out());
    String citation = formatter.format(answer, CitationStyle.MARKDOWN).text();
    assertEquals("      " + citation, lines.get(3), "the citation, ready to paste");
    assertTrue(lines.get(4).contains("unchanged"), after.out());
    assertEquals(1, after.out().split("answered since by", -1).length - 1, after.out());

    Run json = cite(memo.toString(), "--index", index.toString(), "--format", "json");
    assertEquals(1, json.exit(), json.err());
    JsonNode report = new ObjectMapper().readTree(json.out());
    assertEquals(1, report.get("summary").get("answered_since").asInt(), json.out());
    assertEquals(3, report.get("summary").get("unchanged").asInt(), json.out());
    JsonNode checks = report.get("checks");
    assertEquals(0, checks.get(0).get("answers").size());
    assertEquals(0, checks.get(2).get("answers").size());
    JsonNode only = checks.get(1).get("answers").get(0);
    assertEquals(answer.claim().id(), only.get("claim").get("claim").get("id").asText());
    assertEquals(citation, only.get("citation").asText());
    assertEquals("unchanged", checks.get(1).get("status").asText());

    Run later =
        cite(memo.toString(), "--index", index.toString(), "--since", "2026-03-10T10:00:01Z");
    assertEquals(0, later.exit(), "--since overrides the memo's date: " + later.out());
    Run badDate = cite(memo.toString(), "--index", index.toString(), "--since", "March");
    assertEquals(2, badDate.exit());
    assertTrue(badDate.err().contains("got: March"), badDate.err());
  }

  /**
   * A memo citing two claims of a file that is then moved to another folder, unchanged: both
   * citations are reported moved, with their new ids, and {@code --fix} rewrites them.
   */
  @Test
  void aCitationOfARenamedFileIsReportedMovedWithItsNewId() throws IOException {
    writeDocument(KEPT, ANSWERED);
    reindexAt(BEFORE_MEMO);
    CitationFormatter formatter = new CitationFormatter("http://127.0.0.1:7070");
    StoredClaim kept = claim(KEPT);
    StoredClaim answered = claim(ANSWERED);
    Path memo = work.resolve("memo.md");
    Files.writeString(
        memo,
        "# Compute\n\n"
            + formatter.format(kept, CitationStyle.MARKDOWN).text()
            + "\n\nAnd a key with a quote: “Hyperscalers will keep pricing power” [@"
            + answered.claim().id()
            + "].\n",
        StandardCharsets.UTF_8);

    String moved = "archive/2026/compute.md";
    Files.createDirectories(corpus.resolve(moved).getParent());
    Files.move(corpus.resolve(PATH), corpus.resolve(moved));
    reindexAt(AFTER_MEMO);
    String keptNow = StableIds.claimId(moved, KEPT);
    String answeredNow = StableIds.claimId(moved, ANSWERED);

    Run run = cite(memo.toString(), "--index", index.toString());
    assertEquals(0, run.exit(), "a moved citation says the same: " + run.out() + run.err());
    List<String> lines = run.out().lines().toList();
    assertTrue(
        lines.get(0).contains("moved") && lines.get(0).contains(kept.claim().id()), run.out());
    assertTrue(lines.get(0).contains("-> " + keptNow), run.out());
    assertTrue(lines.get(0).contains(PATH + " -> " + moved), run.out());
    assertTrue(
        lines.get(1).contains("moved") && lines.get(1).contains("-> " + answeredNow), run.out());
    assertTrue(
        run.out().contains("2 citations: 0 unchanged, 0 changed, 0 removed, 2 moved"), run.out());

    Run json = cite(memo.toString(), "--index", index.toString(), "--format", "json");
    JsonNode report = new ObjectMapper().readTree(json.out());
    assertEquals(2, report.get("summary").get("moved").asInt(), json.out());
    assertEquals(
        keptNow,
        report.get("checks").get(0).get("suggestion").get("claim").get("claim").get("id").asText());

    Run fix = cite(memo.toString(), "--index", index.toString(), "--fix");
    assertTrue(fix.out().contains("fixed 2 citation(s)"), fix.out());
    String fixed = Files.readString(memo, StandardCharsets.UTF_8);
    assertTrue(
        fixed.contains("/claims/" + keptNow + ")") && fixed.contains("[@" + answeredNow + "]"),
        fixed);
    Run after = cite(memo.toString(), "--index", index.toString());
    assertTrue(after.out().contains("2 citations: 2 unchanged"), after.out());
  }

  /** A moved file whose cited sentence was also edited: the citation changed, not moved. */
  @Test
  void aCitationOfAFileMovedAndEditedIsChanged() throws IOException {
    writeDocument(KEPT, EDITED_BEFORE);
    reindexAt(BEFORE_MEMO);
    Path memo = work.resolve("memo.md");
    StoredClaim edited = claim(EDITED_BEFORE);
    Files.writeString(
        memo, "“" + EDITED_BEFORE + "” [@" + edited.claim().id() + "]\n", StandardCharsets.UTF_8);
    Files.delete(corpus.resolve(PATH));
    writeDocumentAt("archive/compute.md", KEPT, EDITED_AFTER);
    reindexAt(AFTER_MEMO);

    Run run = cite(memo.toString(), "--index", index.toString());
    assertEquals(1, run.exit(), run.out());
    assertTrue(run.out().contains("removed") || run.out().contains("changed"), run.out());
    assertFalse(
        run.out().contains(" moved "), "an edited sentence did not only move: " + run.out());
  }

  @Test
  void aMissingMemoOrIndexIsAClearError() throws IOException {
    Run noMemo = cite(work.resolve("nope.md").toString(), "--index", index.toString());
    assertEquals(2, noMemo.exit());
    assertTrue(noMemo.err().contains("memo not found"), noMemo.err());
    Path memo = work.resolve("memo.md");
    Files.writeString(memo, "Nothing cited.\n", StandardCharsets.UTF_8);
    Run noIndex = cite(memo.toString(), "--index", work.resolve("no-index").toString());
    assertEquals(2, noIndex.exit());
    assertTrue(noIndex.err().contains("no index at"), noIndex.err());
  }
}
