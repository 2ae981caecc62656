package dev.pincite.cli;

/** Contributes {@code serve} to the {@code pincite} command line through the service loader. */
public final class ServeSubcommand implements PinciteCommand.Subcommand {

  @Override
  public Object command() {
    return new ServeCommand();
  }
}
