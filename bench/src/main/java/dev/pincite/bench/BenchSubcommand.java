package dev.pincite.bench;

import dev.pincite.cli.PinciteCommand;

/** Contributes {@code bench} to the {@code pincite} command line through the service loader. */
public final class BenchSubcommand implements PinciteCommand.Subcommand {

  @Override
  public Object command() {
    return new BenchCommand();
  }
}
