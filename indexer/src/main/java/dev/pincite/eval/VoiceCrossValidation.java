package dev.pincite.eval;

import dev.pincite.claims.SpeakerRules;
import dev.pincite.claims.VoiceModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Cross-validates the voice model ({@link VoiceModel}) against the speaker rules by whole
 * documents: document k is in fold k mod {@code folds}; each fold's documents are judged by a model
 * trained on the other folds' documents. Counted over the labelled sentences with a candidate
 * speaker: those whose label is the candidate and are given it, those whose label is the document's
 * own voice and are left in it. Sentences without a candidate are the rules' alike.
 */
public final class VoiceCrossValidation {

  private VoiceCrossValidation() {}

  /**
   * Right decisions out of labelled sentences.
   *
   * @param threshold the threshold the model decided with
   * @param namedThreshold the threshold for a candidate the sentence only names
   * @param speaks sentences labelled with their candidate speaker
   * @param speaksByRules of those, attributed to it by the rules
   * @param speaksByModel of those, attributed to it after the model
   * @param own sentences labelled with the document's own voice
   * @param ownByRules of those, left in it by the rules
   * @param ownByModel of those, left in it after the model
   */
  public record Tally(
      double threshold,
      double namedThreshold,
      int speaks,
      int speaksByRules,
      int speaksByModel,
      int own,
      int ownByRules,
      int ownByModel) {}

  /**
   * Cross-validates one model per fold at several thresholds.
   *
   * @param documents the labelled documents, attributed by the rules alone
   * @param folds how many folds (at least 2)
   * @param training the model's settings (its thresholds are replaced by each pair)
   * @param thresholds the thresholds to decide with
   * @param namedThresholds the thresholds for a named candidate to decide with
   * @return one tally per pair of thresholds, by threshold, then named threshold
   */
  public static List<Tally> run(
      List<VoiceTrainingSet.Entry> documents,
      int folds,
      VoiceModel.Training training,
      List<Double> thresholds,
      List<Double> namedThresholds) {
    DocumentFolds.check(folds);
    int pairs = thresholds.size() * namedThresholds.size();
    int[][] counts = new int[pairs][6];
    for (int fold = 0; fold < folds; fold++) {
      List<VoiceModel.LabelledDocument> train =
          DocumentFolds.outside(documents, folds, fold, VoiceTrainingSet.Entry::document);
      VoiceModel model = VoiceModel.train(train, training);
      for (int k = fold; k < documents.size(); k += folds) {
        VoiceModel.LabelledDocument d = documents.get(k).document();
        for (int t = 0; t < pairs; t++) {
          tally(
              counts[t],
              d,
              model.withThresholds(
                  threshold(thresholds, namedThresholds, t), named(namedThresholds, t)));
        }
      }
    }
    List<Tally> out = new ArrayList<>();
    for (int t = 0; t < pairs; t++) {
      int[] c = counts[t];
      out.add(
          new Tally(
              threshold(thresholds, namedThresholds, t),
              named(namedThresholds, t),
              c[0],
              c[1],
              c[2],
              c[3],
              c[4],
              c[5]));
    }
    return out;
  }

  private static double threshold(List<Double> thresholds, List<Double> named, int pair) {
    return thresholds.get(pair / named.size());
  }

  private static double named(List<Double> named, int pair) {
    return named.get(pair % named.size());
  }

  private static void tally(int[] c, VoiceModel.LabelledDocument d, VoiceModel model) {
    List<SpeakerRules.Attribution> judged = model.decide(d.document());
    for (int i = 0; i < judged.size(); i++) {
      Boolean speaks = d.speaks()[i];
      if (speaks == null) {
        continue;
      }
      boolean byRules = d.document().sentences().get(i).attribution().attributed();
      boolean byModel = judged.get(i).attributed();
      if (speaks) {
        c[0]++;
        c[1] += byRules ? 1 : 0;
        c[2] += byModel ? 1 : 0;
      } else {
        c[3]++;
        c[4] += byRules ? 0 : 1;
        c[5] += byModel ? 0 : 1;
      }
    }
  }
}
