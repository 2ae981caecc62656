package dev.pincite.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Scores article extraction on {@code ../shared/fixtures/extraction-dev} (trafilatura's evaluation
 * pages) by running the set's own scorer once, as its benchmark asks (no {@code --resume}): {@code
 * python3 score.py --extract CMD --metadata --verbose}. The figures are read from the scorer's
 * {@code summary:} and {@code metadata} lines; the throughput from the time the extract command
 * took over the pages. The data and the scorer are read where they are, never copied. Thread safe;
 * each call runs its own processes.
 */
public final class ExtractionDevScorer {

  /** The name of this set in {@code eval/floors.yaml}. */
  public static final String SET = "extraction-dev";

  /** How long the scorer may run, extract included, before it is stopped. */
  private static final long TIMEOUT_MINUTES = 20;

  private static final Pattern SUMMARY =
      Pattern.compile(
          "^summary: precision=(\\S+) recall=(\\S+) f1=(\\S+) pages=(\\d+) accuracy=(\\S+)"
              + " .*missing=(\\d+)$",
          Pattern.MULTILINE);
  private static final Pattern METADATA_FIELD = Pattern.compile("(\\w+)=(\\d+)/(\\d+) \\(");
  private static final Pattern COMMAND_SECONDS = Pattern.compile("command: ([0-9.]+) s");

  private final Path extractionDev;
  private final String extract;
  private final Path workingDir;

  /**
   * @param extractionDev the {@code extraction-dev} folder (pages, {@code evaldata.json}, {@code
   *     score.py})
   * @param extract the command that runs Pincite's {@code extract}; the scorer appends the pages
   * @param workingDir the folder the scorer (and so the extract command) runs in
   */
  public ExtractionDevScorer(Path extractionDev, List<String> extract, Path workingDir) {
    this.extractionDev = extractionDev;
    this.extract = extract.stream().map(ScorerProcess::shellQuote).collect(Collectors.joining(" "));
    this.workingDir = workingDir;
  }

  /**
   * The figures, the throughput of the extract command and where the scorer's output is.
   *
   * @param figures precision, recall, f1, accuracy, missing (pages printed nothing for) and the
   *     shares of annotated pages whose title, author and date match
   * @param pagesPerSecond pages the extract command read per second, start-up included
   * @param megabytesPerSecond megabytes of HTML it read per second
   * @param log the scorer's output: every page with a missed or a wrongly kept segment
   */
  public record Result(
      Figures figures, double pagesPerSecond, double megabytesPerSecond, Path log) {}

  /**
   * Why the set cannot be scored here, if it cannot.
   *
   * @param extractionDev the {@code extraction-dev} folder
   * @return the reason (a missing folder, no {@code python3}); empty when it can be scored
   */
  public static Optional<String> unavailable(Path extractionDev) {
    if (!Files.isRegularFile(extractionDev.resolve("score.py"))) {
      return Optional.of("no extraction-dev scorer at " + extractionDev.resolve("score.py"));
    }
    if (ScorerProcess.python().isEmpty()) {
      return Optional.of("python3 is not on the PATH (the extraction-dev scorer is Python 3)");
    }
    return Optional.empty();
  }

  /**
   * Runs the scorer over every page in one run.
   *
   * @param work a folder for the scorer's output ({@code score.log})
   * @return the figures and the throughput
   * @throws IOException when python3 or the scorer is missing, the scorer fails, or its output
   *     lacks the summary line; the message ends with the end of the scorer's output
   * @throws InterruptedException when interrupted while the scorer runs
   */
  public Result score(Path work) throws IOException, InterruptedException {
    Path script = extractionDev.resolve("score.py");
    Files.createDirectories(work);
    Path log = work.resolve("score.log");
    ScorerProcess.Outcome run =
        new ScorerProcess(script, workingDir, TIMEOUT_MINUTES)
            .run(List.of("--extract", extract, "--metadata", "--verbose"), log);
    String output = run.output();
    Matcher summary = SUMMARY.matcher(output);
    Matcher seconds = COMMAND_SECONDS.matcher(output);
    if (run.exit() != 0 || !summary.find() || !seconds.find()) {
      throw run.failure(script);
    }
    Figures figures = figures(summary, output);
    double elapsed = Math.max(Double.parseDouble(seconds.group(1)), 0.001);
    int pages = Integer.parseInt(summary.group(4));
    return new Result(figures, pages / elapsed, pageBytes() / 1e6 / elapsed, log);
  }

  private static Figures figures(Matcher summary, String output) {
    Map<String, Number> values = new LinkedHashMap<>();
    values.put("precision", Double.parseDouble(summary.group(1)));
    values.put("recall", Double.parseDouble(summary.group(2)));
    values.put("f1", Double.parseDouble(summary.group(3)));
    values.put("accuracy", Double.parseDouble(summary.group(5)));
    values.put("missing", Integer.parseInt(summary.group(6)));
    String metadataLine =
        output.lines().filter(l -> l.startsWith("metadata ")).findFirst().orElse("");
    Matcher field = METADATA_FIELD.matcher(metadataLine);
    while (field.find()) {
      values.put(
          field.group(1),
          Integer.parseInt(field.group(2)) / (double) Integer.parseInt(field.group(3)));
    }
    return new Figures(SET, values);
  }

  private long pageBytes() throws IOException {
    try (Stream<Path> pages = Files.list(extractionDev.resolve("pages"))) {
      long total = 0;
      for (Path page : pages.toList()) {
        total += Files.size(page);
      }
      return total;
    }
  }
}
