package dev.pincite.claims;

import static dev.pincite.claims.OrganisationNameFeaturesTest.document;
import static dev.pincite.claims.OrganisationNameFeaturesTest.sentence;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrganisationNameModelTest {

  /**
   * A made-up round-up: a business introduced by an appositive that says what it does, then named
   * as the subject of a trading verb; a town the business trades in, named after "in". Only the
   * business is labelled a company.
   */
  private static OrganisationNameModel.LabelledDocument roundUp(String business, String town) {
    OrganisationNameFeatures.Document d =
        document(
            null,
            Set.of(),
            sentence(business + ", a smaller rival chain, cut prices again in March."),
            sentence("Sales rose 4% in " + town + " over the winter."),
            sentence(business + " reported a loss on Tuesday."));
    List<Set<String>> labels = new ArrayList<>();
    labels.add(Set.of(business));
    labels.add(Set.of());
    labels.add(Set.of(business));
    return new OrganisationNameModel.LabelledDocument(d, labels);
  }

  private static List<OrganisationNameModel.LabelledDocument> roundUps() {
    String[][] cast = {
      {"Brasa House", "Kelby"},
      {"Hollyoak Care", "Aldmouth"},
      {"Tovel Engines", "Pellan"},
      {"Corbel Hume", "Wenmouth"},
      {"Scrutiva", "Harrowdene"},
      {"Glimmerbox", "Orkwell"}
    };
    List<OrganisationNameModel.LabelledDocument> out = new ArrayList<>();
    for (String[] c : cast) {
      out.add(roundUp(c[0], c[1]));
    }
    return out;
  }

  @Test
  void aBusinessNamedByItsGrammarJoinsItsSentencesAndAPlaceDoesNot() {
    OrganisationNameModel model =
        OrganisationNameModel.train(roundUps(), OrganisationNameModel.Training.DEFAULT);
    List<Set<String>> added = model.added(roundUp("Fallowmere Dental", "Quenby").document());
    assertEquals(
        List.of(Set.of("Fallowmere Dental"), Set.of(), Set.of("Fallowmere Dental")), added);
  }

  @Test
  void itOnlyAddsToWhatTheRulesFound() {
    OrganisationNameModel model =
        OrganisationNameModel.train(roundUps(), OrganisationNameModel.Training.DEFAULT);
    OrganisationNameFeatures.Document found =
        document(
            null,
            Set.of(),
            sentence("Fallowmere Dental, a smaller rival chain, cut prices.", "Fallowmere Dental"));
    assertEquals(List.of(Set.of()), model.added(found), "the rules' organisation is no candidate");
  }

  @Test
  void aLabelledShortFormIsAnOrganisationAndAnUnlabelledSentenceTeachesNothing() {
    OrganisationNameFeatures.Document d =
        document(
            null,
            Set.of(),
            sentence("Pressline cut prices."),
            sentence("Quarrow held its prices."));
    List<Set<String>> labels = new ArrayList<>();
    labels.add(Set.of("Pressline Services"));
    labels.add(null);
    OrganisationNameModel.LabelledDocument labelled =
        new OrganisationNameModel.LabelledDocument(d, labels);
    List<List<OrganisationNameFeatures.Candidate>> candidates =
        OrganisationNameFeatures.candidates(d);
    assertEquals(Boolean.TRUE, labelled.isOrganisation(candidates.get(0).get(0)));
    assertNull(labelled.isOrganisation(candidates.get(1).get(0)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new OrganisationNameModel.LabelledDocument(d, List.of(Set.of())));
  }

  @Test
  void trainingTwiceWritesTheSameBytesAndReadingThemBackDecidesTheSame() throws Exception {
    OrganisationNameModel a =
        OrganisationNameModel.train(roundUps(), OrganisationNameModel.Training.DEFAULT);
    OrganisationNameModel b =
        OrganisationNameModel.train(roundUps(), OrganisationNameModel.Training.DEFAULT);
    ByteArrayOutputStream x = new ByteArrayOutputStream();
    ByteArrayOutputStream y = new ByteArrayOutputStream();
    a.write(x);
    b.write(y);
    assertArrayEquals(x.toByteArray(), y.toByteArray());
    OrganisationNameModel read =
        OrganisationNameModel.read(
            new ByteArrayInputStream(x.toByteArray()), OrganisationNameModel.Training.DEFAULT);
    assertEquals(a.fingerprint(), read.fingerprint());
    OrganisationNameFeatures.Document unseen = roundUp("Fallowmere Dental", "Quenby").document();
    assertEquals(a.added(unseen), read.added(unseen));
    assertTrue(
        !a.fingerprint().equals(a.withThreshold(0.9).fingerprint()),
        "the threshold is part of the fingerprint");
  }

  @Test
  void aThresholdOutsideZeroToOneIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> OrganisationNameModel.Training.DEFAULT.withThreshold(0));
    assertThrows(
        IllegalArgumentException.class,
        () -> OrganisationNameModel.Training.DEFAULT.withThreshold(1.5));
    assertTrue(Arrays.asList(0.4).contains(OrganisationNameModel.Training.DEFAULT.threshold()));
  }
}
