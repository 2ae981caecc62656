package dev.pincite.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The {@code --labels} option of the commands that train models ({@code train-models}, and through
 * {@link TrainerOptions} {@code train-types}, {@code train-stance} and {@code train-links}): the
 * labelled folders they train on, {@code gold/} and {@code train/} by default.
 */
public final class LabelFolders {

  @Option(
      names = "--labels",
      paramLabel = "DIR",
      split = ",",
      defaultValue = "${sys:pincite.home:-.}/gold,${sys:pincite.home:-.}/train",
      description = "Training label folders (default: ${DEFAULT-VALUE}); a missing one is skipped.")
  List<Path> labels;

  /** The label folders, absolute and normalised. */
  List<Path> dirs() {
    return labels.stream().map(p -> p.toAbsolutePath().normalize()).toList();
  }
}
