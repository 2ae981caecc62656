package dev.pincite.cli;

/** Contributes the hidden {@code train-startup} to the command line through the service loader. */
public final class StartupTrainingSubcommand implements PinciteCommand.Subcommand {

  @Override
  public Object command() {
    return new StartupTrainingCommand();
  }
}
