package dev.pincite.cli;

import dev.pincite.claims.ClaimClassifiers;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line that runs {@code extract} in a new JVM like this one: the same {@code java}
 * executable, class path and choice of claim classifiers ({@link ClaimClassifiers#rulesOnly()}).
 * The claims-dev scorers start it once with all their input files.
 */
public final class ExtractProcess {

  private ExtractProcess() {}

  /**
   * The command, without input files.
   *
   * @param corpus the corpus folder whose registry and catalog {@code extract} reads
   * @return the program and its arguments
   */
  public static List<String> command(Path corpus) {
    return command(corpus, null);
  }

  /**
   * The command, without input files, with a folder first on its class path: a class-path resource
   * there (a candidate model, {@code dev/pincite/claims/stance-model.bin.gz}) is read instead of
   * the shipped one, for measuring a model before it ships.
   *
   * @param corpus the corpus folder whose registry and catalog {@code extract} reads
   * @param first the folder put first on the class path, or null for none
   * @return the program and its arguments
   */
  public static List<String> command(Path corpus, Path first) {
    String java =
        ProcessHandle.current()
            .info()
            .command()
            .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    List<String> command = new ArrayList<>();
    command.add(java);
    command.add("-Dstdout.encoding=UTF-8");
    if (ClaimClassifiers.rulesOnly()) {
      // Measuring the rules alone: so must the scorers' extract.
      command.add("-D" + ClaimClassifiers.RULES_ONLY_PROPERTY + "=true");
    }
    command.add("-cp");
    String classPath = System.getProperty("java.class.path");
    command.add(
        first == null
            ? classPath
            : first.toAbsolutePath().normalize() + File.pathSeparator + classPath);
    command.add(PinciteCommand.class.getName());
    command.add("extract");
    command.add("--corpus");
    command.add(corpus.toAbsolutePath().normalize().toString());
    return command;
  }
}
