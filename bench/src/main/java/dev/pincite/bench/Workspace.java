package dev.pincite.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The benchmark's work folder: a generated index is kept between runs under a name that says what
 * it holds (claims and seed), so tuning runs do not regenerate it; scratch folders are emptied
 * before use.
 */
final class Workspace {

  /** Bump when the generator changes, so a kept index of the old generator is not reused. */
  static final String GENERATOR_VERSION = "2";

  private final Path root;

  Workspace(Path root) throws IOException {
    this.root = Files.createDirectories(root);
  }

  Path root() {
    return root;
  }

  /** The folder of the generated search index for a corpus. */
  Path searchIndex(long claims, long seed) {
    return root.resolve("index-" + claims + "-" + seed);
  }

  /** Whether a generated index is complete (its marker is written after the commit). */
  boolean isComplete(Path dir) {
    return Files.exists(dir.resolve(".complete-v" + GENERATOR_VERSION));
  }

  /** The folder of the generated HTML pages for the reindex benchmark. */
  Path htmlPages(long claims, long seed) {
    return root.resolve("html-" + claims + "-" + seed);
  }

  void markComplete(Path dir) throws IOException {
    Files.writeString(dir.resolve(".complete-v" + GENERATOR_VERSION), "ok", StandardCharsets.UTF_8);
  }

  /** Deletes a folder and everything below it, if it exists. */
  static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
