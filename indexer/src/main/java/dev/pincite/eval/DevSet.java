package dev.pincite.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The three claim-extraction development sets of {@code ../shared/fixtures/claims-dev}, each scored
 * by its own {@code score.py}, and the figures read from the JSON it writes ({@code --json}). The
 * figure names are those of the scorer's {@code summary:} line.
 */
public enum DevSet {
  /** PolNeAR news attributions: {@code attributed} and {@code speaker}. */
  POLNEAR(
      "polnear",
      "polnear-train",
      List.of(
          figure("attributed_precision", "attributed.precision"),
          figure("attributed_recall", "attributed.recall"),
          figure("attributed_f1", "attributed.f1"),
          figure("speaker_strict", "speaker_named.strict"),
          figure("speaker_lenient", "speaker_named.lenient"),
          figure("speaker_strict_given_attributed", "speaker_named.strict_given_attributed"),
          figure("clean_attributed", "speaker_named.attributed_clean"),
          figure("clean_strict", "speaker_named.strict_clean"),
          figure("own_voice", "own_voice.default_speaker_kept"),
          figure("missing", "missing"),
          figure("unaligned", "unaligned_claims"))),
  /** Financial PhraseBank: {@code stance}. */
  FPB(
      "fpb",
      "fpb-dev",
      List.of(
          figure("allagree_accuracy", "allagree.accuracy"),
          figure("allagree_macro_f1", "allagree.macro_f1"),
          figure("allagree_polar_right", "allagree.polar_right"),
          figure("allagree_polar_opposite", "allagree.polar_opposite"),
          figure("agree50_accuracy", "agree50.accuracy"),
          figure("agree50_macro_f1", "agree50.macro_f1"),
          figure("agree50_polar_right", "agree50.polar_right"),
          figure("agree50_polar_opposite", "agree50.polar_opposite"),
          figure("missing", "missing"))),
  /** arg-microtexts part 2: {@code type} (counterclaims) and {@code counters}. */
  ARGUMENT(
      "argument",
      "argument-dev",
      List.of(
          figure("counterclaim_precision", "counterclaim.precision"),
          figure("counterclaim_recall", "counterclaim.recall"),
          figure("counterclaim_f1", "counterclaim.f1"),
          figure("broad_precision", "counterclaim_broad.precision"),
          figure("broad_recall", "counterclaim_broad.recall"),
          figure("broad_f1", "counterclaim_broad.f1"),
          figure("counters_target", "counters_target_accuracy"),
          figure("fu_macro_f1", "fu_macro_f1"),
          figure("context_rate", "context_rate"),
          figure("central_argumentative", "central_claim_argumentative"),
          figure("missing", "missing")));

  /**
   * One figure and where the scorer's JSON holds it.
   *
   * @param name the name in {@code eval/floors.yaml}
   * @param path dot-separated keys into the JSON
   */
  public record Figure(String name, String path) {}

  private final String key;
  private final String folder;
  private final List<Figure> figures;

  DevSet(String key, String folder, List<Figure> figures) {
    this.key = key;
    this.folder = folder;
    this.figures = figures;
  }

  private static Figure figure(String name, String path) {
    return new Figure(name, path);
  }

  /** The set's name in {@code eval/floors.yaml} and {@code score-claims --set}. */
  public String key() {
    return key;
  }

  /** The set's folder under {@code claims-dev/}. */
  public String folder() {
    return folder;
  }

  /** The figures read from the scorer's JSON, in print order. */
  public List<Figure> figures() {
    return figures;
  }

  /**
   * Reads this set's figures from the JSON its scorer wrote.
   *
   * @param json the scorer's {@code --json} output
   * @return the figures: integers as {@link Integer}, other numbers as {@link Double}
   * @throws IllegalArgumentException when a figure is missing or not a number (a changed scorer)
   */
  public Figures read(JsonNode json) {
    Map<String, Number> values = new LinkedHashMap<>();
    for (Figure figure : figures) {
      JsonNode node = json;
      for (String key : figure.path().split("\\.")) {
        node = node.path(key);
      }
      if (!node.isNumber()) {
        throw new IllegalArgumentException(
            folder + "/score.py wrote no number at " + figure.path() + " (got " + node + ")");
      }
      // Not a ternary: that would widen the int to a double.
      if (node.isIntegralNumber()) {
        values.put(figure.name(), node.intValue());
      } else {
        values.put(figure.name(), node.doubleValue());
      }
    }
    return new Figures(key, values);
  }
}
