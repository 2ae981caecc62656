package dev.pincite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code score-claims} over a tiny held-out set of the tests' own ({@code
 * src/test/resources/eval/heldout}): figures beside floors, {@code --check}, and the sets it skips.
 */
class ScoreClaimsCommandTest {

  @TempDir Path tmp;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private static Path heldout() throws Exception {
    return Path.of(ScoreClaimsCommandTest.class.getResource("/eval/heldout").toURI());
  }

  private Path floors(String yaml) throws Exception {
    Path file = tmp.resolve("floors.yaml");
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    return file;
  }

  private int run(String... args) {
    CommandLine cli = PinciteCommand.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    List<String> all = new ArrayList<>(List.of("score-claims"));
    all.addAll(List.of("--corpus", tmp.resolve("corpus").toString()));
    all.addAll(List.of(args));
    return cli.execute(all.toArray(String[]::new));
  }

  @Test
  void scoresTheHeldOutSetAndPrintsEachFigureBesideItsFloor() throws Exception {
    Path floors = floors("gold:\nheldout:\n  documents: 1\n  gold_sentences: 2\n");
    int code =
        run("--set", "heldout", "--heldout", heldout().toString(), "--floors", floors.toString());
    assertEquals(0, code, err.toString());
    String printed = out.toString();
    assertTrue(printed.contains("== heldout: "), printed);
    assertTrue(printed.matches("(?s).*documents +1 +>= 1\\n.*"), printed);
    assertTrue(printed.matches("(?s).*own_voice_kept +\\d\\.\\d{3} +-\\n.*"), printed);
    assertTrue(!printed.contains("BELOW"), printed);
  }

  @Test
  void checkExitsWithOneWhenAFigureIsBelowItsFloor() throws Exception {
    Path floors = floors("heldout:\n  documents: 2\n");
    String[] args = {"--set", "heldout", "--heldout", heldout().toString(), "--floors", ""};
    args[5] = floors.toString();
    assertEquals(0, run(args), "without --check a figure below its floor is only reported");
    assertTrue(out.toString().contains("below the floor: heldout.documents"), out.toString());
    List<String> checked = new ArrayList<>(List.of(args));
    checked.add("--check");
    assertEquals(1, run(checked.toArray(String[]::new)));
    assertTrue(out.toString().matches("(?s).*documents +1 +>= 2 +BELOW\\n.*"), out.toString());
  }

  @Test
  void aFloorForAFigureTheSetDoesNotMeasureIsAnError() throws Exception {
    Path floors = floors("heldout:\n  sentence_recal: 0.5\n");
    int code =
        run("--set", "heldout", "--heldout", heldout().toString(), "--floors", floors.toString());
    assertEquals(2, code);
    assertTrue(err.toString().contains("heldout.sentence_recal is not a figure"), err.toString());
  }

  @Test
  void skipsAMissingHeldOutSetAndMissingDevSetsWithAMessage() throws Exception {
    Path floors = floors("heldout:\npolnear:\n  attributed_f1: 0.5\n");
    int code =
        run(
            "--set",
            "heldout",
            "--heldout",
            tmp.resolve("none").toString(),
            "--floors",
            floors.toString(),
            "--check");
    assertEquals(0, code, err.toString());
    code =
        run(
            "--set",
            "polnear",
            "--claims-dev",
            tmp.resolve("no-shared").toString(),
            "--floors",
            floors.toString(),
            "--check");
    assertEquals(0, code, err.toString());
    String printed = out.toString();
    assertTrue(printed.contains("== heldout: skipped: no labels (*.jsonl) in "), printed);
    assertTrue(printed.contains("== polnear: skipped: no claims-dev folder at "), printed);
  }

  @Test
  void scoresALaterHeldOutSetFromTheFolderGivenForIt() throws Exception {
    Path floors = floors("heldout2:\n  documents: 1\n");
    int code =
        run(
            "--set",
            "heldout2",
            "--folder",
            "heldout2=" + heldout(),
            "--floors",
            floors.toString(),
            "--check");
    assertEquals(0, code, err.toString());
    assertTrue(out.toString().contains("== heldout2: " + heldout()), out.toString());
  }

  @Test
  void anUnknownSetIsAnErrorNamingTheSets() throws Exception {
    int code = run("--set", "heldout4", "--floors", floors("gold:\n").toString());
    assertEquals(2, code);
    assertTrue(
        err.toString().contains("no set heldout4; the sets are gold, heldout,"), err.toString());
  }
}
