package dev.pincite.cli;

import java.util.List;
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
    description = "A research archive for commentary: claims, facets, citations.")
public final class PinciteCommand implements Runnable {

  /**
   * This module's subcommands. Added by code rather than in the annotation, which would make
   * picocli build every one of them for every run.
   */
  private static final List<Class<?>> SUBCOMMANDS =
      List.of(
          CommandLine.HelpCommand.class,
          ReindexCommand.class,
          ExtractCommand.class,
          CiteCommand.class,
          ScoreExtractionCommand.class,
          ScoreClaimsCommand.class,
          TrainTypesCommand.class,
          TrainStanceCommand.class,
          TrainLinksCommand.class,
          TrainVoicesCommand.class,
          TrainOrganisationsCommand.class,
          TrainModelsCommand.class,
          SolrConfigCommand.class);

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
    CommandLine cli = root();
    for (Class<?> sub : SUBCOMMANDS) {
      cli.addSubcommand(sub);
    }
    for (Subcommand sub : ServiceLoader.load(Subcommand.class)) {
      cli.addSubcommand(sub.command());
    }
    return configured(cli);
  }

  /**
   * The command line for these arguments: when the first one names a subcommand, only that
   * subcommand is built. Picocli reads every command's annotations by reflection when it is added,
   * which costs a cold JVM about half a second for all of them; {@code serve} should not wait for
   * the models of {@code cite} or {@code bench}. Anything else (no arguments, an option, help, an
   * unknown name) gets the whole command line, so usage and errors list every subcommand.
   */
  public static CommandLine commandLine(String[] args) {
    if (args.length == 0 || args[0].startsWith("-")) {
      return commandLine();
    }
    String name = args[0];
    if (name.equals("help")) {
      return commandLine();
    }
    for (Class<?> builtIn : SUBCOMMANDS) {
      if (name.equals(builtIn.getAnnotation(Command.class).name())) {
        return configured(root().addSubcommand(builtIn));
      }
    }
    for (Subcommand sub : ServiceLoader.load(Subcommand.class)) {
      Object command = sub.command();
      Command annotation = command.getClass().getAnnotation(Command.class);
      if (annotation != null && name.equals(annotation.name())) {
        return configured(root().addSubcommand(command));
      }
    }
    return commandLine();
  }

  private static CommandLine root() {
    return new CommandLine(new PinciteCommand());
  }

  /** Settings for the whole tree, once its subcommands are in: picocli applies them to those. */
  private static CommandLine configured(CommandLine cli) {
    return cli.setCaseInsensitiveEnumValuesAllowed(true); // "--only search" as well as "SEARCH"
  }

  public static void main(String[] args) {
    VECTORIZATION_LOG.setLevel(Level.SEVERE);
    System.exit(commandLine(args).execute(args));
  }
}
