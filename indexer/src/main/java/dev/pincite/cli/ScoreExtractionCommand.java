package dev.pincite.cli;

import dev.pincite.eval.ExtractionScorer;
import dev.pincite.ingest.ArticleLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code pincite score-extraction}: runs the loader over Readability-style fixture pages and
 * prints, per metadata field, the share of pages that agree with the expectation, the mean body
 * token F1 and the parsing throughput. See {@link ExtractionScorer} for the rules.
 */
@Command(
    name = "score-extraction",
    mixinStandardHelpOptions = true,
    description = {
      "Score HTML extraction against fixture pages (source.html, expected.html,",
      "expected-metadata.json per folder): field agreement, body token F1, throughput."
    })
public final class ScoreExtractionCommand implements Callable<Integer> {

  @Option(
      names = "--pages",
      defaultValue = "../shared/fixtures/readability/pages",
      paramLabel = "DIR",
      description = "Folder of fixture page folders (default: ${DEFAULT-VALUE}).")
  Path pages;

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
    ExtractionScorer.Report report;
    try {
      report = new ExtractionScorer(new ArticleLoader()).score(pages);
    } catch (IOException e) {
      spec.commandLine().getErr().println("score-extraction: " + e.getMessage());
      return 1;
    }
    out.printf(Locale.ROOT, "%d pages in %s%n%n", report.pages().size(), pages);
    out.printf(Locale.ROOT, "%-12s %8s %8s%n", "field", "score", "pages");
    for (ExtractionScorer.Field field : ExtractionScorer.Field.values()) {
      out.printf(
          Locale.ROOT,
          "%-12s %8.3f %8d%n",
          field.name().toLowerCase(Locale.ROOT),
          report.share(field),
          report.expected(field));
    }
    out.printf(
        Locale.ROOT, "%-12s %8.3f %8d%n", "body F1", report.meanBodyF1(), report.pages().size());
    out.printf(
        Locale.ROOT,
        "%nthroughput   %.1f pages/s, %.2f MB/s (parsing only)%n",
        report.pagesPerSecond(),
        report.megabytesPerSecond());
    if (verbose) {
      printDetails(out, report);
    }
    out.flush();
    return 0;
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
