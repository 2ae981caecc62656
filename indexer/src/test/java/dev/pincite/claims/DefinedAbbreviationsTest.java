package dev.pincite.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DefinedAbbreviationsTest {

  @Test
  void bracketedInitialsOfTheWordsBeforeThemDefineAnAbbreviation() {
    assertEquals(
        Map.of(
            "SIB", "Société Ivoirienne de Broyage",
            "BNCC", "Bureau National de Commercialisation du Cacao",
            "SPCN", "Syndicat des Producteurs de Cacao de la Nawa"),
        DefinedAbbreviations.of(
            List.of(
                "ABIDJAN, 2 December (Lagune Wire) — Société Ivoirienne de Broyage (SIB), the"
                    + " second-largest grinder, said on Tuesday it would expand.",
                "The Bureau National de Commercialisation du Cacao (BNCC) rejected the call.",
                "The Syndicat des Producteurs de Cacao de la Nawa (SPCN) disagreed.")));
  }

  @Test
  void aTickerAYearOrANoteInBracketsDefinesNothing() {
    assertEquals(
        Map.of(),
        DefinedAbbreviations.of(
            List.of(
                "Oleaginosa Cerrado Verde (CRVD3) fell.",
                "Harlow Mining (2019) was sold.",
                "Harlow Mining (AIM) listed in London.")));
  }

  @Test
  void anAbbreviationDefinedForTwoNamesIsNeithers() {
    assertEquals(
        Map.of(),
        DefinedAbbreviations.of(
            List.of("Sông Hồng Telecom (SHT) bid.", "Saigon Harbour Terminals (SHT) did not.")));
  }

  @Test
  void laterSentencesNameTheOrganisationInFull() {
    List<Claim> claims =
        Articles.extractor()
            .extract(
                Articles.of(
                    null,
                    "Test Wire",
                    "Société Ivoirienne de Broyage (SIB), the second-largest cocoa grinder, plans two"
                        + " new lines.",
                    "SIB said the lines would start in 2027.",
                    "Shares in SIB fell 4% on Tuesday."));
    assertEquals("Société Ivoirienne de Broyage", claims.get(1).speaker());
    assertEquals(List.of("Société Ivoirienne de Broyage"), claims.get(2).companies());
  }
}
