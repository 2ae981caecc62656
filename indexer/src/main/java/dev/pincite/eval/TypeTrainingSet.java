package dev.pincite.eval;

import dev.pincite.claims.ClaimExtractor;
import dev.pincite.claims.ClaimType;
import dev.pincite.claims.TypeClassifier;
import dev.pincite.claims.TypeModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Deque;
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
    return LabelledDocuments.read(
        labelDirs,
        (doc, article, labels) -> new Entry(doc, labelled(extractor.typeInputs(article), labels)));
  }

  private static TypeModel.LabelledDocument labelled(
      List<TypeClassifier.Sentence> sentences, List<ClaimGold> labels) {
    Map<String, Deque<ClaimGold>> byText = LabelledDocuments.byText(labels);
    List<ClaimType> types = new ArrayList<>();
    for (TypeClassifier.Sentence s : sentences) {
      Deque<ClaimGold> candidates = byText.get(ClaimScorer.normalise(s.text()));
      ClaimGold g = candidates == null ? null : candidates.poll();
      types.add(g == null ? null : ClaimType.fromLabel(g.type()));
    }
    return new TypeModel.LabelledDocument(sentences, types);
  }
}
