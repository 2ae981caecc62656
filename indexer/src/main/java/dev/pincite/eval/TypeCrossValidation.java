package dev.pincite.eval;

import dev.pincite.claims.ClaimType;
import dev.pincite.claims.TypeClassifier;
import dev.pincite.claims.TypeModel;
import dev.pincite.claims.TypeRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cross-validation of a trained type model against the rules, by document: the labelled documents
 * are dealt into folds (document {@code i} into fold {@code i mod folds}; as many folds as
 * documents is leave-one-document-out), each fold is typed by a model trained on all the others,
 * and both its model types and its rule types are counted against its labels. The same models are
 * also scored at other margins ({@link TypeModel.Training#margins}), so one run chooses the margin.
 * Used to choose features, trainers and the margin on the training documents only, never on the
 * held-out set.
 */
public final class TypeCrossValidation {

  private TypeCrossValidation() {}

  /**
   * The confusion matrices over every labelled sentence.
   *
   * @param byMargin the model's types against the labels, at each margin scored
   * @param rules the rules' types against the labels
   * @param margin the training's own margins
   */
  public record Result(
      Map<TypeModel.Margins, ConfusionMatrix> byMargin,
      ConfusionMatrix rules,
      TypeModel.Margins margin) {

    /** The model's types against the labels at the training's margin. */
    public ConfusionMatrix model() {
      return byMargin.get(margin);
    }
  }

  /**
   * Runs leave-one-document-out cross-validation at the training's margin.
   *
   * @param rules the rules (features of the model, and the baseline)
   * @param documents the labelled documents
   * @param training how the models are trained
   * @return model and rules against the labels
   */
  public static Result run(
      TypeRules rules, List<TypeTrainingSet.Entry> documents, TypeModel.Training training) {
    return run(rules, documents, training, documents.size(), List.of());
  }

  /**
   * Runs the cross-validation.
   *
   * @param rules the rules (features of the model, and the baseline)
   * @param documents the labelled documents
   * @param training how the models are trained
   * @param folds how many folds, 2 to the number of documents
   * @param margins further margins to score the same models at
   * @return model and rules against the labels
   */
  public static Result run(
      TypeRules rules,
      List<TypeTrainingSet.Entry> documents,
      TypeModel.Training training,
      int folds,
      List<TypeModel.Margins> margins) {
    if (folds < 2 || folds > documents.size()) {
      throw new IllegalArgumentException(
          "folds must be 2 to " + documents.size() + " (the documents): " + folds);
    }
    Map<TypeModel.Margins, ConfusionMatrix> byMargin = new LinkedHashMap<>();
    byMargin.put(training.margins(), new ConfusionMatrix());
    margins.forEach(m -> byMargin.put(m, new ConfusionMatrix()));
    ConfusionMatrix byRules = new ConfusionMatrix();
    for (int fold = 0; fold < folds; fold++) {
      List<TypeModel.LabelledDocument> others = new ArrayList<>();
      List<TypeModel.LabelledDocument> tests = new ArrayList<>();
      for (int i = 0; i < documents.size(); i++) {
        (i % folds == fold ? tests : others).add(documents.get(i).document());
      }
      TypeModel trained = TypeModel.train(rules, others, training);
      for (TypeModel.LabelledDocument test : tests) {
        count(test, rules.classify(test.sentences()), byRules);
        for (Map.Entry<TypeModel.Margins, ConfusionMatrix> m : byMargin.entrySet()) {
          count(test, trained.withMargins(m.getKey()).classify(test.sentences()), m.getValue());
        }
      }
    }
    return new Result(byMargin, byRules, training.margins());
  }

  private static void count(
      TypeModel.LabelledDocument test,
      List<TypeClassifier.Decision> predicted,
      ConfusionMatrix matrix) {
    for (int i = 0; i < test.types().size(); i++) {
      ClaimType gold = test.types().get(i);
      if (gold != null) {
        matrix.add(gold.label(), predicted.get(i).type().label());
      }
    }
  }
}
