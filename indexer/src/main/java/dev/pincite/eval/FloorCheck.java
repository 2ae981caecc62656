package dev.pincite.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A set's figures beside their floors ({@link Floors#check}).
 *
 * @param figures the figures measured
 * @param floors the floors by figure name; a figure without one is printed without
 */
public record FloorCheck(Figures figures, Map<String, Floor> floors) {

  public FloorCheck {
    floors = Map.copyOf(floors);
  }

  /** The names of the figures that do not keep their floor, in print order. */
  public List<String> failures() {
    return figures.values().entrySet().stream()
        .filter(e -> floors.containsKey(e.getKey()))
        .filter(e -> !floors.get(e.getKey()).admits(e.getValue().doubleValue()))
        .map(Map.Entry::getKey)
        .toList();
  }

  /** Whether every figure keeps its floor. */
  public boolean passed() {
    return failures().isEmpty();
  }

  /**
   * One line per figure: name, value, floor, and {@code BELOW} when the floor is not kept.
   *
   * @return the lines, each ending in a line break
   */
  public String table() {
    List<String> failures = failures();
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "  %-34s %8s   %s%n", "figure", "value", "floor"));
    figures
        .values()
        .forEach(
            (name, value) -> {
              Floor floor = floors.get(name);
              String line =
                  String.format(
                      Locale.ROOT,
                      "  %-34s %8s   %-9s%s",
                      name,
                      format(value),
                      floor == null ? "-" : floor.toString(),
                      failures.contains(name) ? (floor.atMost() ? " ABOVE" : " BELOW") : "");
              out.append(line.stripTrailing()).append(System.lineSeparator());
            });
    return out.toString();
  }

  private static String format(Number value) {
    return value instanceof Double d
        ? String.format(Locale.ROOT, "%.3f", d)
        : String.valueOf(value);
  }
}
