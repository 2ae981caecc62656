package dev.pincite.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The figures one evaluation set measured, in the order they are printed: fractions as {@link
 * Double} in [0, 1], counts (documents, files the extractor skipped) as {@link Integer}. The names
 * are the keys of {@code eval/floors.yaml}.
 *
 * @param set the set's name in {@code eval/floors.yaml}: {@code gold}, {@code heldout}, {@code
 *     polnear}, {@code fpb}, {@code argument} or {@code readability}
 * @param values the figures by name, in print order
 */
public record Figures(String set, Map<String, Number> values) {

  public Figures {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /**
   * One figure.
   *
   * @param name its name
   * @return its value
   * @throws IllegalArgumentException when the set does not measure it
   */
  public double get(String name) {
    Number value = values.get(name);
    if (value == null) {
      throw new IllegalArgumentException(
          set + " measures no figure " + name + ": " + values.keySet());
    }
    return value.doubleValue();
  }
}
