package dev.pincite.eval;

import dev.pincite.claims.ClaimExtractor;
import dev.pincite.claims.ClaimType;
import dev.pincite.claims.TypeClassifier;
import dev.pincite.claims.TypeModel;
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
 * The labelled documents a type model is trained on: every document of the given label folders
 * ({@code gold/}, {@code train/}; never {@code heldout/} or the claims-dev sets), split into
 * sentences by the extractor, each sentence given the type of the label with the same normalised
 * text ({@link ClaimScorer#normalise}). A sentence without a label stays in its document, as the
 * context of its neighbours, and is not trained on.
 */
public final class TypeTrainingSet {

  private TypeTrainingSet() {}

  /**
   * One labelled document.
   *
   * @param doc its path relative to the project root
   * @param document its sentences and types
   */
  public record Entry(String doc, TypeModel.LabelledDocument document) {}

  /**
   * Reads the labelled documents of some label folders, in folder order, then document order.
   *
   * @param extractor the extractor that splits the documents into sentences
   * @param labelDirs the label folders; one that does not exist is skipped
   * @return the documents
   * @throws IOException when labels or a document cannot be read
   */
  public static List<Entry> load(ClaimExtractor extractor, List<Path> labelDirs)
      throws IOException {
    ArticleLoader loader = new ArticleLoader();
    List<Entry> out = new ArrayList<>();
    for (Path dir : labelDirs) {
      if (!Files.isDirectory(dir)) {
        continue;
      }
      // As in score-claims: document paths are relative to the label folder's parent.
      Path root = dir.toAbsolutePath().normalize().getParent();
      for (Map.Entry<String, List<ClaimGold>> doc : ClaimGold.load(dir).entrySet()) {
        List<TypeClassifier.Sentence> sentences =
            extractor.typeInputs(ClaimScorer.load(root, loader, doc.getKey()));
        out.add(new Entry(doc.getKey(), labelled(sentences, doc.getValue())));
      }
    }
    return out;
  }

  private static TypeModel.LabelledDocument labelled(
      List<TypeClassifier.Sentence> sentences, List<ClaimGold> labels) {
    Map<String, Deque<ClaimGold>> byText = new HashMap<>();
    for (ClaimGold g : labels) {
      byText.computeIfAbsent(ClaimScorer.normalise(g.text()), k -> new ArrayDeque<>()).add(g);
    }
    List<ClaimType> types = new ArrayList<>();
    for (TypeClassifier.Sentence s : sentences) {
      Deque<ClaimGold> candidates = byText.get(ClaimScorer.normalise(s.text()));
      ClaimGold g = candidates == null ? null : candidates.poll();
      types.add(g == null ? null : ClaimType.fromLabel(g.type()));
    }
    return new TypeModel.LabelledDocument(sentences, types);
  }
}
