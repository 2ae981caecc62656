package dev.pincite.cli;

import dev.pincite.claims.MaxentTrainer;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The options every command that trains and measures a claim model shares ({@code train-types},
 * {@code train-stance}): the labelled folders it trains on, OpenNLP's trainer and its settings,
 * whether to cross-validate, and a held-out folder to score on (totals only).
 */
public final class TrainingOptions {

  @Option(
      names = "--labels",
      paramLabel = "DIR",
      split = ",",
      defaultValue = "${sys:pincite.home:-.}/gold,${sys:pincite.home:-.}/train",
      description = "Training label folders (default: ${DEFAULT-VALUE}); a missing one is skipped.")
  List<Path> labels;

  @Option(
      names = "--algorithm",
      defaultValue = "MAXENT_QN",
      description = "MAXENT, MAXENT_QN, PERCEPTRON or NAIVEBAYES (default: ${DEFAULT-VALUE}).")
  MaxentTrainer.Algorithm algorithm;

  @Option(names = "--iterations", defaultValue = "200", description = "Trainer iterations.")
  int iterations;

  @Option(names = "--l1", defaultValue = "0", description = "L1 cost (MAXENT_QN).")
  double l1;

  @Option(names = "--l2", defaultValue = "1", description = "L2 cost (MAXENT_QN).")
  double l2;

  @Option(
      names = "--heldout",
      paramLabel = "DIR",
      description = "Also score a model trained on every training document on this label folder.")
  Path heldout;

  @Option(
      names = "--no-cross-validation",
      negatable = true,
      defaultValue = "true",
      description = "Whether to cross-validate (default: true).")
  boolean crossValidate;

  /** The label folders, absolute and normalised. */
  List<Path> labelDirs() {
    return labels.stream().map(p -> p.toAbsolutePath().normalize()).toList();
  }

  /** The trainer the options describe. */
  MaxentTrainer trainer() {
    return new MaxentTrainer(algorithm.name(), iterations, l1, l2);
  }

  /** The held-out folder, absolute and normalised; null when none was given. */
  Path heldoutDir() {
    return heldout == null ? null : heldout.toAbsolutePath().normalize();
  }
}
