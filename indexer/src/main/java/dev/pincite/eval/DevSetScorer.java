package dev.pincite.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Scores claim extraction on a development set of {@code ../shared/fixtures/claims-dev} ({@link
 * DevSet}) by running the set's own scorer: {@code python3 DIR/score.py --extract CMD --json FILE
 * --work DIR}. The scorer writes its inputs, runs the extract command once over all of them and
 * writes its figures as JSON, which {@link DevSet#read} turns into {@link Figures}. The data and
 * the scorers are read where they are, never copied. Thread safe; each call runs its own processes.
 */
public final class DevSetScorer {

  /** How long one scorer may run, extract included, before it is stopped. */
  private static final long TIMEOUT_MINUTES = 30;

  private final Path claimsDev;
  private final String extract;
  private final Path workingDir;

  /**
   * @param claimsDev the {@code claims-dev} folder with one folder per set
   * @param extract the command that runs Pincite's {@code extract}; the scorer appends the input
   *     files ({@code cli.ExtractProcess} builds one)
   * @param workingDir the folder the scorer (and so the extract command) runs in: the project root
   */
  public DevSetScorer(Path claimsDev, List<String> extract, Path workingDir) {
    this.claimsDev = claimsDev;
    this.extract = extract.stream().map(ScorerProcess::shellQuote).collect(Collectors.joining(" "));
    this.workingDir = workingDir;
  }

  /**
   * One set's figures and where its scorer left its files.
   *
   * @param figures the figures
   * @param work the folder with the scorer's inputs, {@code failures.txt} (examples of failures),
   *     {@code figures.json} and {@code score.log}
   * @param output what the scorer printed
   */
  public record Result(Figures figures, Path work, String output) {}

  /**
   * Why the dev sets cannot be scored here, if they cannot.
   *
   * @param claimsDev the {@code claims-dev} folder
   * @return the reason, such as a missing folder or no {@code python3} on the {@code PATH}; empty
   *     when the scorers can run
   */
  public static Optional<String> unavailable(Path claimsDev) {
    if (!Files.isDirectory(claimsDev)) {
      return Optional.of("no claims-dev folder at " + claimsDev);
    }
    if (ScorerProcess.python().isEmpty()) {
      return Optional.of("python3 is not on the PATH (the claims-dev scorers are Python 3)");
    }
    return Optional.empty();
  }

  /**
   * Runs one set's scorer.
   *
   * @param set the set
   * @param work an empty or new folder for the scorer's inputs and outputs
   * @return the figures
   * @throws IOException when the set or python3 is missing, the scorer fails or its JSON lacks a
   *     figure; the message ends with the end of the scorer's output
   * @throws InterruptedException when interrupted while the scorer runs
   */
  public Result score(DevSet set, Path work) throws IOException, InterruptedException {
    Path script = claimsDev.resolve(set.folder()).resolve("score.py");
    if (!Files.isRegularFile(script)) {
      throw new IOException("no scorer " + script);
    }
    Files.createDirectories(work);
    Path json = work.resolve("figures.json");
    Files.deleteIfExists(json);
    ScorerProcess.Outcome run =
        new ScorerProcess(script, workingDir, TIMEOUT_MINUTES)
            .run(
                List.of(
                    "--extract",
                    extract,
                    "--json",
                    json.toAbsolutePath().toString(),
                    "--work",
                    work.toAbsolutePath().toString()),
                work.resolve("score.log"));
    String output = run.output();
    if (run.exit() != 0 || !Files.isRegularFile(json)) {
      throw run.failure(script);
    }
    try {
      return new Result(set.read(new ObjectMapper().readTree(json.toFile())), work, output);
    } catch (IllegalArgumentException e) {
      throw new IOException(e.getMessage(), e);
    }
  }
}
