package dev.pincite.claims;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A claim type classifier trained with Apache OpenNLP's own trainers on labelled sentences, with
 * the rules' decisions among its features ({@link TypeFeatures}). Structure the rules are sure of
 * stays theirs: a table's header row and a sentence that opens a bull or bear case keep the rules'
 * decision (the case pairing drives counterclaim links and stance). Every other sentence gets the
 * model's most probable type; the rules' structural stance is kept only where the model agrees with
 * the rules' type.
 *
 * <p>Training is deterministic (same documents in the same order, one thread, fixed iterations give
 * the same model). Thread safe: the model is only read after training.
 */
public final class TypeModel implements TypeClassifier {

  /** The trainers the model can be built with, as OpenNLP names them. */
  public enum Algorithm {
    MAXENT,
    MAXENT_QN,
    PERCEPTRON,
    NAIVEBAYES
  }

  /**
   * How a model is trained.
   *
   * @param algorithm the trainer
   * @param iterations its iterations (GIS, perceptron)
   * @param l1 the L1 cost (quasi-Newton maximum entropy only)
   * @param l2 the L2 cost (quasi-Newton maximum entropy only)
   * @param ruleFeatures whether the rules' decisions are features
   * @param claimsOnly whether the model only retypes what the rules typed {@code claim} (their
   *     default), keeping every other rule decision
   * @param contextByRules whether {@code context} stays the rules' decision: where the model says
   *     {@code context} and the rules do not, the rules' type is kept
   */
  public record Training(
      Algorithm algorithm,
      int iterations,
      double l1,
      double l2,
      boolean ruleFeatures,
      boolean claimsOnly,
      boolean contextByRules) {

    /**
     * The settings chosen by leave-one-document-out cross-validation on {@code gold/} and {@code
     * train/} ({@code docs/claims.md}).
     */
    public static final Training DEFAULT =
        new Training(Algorithm.MAXENT_QN, 200, 0.0, 1.0, true, false, false);
  }

  /**
   * One labelled document: its sentences as the extractor sees them and their gold types.
   *
   * @param sentences the sentences, in reading order
   * @param types the gold type of each, null for a sentence without a label (a feature of its
   *     neighbours, not trained on)
   */
  public record LabelledDocument(List<Sentence> sentences, List<ClaimType> types) {

    public LabelledDocument {
      sentences = List.copyOf(sentences);
      types = Collections.unmodifiableList(new ArrayList<>(types));
      if (sentences.size() != types.size()) {
        throw new IllegalArgumentException(
            sentences.size() + " sentences but " + types.size() + " types");
      }
    }
  }

  private final TypeRules rules;
  private final MaxentModel model;
  private final boolean ruleFeatures;
  private final boolean claimsOnly;
  private final boolean contextByRules;

  private TypeModel(TypeRules rules, MaxentModel model, Training training) {
    this.rules = rules;
    this.model = model;
    this.ruleFeatures = training.ruleFeatures();
    this.claimsOnly = training.claimsOnly();
    this.contextByRules = training.contextByRules();
  }

  /**
   * Trains a model.
   *
   * @param rules the rules whose decisions are features
   * @param documents the labelled documents
   * @param training how
   * @return the model
   */
  public static TypeModel train(
      TypeRules rules, List<LabelledDocument> documents, Training training) {
    Objects.requireNonNull(rules, "rules");
    List<Event> events = new ArrayList<>();
    for (LabelledDocument d : documents) {
      List<String[]> features =
          TypeFeatures.of(d.sentences(), rules.classify(d.sentences()), training.ruleFeatures());
      for (int i = 0; i < features.size(); i++) {
        if (d.types().get(i) == null) {
          continue;
        }
        events.add(new Event(d.types().get(i).label(), features.get(i)));
      }
    }
    MaxentTrainer trainer =
        new MaxentTrainer(
            training.algorithm().name(), training.iterations(), training.l1(), training.l2());
    return new TypeModel(rules, trainer.train(events), training);
  }

  @Override
  public List<Decision> classify(List<Sentence> document) {
    List<Decision> byRules = rules.classify(document);
    List<String[]> features = TypeFeatures.of(document, byRules, ruleFeatures);
    List<Decision> out = new ArrayList<>(document.size());
    for (int i = 0; i < document.size(); i++) {
      Decision rule = byRules.get(i);
      if (rule.opensCase()
          || document.get(i).tableHeader()
          || claimsOnly && rule.type() != ClaimType.CLAIM) {
        out.add(rule);
        continue;
      }
      ClaimType type = ClaimType.fromLabel(model.getBestOutcome(model.eval(features.get(i))));
      if (contextByRules && type == ClaimType.CONTEXT && rule.type() != ClaimType.CONTEXT) {
        out.add(rule);
        continue;
      }
      out.add(new Decision(type, type == rule.type() ? rule.stance() : null, false, false));
    }
    return out;
  }
}
