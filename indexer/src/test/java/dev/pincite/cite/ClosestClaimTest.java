package dev.pincite.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pincite.index.ClosestClaim;
import dev.pincite.index.StoredClaim;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClosestClaimTest {

  private final StoredClaim margins =
      Fixtures.claim(
          2,
          "Selling compute is not the same as operating a cloud, and the margins show it.",
          null);
  private final StoredClaim capex =
      Fixtures.claim(3, "Capital spending will double next year as data centres fill up.", null);
  private final StoredClaim hiring =
      Fixtures.claim(4, "The company hired two hundred engineers for its chip team.", null);
  private final List<StoredClaim> document = List.of(margins, capex, hiring);

  @Test
  void anEditedSentenceClearlyMatchesItsNewVersion() {
    ClosestClaim.Match match =
        ClosestClaim.find(
                document,
                "Selling compute is not the same thing as running a cloud, and the margins show it.",
                2)
            .orElseThrow();
    assertEquals(margins, match.claim());
    assertTrue(match.score() > 0.6, "score " + match.score());
    assertTrue(match.clear());
  }

  @Test
  void aDeletedSentenceHasNoClearMatch() {
    ClosestClaim.Match match =
        ClosestClaim.find(document, "Investors should ignore the quarterly noise entirely.", 5)
            .orElseThrow();
    assertFalse(match.clear(), "score " + match.score());
  }

  @Test
  void nearDuplicatesAreNotClear() {
    StoredClaim twin =
        Fixtures.claim(
            7,
            "Selling compute is not the same as operating a cloud, and the margins prove it.",
            null);
    ClosestClaim.Match match =
        ClosestClaim.find(
                List.of(margins, twin),
                "Selling compute is not the same as operating a cloud, and margins show it.",
                0)
            .orElseThrow();
    assertFalse(match.clear(), "runner-up " + match.runnerUp() + " vs " + match.score());
  }

  @Test
  void theSameParagraphBreaksATie() {
    StoredClaim a = Fixtures.claim(2, "Margins are thin this year.", null);
    StoredClaim b = Fixtures.claim(9, "Margins are thin this year!", null);
    assertEquals(
        b, ClosestClaim.find(List.of(a, b), "Margins are thin this year", 9).orElseThrow().claim());
  }

  @Test
  void noSharedWordMeansNoMatch() {
    assertTrue(ClosestClaim.find(document, "Zebras yawn.", 0).isEmpty());
  }

  @Test
  void similarityIsOneForTheSameWordsAndCaseInsensitive() {
    assertEquals(1.0, ClosestClaim.similarity("The margins, show it.", "the MARGINS show it"));
  }
}
