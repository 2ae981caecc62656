package dev.pincite.eval;

import dev.pincite.claims.CounterLinkModel;
import dev.pincite.claims.CounterLinks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Cross-validates the counterclaim link ranker ({@link CounterLinkModel}) against the rules ({@link
 * CounterLinks}) by whole documents: document k is in fold k mod {@code folds}; each fold's
 * documents are linked by a ranker trained on the other folds' documents. Every labelled
 * counterclaim whose answered sentence is in its document counts, typed right or not by the
 * extractor: the figure is link accuracy given the counterclaim, what {@code counter_links} scores
 * once the type is right.
 */
public final class CounterLinkCrossValidation {

  private CounterLinkCrossValidation() {}

  /**
   * Right links out of labelled links.
   *
   * @param links labelled links
   * @param rules linked right by the rules
   * @param model linked right by the ranker
   */
  public record Tally(int links, int rules, int model) {}

  /**
   * Cross-validates.
   *
   * @param links the rules, with no ranker
   * @param documents the labelled documents
   * @param folds how many folds (at least 2)
   * @param training the ranker's settings
   * @return the tallies: {@code all}, one per group of documents ({@link
   *     StanceCrossValidation#group}) and one per voice of the counterclaim (quoted or own voice)
   */
  public static Map<String, Tally> run(
      CounterLinks links,
      List<CounterLinkTrainingSet.Entry> documents,
      int folds,
      CounterLinkModel.Training training) {
    return run(links, documents, folds, training, List.of(training.margin())).get(0);
  }

  /**
   * Cross-validates one ranker per fold at several margins.
   *
   * @param links the rules, with no ranker
   * @param documents the labelled documents
   * @param folds how many folds (at least 2)
   * @param training the ranker's settings
   * @param margins the margins to decide with
   * @return for each margin, the tallies as {@link #run(CounterLinks, List, int,
   *     CounterLinkModel.Training)} gives them
   */
  public static List<Map<String, Tally>> run(
      CounterLinks links,
      List<CounterLinkTrainingSet.Entry> documents,
      int folds,
      CounterLinkModel.Training training,
      List<Double> margins) {
    return run(links, documents, documents, folds, training, margins);
  }

  /**
   * Cross-validates with the documents analysed one way for training and another for testing: the
   * ranker of each fold trains on the other folds' documents as {@code trainDocuments} has them,
   * and links this fold's as {@code documents} has them (their types cross-fitted, say, {@link
   * CounterLinkTrainingSet#loadCrossFitted}).
   *
   * @param links the rules, with no ranker
   * @param trainDocuments the labelled documents as the rankers train on them
   * @param documents the same documents, in the same order, as they are linked
   * @param folds how many folds (at least 2)
   * @param training the ranker's settings
   * @param margins the margins to decide with
   * @return for each margin, the tallies
   */
  public static List<Map<String, Tally>> run(
      CounterLinks links,
      List<CounterLinkTrainingSet.Entry> trainDocuments,
      List<CounterLinkTrainingSet.Entry> documents,
      int folds,
      CounterLinkModel.Training training,
      List<Double> margins) {
    if (folds < 2) {
      throw new IllegalArgumentException("folds must be at least 2: " + folds);
    }
    if (trainDocuments.size() != documents.size()) {
      throw new IllegalArgumentException(
          trainDocuments.size() + " training documents but " + documents.size() + " to link");
    }
    List<Map<String, Tally>> out = new ArrayList<>();
    for (int m = 0; m < margins.size(); m++) {
      out.add(new TreeMap<>());
    }
    for (int fold = 0; fold < folds; fold++) {
      List<CounterLinkModel.LabelledDocument> train = new ArrayList<>();
      List<CounterLinkTrainingSet.Entry> test = new ArrayList<>();
      for (int k = 0; k < documents.size(); k++) {
        if (k % folds == fold) {
          test.add(documents.get(k));
        } else {
          train.add(trainDocuments.get(k).document());
        }
      }
      CounterLinkModel model = CounterLinkModel.train(links, train, training);
      for (CounterLinkTrainingSet.Entry e : test) {
        CounterLinks.Document d = e.document().document();
        int[] gold = e.document().targets();
        for (int i = 0; i < gold.length; i++) {
          if (gold[i] < 0) {
            continue;
          }
          boolean rule = links.targetOf(d, i) == gold[i];
          for (int m = 0; m < margins.size(); m++) {
            CounterLinks ranked = links.withModel(model.withMargin(margins.get(m)));
            Tally t = new Tally(1, rule ? 1 : 0, ranked.targetOf(d, i) == gold[i] ? 1 : 0);
            out.get(m).merge("all", t, CounterLinkCrossValidation::sum);
            out.get(m)
                .merge(StanceCrossValidation.group(e.doc()), t, CounterLinkCrossValidation::sum);
            out.get(m)
                .merge(
                    d.sentences().get(i).attribution().attributed()
                        ? "counterclaim quoted"
                        : "counterclaim own voice",
                    t,
                    CounterLinkCrossValidation::sum);
          }
        }
      }
    }
    return out;
  }

  private static Tally sum(Tally a, Tally b) {
    return new Tally(a.links() + b.links(), a.rules() + b.rules(), a.model() + b.model());
  }
}
