package dev.pincite.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.pincite.cli.ExtractProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Claim extraction keeps the floors of sets {@code polnear}, {@code fpb} and {@code argument} in
 * {@code eval/floors.yaml} on the public development sets of {@code ../shared/fixtures/claims-dev},
 * each scored by its own {@code score.py} through the same code as {@code score-claims} ({@link
 * DevSetScorer}), with {@code extract} run in a new JVM on this test's class path. Skipped only
 * when {@code ../shared} is absent; with it, a missing {@code python3} or a failing scorer fails
 * the test, so the floors are never silently unchecked.
 */
class ClaimsDevSetsTest {

  @ParameterizedTest
  @EnumSource(DevSet.class)
  void staysAtOrAboveTheFloorsReached(DevSet set) throws Exception {
    String shared = System.getProperty("pincite.shared");
    assumeTrue(
        shared != null && Files.isDirectory(Path.of(shared)),
        "../shared not found (system property pincite.shared = "
            + shared
            + "); skipping the claims-dev floor check");
    Path claimsDev = Path.of(shared, "fixtures", "claims-dev");
    DevSetScorer.unavailable(claimsDev).ifPresent(why -> fail("cannot score " + set + ": " + why));
    Path root = Path.of(System.getProperty("pincite.root"));
    Floors floors = ClaimGoldSetTest.floors();
    assertFalse(floors.of(set.key()).isEmpty(), "no " + set.key() + " floors in " + floors.file());

    // Under target/, so that the failure examples outlive the test and "mvn clean" removes them.
    Path work = Path.of("target", "claims-dev", set.folder()).toAbsolutePath();
    DevSetScorer.Result result =
        new DevSetScorer(claimsDev, ExtractProcess.command(root.resolve("corpus")), root)
            .score(set, work);
    FloorCheck check = floors.check(result.figures());
    System.out.print(check.table());
    assertTrue(
        check.passed(),
        "below the floor in "
            + floors.file()
            + ": "
            + check.failures()
            + " (failure examples: "
            + work.resolve("failures.txt")
            + ")\n"
            + check.table());
  }
}
