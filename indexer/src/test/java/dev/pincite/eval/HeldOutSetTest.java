package dev.pincite.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pincite.claims.Registry;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Claim extraction keeps the floors of set {@code heldout} in {@code eval/floors.yaml} on the
 * frozen held-out set ({@code heldout/}: documents nobody writes a rule from). The set is part of
 * the repository, so a missing folder fails.
 */
class HeldOutSetTest {

  @Test
  void staysAtOrAboveTheFloorsReached() throws Exception {
    Path root = Path.of(System.getProperty("pincite.root"));
    Path heldout = root.resolve("heldout");
    assertTrue(Files.isDirectory(heldout), "the held-out set is missing: " + heldout);
    ClaimScore score =
        new ClaimScorer(root, Registry.load(root.resolve("corpus/registry"))).score(heldout);
    assertTrue(score.documents() > 0, "no labelled documents in " + heldout);
    Floors floors = ClaimGoldSetTest.floors();
    FloorCheck check = floors.check(score.figures("heldout"));
    System.out.print(check.table());
    assertTrue(
        check.passed(),
        "below the floor in " + floors.file() + ": " + check.failures() + "\n" + check.table());
  }
}
