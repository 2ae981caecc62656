package dev.pincite.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.pincite.cli.ExtractProcess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link DevSetScorer} against a stand-in {@code score.py} that does what the real ones do in
 * small: writes an input file into {@code --work}, runs the {@code --extract} command once with it
 * appended, and writes figures to {@code --json}.
 */
class DevSetScorerTest {

  @TempDir Path tmp;

  private static final String FAKE_SCORER =
      """
      import argparse, json, os, shlex, subprocess, sys
      ap = argparse.ArgumentParser()
      ap.add_argument("--extract"); ap.add_argument("--json"); ap.add_argument("--work")
      a = ap.parse_args()
      doc = os.path.join(a.work, "it's one.md")
      with open(doc, "w", encoding="utf-8") as f:
          f.write("Vantage Rail will close two depots, said Mia Okoye.\\n")
      p = subprocess.run(shlex.split(a.extract) + [doc], capture_output=True, text=True)
      if p.returncode != 0:
          sys.exit("extract failed: " + p.stderr)
      printed = [json.loads(l) for l in p.stdout.splitlines() if l.startswith("{")]
      claims = printed[0]["claims"] if printed else []
      attributed = sum(1 for c in claims if c.get("attributed"))
      json.dump({"counterclaim": {"precision": 0.5, "recall": 0.25, "f1": 1 / 3},
                 "counterclaim_broad": {"precision": 0.5, "recall": 0.25, "f1": 1 / 3},
                 "counters_target_accuracy": attributed / max(1, len(claims)),
                 "fu_macro_f1": 0.5, "context_rate": 0.0, "central_claim_argumentative": 1.0,
                 "missing": 1 - len(printed)}, open(a.json, "w"))
      print("summary: fake")
      """;

  private Path claimsDev(String script) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("claims dev").resolve("argument-dev"));
    Files.writeString(dir.resolve("score.py"), script, StandardCharsets.UTF_8);
    return dir.getParent();
  }

  @Test
  void runsTheScorerWithExtractInANewJvmAndReadsItsFigures() throws Exception {
    assumeTrue(ScorerProcess.python().isPresent(), "python3 is not on the PATH");
    Path claimsDev = claimsDev(FAKE_SCORER);
    Path root = Path.of(System.getProperty("pincite.root"));
    DevSetScorer scorer =
        new DevSetScorer(claimsDev, ExtractProcess.command(root.resolve("corpus")), tmp);
    DevSetScorer.Result result = scorer.score(DevSet.ARGUMENT, tmp.resolve("work"));
    Figures figures = result.figures();
    assertEquals("argument", figures.set());
    assertEquals(
        0, figures.values().get("missing"), "extract printed the file: " + result.output());
    assertEquals(1.0, figures.get("counters_target"), "the one claim is attributed");
    assertEquals(1 / 3.0, figures.get("counterclaim_f1"), 1e-12);
    assertEquals(
        DevSet.ARGUMENT.figures().stream().map(DevSet.Figure::name).toList(),
        List.copyOf(figures.values().keySet()));
    assertTrue(result.output().contains("summary: fake"), result.output());
  }

  @Test
  void aFailingScorerFailsWithItsOutput() throws Exception {
    assumeTrue(ScorerProcess.python().isPresent(), "python3 is not on the PATH");
    Path claimsDev = claimsDev("import sys\nprint('no data here')\nsys.exit(3)\n");
    DevSetScorer scorer = new DevSetScorer(claimsDev, List.of("true"), tmp);
    IOException e =
        assertThrows(IOException.class, () -> scorer.score(DevSet.ARGUMENT, tmp.resolve("work")));
    assertTrue(e.getMessage().contains("exit 3"), e.getMessage());
    assertTrue(e.getMessage().contains("no data here"), e.getMessage());
  }

  @Test
  void quotesArgumentsForShlex() {
    assertEquals("/usr/bin/java", ScorerProcess.shellQuote("/usr/bin/java"));
    assertEquals("'a b'", ScorerProcess.shellQuote("a b"));
    assertEquals("'it'\"'\"'s'", ScorerProcess.shellQuote("it's"));
    assertEquals("''", ScorerProcess.shellQuote(""));
  }
}
