package dev.pincite.bench;

import dev.pincite.cli.PinciteCommand;

/**
 * Contributes {@code reliability} to the {@code pincite} command line through the service loader.
 */
public final class ReliabilitySubcommand implements PinciteCommand.Subcommand {

  @Override
  public Object command() {
    return new ReliabilityCommand();
  }
}
