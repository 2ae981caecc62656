package dev.pincite.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pincite.cli.PinciteCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The benchmark corpus is reproducible and the benchmark runs end to end on a tiny archive. */
class BenchCommandTest {

  private static final List<String> SENTENCES =
      IntStream.range(0, 40)
          .mapToObj(i -> "The market for item number " + i + " grew and the analysts said so.")
          .toList();

  @Test
  void sameSeedGivesTheSameCorpusAndAnotherSeedAnother() {
    List<String> first = fingerprint(new SyntheticCorpus(500, 7, SENTENCES));
    List<String> again = fingerprint(new SyntheticCorpus(500, 7, SENTENCES));
    List<String> other = fingerprint(new SyntheticCorpus(500, 8, SENTENCES));
    assertEquals(first, again);
    assertNotEquals(first, other);
  }

  @Test
  void corpusHoldsExactlyTheClaimsAskedFor() {
    long claims = 0;
    for (SyntheticCorpus.Document doc : new SyntheticCorpus(1234, 1, SENTENCES).documents()) {
      claims += doc.claims().size();
    }
    assertEquals(1234, claims);
  }

  @Test
  void claimsVaryBeyondThePoolSentences() {
    Set<String> texts = new HashSet<>();
    long claims = 0;
    for (SyntheticCorpus.Document doc : new SyntheticCorpus(3000, 3, SENTENCES).documents()) {
      for (SyntheticCorpus.SyntheticClaim c : doc.claims()) {
        texts.add(c.claim().text());
        claims++;
        for (String sentence : c.sentences()) {
          assertTrue(c.claim().text().contains(sentence), c.claim().text());
        }
      }
    }
    // 40 pool sentences, 1 to 3 per claim, some words swapped: far more texts than sentences.
    assertTrue(texts.size() > 10 * SENTENCES.size(), texts.size() + " distinct texts of " + claims);
  }

  @Test
  void spliceJoinsTheFirstClauseOfOneSentenceToTheLastOfAnother() {
    assertEquals(
        "Markets fell sharply, as the chip makers warned on demand.",
        SyntheticCorpus.splice(
            "Markets fell sharply, and nobody knew why.",
            "After the bell, as the chip makers warned on demand."));
    assertEquals(
        "No comma here at all.",
        SyntheticCorpus.splice("No comma here at all.", "After the bell, prices rose a lot."));
  }

  @Test
  void benchRunsEndToEndAndPrintsEveryFigure(@TempDir Path work) {
    StringWriter out = new StringWriter();
    CommandLine cli = PinciteCommand.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(out));
    int exit =
        cli.execute(
            "bench",
            "--claims",
            "2000",
            "--reindex-claims",
            "300",
            "--queries",
            "30",
            "--warm-up",
            "100",
            "--work",
            work.toString(),
            "--shared",
            sharedFolder().toString(),
            // Without ../shared (a clone on its own) the sentences come from the bundled corpus.
            "--corpus",
            Path.of(System.getProperty("pincite.root", ".."), "corpus").toString());
    String printed = out.toString();
    assertEquals(0, exit, printed);
    for (String figure :
        List.of(
            "reindex wall time",
            "reindex pages/s",
            "reindex MB/s",
            "reindex --full over the existing index",
            "reindex stages (s)",
            "reindex wall time as its own timers split it (s)",
            "the files' stage on its 2 threads (thread-s)",
            "cross-document linking: claims searched / answers found",
            "claim extraction alone, claims/s",
            "search p50",
            "search p50 in-process, no HTTP",
            "search answer size, mean bytes: /api/search / /api/v1/search",
            "search p95",
            "search p99",
            "queries/s, 2 clients",
            "HTTP errors | 0 of",
            "start-up to first answer",
            "start-up to first answer without the launcher's JDK AOT cache",
            "start-up to first answer through bin/pincite serve",
            "System load average",
            "heap in use after opening",
            "| phrase+filter |")) {
      assertTrue(printed.contains(figure), figure + " missing from:\n" + printed);
    }
    assertTrue(
        printed.matches("(?s).*answer size, mean bytes[^|]*\\| [1-9][0-9,]* / [1-9][0-9,]* .*"),
        "both answer sizes are measured:\n" + printed);
  }

  private static List<String> fingerprint(SyntheticCorpus corpus) {
    List<String> out = new ArrayList<>();
    for (SyntheticCorpus.Document doc : corpus.documents()) {
      out.add(doc.article().path() + " " + doc.article().site() + " " + doc.article().published());
      for (SyntheticCorpus.SyntheticClaim c : doc.claims()) {
        out.add(c.claim().toString());
      }
    }
    return out;
  }

  private static Path sharedFolder() {
    String shared = System.getProperty("pincite.shared");
    return Path.of(shared == null ? "../shared" : shared);
  }
}
