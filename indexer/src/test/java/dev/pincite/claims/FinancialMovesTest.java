package dev.pincite.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FinancialMovesTest {

  private final FinancialMoves moves = new FinancialMoves(CueFile.load("stance-cues.txt"));

  private List<Integer> signs(String sentence) {
    return moves.find(sentence).moves().stream().map(FinancialMoves.Move::sign).toList();
  }

  @Test
  void eachClausePairsItsOwnMetric() {
    assertEquals(List.of(1, 1), signs("Revenue rose 5%, while costs fell 2%."));
    assertEquals(List.of(-1, -1), signs("Orders dropped and costs climbed."));
  }

  @Test
  void theMoveHidesTheWordsItIsMadeOf() {
    String s = "Operating costs fell.";
    FinancialMoves.Move m = moves.find(s).moves().get(0);
    assertEquals(2, m.spans().size());
    assertEquals("fell", s.substring(m.spans().get(0)[0], m.spans().get(0)[1]));
    assertEquals("costs", s.substring(m.spans().get(1)[0], m.spans().get(1)[1]));
  }

  @Test
  void aSentenceWithoutAMetricHasNoMoves() {
    FinancialMoves.Result r = moves.find("The stadium rose from the rubble.");
    assertFalse(r.mentionsMetric());
    assertTrue(r.moves().isEmpty());
    assertTrue(moves.find("Debt was unchanged.").mentionsMetric());
  }

  @Test
  void amountsComparedGiveADirectionWithOrWithoutAMetric() {
    FinancialMoves.Result bare = moves.find("Attendance went from 5,000 to 7,000.");
    assertEquals(List.of(1), bare.comparisons());
    assertTrue(bare.moves().isEmpty(), "no metric, so no move");
    FinancialMoves.Result sales = moves.find("Net sales went from EUR 9 mn to EUR 7 mn.");
    assertEquals(List.of(-1), sales.comparisons());
    assertEquals(List.of(-1), sales.moves().stream().map(FinancialMoves.Move::sign).toList());
  }

  @Test
  void thousandsSeparatorsAndDecimalCommasAreRead() {
    assertEquals(List.of(-1), signs("Net sales went from 1,200 to 950."));
    assertEquals(List.of(1), signs("Margin went from 4,5 % to 5,1 %."));
  }

  @Test
  void aPhraseUnderTwoRolesIsRejectedWithThePhrase() {
    String cues = new String(CueFile.load("stance-cues.txt").content()) + "\n[rise]\nlower\n";
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> new FinancialMoves(CueFile.parse("stance-cues.txt", cues)));
    assertTrue(e.getMessage().contains("\"lower\""), e.getMessage());
  }
}
