package dev.pincite.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The answers test corpus of {@code eval/answers/corpus} (three invented documents arguing with
 * each other across files, and a news item), read from there at test time and served by a {@link
 * TestArchive} with its registry.
 */
final class DebateArchive {

  private DebateArchive() {}

  static TestArchive start(Path tmp, int pageSize) throws IOException {
    Path source = Path.of(System.getProperty("pincite.root"), "eval", "answers", "corpus");
    Map<String, String> files = new LinkedHashMap<>();
    try (Stream<Path> walk = Files.walk(source)) {
      for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
        files.put(
            source.relativize(file).toString(), Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    return TestArchive.start(tmp, files, pageSize);
  }
}
