package dev.pincite.index;

import static org.junit.jupiter.api.Assertions.*;

import dev.pincite.search.ClaimSearcher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real {@code pincite reindex} process halfway (SIGKILL, no shutdown hooks) and checks that
 * the previous index still opens with exactly its old content, and that the next reindex works (the
 * write lock died with the process).
 */
class KilledReindexIT {

  @TempDir Path corpus;
  @TempDir Path index;

  @Test
  void killingAReindexHalfwayLeavesTheOldIndexServing() throws Exception {
    write("first.txt", "First\n\nThe first document has two sentences. This is the second.\n");
    new Reindexer(corpus, index, Reindexer.Options.defaults()).run();
    long before = claims();

    for (int i = 0; i < 4000; i++) {
      write(
          "bulk/doc" + i + ".txt",
          "Document "
              + i
              + "\n\nCompany "
              + i
              + " reported results. Analysts said demand would grow. Margins were thin.\n");
    }
    Process child = reindexProcess();
    Path lock = index.resolve("write.lock");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!Files.exists(lock) && child.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    Thread.sleep(300);
    boolean killedMidway = child.isAlive();
    child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    Assumptions.assumeTrue(
        killedMidway, "the reindex finished before it could be killed; nothing to check");

    try (ClaimSearcher searcher = ClaimSearcher.open(index)) {
      assertEquals(before, count(searcher), "the old index serves with its old content");
      assertEquals(1, searcher.documents().size());
    }
    ReindexReport next =
        new Reindexer(corpus, index, new Reindexer.Options(false, 2, new Reindexer.Listener() {}))
            .run();
    assertEquals(4001, next.documentsTotal());
  }

  private Process reindexProcess() throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        List.of(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            "dev.pincite.cli.PinciteCommand",
            "reindex",
            "--threads",
            "1",
            "--corpus",
            corpus.toString(),
            "--index",
            index.toString());
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  private long claims() throws Exception {
    try (ClaimSearcher searcher = ClaimSearcher.open(index)) {
      return count(searcher);
    }
  }

  private static long count(ClaimSearcher searcher) throws Exception {
    return searcher.claimCount();
  }

  private void write(String path, String text) throws IOException {
    Path file = corpus.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
