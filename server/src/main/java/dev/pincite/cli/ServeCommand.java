package dev.pincite.cli;

import dev.pincite.index.ReindexReport;
import dev.pincite.index.Reindexer;
import dev.pincite.search.ClaimSearcher;
import dev.pincite.search.SearchBackend;
import dev.pincite.search.SolrClaimSearcher;
import dev.pincite.web.PinciteApp;
import dev.pincite.web.WebConfig;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code pincite serve}: serves the archive in a browser. Indexes the corpus first when the index
 * folder holds no index yet; afterwards, a {@code reindex} in another process is picked up without
 * a restart (the app checks for a newer index commit at most once a second).
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the archive: search page, claim and document pages, JSON API.",
      "Indexes the corpus first when there is no index yet; a later reindex is served without a"
          + " restart."
    })
public final class ServeCommand implements Callable<Integer> {

  @Option(
      names = "--port",
      defaultValue = "7070",
      description = "Port to listen on (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
  String host;

  @Mixin IndexOption index;

  @Mixin CorpusOption corpus;

  @Mixin SolrOption solr;

  @Option(
      names = "--base-url",
      description =
          "Public address for citations and OpenSearch; requests addressed to its host are"
              + " answered besides those to this machine (default: the address the browser used,"
              + " when it is one of this machine's).")
  String baseUrl;

  @Option(
      names = "--search-budget",
      defaultValue = "5",
      description =
          "Seconds one search may take before it is stopped and answered with 503 (default:"
              + " ${DEFAULT-VALUE}).")
  double searchBudget;

  @Option(
      names = "--access-log",
      description = "Print a line per request: method, path, status and milliseconds.")
  boolean accessLog;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /**
   * A running archive: the server and the index it serves. Closing stops both and says so.
   *
   * @param app the started server
   * @param searcher the index
   * @param out where the stop is reported
   */
  record Running(Javalin app, SearchBackend searcher, PrintWriter out) implements AutoCloseable {
    @Override
    public void close() {
      int port = app.port();
      app.stop();
      closeQuietly(searcher);
      out.printf(Locale.ROOT, "Pincite stopped (port %d is free again).%n", port);
      out.flush();
    }
  }

  /** Thrown when the archive cannot be served; the message says why, for a person. */
  static final class ServeException extends Exception {
    ServeException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Running running;
    try {
      running = start(out);
    } catch (ServeException e) {
      err.println("serve failed: " + e.getMessage());
      return 2;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  running.close();
                  stopped.countDown();
                },
                "pincite-shutdown"));
    out.printf(
        Locale.ROOT,
        "Pincite is serving %s on http://%s:%d/ (Ctrl+C stops it)%n",
        solr.isSet() ? solr.describe() : index.dir(),
        host.contains(":") ? "[" + host + "]" : host,
        running.app().port());
    out.flush();
    stopped.await();
    return 0;
  }

  /**
   * Indexes the corpus when the index folder has no index yet, opens the index and starts the
   * server.
   *
   * @param out where to report the first indexing, and a warning when the address is not loopback
   * @return the running archive
   * @throws ServeException when a setting is out of range, or the corpus cannot be indexed, the
   *     index opened or the port bound
   */
  Running start(PrintWriter out) throws ServeException {
    if (port < 0 || port > 65535) {
      throw new ServeException("--port must be 0..65535, got " + port, null);
    }
    if (!(searchBudget > 0 && searchBudget <= 3600)) {
      throw new ServeException(
          "--search-budget must be more than 0 and at most 3600 seconds, got " + searchBudget,
          null);
    }
    // Before the first indexing, which can take a while: a port in use is known at once.
    checkPortIsFree();
    SearchBackend searcher;
    Duration budget = Duration.ofNanos(Math.round(searchBudget * 1e9));
    try {
      searcher = solr.isSet() ? openSolr(budget, out) : openIndex(budget, out);
    } catch (IOException | RuntimeException e) {
      throw new ServeException(e.getMessage(), e);
    }
    Javalin app =
        PinciteApp.create(
            searcher,
            WebConfig.defaults().withBaseUrl(baseUrl).withBindHost(host),
            accessLog ? line -> printLine(out, line) : null,
            corpus.corpus().registryDir());
    try {
      app.start(host, port);
    } catch (RuntimeException e) {
      closeQuietly(searcher);
      throw cannotListen(e);
    }
    if (!WebConfig.isLoopback(host)) {
      out.println(
          "warning: --host "
              + host
              + " makes the archive reachable from other machines, and it has no login; requests"
              + " are answered only when addressed to this machine's addresses"
              + (baseUrl == null ? " (set --base-url to the name people use)." : " or " + baseUrl));
      out.flush();
    }
    return new Running(app, searcher, out);
  }

  /** The index folder, indexed first when it holds no index yet. */
  private SearchBackend openIndex(Duration budget, PrintWriter out) throws IOException {
    Path indexDir = index.dir();
    if (!hasIndex(indexDir)) {
      out.println(
          "No index in "
              + indexDir.toAbsolutePath()
              + " yet: indexing "
              + corpus.dir()
              + " first.");
      out.flush();
      summarise(new Reindexer(corpus.dir(), indexDir, Reindexer.Options.defaults()).run(), out);
    }
    return ClaimSearcher.open(indexDir, budget);
  }

  /** A Solr collection written by {@code reindex --solr}; checked to hold an archive. */
  private SearchBackend openSolr(Duration budget, PrintWriter out) throws IOException {
    SolrClaimSearcher searcher = new SolrClaimSearcher(solr.connect(), budget);
    try {
      long claims = searcher.claimCount();
      out.printf(Locale.ROOT, "Serving %s (%d claims).%n", solr.describe(), claims);
      out.flush();
      return searcher;
    } catch (IOException | RuntimeException e) {
      searcher.close();
      throw new IOException(
          solr.describe()
              + " cannot be read (run `pincite reindex --solr` first): "
              + e.getMessage(),
          e);
    }
  }

  /**
   * Binds the port for a moment before Jetty does: Javalin logs a failure to bind as an ERROR with
   * a stack trace, which reads like a crash, before our message could say what to do. Jetty binds
   * with SO_REUSEADDR, so the probe does too (a port in TIME_WAIT is free for both). Port 0 (any
   * free port) needs no probe.
   */
  private void checkPortIsFree() throws ServeException {
    if (port == 0) {
      return;
    }
    try (ServerSocket probe = new ServerSocket()) {
      probe.setReuseAddress(true);
      probe.bind(new InetSocketAddress(host, port));
    } catch (IOException | RuntimeException e) {
      throw cannotListen(e);
    }
  }

  private ServeException cannotListen(Exception e) {
    return new ServeException(
        "cannot listen on "
            + host
            + ":"
            + port
            + " ("
            + rootMessage(e)
            + "). Is another server using that port? Try --port.",
        e);
  }

  private static void printLine(PrintWriter out, String line) {
    synchronized (out) {
      out.println(line);
      out.flush();
    }
  }

  static boolean hasIndex(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Directory directory = FSDirectory.open(dir)) {
      return DirectoryReader.indexExists(directory);
    }
  }

  private static void summarise(ReindexReport r, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "Found %d files, parsed %d, skipped %d: %d documents, %d claims in %.1f s%n",
        r.filesSeen(),
        r.filesParsed(),
        r.skipped().size(),
        r.documentsTotal(),
        r.claimsTotal(),
        r.elapsed().toNanos() / 1e9);
    for (ReindexReport.Skipped s : r.skipped()) {
      out.printf(Locale.ROOT, "  skipped %s: %s%n", s.path(), s.reason());
    }
    out.flush();
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }

  private static void closeQuietly(SearchBackend searcher) {
    try {
      searcher.close();
    } catch (IOException e) {
      // Shutting down: nothing left to serve, nothing to recover.
    }
  }
}
