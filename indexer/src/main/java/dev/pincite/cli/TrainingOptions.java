package dev.pincite.cli;

import dev.pincite.claims.MaxentTrainer;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options every command that trains and measures a claim model shares ({@code train-types},
 * {@code train-stance}): those of {@link TrainerOptions} (the labelled folders, OpenNLP's trainer
 * and its settings), whether to cross-validate, and a held-out folder to score on (totals only).
 */
public final class TrainingOptions {

  @Mixin TrainerOptions trainerOptions;

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
    return trainerOptions.labelDirs();
  }

  /** The trainer the options describe. */
  MaxentTrainer trainer() {
    return trainerOptions.trainer();
  }

  /**
   * The trainer the options describe, with a model's own L2 cost where none is given.
   *
   * @param shipped the trainer of the model that ships
   */
  MaxentTrainer trainer(MaxentTrainer shipped) {
    return trainerOptions.trainer(shipped);
  }

  /** The held-out folder, absolute and normalised; null when none was given. */
  Path heldoutDir() {
    return heldout == null ? null : heldout.toAbsolutePath().normalize();
  }
}
