package dev.pincite.eval;

import dev.pincite.claims.CueFile;
import dev.pincite.claims.StanceModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * How much a stance model's figures move with accidents of its training set: cross-validation by
 * document repeated over several orders of the documents (each order deals them into other folds),
 * and training sets with a share of {@code train/}'s documents left out at random ({@link
 * #perturbed}), whose models a caller scores on the blind sets. A model fitted to its training
 * set's accidents has a wide spread in both. Orders and subsets are drawn with fixed seeds, so the
 * figures are reproducible. Used on the training documents only; the blind sets are only scored.
 */
public final class StanceStability {

  private StanceStability() {}

  /**
   * The mean and spread of some figures.
   *
   * @param values the figures, in the order they were measured
   * @param mean their mean
   * @param sd their standard deviation (population: over the measured runs only)
   * @param min the lowest
   * @param max the highest
   */
  public record Spread(List<Double> values, double mean, double sd, double min, double max) {

    /**
     * The spread of some figures.
     *
     * @param values at least one figure
     * @return their spread
     */
    public static Spread of(List<Double> values) {
      if (values.isEmpty()) {
        throw new IllegalArgumentException("no figures to spread");
      }
      double mean = values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
      double var =
          values.stream().mapToDouble(v -> (v - mean) * (v - mean)).average().orElseThrow();
      return new Spread(
          List.copyOf(values),
          mean,
          Math.sqrt(var),
          Collections.min(values),
          Collections.max(values));
    }

    /** One line: mean, standard deviation, range and the values. */
    @Override
    public String toString() {
      StringBuilder each = new StringBuilder();
      for (double v : values) {
        each.append(each.isEmpty() ? "" : " ").append(String.format(Locale.ROOT, "%.3f", v));
      }
      return String.format(
          Locale.ROOT,
          "mean %.4f sd %.4f range %.3f-%.3f (%.3f) [%s]",
          mean,
          sd,
          min,
          max,
          max - min,
          each);
    }
  }

  /**
   * Cross-validates the model at its margin over several orders of the documents.
   *
   * @param cues the parsed {@code stance-cues.txt}
   * @param documents the labelled documents
   * @param training how the models are trained and decide
   * @param folds the folds of each cross-validation
   * @param repeats how many orders: the first is the documents' own, each other a shuffle seeded by
   *     its number
   * @return the model's macro-F1 per order, and its spread
   */
  public static Spread crossValidated(
      CueFile cues,
      List<StanceTrainingSet.Entry> documents,
      StanceModel.Training training,
      int folds,
      int repeats) {
    List<Double> figures = new ArrayList<>();
    for (int r = 0; r < repeats; r++) {
      List<StanceTrainingSet.Entry> order = new ArrayList<>(documents);
      if (r > 0) {
        Collections.shuffle(order, new Random(r));
      }
      figures.add(
          StanceCrossValidation.run(cues, order, training, false, folds, List.of(training.margin()))
              .get(0)
              .model()
              .macroF1());
    }
    return Spread.of(figures);
  }

  /**
   * A training set with part of {@code train/}'s documents left out at random: every other document
   * ({@code gold/}, the corpus) is kept, and of {@code train/}'s the share {@code fraction}, drawn
   * by a shuffle seeded by {@code seed}, in their own order.
   *
   * @param documents the labelled documents
   * @param seed the draw
   * @param fraction the share of {@code train/}'s documents kept, in (0, 1]
   * @return the kept documents, in their order
   */
  public static List<StanceTrainingSet.Entry> perturbed(
      List<StanceTrainingSet.Entry> documents, long seed, double fraction) {
    if (!(fraction > 0 && fraction <= 1)) {
      throw new IllegalArgumentException("fraction must be in (0, 1]: " + fraction);
    }
    List<Integer> train = new ArrayList<>();
    for (int i = 0; i < documents.size(); i++) {
      if (documents.get(i).doc().startsWith("train/")) {
        train.add(i);
      }
    }
    Collections.shuffle(train, new Random(seed));
    List<Integer> left = train.subList((int) Math.round(train.size() * fraction), train.size());
    List<StanceTrainingSet.Entry> kept = new ArrayList<>();
    for (int i = 0; i < documents.size(); i++) {
      if (!left.contains(i)) {
        kept.add(documents.get(i));
      }
    }
    return kept;
  }

  /**
   * Trains a model on some documents, as {@code train-models} trains the shipped one.
   *
   * @param cues the parsed {@code stance-cues.txt}
   * @param documents the labelled documents
   * @param training how
   * @return the model
   */
  public static StanceModel train(
      CueFile cues, List<StanceTrainingSet.Entry> documents, StanceModel.Training training) {
    return StanceModel.trainOnDocuments(
        cues, documents.stream().map(StanceTrainingSet.Entry::sentences).toList(), training);
  }
}
