package dev.pincite.eval;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pincite.claims.Registry;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Claim extraction stays at or above the floors it has reached on the gold set ({@code gold/}).
 * Ratchet the floors up when the rules improve; never lower one to make a change pass.
 */
class ClaimGoldSetTest {

  static final double SENTENCE_RECALL = 0.99;
  static final double SENTENCE_PRECISION = 0.99;
  static final double SPEAKER_ACCURACY = 0.98;
  static final double COMPANY_F1 = 0.99;
  static final double TYPE_MACRO_F1 = 0.88;
  static final double STANCE_MACRO_F1 = 0.73;
  static final double LINK_ACCURACY = 0.81;

  static ClaimScore score;

  @BeforeAll
  static void scoreGoldSet() throws Exception {
    Path root = Path.of(System.getProperty("pincite.root"));
    score =
        new ClaimScorer(root, Registry.load(root.resolve("corpus/registry")))
            .score(root.resolve("gold"));
    System.out.print(score.summary());
    if (Boolean.getBoolean("claims.verbose")) {
      score.disagreements().forEach(System.out::println);
    }
  }

  @Test
  void scoresEveryGoldDocument() {
    assertTrue(score.documents() >= 19, "gold documents: " + score.documents());
    assertTrue(score.goldSentences() >= 445, "gold sentences: " + score.goldSentences());
  }

  @Test
  void staysAtOrAboveTheFloorsReached() {
    assertAll(
        () -> assertAtLeast("sentence recall", score.sentenceRecall(), SENTENCE_RECALL),
        () -> assertAtLeast("sentence precision", score.sentencePrecision(), SENTENCE_PRECISION),
        () -> assertAtLeast("speaker accuracy", score.speakerAccuracy(), SPEAKER_ACCURACY),
        () -> assertAtLeast("company F1", score.companyF1(), COMPANY_F1),
        () -> assertAtLeast("type macro-F1", score.typeMacroF1(), TYPE_MACRO_F1),
        () -> assertAtLeast("stance macro-F1", score.stanceMacroF1(), STANCE_MACRO_F1),
        () -> assertAtLeast("counter links", score.linkAccuracy(), LINK_ACCURACY));
  }

  private static void assertAtLeast(String what, double value, double floor) {
    assertTrue(value >= floor, what + " " + value + " fell below the floor " + floor);
  }
}
