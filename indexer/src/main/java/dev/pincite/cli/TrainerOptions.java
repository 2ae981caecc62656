package dev.pincite.cli;

import dev.pincite.claims.MaxentTrainer;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options of every command that trains a claim model ({@code train-types}, {@code
 * train-stance}, {@code train-links}): the labelled folders it trains on, and OpenNLP's trainer and
 * its settings.
 */
public final class TrainerOptions {

  @Mixin LabelFolders labels;

  @Option(
      names = "--algorithm",
      defaultValue = "MAXENT_QN",
      description = "MAXENT, MAXENT_QN, PERCEPTRON or NAIVEBAYES (default: ${DEFAULT-VALUE}).")
  MaxentTrainer.Algorithm algorithm;

  @Option(names = "--iterations", defaultValue = "200", description = "Trainer iterations.")
  int iterations;

  @Option(names = "--l1", defaultValue = "0", description = "L1 cost (MAXENT_QN).")
  double l1;

  @Option(
      names = "--l2",
      description = "L2 cost (MAXENT_QN; default: the shipped model's, 1 for the type model).")
  Double l2;

  /** The label folders, absolute and normalised. */
  List<Path> labelDirs() {
    return labels.dirs();
  }

  /** The trainer the options describe. */
  MaxentTrainer trainer() {
    return trainer(MaxentTrainer.DEFAULT);
  }

  /**
   * The trainer the options describe, with a model's own L2 cost where none is given.
   *
   * @param shipped the trainer of the model that ships
   */
  MaxentTrainer trainer(MaxentTrainer shipped) {
    return new MaxentTrainer(algorithm.name(), iterations, l1, l2 == null ? shipped.l2() : l2);
  }
}
