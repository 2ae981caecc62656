package dev.pincite.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    assertTrue(clean.out().contains("3 citations: 3 resolve, 0 changed, 0 missing"), clean.out());
    text = Files.readString(memo, StandardCharsets.UTF_8);
    assertTrue(text.contains("<!-- pincite:references style=markdown -->\n1. [“" + KEPT), text);

    writeDocument(context + " " + KEPT, EDITED_AFTER, "Nobody knows how this ends.");
    reindex();
    String newId = StableIds.claimId(PATH, EDITED_AFTER);

    Run run = cite(memo.toString(), "--index", index.toString());
    assertEquals(1, run.exit(), run.out() + run.err());
    List<String> lines = run.out().lines().toList();
    assertTrue(
        lines.get(0).contains("resolves") && lines.get(0).contains(kept.claim().id()), run.out());
    assertTrue(
        lines.get(1).contains("changed") && lines.get(1).contains(edited.claim().id()), run.out());
    assertTrue(lines.get(1).contains("-> " + newId) && lines.get(1).contains("clear"), run.out());
    assertTrue(
        lines.get(2).contains("missing") && lines.get(2).contains(deleted.claim().id()), run.out());
    assertTrue(run.out().contains("3 citations: 1 resolve, 1 changed, 1 missing"), run.out());
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
    assertTrue(after.out().contains("3 citations: 2 resolve, 0 changed, 1 missing"), after.out());
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
