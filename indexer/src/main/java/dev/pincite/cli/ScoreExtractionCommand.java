package dev.pincite.cli;

import dev.pincite.eval.ExtractionDevScorer;
import dev.pincite.eval.ExtractionScorer;
import dev.pincite.eval.Figures;
import dev.pincite.eval.FloorCheck;
import dev.pincite.eval.Floors;
import dev.pincite.ingest.ArticleLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code pincite score-extraction}: runs the loader over Readability-style fixture pages and
 * prints, per metadata field, the share of pages that agree with the expectation, the mean body
 * token F1, each beside its floor in {@code eval/floors.yaml} (set {@code readability}), and the
 * parsing throughput. See {@link ExtractionScorer} for the rules. With {@code --check} it exits
 * with 1 when a figure is below its floor.
 */
@Command(
    name = "score-extraction",
    mixinStandardHelpOptions = true,
    description = {
      "Score HTML extraction against fixture pages (source.html, expected.html,",
      "expected-metadata.json per folder): field agreement, body token F1, throughput."
    })
public final class ScoreExtractionCommand implements Callable<Integer> {

  /** The name of this set in {@code eval/floors.yaml}. */
  static final String SET = "readability";

  @Option(
      names = "--pages",
      defaultValue = "../shared/fixtures/readability/pages",
      paramLabel = "DIR",
      description = "Folder of fixture page folders (default: ${DEFAULT-VALUE}).")
  Path pages;

  @Option(
      names = "--floors",
      paramLabel = "FILE",
      defaultValue = "${sys:pincite.home:-.}/eval/floors.yaml",
      description = "The floors of every figure, set readability (default: ${DEFAULT-VALUE}).")
  Path floorsFile;

  @Option(
      names = "--extraction-dev",
      paramLabel = "DIR",
      description = {
        "Also score trafilatura's pages in DIR (../shared/fixtures/extraction-dev) with its",
        "score.py, one run of extract over every page, and print extract's throughput."
      })
  Path extractionDev;

  @Option(names = "--check", description = "Exit with 1 when a figure is below its floor.")
  boolean check;

  @Option(names = "--verbose", description = "Also list the worst pages and field mismatches.")
  boolean verbose;

  @Option(
      names = "--worst",
      defaultValue = "15",
      description = "How many of the worst pages --verbose lists (default: ${DEFAULT-VALUE}).")
  int worst;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ExtractionScorer.Report report;
    FloorCheck floors;
    try {
      report = new ExtractionScorer(new ArticleLoader()).score(pages);
      floors = check(report.figures(SET));
    } catch (IOException | IllegalArgumentException e) {
      err.println("score-extraction: " + e.getMessage());
      return 2;
    }
    out.printf(Locale.ROOT, "%d pages in %s%n%n", report.pages().size(), pages);
    out.print(floors.table());
    out.printf(Locale.ROOT, "%npages with an expectation:");
    for (ExtractionScorer.Field field : ExtractionScorer.Field.values()) {
      out.printf(
          Locale.ROOT, " %s %d", field.name().toLowerCase(Locale.ROOT), report.expected(field));
    }
    out.printf(
        Locale.ROOT,
        "%nthroughput   %.1f pages/s, %.2f MB/s (parsing only)%n",
        report.pagesPerSecond(),
        report.megabytesPerSecond());
    if (verbose) {
      printDetails(out, report);
    }
    boolean passed = floors.passed();
    if (!passed) {
      out.printf(Locale.ROOT, "%nbelow the floor: %s%n", String.join(", ", floors.failures()));
    }
    if (extractionDev != null) {
      passed &= scoreExtractionDev(out, err);
    }
    out.flush();
    return check && !passed ? 1 : 0;
  }

  /** Scores the extraction-dev pages; false when a figure is below its floor or scoring failed. */
  private boolean scoreExtractionDev(PrintWriter out, PrintWriter err) {
    ExtractionDevScorer.Result result;
    FloorCheck floors;
    Path root = Path.of(System.getProperty("pincite.home", ".")).toAbsolutePath();
    try {
      Optional<String> why = ExtractionDevScorer.unavailable(extractionDev);
      if (why.isPresent()) {
        err.println("score-extraction: " + why.get());
        return false;
      }
      result =
          new ExtractionDevScorer(
                  extractionDev, ExtractProcess.command(root.resolve("corpus")), root)
              .score(Files.createTempDirectory("pincite-extraction-dev"));
      floors = check(result.figures());
    } catch (IOException e) {
      err.println("score-extraction: " + e.getMessage());
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println("score-extraction: interrupted while scoring " + extractionDev);
      return false;
    }
    out.printf(Locale.ROOT, "%n%s (one run of extract over every page)%n%n", extractionDev);
    out.print(floors.table());
    out.printf(
        Locale.ROOT,
        "%nthroughput   %.1f pages/s, %.2f MB/s (extract in a new JVM, start-up included)%n"
            + "per-page failures: %s%n",
        result.pagesPerSecond(),
        result.megabytesPerSecond(),
        result.log());
    if (!floors.passed()) {
      out.printf(Locale.ROOT, "%nbelow the floor: %s%n", String.join(", ", floors.failures()));
    }
    return floors.passed();
  }

  /**
   * The figures beside their floors; without floors when there is no floors file and no --check.
   */
  private FloorCheck check(Figures figures) throws IOException {
    if (!Files.isRegularFile(floorsFile) && !check) {
      return new FloorCheck(figures, Map.of());
    }
    return Floors.load(floorsFile).check(figures);
  }

  private void printDetails(PrintWriter out, ExtractionScorer.Report report) {
    out.printf(Locale.ROOT, "%nworst bodies:%n");
    report.pages().stream()
        .sorted(Comparator.comparingDouble(ExtractionScorer.PageResult::bodyF1))
        .limit(worst)
        .forEach(
            p ->
                out.printf(
                    Locale.ROOT,
                    "  %.3f  %s%s%n",
                    p.bodyF1(),
                    p.page(),
                    p.error() == null ? "" : "  (" + p.error() + ")"));
    out.printf(Locale.ROOT, "%nfield mismatches:%n");
    for (ExtractionScorer.PageResult page : report.pages()) {
      page.fields()
          .forEach(
              (field, result) -> {
                if (!result.agrees()) {
                  out.printf(
                      Locale.ROOT,
                      "  %-28s %-9s want %s | got %s%n",
                      page.page(),
                      field.name().toLowerCase(Locale.ROOT),
                      result.expected(),
                      result.actual());
                }
              });
    }
  }
}
