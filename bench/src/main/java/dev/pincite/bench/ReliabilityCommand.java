package dev.pincite.bench;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code pincite reliability [--full]}: runs the {@link ReliabilitySuite} and prints each part's
 * figures and checks. The reduced size runs in a few minutes (and in the test suite); {@code
 * --full} is the size of issue 18 (100,000 claims, 20 kills, 10,000 requests, 20 rounds of 150
 * files). Exits 0 when every check held, 1 otherwise.
 */
@Command(
    name = "reliability",
    mixinStandardHelpOptions = true,
    description = {
      "Try what no single file, filename or request may do to the archive: kill -9 during reindex,",
      "a concurrent reindex, a full disk, a bad-input corpus at -Xmx512m in the C locale, fuzzed",
      "requests, concurrent regular expressions and incremental reindexes. Run as root, a small",
      "tmpfs is mounted for the full disk and the reindex of the bad input runs as nobody, so a",
      "folder without read permission is refused as it would be to a normal user."
    })
public final class ReliabilityCommand implements Callable<Integer> {

  @Option(names = "--full", description = "The full size of issue 18 (about an hour).")
  boolean full;

  @Option(
      names = "--only",
      split = ",",
      paramLabel = "PART",
      description = {
        "Run only these parts (comma-separated): ${COMPLETION-CANDIDATES}; the synthetic corpus",
        "is made and, for the last three, indexed first (default: every part)."
      })
  Set<ReliabilitySuite.Part> only = EnumSet.allOf(ReliabilitySuite.Part.class);

  @Option(
      names = "--work",
      defaultValue = "${sys:java.io.tmpdir}/pincite-reliability",
      description = "Work folder, emptied first (default: ${DEFAULT-VALUE}).")
  Path work;

  @Option(
      names = "--corpus",
      defaultValue = "${sys:pincite.home:-.}/corpus",
      description = "The bundled corpus (default: ${DEFAULT-VALUE}).")
  Path corpus;

  @Option(
      names = "--shared",
      defaultValue = "${sys:pincite.shared:-${sys:pincite.home:-.}/../shared}",
      description =
          "Shared folder, for the synthetic corpus's sentences (default: ${DEFAULT-VALUE}).")
  Path shared;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    java.io.PrintWriter out = new java.io.PrintWriter(spec.commandLine().getOut(), true);
    ReliabilitySuite.Size size = full ? ReliabilitySuite.Size.FULL : ReliabilitySuite.Size.REDUCED;
    long start = System.nanoTime();
    List<ReliabilitySuite.Check> checks =
        new ReliabilitySuite(size, work, corpus, shared, out).run(only);
    long failed = checks.stream().filter(c -> !c.passed()).count();
    out.printf(
        Locale.ROOT,
        "%d checks, %d failed, in %.0f s (%s size, %d cores)%n",
        checks.size(),
        failed,
        (System.nanoTime() - start) / 1e9,
        full ? "full" : "reduced",
        Runtime.getRuntime().availableProcessors());
    return failed == 0 ? 0 : 1;
  }
}
