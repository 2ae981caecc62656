package dev.pincite.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --index DIR}, the same in every command that reads or writes the index folder. */
public final class IndexOption {

  @Option(
      names = "--index",
      paramLabel = "DIR",
      defaultValue = "${sys:pincite.home:-.}/index",
      description = "Index folder (default: ${DEFAULT-VALUE}).")
  Path dir;

  /**
   * @return the index folder the option names
   */
  public Path dir() {
    return dir;
  }
}
