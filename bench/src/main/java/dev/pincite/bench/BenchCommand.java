package dev.pincite.bench;

import dev.pincite.search.ClaimSearcher;
import dev.pincite.search.SolrClaimSearcher;
import dev.pincite.solr.SolrCollection;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code pincite bench}: generates a synthetic archive of N claims and measures, in one run, the
 * reindex against its parse + index floor, {@code /api/search} over HTTP against raw Lucene
 * in-process, and cold start and heap of {@code serve} in a child JVM; prints one table with the
 * ratios and the targets. The generated index is kept in the work folder and reused by the next run
 * with the same claims and seed.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Benchmark Pincite against raw Lucene on a synthetic archive: reindex throughput,",
      "/api/search latency and throughput over HTTP, cold start and heap."
    })
public final class BenchCommand implements Callable<Integer> {

  /** The parts of the benchmark. */
  public enum Part {
    REINDEX,
    SEARCH,
    STARTUP
  }

  @Option(
      names = "--claims",
      defaultValue = "1000000",
      description = "Claims in the search index (default: ${DEFAULT-VALUE}).")
  long claims;

  @Option(
      names = "--reindex-claims",
      defaultValue = "100000",
      description =
          "Claims written as HTML pages for the reindex benchmark, at most --claims"
              + " (default: ${DEFAULT-VALUE}).")
  long reindexClaims;

  @Option(names = "--seed", defaultValue = "42", description = "Random seed.")
  long seed;

  @Option(
      names = "--work",
      defaultValue = "${sys:java.io.tmpdir}/pincite-bench",
      description = "Work folder for generated indexes and pages (default: ${DEFAULT-VALUE}).")
  Path work;

  @Option(
      names = "--queries",
      defaultValue = "2000",
      description = "Measured queries per client and series (default: ${DEFAULT-VALUE}).")
  int queries;

  @Option(
      names = "--warm-up",
      defaultValue = "15000",
      description = {
        "HTTP requests sent before measuring, over all clients (default: ${DEFAULT-VALUE}):",
        "Jetty and Javalin run hundreds of small methods once per request, which the JIT",
        "compiles only after some ten thousand calls."
      })
  int warmUp;

  @Option(
      names = "--threads",
      defaultValue = "2",
      description = "Concurrent clients, and reindex threads (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(
      names = "--heap",
      defaultValue = "512m",
      description = "-Xmx of the child serve JVM (default: ${DEFAULT-VALUE}).")
  String heap;

  @Option(
      names = "--only",
      split = ",",
      description = "Run only these parts: ${COMPLETION-CANDIDATES} (default: all).")
  Set<Part> only;

  @Option(
      names = "--shared",
      defaultValue = "${sys:pincite.shared:-${sys:pincite.home:-.}/../shared}",
      description = "Shared folder with fixtures/readability/pages (default: ${DEFAULT-VALUE}).")
  Path shared;

  @Option(
      names = "--corpus",
      defaultValue = "${sys:pincite.home:-.}/corpus",
      description =
          "Fallback sentence source when --shared has no pages (default: ${DEFAULT-VALUE}).")
  Path corpus;

  /** A search engine measured beside Pincite and raw Lucene on the same archive and queries. */
  enum Peer {
    SOLR
  }

  @Option(
      names = "--peer",
      description =
          "Also measure a peer on the same archive and query mix: solr (needs --solr; bin/pincite"
              + " starts an in-process SolrCloud when it is not given).")
  Peer peer;

  @Option(
      names = "--solr",
      paramLabel = "URL",
      description = "The Solr node of --peer solr; the synthetic archive is written there first.")
  String solr;

  @Option(
      names = "--collection",
      defaultValue = "pincite-bench",
      description = "The collection of --peer solr (default: ${DEFAULT-VALUE}).")
  String collection;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = new PrintWriter(spec.commandLine().getOut(), true);
    if (claims < 1 || queries < 1 || threads < 1 || warmUp < 0) {
      spec.commandLine()
          .getErr()
          .println("--claims, --queries and --threads must be >= 1, --warm-up >= 0");
      return 2;
    }
    Set<Part> parts = only == null || only.isEmpty() ? EnumSet.allOf(Part.class) : only;
    Workspace workspace = new Workspace(work.toAbsolutePath());
    SentencePool.Pool pool = SentencePool.load(shared, corpus);
    Report report = new Report(claims, seed, threads, pool);
    out.printf(
        Locale.ROOT,
        "Pincite benchmark: %,d claims, seed %d, %d sentences from %s%n",
        claims,
        seed,
        pool.sentences().size(),
        pool.source());

    Path index = workspace.searchIndex(claims, seed);
    if (!workspace.isComplete(index)) {
      out.printf(Locale.ROOT, "  generating %,d claims into %s%n", claims, index);
      Workspace.delete(index);
      long start = System.nanoTime();
      long docs = new SyntheticCorpus(claims, seed, pool.sentences()).writeIndex(index, threads);
      workspace.markComplete(index);
      report.generated(docs, (System.nanoTime() - start) / 1e9);
    }

    if (parts.contains(Part.REINDEX)) {
      SyntheticCorpus small =
          new SyntheticCorpus(Math.min(claims, reindexClaims), seed, pool.sentences());
      report.reindex(new ReindexBenchmark(small, threads, out).run(workspace));
    }
    List<BenchQuery> mix;
    try (Directory dir = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      mix = QueryMix.of(reader, seed);
    }
    if (parts.contains(Part.SEARCH)) {
      report.search(new SearchBenchmark(mix, queries, warmUp, threads, out).run(index));
    }
    if (peer == Peer.SOLR) {
      if (solr == null) {
        spec.commandLine().getErr().println("--peer solr needs --solr URL");
        return 2;
      }
      out.printf(
          Locale.ROOT, "  writing the same %,d claims into %s at %s%n", claims, collection, solr);
      try (SolrClaimSearcher peerSearcher =
          new SolrClaimSearcher(
              SolrCollection.connect(solr, collection), ClaimSearcher.DEFAULT_SEARCH_BUDGET)) {
        try (SolrCollection target = SolrCollection.connect(solr, collection)) {
          new SyntheticCorpus(claims, seed, pool.sentences()).write(target, threads);
        }
        report.solrPeer(new SolrPeerBenchmark(mix, queries, threads, out).run(peerSearcher));
      }
    }
    if (parts.contains(Part.STARTUP)) {
      report.startup(new StartupBenchmark(heap, out).run(index, workspace.root(), mix));
    }
    out.println();
    out.print(report.table());
    out.println();
    out.print(report.kinds(mix));
    out.flush();
    return 0;
  }
}
