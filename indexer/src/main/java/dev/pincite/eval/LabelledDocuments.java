package dev.pincite.eval;

import dev.pincite.ingest.Article;
import dev.pincite.ingest.ArticleLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The documents of label folders ({@code gold/}, {@code train/}) with their labels, read the way
 * {@code score-claims} reads them: what the training sets of the claim models are made from.
 */
final class LabelledDocuments {

  private LabelledDocuments() {}

  /** What is made of one labelled document. */
  @FunctionalInterface
  interface Reader<T> {
    /**
     * @param doc the document's path relative to the label folder's parent
     * @param article the document as the indexer reads it
     * @param labels its labels in reading order
     */
    T read(String doc, Article article, List<ClaimGold> labels) throws IOException;
  }

  /**
   * Reads every labelled document of some label folders, in folder order, then document order.
   *
   * @param labelDirs the label folders; one that does not exist is skipped
   * @param reader what to make of each document
   * @return what the reader made, one per document
   * @throws IOException when labels or a document cannot be read
   */
  static <T> List<T> read(List<Path> labelDirs, Reader<T> reader) throws IOException {
    ArticleLoader loader = new ArticleLoader();
    List<T> out = new ArrayList<>();
    for (Path dir : labelDirs) {
      if (!Files.isDirectory(dir)) {
        continue;
      }
      // As in score-claims: document paths are relative to the label folder's parent.
      Path root = dir.toAbsolutePath().normalize().getParent();
      for (Map.Entry<String, List<ClaimGold>> doc : ClaimGold.load(dir).entrySet()) {
        out.add(
            reader.read(
                doc.getKey(), ClaimScorer.load(root, loader, doc.getKey()), doc.getValue()));
      }
    }
    return out;
  }

  /**
   * A document's labels by their normalised text ({@link ClaimScorer#normalise}), each to be taken
   * once ({@link Deque#poll}) in reading order, so that a sentence repeated in a document matches
   * its labels in turn.
   */
  static Map<String, Deque<ClaimGold>> byText(List<ClaimGold> labels) {
    Map<String, Deque<ClaimGold>> byText = new HashMap<>();
    for (ClaimGold g : labels) {
      byText.computeIfAbsent(ClaimScorer.normalise(g.text()), k -> new ArrayDeque<>()).add(g);
    }
    return byText;
  }
}
