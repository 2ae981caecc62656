package dev.pincite.bench;

import dev.pincite.cli.PinciteCommand;
import dev.pincite.solr.SolrCollection;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code pincite synthesize}: writes the benchmark's synthetic archive (the same claims for the
 * same count and seed) into an index folder or a Solr collection, so that both backends can be
 * compared on one archive of any size.
 */
@Command(
    name = "synthesize",
    mixinStandardHelpOptions = true,
    description = {
      "Write the benchmark's synthetic archive into an index folder, or with --solr into a Solr"
          + " collection (replacing what it held)."
    })
public final class SynthesizeCommand implements Callable<Integer> {

  /** Contributes the command to {@code pincite} through the service loader. */
  public static final class Subcommand implements PinciteCommand.Subcommand {
    @Override
    public Object command() {
      return new SynthesizeCommand();
    }
  }

  @Option(names = "--claims", defaultValue = "50000", description = "Claims to write.")
  long claims;

  @Option(names = "--seed", defaultValue = "42", description = "Random seed.")
  long seed;

  @Option(names = "--threads", defaultValue = "2", description = "Writer threads.")
  int threads;

  @Option(names = "--index", paramLabel = "DIR", description = "The index folder to write.")
  Path index;

  @Option(names = "--solr", paramLabel = "URL", description = "A Solr node's address.")
  String solr;

  @Option(names = "--collection", defaultValue = "pincite", description = "The Solr collection.")
  String collection;

  @Option(
      names = "--shared",
      defaultValue = "${sys:pincite.shared:-${sys:pincite.home:-.}/../shared}",
      description = "Shared folder with the sentence pool's pages (default: ${DEFAULT-VALUE}).")
  Path shared;

  @Option(
      names = "--corpus",
      defaultValue = "${sys:pincite.home:-.}/corpus",
      description = "Fallback sentence source (default: ${DEFAULT-VALUE}).")
  Path corpus;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if ((index == null) == (solr == null)) {
      spec.commandLine().getErr().println("give either --index DIR or --solr URL");
      return 2;
    }
    SentencePool.Pool pool = SentencePool.load(shared, corpus);
    SyntheticCorpus synthetic = new SyntheticCorpus(claims, seed, pool.sentences());
    long start = System.nanoTime();
    long documents;
    if (solr != null) {
      try (SolrCollection target = SolrCollection.connect(solr, collection)) {
        documents = synthetic.write(target, threads);
      }
    } else {
      documents = synthetic.writeIndex(index, threads);
    }
    out.printf(
        Locale.ROOT,
        "wrote %,d claims in %,d documents (seed %d, sentences from %s) in %.1f s%n",
        claims,
        documents,
        seed,
        pool.source(),
        (System.nanoTime() - start) / 1e9);
    out.flush();
    return 0;
  }
}
