package dev.pincite.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrganisationNameFeaturesTest {

  private static final Set<String> NOT_NAMES = Set.of("The");

  static OrganisationNameFeatures.Sentence sentence(String text, String... companies) {
    return new OrganisationNameFeatures.Sentence(
        text, NameSpan.find(text, NOT_NAMES), Set.of(companies));
  }

  static OrganisationNameFeatures.Document document(
      String title, Set<String> people, OrganisationNameFeatures.Sentence... sentences) {
    return new OrganisationNameFeatures.Document(
        title,
        title == null ? List.of() : NameSpan.find(title, NOT_NAMES),
        List.of(sentences),
        people);
  }

  private static List<String> features(
      OrganisationNameFeatures.Document document, int sentence, String name) {
    OrganisationNameFeatures.Candidate c =
        OrganisationNameFeatures.candidates(document).get(sentence).stream()
            .filter(x -> x.run().text().equals(name))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no candidate " + name));
    return Arrays.asList(
        OrganisationNameFeatures.of(OrganisationNameFeatures.context(document), c));
  }

  @Test
  void anAppositiveItsHeadAndTheVerbAfterTheClauseAreRead() {
    OrganisationNameFeatures.Document d =
        document(
            null, Set.of(), sentence("Brakke, a smaller Dutch rival, grew sales 6% last year."));
    List<String> f = features(d, 0, "Brakke");
    assertTrue(f.contains("appos=a"), f.toString());
    assertTrue(f.contains("apphead=rival"), f.toString());
    assertTrue(f.contains("verb=grew"), f.toString());
    assertTrue(f.contains("start"), f.toString());
    assertTrue(f.contains("oneword"), f.toString());
  }

  @Test
  void theHeadOfAnAppositiveIsAWholeLowerCaseWordNeverTheTailOfAName() {
    OrganisationNameFeatures.Document d =
        document(
            null, Set.of(), sentence("Quarrow, which hired Aldermoor Securities, cut prices."));
    List<String> f = features(d, 0, "Quarrow");
    assertTrue(f.contains("apphead=hired"), f.toString());
    assertFalse(f.contains("apphead=ecurities"), f.toString());
  }

  @Test
  void whatEverySentenceNamingARunSaysIsGatheredForEachOfThem() {
    OrganisationNameFeatures.Document d =
        document(
            null,
            Set.of(),
            sentence("Hollyoak Care, a smaller rival, has managed it."),
            sentence("Prices at Hollyoak Care rose."));
    List<String> f = features(d, 1, "Hollyoak Care");
    assertTrue(f.contains("prev=at"), f.toString());
    assertTrue(f.contains("doc:apphead=rival"), f.toString());
    assertTrue(f.contains("doc:prev=at"), f.toString());
    assertTrue(f.contains("dc=2"), f.toString());
  }

  @Test
  void aRunThatIsOrHoldsAPersonsNameSaysSo() {
    OrganisationNameFeatures.Document d =
        document(null, Set.of("Mireille Haas"), sentence("Haas pressed the board on pay."));
    List<String> f = features(d, 0, "Haas");
    assertTrue(f.contains("surname"), f.toString());
    assertTrue(f.contains("person"), f.toString());
  }

  @Test
  void runsTheRulesTookAndRunsHoldingOrHeldByAnOrganisationAreNoCandidates() {
    OrganisationNameFeatures.Document d =
        document(
            null,
            Set.of(),
            sentence("Pressline Services won the contract.", "Pressline Services"),
            sentence("Pressline and Quarrow bid for it."));
    List<String> candidates =
        OrganisationNameFeatures.candidates(d).stream()
            .flatMap(List::stream)
            .map(c -> c.run().text())
            .toList();
    assertEquals(List.of("Quarrow"), candidates);
  }

  @Test
  void aShortFormStandsForTheLongestRunOfTheDocumentOrTitleThatGoesOnFromIt() {
    OrganisationNameFeatures.Document d =
        document(
            "Fennick Coaches Holdings wants the depot",
            Set.of(),
            sentence("Fennick offered £6.4 million."),
            sentence("Fennick Coaches runs school routes."));
    assertEquals("Fennick Coaches Holdings", OrganisationNameFeatures.longForm(d, "Fennick"));
    assertEquals("Quarrow", OrganisationNameFeatures.longForm(d, "Quarrow"));
    assertFalse(OrganisationNameFeatures.longForm(d, "Fenn").startsWith("Fennick"));
  }
}
