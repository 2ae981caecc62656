package dev.pincite.eval;

import dev.pincite.claims.ClaimExtractor;
import dev.pincite.claims.OrganisationNameFeatures;
import dev.pincite.claims.OrganisationNameModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The labelled companies an organisation-name model ({@link OrganisationNameModel}) is trained on:
 * every document of the given label folders ({@code gold/}, {@code train/}; never a held-out set or
 * the claims-dev sets), split and given companies by the extractor ({@link
 * ClaimExtractor#organisationInputs}); each sentence its label's companies, matched by text as the
 * scorer matches them ({@link ClaimScorer#normalise}); a sentence no label matches teaches nothing.
 */
public final class OrganisationNameTrainingSet {

  private OrganisationNameTrainingSet() {}

  /**
   * One labelled document.
   *
   * @param doc its path relative to the label folder's parent
   * @param document its sentences and labels
   */
  public record Entry(String doc, OrganisationNameModel.LabelledDocument document) {}

  /**
   * Reads the labelled documents of some label folders, in folder order, then document order.
   *
   * @param extractor the extractor that finds the documents' companies (the rules alone, for
   *     training)
   * @param labelDirs the label folders; one that does not exist is skipped
   * @return the documents
   * @throws IOException when labels or a document cannot be read
   */
  public static List<Entry> load(ClaimExtractor extractor, List<Path> labelDirs)
      throws IOException {
    return LabelledDocuments.read(
        labelDirs,
        (doc, article, labels) ->
            new Entry(doc, labelled(extractor.organisationInputs(article), labels)));
  }

  private static OrganisationNameModel.LabelledDocument labelled(
      OrganisationNameFeatures.Document document, List<ClaimGold> labels) {
    Map<String, Deque<ClaimGold>> byText = LabelledDocuments.byText(labels);
    List<Set<String>> companies = new ArrayList<>();
    for (OrganisationNameFeatures.Sentence s : document.sentences()) {
      Deque<ClaimGold> candidates = byText.get(ClaimScorer.normalise(s.text()));
      ClaimGold g = candidates == null ? null : candidates.poll();
      companies.add(g == null ? null : Set.copyOf(g.companies()));
    }
    return new OrganisationNameModel.LabelledDocument(document, companies);
  }
}
