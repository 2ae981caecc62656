package dev.pincite.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pincite.claims.Registry;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Claim extraction keeps the floors of the frozen held-out sets in {@code eval/floors.yaml}: {@code
 * heldout/}, {@code heldout2/}, {@code heldout3/}, {@code heldout5/}, {@code heldout7/}, {@code
 * heldout9/}, {@code heldout10/}, {@code heldout11/} and {@code heldout12/} (the fourth, sixth and
 * eighth were spent into {@code gold/}), documents nobody writes a rule from, each scored against
 * the floors of the set of its folder's name. The sets are part of the repository, so a missing
 * folder fails.
 */
class HeldOutSetTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "heldout",
        "heldout2",
        "heldout3",
        "heldout5",
        "heldout7",
        "heldout9",
        "heldout10",
        "heldout11",
        "heldout12"
      })
  void staysAtOrAboveTheFloorsReached(String set) throws Exception {
    Path root = Path.of(System.getProperty("pincite.root"));
    Path heldout = root.resolve(set);
    assertTrue(Files.isDirectory(heldout), "the held-out set is missing: " + heldout);
    ClaimScore score =
        new ClaimScorer(root, Registry.load(root.resolve("corpus/registry"))).score(heldout);
    assertTrue(score.documents() > 0, "no labelled documents in " + heldout);
    Floors floors = ClaimGoldSetTest.floors();
    FloorCheck check = floors.check(score.figures(set));
    System.out.print(check.table());
    assertTrue(!check.floors().isEmpty(), "no floors for set " + set + " in " + floors.file());
    assertTrue(
        check.passed(),
        "below the floor in " + floors.file() + ": " + check.failures() + "\n" + check.table());
  }
}
