package dev.pincite.eval;

import dev.pincite.claims.ClaimType;
import dev.pincite.claims.TypeClassifier;
import dev.pincite.claims.TypeModel;
import dev.pincite.claims.TypeRules;
import java.util.ArrayList;
import java.util.List;

/**
 * Leave-one-document-out cross-validation of a trained type model against the rules: each labelled
 * document is typed by a model trained on all the others, and both its model types and its rule
 * types are counted against its labels. Used to choose features and trainers on the training
 * documents only, never on the held-out set.
 */
public final class TypeCrossValidation {

  private TypeCrossValidation() {}

  /**
   * The two confusion matrices over every labelled sentence.
   *
   * @param model the model's types against the labels
   * @param rules the rules' types against the labels
   */
  public record Result(ConfusionMatrix model, ConfusionMatrix rules) {}

  /**
   * Runs the cross-validation.
   *
   * @param rules the rules (features of the model, and the baseline)
   * @param documents the labelled documents
   * @param training how the models are trained
   * @return model and rules against the labels
   */
  public static Result run(
      TypeRules rules, List<TypeTrainingSet.Entry> documents, TypeModel.Training training) {
    ConfusionMatrix model = new ConfusionMatrix();
    ConfusionMatrix byRules = new ConfusionMatrix();
    for (int held = 0; held < documents.size(); held++) {
      List<TypeModel.LabelledDocument> others = new ArrayList<>();
      for (int i = 0; i < documents.size(); i++) {
        if (i != held) {
          others.add(documents.get(i).document());
        }
      }
      TypeModel trained = TypeModel.train(rules, others, training);
      TypeModel.LabelledDocument test = documents.get(held).document();
      List<TypeClassifier.Decision> predicted = trained.classify(test.sentences());
      List<TypeClassifier.Decision> ruled = rules.classify(test.sentences());
      for (int i = 0; i < test.types().size(); i++) {
        ClaimType gold = test.types().get(i);
        if (gold == null) {
          continue;
        }
        model.add(gold.label(), predicted.get(i).type().label());
        byRules.add(gold.label(), ruled.get(i).type().label());
      }
    }
    return new Result(model, byRules);
  }
}
