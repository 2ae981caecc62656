package dev.pincite.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.pincite.cli.ExtractProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Article extraction keeps the floors of set {@code extraction-dev} in {@code eval/floors.yaml} on
 * the 426 pages of {@code ../shared/fixtures/extraction-dev}, scored by its own {@code score.py} in
 * one run of {@code extract} (no {@code --resume}, so a page that stops the run costs every page
 * after it), with {@code extract} run in a new JVM on this test's class path. Skipped only when
 * {@code ../shared} is absent; with it, a missing {@code python3} or a failing scorer fails the
 * test. Takes about two minutes.
 */
class ExtractionDevSetTest {

  @Test
  void staysAtOrAboveTheFloorsReached() throws Exception {
    String shared = System.getProperty("pincite.shared");
    assumeTrue(
        shared != null && Files.isDirectory(Path.of(shared)),
        "../shared not found (system property pincite.shared = "
            + shared
            + "); skipping the extraction-dev floor check");
    Path extractionDev = Path.of(shared, "fixtures", "extraction-dev");
    ExtractionDevScorer.unavailable(extractionDev).ifPresent(why -> fail("cannot score: " + why));
    Path root = Path.of(System.getProperty("pincite.root"));
    Floors floors = ClaimGoldSetTest.floors();
    assertFalse(
        floors.of(ExtractionDevScorer.SET).isEmpty(),
        "no " + ExtractionDevScorer.SET + " floors in " + floors.file());

    // Under target/, so that the per-page failures outlive the test and "mvn clean" removes them.
    Path work = Path.of("target", "extraction-dev").toAbsolutePath();
    ExtractionDevScorer.Result result =
        new ExtractionDevScorer(extractionDev, ExtractProcess.command(root.resolve("corpus")), root)
            .score(work);
    FloorCheck check = floors.check(result.figures());
    System.out.print(check.table());
    System.out.printf(
        Locale.ROOT,
        "extract throughput: %.1f pages/s, %.2f MB/s%n",
        result.pagesPerSecond(),
        result.megabytesPerSecond());
    assertTrue(
        check.passed(),
        "below the floor in "
            + floors.file()
            + ": "
            + check.failures()
            + " (pages with failures: "
            + result.log()
            + ")\n"
            + check.table());
  }
}
