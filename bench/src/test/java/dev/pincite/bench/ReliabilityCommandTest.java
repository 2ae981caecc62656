package dev.pincite.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18: the reliability suite at its reduced size, as part of the test run. Every check must
 * hold: a kill, a full disk, a bad file, name or request that harms the archive fails the build.
 */
class ReliabilityCommandTest {

  @TempDir Path work;

  @Test
  void everyCheckOfTheReducedSuiteHolds() throws Exception {
    Path root = Path.of(System.getProperty("user.dir")).getParent();
    StringWriter printed = new StringWriter();
    List<ReliabilitySuite.Check> checks =
        new ReliabilitySuite(
                ReliabilitySuite.Size.REDUCED,
                work.resolve("run"),
                root.resolve("corpus"),
                root.resolve("../shared"),
                new PrintWriter(printed, true))
            .run();
    assertTrue(checks.size() >= 15, printed::toString);
    assertEquals(List.of(), checks.stream().filter(c -> !c.passed()).toList(), printed::toString);
  }
}
