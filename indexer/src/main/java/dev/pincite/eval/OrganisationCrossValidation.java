package dev.pincite.eval;

import dev.pincite.claims.Claim;
import dev.pincite.claims.ClaimClassifiers;
import dev.pincite.claims.ClaimExtractor;
import dev.pincite.claims.OrganisationFinder;
import dev.pincite.claims.Registry;
import dev.pincite.ingest.Article;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cross-validates the organisation finder ({@link OrganisationFinder}) against the company cues
 * alone by whole documents: document k is in fold k mod {@code folds}; each fold's documents are
 * read by an extractor whose finder was trained on the other folds' labels. Counted as {@code
 * score-claims} counts companies: over the labelled sentences the extractor splits alike, the
 * organisations listed by both, by the extractor only and by the label only.
 */
public final class OrganisationCrossValidation {

  private OrganisationCrossValidation() {}

  /**
   * Organisations counted over sentences.
   *
   * @param right listed by the label and the extractor
   * @param extra listed by the extractor alone
   * @param missed listed by the label alone
   */
  public record Tally(int right, int extra, int missed) {

    /** Right out of what the extractor listed. */
    public double precision() {
      return right + extra == 0 ? 0 : (double) right / (right + extra);
    }

    /** Right out of what the labels list. */
    public double recall() {
      return right + missed == 0 ? 0 : (double) right / (right + missed);
    }

    /** The harmonic mean of precision and recall. */
    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    Tally plus(Tally o) {
      return new Tally(right + o.right, extra + o.extra, missed + o.missed);
    }
  }

  /**
   * The cues alone and the cues with a finder per fold.
   *
   * @param rules the cues alone
   * @param withFinder the cues and the fold's finder
   */
  public record Result(Tally rules, Tally withFinder) {}

  private record Entry(String doc, Article article, List<ClaimGold> labels) {}

  /**
   * Runs the cross-validation.
   *
   * @param registry the corpus registry
   * @param labelDirs the label folders
   * @param folds how many folds
   * @return the two tallies
   * @throws IOException when labels or a document cannot be read
   */
  public static Result run(Registry registry, List<Path> labelDirs, int folds) throws IOException {
    List<Entry> documents = LabelledDocuments.read(labelDirs, Entry::new);
    ClaimExtractor rules = new ClaimExtractor(registry, ClaimClassifiers.rules());
    Tally byRules = new Tally(0, 0, 0);
    Tally byFinder = new Tally(0, 0, 0);
    for (int fold = 0; fold < folds; fold++) {
      List<OrganisationFinder.Sample> training = new ArrayList<>();
      for (int i = 0; i < documents.size(); i++) {
        if (i % folds != fold) {
          Entry e = documents.get(i);
          for (ClaimGold g : e.labels()) {
            training.add(OrganisationTrainingSet.sample(e.doc(), g.text(), g.companies()));
          }
        }
      }
      ClaimExtractor withFinder =
          new ClaimExtractor(registry, ClaimClassifiers.rules(OrganisationFinder.train(training)));
      for (int i = fold; i < documents.size(); i += folds) {
        Entry e = documents.get(i);
        byRules = byRules.plus(tally(rules.extract(e.article()), e.labels()));
        byFinder = byFinder.plus(tally(withFinder.extract(e.article()), e.labels()));
      }
    }
    return new Result(byRules, byFinder);
  }

  private static Tally tally(List<Claim> claims, List<ClaimGold> labels) {
    Map<String, Deque<ClaimGold>> byText = LabelledDocuments.byText(labels);
    int right = 0;
    int extra = 0;
    int missed = 0;
    for (Claim c : claims) {
      Deque<ClaimGold> same = byText.get(ClaimScorer.normalise(c.text()));
      ClaimGold g = same == null ? null : same.poll();
      if (g == null) {
        continue;
      }
      Set<String> wanted = new HashSet<>(g.companies());
      for (String found : c.companies()) {
        if (wanted.remove(found)) {
          right++;
        } else {
          extra++;
        }
      }
      missed += wanted.size();
    }
    return new Tally(right, extra, missed);
  }
}
