package dev.pincite.claims;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A stance classifier trained with Apache OpenNLP's own maximum-entropy trainer ({@link
 * MaxentTrainer}) on labelled sentences, with what the rules counted among its features ({@link
 * StanceFeatures}). A {@code context} sentence stays neutral, as under the rules and the contract.
 * The rules' stance stands unless the model's is more probable than it by a margin ({@link
 * Training#margin}) and at least as probable as a minimum ({@link Training#minConfidence}).
 *
 * <p>Measured with {@code pincite train-stance}; the model trained on {@code gold/} and {@code
 * train/} with {@link Training#DEFAULT} ships as the default extractor's stance classifier ({@link
 * ClaimClassifiers}).
 *
 * <p>Training is deterministic (the same sentences in the same order give the same model). Thread
 * safe: the model is only read after training.
 */
public final class StanceModel implements StanceClassifier {

  /**
   * How a model is trained and used.
   *
   * @param trainer the OpenNLP trainer and its settings
   * @param features the feature groups used
   * @param minConfidence how probable the model's stance must be to replace the rules' one (0: the
   *     model always decides); below it the rules' stance stands
   * @param margin how much more probable than the rules' stance the model's must be to replace it
   *     (0: the model always decides); a cascade where the rules stand unless the model is surer
   */
  public record Training(
      MaxentTrainer trainer,
      Set<StanceFeatures.Group> features,
      double minConfidence,
      double margin) {

    /**
     * The settings chosen by ten-fold cross-validation by document on {@code gold/} and {@code
     * train/} ({@code docs/claims.md}): every feature group but the shape crossed with the rules'
     * decision and the type, and the rules' stance kept unless the model is surer by 0.3.
     */
    public static final Training DEFAULT =
        new Training(
            new MaxentTrainer("MAXENT_QN", 200, 0.0, 1.0),
            EnumSet.complementOf(EnumSet.of(StanceFeatures.Group.SHAPE_CROSSED)),
            0.0,
            0.3);

    public Training {
      Objects.requireNonNull(trainer, "trainer");
      features =
          features.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(features));
      if (!(minConfidence >= 0 && minConfidence <= 1)) {
        throw new IllegalArgumentException("minConfidence must be in [0, 1]: " + minConfidence);
      }
      if (!(margin >= 0 && margin <= 1)) {
        throw new IllegalArgumentException("margin must be in [0, 1]: " + margin);
      }
    }

    /**
     * The same training deciding with another margin.
     *
     * @param margin the margin
     * @return the settings
     */
    public Training withMargin(double margin) {
      return new Training(trainer, features, minConfidence, margin);
    }
  }

  /**
   * One labelled sentence.
   *
   * @param sentence the sentence as the extractor gives it to a stance classifier
   * @param stance its gold stance
   */
  public record LabelledSentence(Sentence sentence, Stance stance) {

    public LabelledSentence {
      Objects.requireNonNull(sentence, "sentence");
      Objects.requireNonNull(stance, "stance");
    }
  }

  private final StanceRules rules;
  private final StanceFeatures features;
  private final MaxentModel model;
  private final double minConfidence;
  private final double margin;
  private final String fingerprint;

  private StanceModel(
      StanceRules rules,
      StanceFeatures features,
      MaxentModel model,
      double minConfidence,
      double margin) {
    this.rules = rules;
    this.features = features;
    this.model = model;
    this.minConfidence = minConfidence;
    this.margin = margin;
    this.fingerprint =
        MaxentTrainer.fingerprint(model, features.groups() + "/" + minConfidence + "/" + margin);
  }

  /**
   * The same trained model deciding with another margin (no training).
   *
   * @param margin the margin ({@link Training#margin})
   * @return the model
   */
  public StanceModel withMargin(double margin) {
    if (!(margin >= 0 && margin <= 1)) {
      throw new IllegalArgumentException("margin must be in [0, 1]: " + margin);
    }
    return new StanceModel(rules, features, model, minConfidence, margin);
  }

  /**
   * Trains a model.
   *
   * @param cues the parsed {@code stance-cues.txt} (the rules' and the features' vocabulary)
   * @param sentences the labelled sentences, in a fixed order
   * @param training how
   * @return the model
   */
  public static StanceModel train(
      CueFile cues, List<LabelledSentence> sentences, Training training) {
    StanceRules rules = new StanceRules(cues);
    StanceFeatures features = new StanceFeatures(cues, training.features());
    List<Event> events = new ArrayList<>(sentences.size());
    for (LabelledSentence s : sentences) {
      if (s.sentence().type() == ClaimType.CONTEXT) {
        continue; // always neutral: nothing to learn
      }
      events.add(
          new Event(s.stance().label(), features.of(s.sentence(), rules.evidence(s.sentence()))));
    }
    return new StanceModel(
        rules,
        features,
        training.trainer().train(events),
        training.minConfidence(),
        training.margin());
  }

  /**
   * Writes the model's weights (OpenNLP's binary model format, gzipped). The bytes depend only on
   * the training sentences, the rules and the settings, so a stale file is found by training again
   * and comparing.
   *
   * @param out where to write; not closed
   * @throws IOException when writing fails
   */
  public void write(OutputStream out) throws IOException {
    MaxentTrainer.write(model, out);
  }

  /**
   * Reads a model {@link #write} wrote; it decides with the settings of {@code training}.
   *
   * @param cues the parsed {@code stance-cues.txt} (as at training)
   * @param in the written model; not closed
   * @param training the feature groups and decision settings it was trained with
   * @return the model
   * @throws IOException when the model cannot be read
   */
  public static StanceModel read(CueFile cues, InputStream in, Training training)
      throws IOException {
    MaxentModel model = MaxentTrainer.read(in);
    return new StanceModel(
        new StanceRules(cues),
        new StanceFeatures(cues, training.features()),
        model,
        training.minConfidence(),
        training.margin());
  }

  /** A digest of the model's weights and decision settings, for the extractor's fingerprint. */
  @Override
  public String fingerprint() {
    return fingerprint;
  }

  @Override
  public Stance stance(Sentence sentence) {
    if (sentence.type() == ClaimType.CONTEXT) {
      return Stance.NEUTRAL;
    }
    StanceRules.Evidence evidence = rules.evidence(sentence);
    double[] p = model.eval(features.of(sentence, evidence));
    String best = model.getBestOutcome(p);
    double surest = p[model.getIndex(best)];
    int ruled = model.getIndex(evidence.stance().label()); // -1: a stance no label had
    if (surest < minConfidence || surest - (ruled < 0 ? 0 : p[ruled]) < margin) {
      return evidence.stance();
    }
    return Stance.fromLabel(best);
  }
}
