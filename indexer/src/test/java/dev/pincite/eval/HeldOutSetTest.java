package dev.pincite.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pincite.claims.Registry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Claim extraction keeps the floors of the frozen held-out sets in {@code eval/floors.yaml}: every
 * set {@link HeldOutSet} lists, documents nobody writes a rule from, each scored against the floors
 * of the set of its folder's name. The sets are part of the repository, so a missing folder fails.
 */
class HeldOutSetTest {

  static List<String> sets() {
    return HeldOutSet.folders();
  }

  @ParameterizedTest
  @MethodSource("sets")
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
