package dev.pincite.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LeadingMarkersTest {

  private final ClaimExtractor extractor = Articles.extractor();

  private List<String> texts(String... paragraphs) {
    return extractor.extract(Articles.of("Ada Vale", "The Daily Ledger", paragraphs)).stream()
        .map(Claim::text)
        .toList();
  }

  @Test
  void outlineNumbersOfANumberedReportAreNoPartOfItsSentences() {
    assertEquals(
        List.of("The directors consider the offer fair.", "The lenders voted for the plan."),
        texts("3.1 The directors consider the offer fair.", "3.2 The lenders voted for the plan."));
  }

  @Test
  void bracketedParagraphNumbersComeOffEveryNumberedParagraph() {
    assertEquals(
        List.of("I am a partner of Cresswell Marr.", "The meetings were held in April."),
        texts("[1] I am a partner of Cresswell Marr.", "(2) The meetings were held in April."));
  }

  @Test
  void entryTimesComeOffWithTheirBracketsZoneAndDash() {
    assertEquals(
        List.of(
            "Orbital opens lower.",
            "Vantage Rail is steady.",
            "MS VALE: Margins will recover.",
            "Trading resumes.",
            "Kestrel Air cuts fares."),
        texts(
            "0706 GMT - Orbital opens lower.",
            "0712 GMT - Vantage Rail is steady.",
            "[09:31] MS VALE: Margins will recover.",
            "9.30am: Trading resumes.",
            "10:04 GMT \u2013 Kestrel Air cuts fares."));
  }

  @Test
  void aNumberOpeningOneParagraphIsTheSentencesOwn() {
    assertEquals(
        List.of("2.5 Million shoppers came.", "Sales rose."),
        texts("2.5 Million shoppers came.", "Sales rose."));
  }

  @Test
  void aDecimalBeforeALowerCaseWordIsNeverAMark() {
    assertEquals(
        List.of("2.5 million shoppers came.", "3.1 million more came later."),
        texts("2.5 million shoppers came.", "3.1 million more came later."));
  }

  @Test
  void withoutAnyTakesAMarkOffASentenceAloneForMatching() {
    assertEquals("The fee is too high.", LeadingMarkers.withoutAny("3.2 The fee is too high."));
    assertEquals("The fee is too high.", LeadingMarkers.withoutAny("[12:05] The fee is too high."));
    assertEquals("The fee is too high.", LeadingMarkers.withoutAny("The fee is too high."));
  }
}
