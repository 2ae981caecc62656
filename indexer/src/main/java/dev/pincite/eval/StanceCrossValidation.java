package dev.pincite.eval;

import dev.pincite.claims.CueFile;
import dev.pincite.claims.Stance;
import dev.pincite.claims.StanceClassifier;
import dev.pincite.claims.StanceModel;
import dev.pincite.claims.StanceRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Cross-validation by document of a trained stance model against the rules: the labelled documents
 * are dealt into folds (document i into fold i mod k; k = the number of documents leaves one out),
 * each fold's sentences are judged by a model trained on the other folds, and both its model
 * stances and its rule stances are counted against the labels. Each trained model is scored at
 * every margin asked for ({@link StanceModel.Training#margin}), so a cascade costs no extra
 * training. The classifiers are compared alone, before the extractor's structural stances (a bull
 * or bear case, the opposite of an answered claim). Used to choose features and trainers on the
 * training documents only, never on the held-out set.
 */
public final class StanceCrossValidation {

  private StanceCrossValidation() {}

  /**
   * The two confusion matrices over every labelled sentence, and the same by group of documents.
   *
   * @param margin the margin the model decided with
   * @param model the model's stances against the labels
   * @param rules the rules' stances against the labels
   * @param byGroup the pair for the documents of each group ({@link #group}: {@code gold} and
   *     {@code corpus}, where the rules were written, and the shapes of {@code train}, where they
   *     were not)
   * @param misses the sentences whose model stance is not their label, in fold order (for sorting
   *     the training documents' errors by kind)
   * @param byFold the model's stances against the labels of each fold's documents, in fold order
   *     (their spread says how much a figure moves with the documents it is measured on)
   */
  public record Result(
      double margin,
      ConfusionMatrix model,
      ConfusionMatrix rules,
      Map<String, Result> byGroup,
      List<Miss> misses,
      List<ConfusionMatrix> byFold) {}

  /**
   * A sentence the model got wrong in cross-validation.
   *
   * @param doc its document's path relative to the project root
   * @param sentence what the classifier saw
   * @param gold its label
   * @param model the model's stance
   * @param rules the rules' stance
   */
  public record Miss(
      String doc, StanceClassifier.Sentence sentence, Stance gold, Stance model, Stance rules) {}

  /**
   * Runs the cross-validation.
   *
   * @param cues the parsed {@code stance-cues.txt}
   * @param documents the labelled documents
   * @param training how the models are trained (its margin is ignored: {@code margins} are scored)
   * @param onLabels whether the models are trained on the labels' own types and companies rather
   *     than the extractor's (they are always tested on the extractor's)
   * @param folds how many folds (at least 2; more than the documents leaves one out)
   * @param margins the margins to score, each a result
   * @return model and rules against the labels, one result per margin in order
   */
  public static List<Result> run(
      CueFile cues,
      List<StanceTrainingSet.Entry> documents,
      StanceModel.Training training,
      boolean onLabels,
      int folds,
      List<Double> margins) {
    if (folds < 2) {
      throw new IllegalArgumentException("folds must be at least 2: " + folds);
    }
    int k = Math.min(folds, documents.size());
    StanceRules rules = new StanceRules(cues);
    List<Result> results = new ArrayList<>();
    for (double margin : margins) {
      results.add(
          new Result(
              margin,
              new ConfusionMatrix(),
              new ConfusionMatrix(),
              new TreeMap<>(),
              new ArrayList<>(),
              new ArrayList<>()));
    }
    for (int fold = 0; fold < k; fold++) {
      List<List<StanceModel.LabelledSentence>> others = new ArrayList<>();
      for (int i = 0; i < documents.size(); i++) {
        if (i % k != fold) {
          StanceTrainingSet.Entry e = documents.get(i);
          others.add(onLabels ? e.labels() : e.sentences());
        }
      }
      StanceModel trained = StanceModel.trainOnDocuments(cues, others, training);
      for (Result result : results) {
        StanceModel atMargin = trained.withMargin(result.margin());
        ConfusionMatrix ofFold = new ConfusionMatrix();
        result.byFold().add(ofFold);
        for (int held = fold; held < documents.size(); held += k) {
          StanceTrainingSet.Entry doc = documents.get(held);
          Result ofGroup =
              result
                  .byGroup()
                  .computeIfAbsent(
                      group(doc.doc()),
                      g ->
                          new Result(
                              result.margin(),
                              new ConfusionMatrix(),
                              new ConfusionMatrix(),
                              Map.of(),
                              List.of(),
                              List.of()));
          // Decided together, as the extractor decides a document: the model reads the discourse.
          List<Stance> decided =
              atMargin.stances(
                  doc.sentences().stream().map(StanceModel.LabelledSentence::sentence).toList());
          for (int i = 0; i < doc.sentences().size(); i++) {
            StanceModel.LabelledSentence s = doc.sentences().get(i);
            Stance modelStance = decided.get(i);
            Stance rulesStance = rules.stance(s.sentence());
            if (modelStance != s.stance()) {
              result
                  .misses()
                  .add(new Miss(doc.doc(), s.sentence(), s.stance(), modelStance, rulesStance));
            }
            String gold = s.stance().label();
            String predicted = modelStance.label();
            String ruled = rulesStance.label();
            result.model().add(gold, predicted);
            ofFold.add(gold, predicted);
            result.rules().add(gold, ruled);
            ofGroup.model().add(gold, predicted);
            ofGroup.rules().add(gold, ruled);
          }
        }
      }
    }
    return results;
  }

  /**
   * The group a labelled document is reported in: the first segment of its path ({@code gold},
   * {@code corpus}), and for {@code train/} the two short shapes its README names apart from the
   * long documents: one-item financial news ({@code *-brief.txt}, {@code *-brief.md}; the policy
   * briefs are long documents) and argumentative essays ({@code *-essay.md}).
   *
   * @param doc the document's path relative to the project root
   * @return its group
   */
  static String group(String doc) {
    String folder = doc.split("/", 2)[0];
    if (!folder.equals("train")) {
      return folder;
    }
    String name = doc.substring(doc.lastIndexOf('/') + 1);
    if (name.matches(".*-brief\\.(txt|md)") && !name.contains("policy-brief")) {
      return "train news items";
    }
    return name.endsWith("-essay.md") ? "train essays" : "train long documents";
  }
}
