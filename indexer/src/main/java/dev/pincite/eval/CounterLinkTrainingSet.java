package dev.pincite.eval;

import dev.pincite.claims.ClaimExtractor;
import dev.pincite.claims.CounterLinkModel;
import dev.pincite.claims.CounterLinks;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
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
