package dev.pincite.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The expected minimum of every figure of every evaluation set, read from one file ({@code
 * eval/floors.yaml} at the project root, in the manner of Anserini's regression YAML). {@code
 * score-claims}, {@code score-extraction} and the tests that enforce the floors all read it, so a
 * floor is raised in one place.
 *
 * <p>The file maps each set to its figures; a figure's value is its floor, or {@code {max: N}} for
 * a figure that must not rise above {@code N}. A set may be empty ({@code heldout: {}}): its
 * figures are printed without floors. Immutable and thread safe.
 */
public final class Floors {

  /**
   * The claim sets, in the order {@code score-claims --set all} scores them: the gold set, the
   * frozen held-out sets, their pool, the labelled answers and the three public development sets.
   */
  public static final List<String> CLAIM_SETS =
      Stream.of(
              Stream.of("gold"),
              HeldOutSet.folders().stream(),
              Stream.of(
                  "blind",
                  "answers",
                  "answers2",
                  "answers3",
                  "debates",
                  "polnear",
                  "fpb",
                  "argument"))
          .flatMap(s -> s)
          .toList();

  /** The sets the file may name: the claim sets and the extraction sets. */
  public static final List<String> SETS =
      Stream.concat(CLAIM_SETS.stream(), Stream.of("readability", ExtractionDevScorer.SET))
          .toList();

  private final Path file;
  private final Map<String, Map<String, Floor>> bySet;

  private Floors(Path file, Map<String, Map<String, Floor>> bySet) {
    this.file = file;
    this.bySet = bySet;
  }

  /**
   * Reads a floors file.
   *
   * @param file the YAML file
   * @return its floors
   * @throws IOException when it cannot be read, or names an unknown set or a value that is not a
   *     number or {@code {max: number}}, with the set and figure in the message
   */
  public static Floors load(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException("no floors file " + file);
    }
    JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
    if (root == null || !root.isObject()) {
      throw new IOException(file + ": expected a mapping from set to figures");
    }
    Map<String, Map<String, Floor>> bySet = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> set : root.properties()) {
      if (!SETS.contains(set.getKey())) {
        throw new IOException(file + ": unknown set " + set.getKey() + " (sets: " + SETS + ")");
      }
      bySet.put(set.getKey(), figures(file, set.getKey(), set.getValue()));
    }
    return new Floors(file, Collections.unmodifiableMap(bySet));
  }

  private static Map<String, Floor> figures(Path file, String set, JsonNode node)
      throws IOException {
    Map<String, Floor> floors = new LinkedHashMap<>();
    if (node == null || node.isNull()) {
      return floors;
    }
    if (!node.isObject()) {
      throw new IOException(file + ": " + set + ": expected a mapping from figure to floor");
    }
    for (Map.Entry<String, JsonNode> figure : node.properties()) {
      JsonNode value = figure.getValue();
      JsonNode max = value.get("max");
      try {
        if (value.isNumber()) {
          floors.put(figure.getKey(), new Floor(value.doubleValue(), false));
        } else if (value.isObject() && value.size() == 1 && max != null && max.isNumber()) {
          floors.put(figure.getKey(), new Floor(max.doubleValue(), true));
        } else {
          throw new IllegalArgumentException("expected a number or {max: number}, got " + value);
        }
      } catch (IllegalArgumentException e) {
        throw new IOException(file + ": " + set + "." + figure.getKey() + ": " + e.getMessage(), e);
      }
    }
    return Collections.unmodifiableMap(floors);
  }

  /** The file these floors were read from. */
  public Path file() {
    return file;
  }

  /**
   * The floors of one set.
   *
   * @param set a set name, one of {@link #SETS}
   * @return its floors by figure name, in file order; empty when the file gives none
   */
  public Map<String, Floor> of(String set) {
    if (!SETS.contains(set)) {
      throw new IllegalArgumentException("unknown set " + set + " (sets: " + SETS + ")");
    }
    return bySet.getOrDefault(set, Map.of());
  }

  /**
   * Compares a set's figures with its floors.
   *
   * @param figures the figures measured
   * @return each figure beside its floor
   * @throws IllegalArgumentException when the file gives a floor for a figure the set does not
   *     measure (a misspelt floor would otherwise guard nothing)
   */
  public FloorCheck check(Figures figures) {
    Map<String, Floor> floors = of(figures.set());
    for (String name : floors.keySet()) {
      if (!figures.values().containsKey(name)) {
        throw new IllegalArgumentException(
            file
                + ": "
                + figures.set()
                + "."
                + name
                + " is not a figure of that set; its figures: "
                + figures.values().keySet());
      }
    }
    return new FloorCheck(figures, floors);
  }
}
