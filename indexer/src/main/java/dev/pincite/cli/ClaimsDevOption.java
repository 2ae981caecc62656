package dev.pincite.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --claims-dev DIR}, the same in every command that scores the public development sets of
 * {@code ../shared/fixtures/claims-dev} (measuring only: nothing is trained on them).
 */
public final class ClaimsDevOption {

  @Option(
      names = "--claims-dev",
      paramLabel = "DIR",
      defaultValue = "${sys:pincite.home:-.}/../shared/fixtures/claims-dev",
      description = "The claims-dev sets (default: ${DEFAULT-VALUE}).")
  Path dir;

  /**
   * @return the folder as given
   */
  public Path dir() {
    return dir;
  }
}
