package dev.pincite.eval;

import dev.pincite.claims.ClaimClassifiers;
import dev.pincite.claims.ClaimExtractor;
import dev.pincite.claims.CounterLinkModel;
import dev.pincite.claims.CounterLinks;
import dev.pincite.claims.Registry;
import dev.pincite.claims.TypeModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * The labelled links a counterclaim link ranker ({@link CounterLinkModel}) is trained on: every
 * document of the given label folders ({@code gold/}, {@code train/}; never {@code heldout/} or the
 * claims-dev sets), split and given speakers, companies, types and stances by the extractor ({@link
 * ClaimExtractor#linkInputs}); each sentence labelled {@code counterclaim} whose answered sentence
 * is in the document is linked to the latest earlier sentence with that normalised text ({@link
 * ClaimScorer#normalise}). Which sentences are counterclaims comes from the labels, so a link is
 * learnt even where the extractor misses the type.
 */
public final class CounterLinkTrainingSet {

  private CounterLinkTrainingSet() {}

  /**
   * One labelled document.
   *
   * @param doc its path relative to the label folder's parent
   * @param document its sentences and gold links
   */
  public record Entry(String doc, CounterLinkModel.LabelledDocument document) {

    /** How many labelled links it has. */
    public int links() {
      return (int) Arrays.stream(document.targets()).filter(t -> t >= 0).count();
    }
  }

  /**
   * Reads the labelled documents of some label folders, in folder order, then document order.
   *
   * @param extractor the extractor that analyses the documents
   * @param labelDirs the label folders; one that does not exist is skipped
   * @return the documents
   * @throws IOException when labels or a document cannot be read
   */
  public static List<Entry> load(ClaimExtractor extractor, List<Path> labelDirs)
      throws IOException {
    return LabelledDocuments.read(
        labelDirs,
        (doc, article, labels) -> new Entry(doc, labelled(extractor.linkInputs(article), labels)));
  }

  /**
   * Reads the labelled documents as {@link #load} does, each typed by a type model that did not see
   * it: document k (in reading order) is in fold k mod {@code folds}, and each fold's documents are
   * analysed by an extractor whose type model ({@link TypeModel.Training#DEFAULT}) was trained on
   * the other folds' documents, the rest of the analysis (speakers, companies, stances) by the
   * rules. The types are then the kind the shipped model gives on unseen documents, not the rules'
   * nor its own on the documents it was trained on.
   *
   * @param registry the corpus registry
   * @param labelDirs the label folders
   * @param folds how many folds (at least 2)
   * @return the documents, in reading order
   * @throws IOException when labels or a document cannot be read
   */
  public static List<Entry> loadCrossFitted(Registry registry, List<Path> labelDirs, int folds)
      throws IOException {
    DocumentFolds.check(folds);
    ClaimClassifiers rules = ClaimClassifiers.rules();
    List<TypeTrainingSet.Entry> typed =
        TypeTrainingSet.load(new ClaimExtractor(registry, rules), labelDirs);
    List<Entry> out = new ArrayList<>(Collections.nCopies(typed.size(), null));
    for (int fold = 0; fold < folds; fold++) {
      List<TypeModel.LabelledDocument> train =
          DocumentFolds.outside(typed, folds, fold, TypeTrainingSet.Entry::document);
      TypeModel types =
          TypeModel.train(ClaimExtractor.typeRules(), train, TypeModel.Training.DEFAULT);
      List<Entry> all =
          load(
              new ClaimExtractor(registry, new ClaimClassifiers(types, rules.stances())),
              labelDirs);
      for (int k = fold; k < all.size(); k += folds) {
        out.set(k, all.get(k));
      }
    }
    return out;
  }

  private static CounterLinkModel.LabelledDocument labelled(
      CounterLinks.Document document, List<ClaimGold> labels) {
    Map<String, Deque<ClaimGold>> byText = LabelledDocuments.byText(labels);
    List<CounterLinks.Sentence> sentences = document.sentences();
    String[] normal = new String[sentences.size()];
    int[] targets = new int[sentences.size()];
    Arrays.fill(targets, -1);
    for (int i = 0; i < sentences.size(); i++) {
      normal[i] = ClaimScorer.normalise(sentences.get(i).text());
      Deque<ClaimGold> candidates = byText.get(normal[i]);
      ClaimGold g = candidates == null ? null : candidates.poll();
      if (g == null || !"counterclaim".equals(g.type()) || g.counters() == null) {
        continue;
      }
      String answered = ClaimScorer.normalise(g.counters());
      for (int j = i - 1; j >= 0; j--) {
        if (normal[j].equals(answered)) {
          targets[i] = j;
          break;
        }
      }
    }
    return new CounterLinkModel.LabelledDocument(document, targets);
  }
}
