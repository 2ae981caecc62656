package dev.pincite.eval;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs one of the shared fixtures' Python scorers ({@code python3 score.py --extract CMD ...}) in
 * its own process, its output kept in a log file. The scorer decodes extract's output as UTF-8
 * whatever the locale ({@code PYTHONUTF8}); extract writes UTF-8. Used by {@link DevSetScorer} and
 * {@link ExtractionDevScorer}.
 *
 * @param script the scorer
 * @param workingDir the folder it (and so the extract command) runs in
 * @param timeoutMinutes how long it may run, extract included, before it is stopped
 */
record ScorerProcess(Path script, Path workingDir, long timeoutMinutes) {

  /**
   * What the scorer did.
   *
   * @param exit its exit code
   * @param output what it printed, standard error included
   */
  record Outcome(int exit, String output) {

    /**
     * The failure to report for this run.
     *
     * @param script the scorer
     * @return an exception naming the scorer, its exit code and the end of its output
     */
    IOException failure(Path script) {
      String tail =
          output.length() <= 3000 ? output : "..." + output.substring(output.length() - 3000);
      return new IOException(script + " failed (exit " + exit + "):\n" + tail);
    }
  }

  /**
   * Runs the scorer.
   *
   * @param arguments the arguments after the script
   * @param log where its output goes
   * @return its exit code and output
   * @throws IOException when python3 is missing, the scorer cannot start or runs too long
   * @throws InterruptedException when interrupted while it runs
   */
  Outcome run(List<String> arguments, Path log) throws IOException, InterruptedException {
    Path python =
        python()
            .orElseThrow(() -> new IOException("python3 is not on the PATH: cannot run " + script));
    List<String> command = new ArrayList<>();
    command.add(python.toString());
    command.add(script.toAbsolutePath().toString());
    command.addAll(arguments);
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(workingDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().put("PYTHONUTF8", "1");
    Process process = builder.start();
    if (!process.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IOException(script + " ran longer than " + timeoutMinutes + " minutes");
    }
    return new Outcome(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }

  /** {@code python3} on the {@code PATH}, if there is one. */
  static Optional<Path> python() {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(dir, "python3");
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** One argument as POSIX shell syntax, which the scorers split with Python's {@code shlex}. */
  static String shellQuote(String arg) {
    if (!arg.isEmpty() && arg.matches("[A-Za-z0-9_./:=@%+,-]+")) {
      return arg;
    }
    return "'" + arg.replace("'", "'\"'\"'") + "'";
  }
}
