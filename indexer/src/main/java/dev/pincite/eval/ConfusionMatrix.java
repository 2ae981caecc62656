package dev.pincite.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Counts of (gold label, predicted label) pairs for one field (type or stance), with per-label
 * precision, recall and F1, their macro average over the labels present in gold or prediction, and
 * a printable table. Prints totals only, never sentences, so it may be shown for the held-out set.
 * Not thread safe: one scorer fills it.
 */
public final class ConfusionMatrix {

  private final Map<String, Map<String, Integer>> counts = new HashMap<>();

  /** One label's figures. */
  public record LabelScore(
      String label, int gold, int predicted, double precision, double recall, double f1) {}

  /**
   * Counts one sentence.
   *
   * @param gold its gold label
   * @param predicted the predicted label
   */
  public void add(String gold, String predicted) {
    counts.computeIfAbsent(gold, k -> new HashMap<>()).merge(predicted, 1, Integer::sum);
  }

  /** The labels present in gold or prediction, sorted. */
  public List<String> labels() {
    TreeSet<String> labels = new TreeSet<>(counts.keySet());
    counts.values().forEach(row -> labels.addAll(row.keySet()));
    return List.copyOf(labels);
  }

  /**
   * How often a gold label was predicted as another.
   *
   * @param gold the gold label
   * @param predicted the predicted label
   * @return the count
   */
  public int count(String gold, String predicted) {
    return counts.getOrDefault(gold, Map.of()).getOrDefault(predicted, 0);
  }

  /** Per-label figures, labels sorted; a figure with nothing to divide by is 0. */
  public List<LabelScore> scores() {
    List<String> labels = labels();
    List<LabelScore> out = new ArrayList<>();
    for (String label : labels) {
      int tp = count(label, label);
      int gold = 0;
      int predicted = 0;
      for (String other : labels) {
        gold += count(label, other);
        predicted += count(other, label);
      }
      double precision = predicted == 0 ? 0 : (double) tp / predicted;
      double recall = gold == 0 ? 0 : (double) tp / gold;
      double f1 = tp == 0 ? 0 : 2.0 * tp / (gold + predicted);
      out.add(new LabelScore(label, gold, predicted, precision, recall, f1));
    }
    return out;
  }

  /** Macro F1 over the labels present in gold or prediction; 1 when nothing was counted. */
  public double macroF1() {
    List<LabelScore> scores = scores();
    if (scores.isEmpty()) {
      return 1;
    }
    return scores.stream().mapToDouble(LabelScore::f1).sum() / scores.size();
  }

  /**
   * The per-label figures and the matrix (rows gold, columns predicted), indented for the
   * score-claims report.
   *
   * @param field the field's name, such as {@code type}
   * @return lines, each ending in a line break
   */
  public String table(String field) {
    List<String> labels = labels();
    StringBuilder out = new StringBuilder();
    String nl = System.lineSeparator();
    out.append(
            String.format(
                Locale.ROOT,
                "  %-16s %6s %6s %6s %6s %6s",
                field,
                "gold",
                "pred",
                "prec",
                "recall",
                "f1"))
        .append(nl);
    for (LabelScore s : scores()) {
      out.append(
              String.format(
                  Locale.ROOT,
                  "  %-16s %6d %6d %6.3f %6.3f %6.3f",
                  s.label(),
                  s.gold(),
                  s.predicted(),
                  s.precision(),
                  s.recall(),
                  s.f1()))
          .append(nl);
    }
    StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "  %-16s", "gold \\ pred"));
    for (String label : labels) {
      header.append(String.format(Locale.ROOT, " %6.6s", label));
    }
    out.append(header).append(nl);
    for (String gold : labels) {
      StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %-16s", gold));
      for (String predicted : labels) {
        row.append(String.format(Locale.ROOT, " %6d", count(gold, predicted)));
      }
      out.append(row).append(nl);
    }
    return out.toString();
  }
}
