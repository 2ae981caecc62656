package dev.pincite.eval;

import dev.pincite.claims.ClaimExtractor;
import dev.pincite.claims.VoiceFeatures;
import dev.pincite.claims.VoiceModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * The labelled speakers a voice model ({@link VoiceModel}) is trained on: every document of the
 * given label folders ({@code gold/}, {@code train/}; never {@code heldout/} or the claims-dev
 * sets), split and attributed by the extractor ({@link ClaimExtractor#voiceInputs}); each sentence
 * with a candidate speaker ({@link VoiceFeatures#candidate}) whose label gives it that candidate
 * speaks for it, one whose label is the document's own voice does not, and one whose label names
 * another speaker teaches nothing here (the model cannot name a third).
 */
public final class VoiceTrainingSet {

  private VoiceTrainingSet() {}

  /**
   * One labelled document.
   *
   * @param doc its path relative to the label folder's parent
   * @param document its sentences and labels
   */
  public record Entry(String doc, VoiceModel.LabelledDocument document) {}

  /**
   * Reads the labelled documents of some label folders, in folder order, then document order.
   *
   * @param extractor the extractor that attributes the documents (the rules alone, for training)
   * @param labelDirs the label folders; one that does not exist is skipped
   * @return the documents
   * @throws IOException when labels or a document cannot be read
   */
  public static List<Entry> load(ClaimExtractor extractor, List<Path> labelDirs)
      throws IOException {
    return LabelledDocuments.read(
        labelDirs,
        (doc, article, labels) -> new Entry(doc, labelled(extractor.voiceInputs(article), labels)));
  }

  private static VoiceModel.LabelledDocument labelled(
      VoiceModel.Document document, List<ClaimGold> labels) {
    Map<String, Deque<ClaimGold>> byText = LabelledDocuments.byText(labels);
    List<VoiceFeatures.Sentence> sentences = document.sentences();
    Boolean[] speaks = new Boolean[sentences.size()];
    for (int i = 0; i < sentences.size(); i++) {
      Deque<ClaimGold> candidates = byText.get(ClaimScorer.normalise(sentences.get(i).text()));
      ClaimGold g = candidates == null ? null : candidates.poll();
      String candidate = VoiceFeatures.candidate(sentences, document.people(), i);
      if (g == null || candidate == null) {
        continue;
      }
      if (!g.attributed()) {
        speaks[i] = false;
      } else if (candidate.equals(g.speaker())) {
        speaks[i] = true;
      }
    }
    return new VoiceModel.LabelledDocument(document, speaks);
  }
}
