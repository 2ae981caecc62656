package dev.pincite.index;

import static org.junit.jupiter.api.Assertions.*;

import dev.pincite.search.ClaimSearcher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18: no single entry of the corpus folder fails the whole reindex. Each odd entry (a link
 * out of the corpus, a dangling link, a loop, a pipe, an unreadable folder, a name the locale
 * cannot decode) is reported as skipped with a reason, and the rest is indexed and committed.
 */
class CorpusEntriesTest {

  @TempDir Path root;
  Path corpus;
  Path index;

  @BeforeEach
  void writeCorpus() throws IOException {
    corpus = root.resolve("corpus");
    index = root.resolve("index");
    write("alpha.md", "# Alpha\n\nCompute is the new oil. Prices are rising.\n");
    write("notes/beta.txt", "Beta Notes\n\nNeoclouds rent out GPU capacity. Margins are thin.\n");
  }

  @Test
  void aLinkOutOfTheCorpusIsNeverReadAndALinkInsideIsFollowed() throws IOException {
    Path secret = Files.writeString(root.resolve("secret.txt"), "Secret\n\nThe password is x.\n");
    Files.createSymbolicLink(corpus.resolve("passwd_link.txt"), secret);
    Files.createSymbolicLink(corpus.resolve("etc.txt"), Path.of("/etc/passwd"));
    Files.createSymbolicLink(corpus.resolve("alias.md"), Path.of("alpha.md"));
    ReindexReport report = reindex();
    Map<String, String> skipped = skipped(report);
    assertEquals(List.of("etc.txt", "passwd_link.txt"), List.copyOf(skipped.keySet()));
    skipped.values().forEach(r -> assertTrue(r.contains("outside the corpus"), r));
    assertEquals(3, report.documentsTotal(), "alpha.md, alias.md and notes/beta.txt");
    try (ClaimSearcher searcher = ClaimSearcher.open(index)) {
      assertTrue(
          searcher.documents().stream().noneMatch(d -> d.path().contains("passwd")),
          searcher.documents().toString());
    }
  }

  @Test
  void danglingLinksLoopsAndPipesAreReportedAndTheRestIndexed() throws Exception {
    Files.createSymbolicLink(corpus.resolve("gone.md"), corpus.resolve("missing.md"));
    Files.createSymbolicLink(corpus.resolve("loop.md"), Path.of("loop.md"));
    Files.createSymbolicLink(corpus.resolve("ping.md"), Path.of("pong.md"));
    Files.createSymbolicLink(corpus.resolve("pong.md"), Path.of("ping.md"));
    run("mkfifo", corpus.resolve("pipe.txt").toString());
    ReindexReport report = reindex();
    Map<String, String> skipped = skipped(report);
    assertEquals(
        List.of("gone.md", "loop.md", "ping.md", "pipe.txt", "pong.md"),
        List.copyOf(skipped.keySet()));
    assertTrue(skipped.get("gone.md").contains("does not exist"), skipped.toString());
    assertTrue(skipped.get("loop.md").contains("loop"), skipped.toString());
    assertTrue(skipped.get("pipe.txt").contains("not a regular file"), skipped.toString());
    assertEquals(2, report.documentsTotal());
    assertTrue(report.claimsTotal() >= 3, report.toString());
  }

  @Test
  void anUnreadableFolderIsReportedAndWhatItHeldStaysIndexed() throws IOException {
    write("locked/gamma.md", "# Gamma\n\nGamma rays are bright. They are also rare.\n");
    assertEquals(3, reindex().documentsTotal());
    Path locked = corpus.resolve("locked");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      ReindexReport report = reindex();
      if (Files.isReadable(locked)) {
        // Root reads every folder: there is nothing to skip, and everything stays indexed.
        assertEquals(Map.of(), skipped(report));
      } else {
        Map<String, String> skipped = skipped(report);
        assertEquals(List.of("locked"), List.copyOf(skipped.keySet()));
        assertTrue(skipped.get("locked").contains("permission denied"), skipped.toString());
        assertEquals(0, report.filesRemoved());
      }
      assertEquals(3, report.documentsTotal(), "gamma.md keeps its earlier version");
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void aNameTheCLocaleCannotDecodeIsReportedAndTheRestIndexed() throws Exception {
    // Written by the shell from bytes, so the test does not depend on this JVM's own locale.
    run(
        "sh",
        "-c",
        "printf '# Caf\\n\\nCoffee is hot. It is served.\\n' > \"$(printf 'caf\\303\\251.md')\"",
        corpus.toString());
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder child =
        new ProcessBuilder(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            "dev.pincite.cli.PinciteCommand",
            "reindex",
            "--corpus",
            corpus.toString(),
            "--index",
            index.toString());
    child.environment().clear();
    child.environment().put("PATH", "/usr/bin:/bin");
    child.environment().put("LC_ALL", "C");
    child.redirectErrorStream(true);
    Process process = child.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), output);
    assertEquals(3, process.exitValue(), "3: done, with skipped files\n" + output);
    assertTrue(output.contains("files skipped    1"), output);
    assertTrue(output.contains("cannot be decoded in this locale"), output);
    assertTrue(output.contains("index now holds  2 documents"), output);
  }

  private ReindexReport reindex() throws IOException {
    return new Reindexer(corpus, index, Reindexer.Options.defaults()).run();
  }

  private static Map<String, String> skipped(ReindexReport report) {
    return report.skipped().stream()
        .collect(
            Collectors.toMap(
                ReindexReport.Skipped::path,
                ReindexReport.Skipped::reason,
                (a, b) -> a,
                TreeMap::new));
  }

  private void run(String... command) throws Exception {
    List<String> args = List.of(command);
    ProcessBuilder builder;
    if (command[0].equals("sh")) {
      builder = new ProcessBuilder(args.subList(0, 3)).directory(Path.of(command[3]).toFile());
    } else {
      builder = new ProcessBuilder(args);
    }
    Process process = builder.inheritIO().start();
    assertTrue(process.waitFor(30, TimeUnit.SECONDS));
    assertEquals(0, process.exitValue(), String.join(" ", command));
  }

  private void write(String path, String text) throws IOException {
    Path file = corpus.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
