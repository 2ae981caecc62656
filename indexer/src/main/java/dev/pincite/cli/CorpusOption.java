package dev.pincite.cli;

import dev.pincite.ingest.Corpus;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --corpus DIR}, the same in every command that reads the corpus folder. */
public final class CorpusOption {

  @Option(
      names = "--corpus",
      paramLabel = "DIR",
      defaultValue = "${sys:pincite.home:-.}/corpus",
      description =
          "Corpus folder: the documents, catalog.yaml and registry/ (default: ${DEFAULT-VALUE}).")
  Path dir;

  /**
   * @return the corpus folder the option names
   */
  public Corpus corpus() {
    return new Corpus(dir);
  }

  /**
   * @return the folder as given
   */
  public Path dir() {
    return dir;
  }
}
