package dev.pincite.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pincite.ingest.Block;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

  private final SentenceSplitter splitter = new SentenceSplitter(CueFile.load("abbreviations.txt"));

  private List<String> split(String text) {
    return splitter.split(text, Block.Kind.PARAGRAPH);
  }

  @Test
  void titlesAndInitialsDoNotEndSentences() {
    assertEquals(
        List.of("Dr. Amal Reyes met Mr. Ott at 9 a.m. on Monday.", "They agreed."),
        split("Dr. Amal Reyes met Mr. Ott at 9 a.m. on Monday. They agreed."));
  }

  @Test
  void aTitleInCapitalsDoesNotEndASentenceEither() {
    assertEquals(
        List.of("SEN. HALVORSEN: The rule will raise prices.", "DR. OKAFOR: It will not."),
        split("SEN. HALVORSEN: The rule will raise prices. DR. OKAFOR: It will not."));
  }

  @Test
  void anInterviewsLetterLabelDoesNotStandAlone() {
    assertEquals(List.of("Q. Are the bonds mispriced?"), split("Q. Are the bonds mispriced?"));
    assertEquals(
        List.of("A. Yes.", "The market ignores the recovery."),
        split("A. Yes. The market ignores the recovery."));
  }

  @Test
  void noEndsASentenceAsAnAnswerButNotBeforeANumber() {
    assertEquals(
        List.of("No.", "The price is fair for what it offers."),
        split("No. The price is fair for what it offers."));
    assertEquals(
        List.of("No. 10 Downing Street declined to comment."),
        split("No. 10 Downing Street declined to comment."));
  }

  @Test
  void aPostscriptMarkDoesNotEndASentence() {
    assertEquals(
        List.of("P.S. Harwick pays a 5% dividend."), split("P.S. Harwick pays a 5% dividend."));
  }

  @Test
  void anAbbreviationEndsASentenceOnlyBeforeASentenceOpener() {
    assertEquals(
        List.of("Sales rose in the U.S.", "The rest of the world lagged."),
        split("Sales rose in the U.S. The rest of the world lagged."));
    assertEquals(
        List.of("The U.S. Treasury and Brightwater Inc. Europe both objected."),
        split("The U.S. Treasury and Brightwater Inc. Europe both objected."));
  }

  @Test
  void aWordEndingLikeALowerCaseAbbreviationStillEndsTheSentence() {
    // "est." is an abbreviation; "weakest." and "Midwest." are words.
    assertEquals(
        List.of("Rivals are weakest.", "Corvel and Brantwood sell upmarket."),
        split("Rivals are weakest. Corvel and Brantwood sell upmarket."));
    assertEquals(
        List.of("Routes overlap in the Midwest.", "Dunmore may sell terminals."),
        split("Routes overlap in the Midwest. Dunmore may sell terminals."));
    assertEquals(List.of("The est. cost is $4 billion."), split("The est. cost is $4 billion."));
  }

  @Test
  void decimalsAndEllipsesStayInsideTheSentence() {
    assertEquals(
        List.of("Revenue was $3.5 billion, up 4.2% on the year.", "Margins held."),
        split("Revenue was $3.5 billion, up 4.2% on the year. Margins held."));
    assertEquals(
        List.of("The plan was bold... and then it stalled."),
        split("The plan was bold... and then it stalled."));
  }

  @Test
  void aQuotationThatRunsOnStaysOneSentence() {
    assertEquals(
        List.of("\u201CWe are short. Very short,\u201D she said.", "Nobody argued."),
        split("\u201CWe are short. Very short,\u201D she said. Nobody argued."));
  }

  @Test
  void aQuotationsWholeSecondSentenceStandsOnItsOwn() {
    assertEquals(
        List.of(
            "\u201CThe town has grown by a fifth since the last reservoir was built.",
            "If we do not build now, we will be rationing water within a decade,\u201D he said."),
        split(
            "\u201CThe town has grown by a fifth since the last reservoir was built. If we do not"
                + " build now, we will be rationing water within a decade,\u201D he said."));
  }

  @Test
  void aSentenceOpeningWithANumberIsASentence() {
    assertEquals(
        List.of("She's right, I see it.", "22% is below what the rival showed."),
        split("She's right, I see it. 22% is below what the rival showed."));
    assertEquals(
        List.of("Sales were up approx. 22 per cent in May."),
        split("Sales were up approx. 22 per cent in May."));
  }

  @Test
  void aTableRowIsOneSentence() {
    assertEquals(
        List.of("Bear | Margins fall. Costs rise. | Sell"),
        splitter.split("Bear | Margins fall. Costs rise. | Sell", Block.Kind.TABLE_ROW));
  }

  @Test
  void aListItemWithoutAFullStopIsOneSentence() {
    assertEquals(
        List.of("Whether the tender closes by June"),
        splitter.split("Whether the tender closes by June", Block.Kind.LIST_ITEM));
  }

  @Test
  void aCouncillorsTitleDoesNotEndASentence() {
    assertEquals(
        List.of("Present: Cllr. Bronte Hale (chair) and Cllr. Omar Reyes.", "The motion failed."),
        split("Present: Cllr. Bronte Hale (chair) and Cllr. Omar Reyes. The motion failed."));
  }
}
