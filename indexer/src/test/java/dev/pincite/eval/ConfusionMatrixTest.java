package dev.pincite.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConfusionMatrixTest {

  private static ConfusionMatrix twoClaimsOneMissedEvidence() {
    ConfusionMatrix m = new ConfusionMatrix();
    m.add("claim", "claim");
    m.add("claim", "claim");
    m.add("evidence", "claim");
    m.add("evidence", "evidence");
    return m;
  }

  @Test
  void perLabelFiguresComeFromTheCounts() {
    List<ConfusionMatrix.LabelScore> scores = twoClaimsOneMissedEvidence().scores();
    ConfusionMatrix.LabelScore claim = scores.get(0);
    ConfusionMatrix.LabelScore evidence = scores.get(1);
    assertEquals("claim", claim.label());
    assertEquals(2.0 / 3, claim.precision(), 1e-9);
    assertEquals(1.0, claim.recall(), 1e-9);
    assertEquals(0.8, claim.f1(), 1e-9);
    assertEquals(1.0, evidence.precision(), 1e-9);
    assertEquals(0.5, evidence.recall(), 1e-9);
    assertEquals((0.8 + 2.0 / 3) / 2, twoClaimsOneMissedEvidence().macroF1(), 1e-9);
  }

  @Test
  void aLabelOnlyPredictedCountsInTheMacroAverageWithF1Zero() {
    ConfusionMatrix m = new ConfusionMatrix();
    m.add("claim", "claim");
    m.add("claim", "context");
    assertEquals(List.of("claim", "context"), m.labels());
    assertEquals((2.0 / 3 + 0) / 2, m.macroF1(), 1e-9);
  }

  @Test
  void theTablePrintsTheMatrixRowsByGoldLabel() {
    String table = twoClaimsOneMissedEvidence().table("type");
    assertTrue(table.contains("gold \\ pred"), table);
    assertTrue(table.lines().anyMatch(l -> l.matches("\\s+evidence\\s+1\\s+1")), table);
    assertTrue(table.lines().anyMatch(l -> l.matches("\\s+claim\\s+2\\s+0")), table);
  }
}
