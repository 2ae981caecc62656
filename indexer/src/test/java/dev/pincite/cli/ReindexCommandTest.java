package dev.pincite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** What {@code pincite reindex} says and the exit code it ends with (issue 17). */
class ReindexCommandTest {

  private static final String NOTE =
      "# Quarterly note\n\nOrbital Freight said its margins will widen next year.\n";

  @Test
  void everyFileIndexedExitsZeroAndSaysParsed(@TempDir Path tmp) throws IOException {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(corpus.resolve("note.md"), NOTE, StandardCharsets.UTF_8);
    Run run = reindex(corpus, tmp.resolve("index"));
    assertEquals(0, run.exit(), run.out());
    assertTrue(run.out().contains("\n  files parsed     1 ("), run.out());
    assertFalse(run.out().contains("files read"), run.out());
    assertTrue(run.out().contains("\n  files skipped    0\n"), run.out());
    Run again = reindex(corpus, tmp.resolve("index"));
    assertEquals(0, again.exit(), again.out());
    assertTrue(again.out().contains("\n  files parsed     0 ("), again.out());
    assertTrue(again.out().contains("\n  files unchanged  1\n"), again.out());
  }

  @Test
  void skippedFilesAreListedOnceAndExitThree(@TempDir Path tmp) throws IOException {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(corpus.resolve("note.md"), NOTE, StandardCharsets.UTF_8);
    Files.write(corpus.resolve("scan.txt"), "%PDF-1.4 not text".getBytes(StandardCharsets.UTF_8));
    Run run = reindex(corpus, tmp.resolve("index"));
    assertEquals(ReindexCommand.SKIPPED_FILES, run.exit(), run.out());
    assertEquals(3, ReindexCommand.SKIPPED_FILES);
    assertTrue(run.out().contains("\n  files skipped    1\n    scan.txt: "), run.out());
    assertEquals(1, run.out().split("scan\\.txt", -1).length - 1, run.out());
    assertTrue(run.out().contains("index now holds  1 documents"), run.out());
  }

  @Test
  void helpDocumentsTheExitCodes() {
    StringWriter usage = new StringWriter();
    PinciteCommand.commandLine(new String[] {"reindex"})
        .getSubcommands()
        .get("reindex")
        .usage(new PrintWriter(usage));
    String text = usage.toString();
    assertTrue(text.contains("Exit codes:"), text);
    assertTrue(text.contains("  3   done, with skipped files"), text);
    assertTrue(text.contains("  2   failed"), text);
  }

  private record Run(int exit, String out) {}

  private static Run reindex(Path corpus, Path index) {
    StringWriter out = new StringWriter();
    CommandLine cli = PinciteCommand.commandLine(new String[] {"reindex"});
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(out));
    int exit = cli.execute("reindex", "--corpus", corpus.toString(), "--index", index.toString());
    return new Run(exit, out.toString());
  }
}
