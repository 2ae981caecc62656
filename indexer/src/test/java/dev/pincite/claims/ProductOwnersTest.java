package dev.pincite.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProductOwnersTest {

  private final ProductOwners owners = new ProductOwners(CueFile.load("company-cues.txt"));
  private final ClaimExtractor extractor = Articles.extractor();

  @Test
  void aProductIntroducedByItsOwnersAppositiveIsTheOwner() {
    Map<String, String> learned =
        owners.learn(
            List.of(
                "Quorvane Therapeutics wants $148,000 a year for Lumidrel, its new pill for a rare"
                    + " liver disease.",
                "Embervale, the streaming service owned by Hestmark Media, will raise prices.",
                "Lumidrel sales will reach $1 billion."),
            List.of(
                List.of("Lumidrel", "Quorvane Therapeutics"),
                List.of("Embervale", "Hestmark Media"),
                List.of("Lumidrel")));
    assertEquals(
        Map.of("Lumidrel", "Quorvane Therapeutics", "Embervale", "Hestmark Media"), learned);
  }

  @Test
  void aRelatedFirmOrAnOrdersSizeOwnsNothing() {
    Map<String, String> learned =
        owners.learn(
            List.of(
                "Tethys Box Lines raised its outlook while Marisco Lines, its closest rival, cut.",
                "Ferris Aerospace won an order for 80 jets from Meridale Airways, its largest ever."),
            List.of(
                List.of("Marisco Lines", "Tethys Box Lines"),
                List.of("Ferris Aerospace", "Meridale Airways")));
    assertEquals(Map.of(), learned);
  }

  @Test
  void everySentenceNamingTheProductListsItsOwner() {
    List<Claim> c =
        extractor.extract(
            Articles.of(
                "Mia Okoye",
                "Harbour Notes",
                "Hestmark Media cut its forecast. Embervale, the streaming service owned by"
                    + " Hestmark Media, will raise its price. In a statement, Embervale said churn"
                    + " was low."));
    assertEquals(List.of("Hestmark Media"), c.get(1).companies());
    assertEquals(List.of("Hestmark Media"), c.get(2).companies());
  }
}
