package dev.pincite.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DocumentOrganisationsTest {

  private final DocumentOrganisations organisations =
      new DocumentOrganisations(
          Set.of(
              "Quillon Labs", "Blackthorn Ridge Research", "Harbour Line", "Harbour Line Ferries"));

  @Test
  void theFirstWordOfATwoWordNameStandsForIt() {
    assertEquals(Optional.of("Quillon Labs"), organisations.named("Quillon"));
  }

  @Test
  void openingWordsStandForTheOnlyLongerNameTheyOpen() {
    assertEquals(Optional.of("Blackthorn Ridge Research"), organisations.named("Blackthorn"));
  }

  @Test
  void aWordOpeningSeveralNamesPrefersTheTwoWordOne() {
    assertEquals(Optional.of("Harbour Line"), organisations.named("Harbour"));
  }

  @Test
  void aNameNoOrganisationOpensIsNone() {
    assertEquals(Optional.empty(), organisations.named("Northvale"));
  }
}
