package dev.pincite.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pincite.claims.Registry;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Claim extraction stays at or above the floors it has reached on the gold set ({@code gold/}): the
 * floors are those of set {@code gold} in {@code eval/floors.yaml}, which {@code score-claims}
 * prints too. Ratchet a floor up when the rules improve; never lower one to make a change pass.
 */
class ClaimGoldSetTest {

  /** The project's floors file, as the tests read it. */
  static Floors floors() throws Exception {
    return Floors.load(Path.of(System.getProperty("pincite.root"), "eval", "floors.yaml"));
  }

  @Test
  void staysAtOrAboveTheFloorsReached() throws Exception {
    Path root = Path.of(System.getProperty("pincite.root"));
    ClaimScore score =
        new ClaimScorer(root, Registry.load(root.resolve("corpus/registry")))
            .score(root.resolve("gold"));
    Floors floors = floors();
    assertFalse(floors.of("gold").isEmpty(), "no gold floors in " + floors.file());
    FloorCheck check = floors.check(score.figures("gold"));
    System.out.print(check.table());
    if (Boolean.getBoolean("claims.verbose")) {
      score.disagreements().forEach(System.out::println);
    }
    assertTrue(
        check.passed(),
        "below the floor in " + floors.file() + ": " + check.failures() + "\n" + check.table());
  }
}
