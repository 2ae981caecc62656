package dev.pincite.cli;

import java.util.ServiceLoader;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code pincite} command line: {@code reindex}, {@code extract}, {@code serve}, {@code cite}
 * and the scoring commands. {@code serve} lives in the server module and is found through {@link
 * ServiceLoader} ({@link Subcommand}), so this module does not depend on the server.
 */
@Command(
    name = "pincite",
    mixinStandardHelpOptions = true,
    version = "pincite 0.1.0",
    description = "A research archive for commentary: claims, facets, citations.",
    subcommands = {
      CommandLine.HelpCommand.class,
      ReindexCommand.class,
      ExtractCommand.class,
      CiteCommand.class,
      ScoreExtractionCommand.class,
      ScoreClaimsCommand.class,
    })
public final class PinciteCommand implements Runnable {

  // Lucene logs a WARNING on every start that the JDK's incubating Vector API is not enabled.
  // Pincite indexes no vectors, and enabling the module makes the JVM print a warning of its own,
  // so the advice is silenced. Held here because java.util.logging keeps loggers only weakly.
  private static final Logger VECTORIZATION_LOG =
      Logger.getLogger("org.apache.lucene.internal.vectorization");

  /** A subcommand contributed by another module through {@link ServiceLoader}. */
  public interface Subcommand {
    /** The picocli command object. */
    Object command();
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Builds the command line with every subcommand, the service-loaded ones included. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new PinciteCommand());
    for (Subcommand sub : ServiceLoader.load(Subcommand.class)) {
      cli.addSubcommand(sub.command());
    }
    return cli;
  }

  public static void main(String[] args) {
    VECTORIZATION_LOG.setLevel(Level.SEVERE);
    System.exit(commandLine().execute(args));
  }
}
