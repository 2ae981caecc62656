package dev.pincite.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ParagraphTest {

  private static boolean wholeQuotation(String text) {
    return new Paragraph(1, null, text, Block.Kind.PARAGRAPH).isWholeQuotation();
  }

  @Test
  void aParagraphIsOneQuotationOnlyWhenNoNarratorsWordsStandBetweenTwo() {
    assertEquals(true, wholeQuotation("\u201CFares will rise. Nobody is ready.\u201D"));
    assertEquals(true, wholeQuotation("\"Fares will rise.\""));
    assertEquals(false, wholeQuotation("\u201CFares,\u201D she said, \u201Cwill rise.\u201D"));
    assertEquals(false, wholeQuotation("\"Fares,\" she said, \"will rise.\""));
    assertEquals(false, wholeQuotation("Fares will rise."));
  }

  @Test
  void onlyAPlainParagraphIsAWholeQuotation() {
    assertEquals(
        false,
        new Paragraph(1, null, "\u201CFares will rise.\u201D", Block.Kind.QUOTE)
            .isWholeQuotation());
  }
}
