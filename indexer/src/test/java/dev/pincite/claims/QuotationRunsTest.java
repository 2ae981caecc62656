package dev.pincite.claims;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuotationRunsTest {

  @Test
  void sentencesInsideAQuotationPointAtTheSentenceThatClosesIt() {
    List<String> s =
        List.of(
            "The fund sold its stake.",
            "\u201CPrices will rise.",
            "Margins will not.",
            "Nobody is ready,\u201D she said.",
            "The shares fell.");
    assertArrayEquals(
        new int[] {-1, 3, 3, -1, -1},
        QuotationRuns.closers(s, List.of(true, false, false, false, false)));
  }

  @Test
  void straightQuotationMarksAreReadByPosition() {
    assertEquals(1, QuotationRuns.balance("\"Prices will rise."));
    assertEquals(-1, QuotationRuns.balance("Margins will not,\" she said."));
    assertEquals(0, QuotationRuns.balance("She called it \"cheap\" twice."));
  }

  @Test
  void aQuotationDoesNotRunAcrossParagraphs() {
    List<String> s = List.of("\u201CPrices will rise.", "Nobody is ready,\u201D she said.");
    assertArrayEquals(new int[] {-1, -1}, QuotationRuns.closers(s, List.of(true, true)));
  }

  @Test
  void theClosingSentencesSpeakerReachesBackOverTheQuotation() {
    List<Claim> c =
        Articles.extractor()
            .extract(
                Articles.of(
                    "Mia Okoye",
                    null,
                    "\u201CFares will rise. Nobody is ready for it,\u201D said Hana Mori, an"
                        + " analyst at Clearpoint Advisors."));
    assertEquals("Hana Mori", c.get(0).speaker());
    assertEquals(true, c.get(0).attributed());
  }
}
