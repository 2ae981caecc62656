package dev.pincite.eval;

import dev.pincite.claims.CueFile;
import dev.pincite.claims.StanceModel;
import dev.pincite.claims.StanceRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Leave-one-document-out cross-validation of a trained stance model against the rules: each
 * labelled document's sentences are judged by a model trained on all the other documents, and both
 * its model stances and its rule stances are counted against the labels. The classifiers are
 * compared alone, before the extractor's structural stances (a bull or bear case, the opposite of
 * an answered claim). Used to choose features and trainers on the training documents only, never on
 * the held-out set.
 */
public final class StanceCrossValidation {

  private StanceCrossValidation() {}

  /**
   * The two confusion matrices over every labelled sentence, and the same by label folder.
   *
   * @param model the model's stances against the labels
   * @param rules the rules' stances against the labels
   * @param byFolder the pair for the documents of each folder (the first segment of their path:
   *     {@code gold}, where the rules were written, and {@code train}, where they were not)
   */
  public record Result(
      ConfusionMatrix model, ConfusionMatrix rules, Map<String, Result> byFolder) {}

  /**
   * Runs the cross-validation.
   *
   * @param cues the parsed {@code stance-cues.txt}
   * @param documents the labelled documents
   * @param training how the models are trained
   * @param onLabels whether the models are trained on the labels' own types and companies rather
   *     than the extractor's (they are always tested on the extractor's)
   * @return model and rules against the labels
   */
  public static Result run(
      CueFile cues,
      List<StanceTrainingSet.Entry> documents,
      StanceModel.Training training,
      boolean onLabels) {
    StanceRules rules = new StanceRules(cues);
    ConfusionMatrix model = new ConfusionMatrix();
    ConfusionMatrix byRules = new ConfusionMatrix();
    Map<String, Result> byFolder = new TreeMap<>();
    for (int held = 0; held < documents.size(); held++) {
      List<StanceModel.LabelledSentence> others = new ArrayList<>();
      for (int i = 0; i < documents.size(); i++) {
        if (i != held) {
          StanceTrainingSet.Entry e = documents.get(i);
          others.addAll(onLabels ? e.labels() : e.sentences());
        }
      }
      StanceModel trained = StanceModel.train(cues, others, training);
      String folder = documents.get(held).doc().split("/", 2)[0];
      Result ofFolder =
          byFolder.computeIfAbsent(
              folder, k -> new Result(new ConfusionMatrix(), new ConfusionMatrix(), Map.of()));
      for (StanceModel.LabelledSentence s : documents.get(held).sentences()) {
        String gold = s.stance().label();
        String predicted = trained.stance(s.sentence()).label();
        String ruled = rules.stance(s.sentence()).label();
        model.add(gold, predicted);
        byRules.add(gold, ruled);
        ofFolder.model().add(gold, predicted);
        ofFolder.rules().add(gold, ruled);
      }
    }
    return new Result(model, byRules, byFolder);
  }
}
