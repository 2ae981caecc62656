package dev.pincite.eval;

import dev.pincite.claims.OrganisationNameModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Cross-validates the organisation-name model ({@link OrganisationNameModel}) against the company
 * rules by whole documents: document k is in fold k mod {@code folds}; each fold's documents are
 * decided by a model trained on the other folds' documents. Counted as the scorer counts companies,
 * over the labelled sentences: the organisations right, wrong and missed by the rules alone and
 * with the model's additions.
 */
public final class OrganisationNameCrossValidation {

  private OrganisationNameCrossValidation() {}

  /**
   * Companies counted over the labelled sentences.
   *
   * @param threshold the threshold the model decided with
   * @param rules the rules' right, wrong and missed organisations
   * @param model the same with the model's additions
   */
  public record Tally(double threshold, Counts rules, Counts model) {}

  /**
   * Right, wrong and missed organisations.
   *
   * @param right found and labelled
   * @param wrong found, not labelled
   * @param missed labelled, not found
   */
  public record Counts(int right, int wrong, int missed) {

    /** The F1 of these counts (the scorer's {@code company_f1}); 0 with nothing right. */
    public double f1() {
      return right == 0 ? 0 : 2.0 * right / (2.0 * right + wrong + missed);
    }
  }

  /**
   * Cross-validates one model per fold at several thresholds.
   *
   * @param documents the labelled documents, read by the rules alone
   * @param folds how many folds (at least 2)
   * @param training the model's settings (its threshold is replaced by each asked for)
   * @param thresholds the thresholds to decide with
   * @return one tally per threshold, in order
   */
  public static List<Tally> run(
      List<OrganisationNameTrainingSet.Entry> documents,
      int folds,
      OrganisationNameModel.Training training,
      List<Double> thresholds) {
    DocumentFolds.check(folds);
    int[] rules = new int[3];
    int[][] model = new int[thresholds.size()][3];
    for (int fold = 0; fold < folds; fold++) {
      List<OrganisationNameModel.LabelledDocument> train =
          DocumentFolds.outside(
              documents, folds, fold, OrganisationNameTrainingSet.Entry::document);
      OrganisationNameModel trained = OrganisationNameModel.train(train, training);
      for (int k = fold; k < documents.size(); k += folds) {
        OrganisationNameModel.LabelledDocument d = documents.get(k).document();
        tally(rules, d, null);
        for (int t = 0; t < thresholds.size(); t++) {
          tally(model[t], d, trained.withThreshold(thresholds.get(t)).added(d.document()));
        }
      }
    }
    List<Tally> out = new ArrayList<>();
    for (int t = 0; t < thresholds.size(); t++) {
      out.add(new Tally(thresholds.get(t), counts(rules), counts(model[t])));
    }
    return out;
  }

  private static Counts counts(int[] c) {
    return new Counts(c[0], c[1], c[2]);
  }

  private static void tally(
      int[] c, OrganisationNameModel.LabelledDocument d, List<Set<String>> added) {
    for (int i = 0; i < d.companies().size(); i++) {
      Set<String> gold = d.companies().get(i);
      if (gold == null) {
        continue;
      }
      Set<String> found = new TreeSet<>(d.document().sentences().get(i).companies());
      if (added != null) {
        found.addAll(added.get(i));
      }
      for (String f : found) {
        c[gold.contains(f) ? 0 : 1]++;
      }
      for (String g : gold) {
        c[2] += found.contains(g) ? 0 : 1;
      }
    }
  }
}
