package dev.pincite.eval;

import dev.pincite.claims.Claim;
import dev.pincite.claims.ClaimExtractor;
import dev.pincite.claims.ClaimType;
import dev.pincite.claims.CueFile;
import dev.pincite.claims.Stance;
import dev.pincite.claims.StanceClassifier;
import dev.pincite.claims.StanceDiscourse;
import dev.pincite.claims.StanceLabels;
import dev.pincite.claims.StanceModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * The labelled sentences a stance model is trained on: every document of the given label folders
 * ({@code gold/}, {@code train/}; never {@code heldout/} or the claims-dev sets), extracted as the
 * indexer extracts them, each claim whose normalised text matches a label ({@link
 * ClaimScorer#normalise}) given that label's stance. The classifier's inputs (type, companies,
 * whether the document discusses any, and the discourse the rules' stances of every claim of the
 * document make: {@link StanceDiscourse}) are the extractor's, as they will be when the model runs.
 */
public final class StanceTrainingSet {

  private StanceTrainingSet() {}

  /**
   * One labelled document, in two readings.
   *
   * @param doc its path relative to the project root
   * @param sentences its extracted sentences that match a label, with the extractor's type and
   *     companies (what a classifier sees at run time), in reading order
   * @param labels its labels, with their own type and companies ({@link StanceLabels#document})
   */
  public record Entry(
      String doc,
      List<StanceModel.LabelledSentence> sentences,
      List<StanceModel.LabelledSentence> labels) {

    public Entry {
      sentences = List.copyOf(sentences);
      labels = List.copyOf(labels);
    }
  }

  /**
   * Reads the labelled documents of some label folders, in folder order, then document order.
   *
   * @param extractor the extractor whose claims are labelled
   * @param labelDirs the label folders; one that does not exist is skipped
   * @return the documents
   * @throws IOException when labels or a document cannot be read
   */
  public static List<Entry> load(ClaimExtractor extractor, List<Path> labelDirs)
      throws IOException {
    StanceDiscourse discourse = new StanceDiscourse(CueFile.load("stance-cues.txt"));
    return LabelledDocuments.read(
        labelDirs,
        (doc, article, labels) ->
            new Entry(
                doc,
                labelled(extractor.extract(article), labels, discourse),
                StanceLabels.document(labels.stream().map(StanceTrainingSet::label).toList())));
  }

  private static StanceLabels.Label label(ClaimGold g) {
    return new StanceLabels.Label(
        g.doc(),
        g.text(),
        ClaimType.fromLabel(g.type()),
        g.companies(),
        Stance.fromLabel(g.stance()),
        g.paragraph(),
        g.attributed());
  }

  /**
   * The claims that match a label, as the extractor gives them to a stance classifier: each with
   * its discourse read from every claim of the document ({@link StanceDiscourse}), labelled or not.
   */
  private static List<StanceModel.LabelledSentence> labelled(
      List<Claim> claims, List<ClaimGold> labels, StanceDiscourse discourse) {
    Map<String, Deque<ClaimGold>> byText = LabelledDocuments.byText(labels);
    boolean aboutCompanies = claims.stream().anyMatch(c -> !c.companies().isEmpty());
    StanceClassifier.DocumentShape shape =
        new StanceClassifier.DocumentShape(
            Math.max(1, claims.size()),
            (int) Math.max(1, claims.stream().mapToInt(Claim::paragraph).distinct().count()));
    List<StanceClassifier.Sentence> sentences = new ArrayList<>(claims.size());
    for (Claim c : claims) {
      sentences.add(
          new StanceClassifier.Sentence(
              c.text(),
              c.type(),
              new HashSet<>(c.companies()),
              aboutCompanies,
              shape,
              c.attributed(),
              new StanceClassifier.Place(c.paragraph(), c.speaker()),
              StanceClassifier.Discourse.NONE));
    }
    sentences = discourse.read(sentences);
    List<StanceModel.LabelledSentence> out = new ArrayList<>();
    for (int i = 0; i < claims.size(); i++) {
      Deque<ClaimGold> candidates = byText.get(ClaimScorer.normalise(claims.get(i).text()));
      ClaimGold g = candidates == null ? null : candidates.poll();
      if (g != null) {
        out.add(new StanceModel.LabelledSentence(sentences.get(i), Stance.fromLabel(g.stance())));
      }
    }
    return out;
  }
}
