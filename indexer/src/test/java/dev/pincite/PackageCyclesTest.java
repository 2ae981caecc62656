package dev.pincite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages of every module's main sources depend on each other without a cycle (issue 13), so
 * each stage (ingest, claims, index, search ...) can be read, tested and replaced on its own. Reads
 * the sources as text: a package depends on another where its code names {@code dev.pincite.X.Y}
 * (an import, a static import or a qualified name outside comments).
 */
class PackageCyclesTest {

  private static final Pattern REFERENCE =
      Pattern.compile("\\bdev\\.pincite\\.([a-z][a-z0-9_]*)\\.[A-Z]");

  @Test
  void mainPackagesHaveNoCycle() throws IOException {
    // Surefire runs in the module's folder; every module of the build is beside it.
    Path root = Path.of("").toAbsolutePath().getParent();
    Map<String, Set<String>> graph = dependencies(root);
    assertTrue(graph.containsKey("index") && graph.containsKey("search"), "read " + graph);
    assertEquals(Optional.empty(), cycle(graph), "a cycle among the dev.pincite packages");
  }

  @Test
  void findsACycleThroughSeveralPackages() {
    Map<String, Set<String>> graph =
        Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a"));
    assertEquals(Optional.of(List.of("a", "b", "c", "a")), cycle(graph));
    assertFalse(cycle(Map.of("a", Set.of("b"), "b", Set.of("c"))).isPresent());
  }

  /** Package → the other dev.pincite packages its main sources name, in every module. */
  private static Map<String, Set<String>> dependencies(Path root) throws IOException {
    Map<String, Set<String>> graph = new TreeMap<>();
    try (Stream<Path> modules = Files.list(root)) {
      for (Path sources : modules.map(m -> m.resolve("src/main/java/dev/pincite")).toList()) {
        if (!Files.isDirectory(sources)) {
          continue;
        }
        try (Stream<Path> files = Files.walk(sources)) {
          for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
            String from = sources.relativize(file.getParent()).toString().replace('/', '.');
            Set<String> to = graph.computeIfAbsent(from, p -> new TreeSet<>());
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
              Matcher m = REFERENCE.matcher(code(line));
              while (m.find()) {
                if (!m.group(1).equals(from)) {
                  to.add(m.group(1));
                }
              }
            }
          }
        }
      }
    }
    return graph;
  }

  /** The line without comments: javadoc links do not make a dependency. */
  private static String code(String line) {
    String strip = line.strip();
    if (strip.startsWith("*") || strip.startsWith("/*") || strip.startsWith("//")) {
      return "";
    }
    int comment = line.indexOf("//");
    return comment < 0 ? line : line.substring(0, comment);
  }

  /** The first cycle found by a depth-first walk, as the packages along it, or empty. */
  static Optional<List<String>> cycle(Map<String, Set<String>> graph) {
    Set<String> done = new TreeSet<>();
    for (String start : new TreeSet<>(graph.keySet())) {
      Optional<List<String>> found = walk(start, graph, new ArrayList<>(), done);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static Optional<List<String>> walk(
      String node, Map<String, Set<String>> graph, List<String> path, Set<String> done) {
    int seen = path.indexOf(node);
    if (seen >= 0) {
      List<String> cycle = new ArrayList<>(path.subList(seen, path.size()));
      cycle.add(node);
      return Optional.of(cycle);
    }
    if (done.contains(node)) {
      return Optional.empty();
    }
    path.add(node);
    for (String next : new TreeSet<>(graph.getOrDefault(node, Set.of()))) {
      Optional<List<String>> found = walk(next, graph, path, done);
      if (found.isPresent()) {
        return found;
      }
    }
    path.removeLast();
    done.add(node);
    return Optional.empty();
  }
}
