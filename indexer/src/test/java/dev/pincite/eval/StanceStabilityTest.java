package dev.pincite.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StanceStabilityTest {

  private static List<StanceTrainingSet.Entry> documents() {
    List<StanceTrainingSet.Entry> out = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      out.add(new StanceTrainingSet.Entry("gold/g" + i + ".md", List.of(), List.of()));
    }
    for (int i = 0; i < 20; i++) {
      out.add(new StanceTrainingSet.Entry("train/t" + i + ".md", List.of(), List.of()));
    }
    return out;
  }

  @Test
  void aPerturbedSetKeepsEveryGoldDocumentAndTheShareOfTrainInOrder() {
    List<StanceTrainingSet.Entry> kept = StanceStability.perturbed(documents(), 1, 0.9);
    assertEquals(5 + 18, kept.size());
    assertEquals(5, kept.stream().filter(e -> e.doc().startsWith("gold/")).count());
    List<String> order = kept.stream().map(StanceTrainingSet.Entry::doc).toList();
    List<String> all = documents().stream().map(StanceTrainingSet.Entry::doc).toList();
    for (int i = 1; i < order.size(); i++) {
      assertTrue(all.indexOf(order.get(i - 1)) < all.indexOf(order.get(i)), order.toString());
    }
    // The same seed draws the same documents; another seed others.
    assertEquals(order, docs(StanceStability.perturbed(documents(), 1, 0.9)));
    assertNotEquals(order, docs(StanceStability.perturbed(documents(), 2, 0.9)));
  }

  @Test
  void aSpreadHasTheMeanDeviationAndRange() {
    StanceStability.Spread s = StanceStability.Spread.of(List.of(0.5, 0.7));
    assertEquals(0.6, s.mean(), 1e-9);
    assertEquals(0.1, s.sd(), 1e-9);
    assertEquals(0.5, s.min(), 1e-9);
    assertEquals(0.7, s.max(), 1e-9);
  }

  private static List<String> docs(List<StanceTrainingSet.Entry> entries) {
    return entries.stream().map(StanceTrainingSet.Entry::doc).toList();
  }
}
