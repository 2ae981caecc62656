package dev.pincite.claims;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OrganisationFinderTest {

  // Made-up names: one-word organisations that say and report things, two-word people who do the
  // same; the finder has to tell them apart by shape and place, as no cue of CompanyRules does.
  private static final List<String> ORGANISATIONS =
      List.of(
          "Brackwell",
          "Ostrand",
          "Quillmere",
          "Tarrowby",
          "Venneth",
          "Holmgate",
          "Saltreach",
          "Draymoor",
          "Pellinor",
          "Corriston",
          "Fendleby",
          "Marrowick");
  private static final List<String> PEOPLE =
      List.of(
          "Anna Berg",
          "Tomas Reyes",
          "Ines Garrow",
          "Lena Park",
          "Oskar Lind",
          "Mira Cole",
          "Pavel Dost",
          "Ruth Amari",
          "Colm Reddan",
          "Hana Sato",
          "Ivo Marsh",
          "Leda Quint");
  private static final List<String> SAYINGS =
      List.of(
          "%s says the boats ran almost empty.",
          "%s reported a wider loss for the year.",
          "%s says the losses reflect the cost of new depots.",
          "The report from %s came out on Monday.");

  private static OrganisationFinder finder;

  @BeforeAll
  static void train() {
    finder = OrganisationFinder.train(samples());
  }

  private static List<OrganisationFinder.Sample> samples() {
    List<OrganisationFinder.Sample> out = new ArrayList<>();
    for (int i = 0; i < ORGANISATIONS.size(); i++) {
      for (String saying : SAYINGS) {
        String org = ORGANISATIONS.get(i);
        String text = saying.formatted(org);
        int start = text.indexOf(org);
        out.add(
            new OrganisationFinder.Sample(
                "doc" + i,
                text,
                List.of(new OrganisationFinder.Mention(start, start + org.length()))));
        out.add(
            new OrganisationFinder.Sample("doc" + i, saying.formatted(PEOPLE.get(i)), List.of()));
      }
    }
    return out;
  }

  @Test
  void anOrganisationNobodyNamedInTrainingIsFoundByItsShapeAndPlace() {
    String sentence = "Ferrylink says the evening boats ran almost empty.";
    assertEquals(List.of(new OrganisationFinder.Mention(0, 9)), finder.organisations(sentence));
  }

  @Test
  void aPersonInTheSamePlaceIsNotAnOrganisation() {
    assertEquals(List.of(), finder.organisations("Nadia Okoro says the boats ran almost empty."));
  }

  @Test
  void aWrittenFinderReadsBackTheSame() throws IOException {
    OrganisationFinder read = OrganisationFinder.read(new ByteArrayInputStream(finder.bytes()));
    assertEquals(finder.fingerprint(), read.fingerprint());
    String sentence = "The report from Kelvane came out on Monday.";
    assertEquals(finder.organisations(sentence), read.organisations(sentence));
  }

  @Test
  void theSameSamplesTrainTheSameBytes() {
    assertArrayEquals(finder.bytes(), OrganisationFinder.train(samples()).bytes());
  }

  @Test
  void aNameOnlyTheFinderMarksIsAnOrganisationThroughItsDocument() {
    ClaimExtractor extractor =
        new ClaimExtractor(Articles.registry(), ClaimClassifiers.rules(finder));
    List<List<String>> companies =
        extractor
            .extract(
                Articles.of(
                    null,
                    null,
                    "Ferrylink says the evening boats ran almost empty.",
                    "Fares on Ferrylink routes rose by a tenth."))
            .stream()
            .map(Claim::companies)
            .toList();
    assertEquals(List.of(List.of("Ferrylink"), List.of("Ferrylink")), companies);
  }

  @Test
  void withoutTheFinderTheSameNameIsNotAnOrganisation() {
    List<List<String>> companies =
        Articles.extractor()
            .extract(Articles.of(null, null, "Ferrylink says the evening boats ran almost empty."))
            .stream()
            .map(Claim::companies)
            .toList();
    assertEquals(List.of(List.of()), companies);
  }

  @Test
  void aPersonOfTheDocumentIsNeverTakenForAnOrganisation() {
    ClaimExtractor extractor =
        new ClaimExtractor(Articles.registry(), ClaimClassifiers.rules(finder));
    List<List<String>> companies =
        extractor
            .extract(
                Articles.of(
                    null,
                    null,
                    "Chief executive Ines Garrow spoke to analysts on Tuesday.",
                    "Garrow says the boats ran almost empty."))
            .stream()
            .map(Claim::companies)
            .toList();
    assertEquals(List.of(List.of(), List.of()), companies);
  }
}
