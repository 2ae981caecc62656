package dev.pincite.index;

import static org.junit.jupiter.api.Assertions.*;

import dev.pincite.search.ClaimSearcher;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real reindex process halfway (SIGKILL, no shutdown hooks) and checks that the previous
 * index still opens with exactly its old content, and that the next reindex works (the write lock
 * died with the process). The child ({@link PausingReindex}) runs the {@link Reindexer} and, after
 * {@value #PAUSE_AFTER} of its files, says so on its output and waits: the kill then always lands
 * inside the reindex, however fast the machine, instead of after a guessed sleep.
 */
class KilledReindexIT {

  static final int FILES = 4000;
  static final int PAUSE_AFTER = 2000;
  static final String PAUSED = "paused after ";

  @TempDir Path corpus;
  @TempDir Path index;

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void killingAReindexHalfwayLeavesTheOldIndexServing() throws Exception {
    write("first.txt", "First\n\nThe first document has two sentences. This is the second.\n");
    new Reindexer(corpus, index, Reindexer.Options.defaults()).run();
    long before = claims();
    Set<String> committed = files();

    for (int i = 0; i < FILES; i++) {
      write(
          "bulk/doc" + i + ".txt",
          "Document "
              + i
              + "\n\nCompany "
              + i
              + " reported results. Analysts said demand would grow. Margins were thin.\n");
    }
    Process child = reindexProcess();
    String signal = awaitPause(child);
    assertEquals(PAUSED + PAUSE_AFTER + " files", signal);
    assertTrue(child.isAlive(), "the reindex waits, midway, to be killed");
    Set<String> written = files();
    written.removeAll(committed);
    child.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL on Unix
    assertFalse(child.isAlive());
    assertFalse(written.isEmpty(), "the killed reindex had written files of its own");

    try (ClaimSearcher searcher = ClaimSearcher.open(index)) {
      assertEquals(before, count(searcher), "the old index serves with its old content");
      assertEquals(1, searcher.documents().size());
    }
    ReindexReport next =
        new Reindexer(corpus, index, new Reindexer.Options(false, 2, new Reindexer.Listener() {}))
            .run();
    assertEquals(FILES + 1, next.documentsTotal());
  }

  /**
   * Reads the child's output until it says it paused.
   *
   * @return the line that says so
   */
  private static String awaitPause(Process child) throws Exception {
    List<String> output = new ArrayList<>();
    CompletableFuture<String> paused =
        CompletableFuture.supplyAsync(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(
                      new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                  if (line.startsWith(PAUSED)) {
                    return line;
                  }
                  output.add(line);
                }
                return null;
              } catch (IOException e) {
                return null;
              }
            });
    String line;
    try {
      line = paused.get(120, TimeUnit.SECONDS);
    } finally {
      if (!paused.isDone()) {
        child.destroyForcibly();
      }
    }
    if (line == null) {
      fail(
          "the reindex ended (exit "
              + child.waitFor()
              + ") without pausing; its output:\n"
              + String.join("\n", output));
    }
    return line;
  }

  private Process reindexProcess() throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        List.of(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            PausingReindex.class.getName(),
            corpus.toString(),
            index.toString(),
            String.valueOf(PAUSE_AFTER));
    return new ProcessBuilder(command).redirectErrorStream(true).start();
  }

  /**
   * The child: an incremental reindex on one thread that prints {@code paused after N files} once N
   * files are done and then waits until it is killed. Arguments: corpus, index, N.
   */
  static final class PausingReindex {
    public static void main(String[] args) throws Exception {
      int pauseAfter = Integer.parseInt(args[2]);
      AtomicInteger done = new AtomicInteger();
      CountDownLatch never = new CountDownLatch(1);
      Reindexer.Listener listener =
          new Reindexer.Listener() {
            @Override
            public void fileDone(String path) {
              if (done.incrementAndGet() == pauseAfter) {
                System.out.println(PAUSED + pauseAfter + " files");
                System.out.flush();
                try {
                  // Should the test die before killing it, do not outlive it for long.
                  never.await(5, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                Runtime.getRuntime().halt(3);
              }
            }
          };
      new Reindexer(Path.of(args[0]), Path.of(args[1]), new Reindexer.Options(false, 1, listener))
          .run();
      System.out.println("finished without pausing");
    }
  }

  private Set<String> files() throws IOException {
    try (Stream<Path> list = Files.list(index)) {
      return list.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
    }
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
