package dev.pincite.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.pincite.search.BadQueryException;
import dev.pincite.search.ClaimSearcher;
import dev.pincite.search.SearchResult;
import dev.pincite.web.PinciteApp;
import dev.pincite.web.WebConfig;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code /api/search} over HTTP against raw Lucene in-process, on the same index and query mix: the
 * real app on a free loopback port, one keep-alive connection per client ({@link HttpConnection}:
 * blocking HTTP/1.1, as load generators like {@code wrk} do, so the figures are the server's and
 * not a client library's thread hand-offs); a warm-up, then a bounded number of single-client
 * requests (latency percentiles) and of requests from several concurrent clients (throughput).
 * Every answer but a 200 with a body counts as an error.
 */
final class SearchBenchmark {

  /**
   * What one search benchmark measured.
   *
   * @param pincite single-client latencies over HTTP
   * @param inProcess single-thread latencies of {@link ClaimSearcher} plus JSON encoding, no HTTP
   * @param raw single-thread latencies of raw Lucene
   * @param pinciteQps queries per second over HTTP with the given clients
   * @param rawQps queries per second of raw Lucene with as many threads
   * @param errors failed HTTP requests (any status but 200, or no answer)
   * @param requests HTTP requests sent, warm-up included
   * @param byKind p50 per query kind: {pincite over HTTP, pincite in-process, raw} in ms
   * @param meanBytes mean body size of the measured {@code /api/search} answers
   * @param v1MeanBytes mean body size of {@code /api/v1/search} answers to the same mix, with its
   *     default page size and facet values
   */
  record Figures(
      Latencies pincite,
      Latencies inProcess,
      Latencies raw,
      double pinciteQps,
      double rawQps,
      long errors,
      long requests,
      Map<String, double[]> byKind,
      double meanBytes,
      double v1MeanBytes) {}

  /** Something that runs one query: an HTTP client or raw Lucene. */
  private interface Runner {
    /**
     * @return false when the query failed
     */
    boolean run(BenchQuery query) throws IOException, InterruptedException;
  }

  /** Throughput is measured in alternating rounds, HTTP then raw, to share the machine's load. */
  private static final int ROUNDS = 4;

  private final List<BenchQuery> mix;
  private final int measured;
  private final int httpWarmUp;
  private final int clients;
  private final PrintWriter progress;
  private final AtomicLong errors = new AtomicLong();
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong answers = new AtomicLong();
  private final AtomicLong answerBytes = new AtomicLong();

  /**
   * @param mix the queries
   * @param measured measured queries per client and series
   * @param httpWarmUp HTTP requests before measuring, over all clients, at least the warm-up of the
   *     other runners
   * @param clients concurrent clients
   * @param progress where to report
   */
  SearchBenchmark(
      List<BenchQuery> mix, int measured, int httpWarmUp, int clients, PrintWriter progress) {
    this.mix = List.copyOf(mix);
    this.measured = measured;
    this.httpWarmUp = httpWarmUp;
    this.clients = clients;
    this.progress = progress;
  }

  Figures run(Path indexDir) throws IOException, InterruptedException {
    try (ClaimSearcher searcher = ClaimSearcher.open(indexDir);
        RawLuceneSearch lucene = new RawLuceneSearch(indexDir)) {
      Javalin app = PinciteApp.create(searcher, WebConfig.defaults());
      app.start("127.0.0.1", 0);
      List<HttpConnection> connections = new ArrayList<>();
      try {
        List<Runner> http = new ArrayList<>();
        List<Runner> raw = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
          HttpConnection connection = new HttpConnection("127.0.0.1", app.port());
          connections.add(connection);
          http.add(httpRunner(connection));
          raw.add(q -> lucene.run(q) >= 0);
        }
        Runner inProcess = inProcessRunner(searcher);
        int warmUp = Math.max(mix.size() * 5, measured / 2);
        progress.println("  search: warming up the server and raw Lucene");
        // The search code runs in loops and is compiled soon; the HTTP path (Jetty, Javalin) is
        // hundreds of small methods run once per request, compiled only after some ten thousand
        // requests: until then each request costs about 0.4 ms more than in a warm server.
        concurrent(http, Math.max(warmUp, httpWarmUp / clients));
        concurrent(raw, warmUp);
        concurrent(List.of(inProcess), warmUp);
        progress.println(
            "  search: "
                + measured
                + " single-client queries each over HTTP, in-process and raw, interleaved");
        Map<String, List<long[]>> byKind = new LinkedHashMap<>();
        long[][] single = series(List.of(http.get(0), inProcess, raw.get(0)), byKind);
        progress.println(
            "  search: "
                + measured
                + " queries from each of "
                + clients
                + " clients, HTTP and raw in alternating rounds");
        double httpSeconds = 0;
        double rawSeconds = 0;
        int each = Math.max(1, measured / ROUNDS);
        for (int round = 0; round < ROUNDS; round++) {
          httpSeconds += concurrent(http, each);
          rawSeconds += concurrent(raw, each);
        }
        double queries = (double) each * ROUNDS * clients;
        double meanBytes = (double) answerBytes.get() / Math.max(1, answers.get());
        double v1MeanBytes = v1MeanBytes(connections.get(0));
        Map<String, double[]> kindP50 = new LinkedHashMap<>();
        byKind.forEach(
            (kind, rows) -> {
              double[] p50 = new double[3];
              for (int r = 0; r < 3; r++) {
                int column = r;
                p50[r] =
                    new Latencies(rows.stream().mapToLong(row -> row[column]).toArray()).millis(50);
              }
              kindP50.put(kind, p50);
            });
        return new Figures(
            new Latencies(single[0]),
            new Latencies(single[1]),
            new Latencies(single[2]),
            queries / httpSeconds,
            queries / rawSeconds,
            errors.get(),
            requests.get(),
            kindP50,
            meanBytes,
            v1MeanBytes);
      } finally {
        connections.forEach(HttpConnection::close);
        app.stop();
      }
    }
  }

  /**
   * The mean answer size of the versioned API over the same mix: documents once per answer, no
   * nulls, ten facet values; sizes only, as its latency follows the same search.
   */
  private double v1MeanBytes(HttpConnection connection) throws IOException {
    long bytes = 0;
    int n = 0;
    for (BenchQuery query : mix) {
      HttpConnection.Response response =
          connection.get(query.path().replaceFirst("^/api/search", "/api/v1/search"));
      if (response.status() != 200) {
        throw new IOException(query.path() + " over /api/v1 answered " + response.status());
      }
      bytes += response.bodyLength();
      n++;
    }
    return (double) bytes / Math.max(1, n);
  }

  /** Pincite's own work without HTTP: the search and the JSON the API would send. */
  private static Runner inProcessRunner(ClaimSearcher searcher) {
    ObjectWriter json = new ObjectMapper().writerFor(SearchResult.class);
    return q -> {
      try {
        return json.writeValueAsBytes(searcher.search(q.request())).length > 0;
      } catch (BadQueryException e) {
        throw new IOException("bad benchmark query " + q.query(), e);
      }
    };
  }

  /**
   * One client: each query of the mix run by every runner in turn, so all runners see the same
   * machine load; every latency kept.
   *
   * @return per runner, the latencies in order
   */
  private long[][] series(List<Runner> runners, Map<String, List<long[]>> byKind)
      throws IOException, InterruptedException {
    long[][] nanos = new long[runners.size()][measured];
    for (int i = 0; i < measured; i++) {
      BenchQuery query = mix.get(i % mix.size());
      long[] row = new long[runners.size()];
      for (int r = 0; r < runners.size(); r++) {
        long start = System.nanoTime();
        runners.get(r).run(query);
        row[r] = System.nanoTime() - start;
        nanos[r][i] = row[r];
      }
      byKind.computeIfAbsent(query.kind(), k -> new ArrayList<>()).add(row);
    }
    return nanos;
  }

  /** Every runner in its own thread, {@code each} requests each; returns the seconds taken. */
  private double concurrent(List<Runner> runners, int each)
      throws IOException, InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(runners.size());
    try {
      List<Future<?>> done = new ArrayList<>();
      long start = System.nanoTime();
      for (int t = 0; t < runners.size(); t++) {
        Runner runner = runners.get(t);
        int offset = t * 7;
        done.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < each; i++) {
                    runner.run(mix.get((offset + i) % mix.size()));
                  }
                  return null;
                }));
      }
      for (Future<?> f : done) {
        try {
          f.get();
        } catch (ExecutionException e) {
          throw new IOException("benchmark client failed: " + e.getCause(), e.getCause());
        }
      }
      return (System.nanoTime() - start) / 1e9;
    } finally {
      pool.shutdownNow();
    }
  }

  private Runner httpRunner(HttpConnection connection) {
    return query -> {
      requests.incrementAndGet();
      try {
        HttpConnection.Response response = connection.get(query.path());
        if (response.status() == 200 && response.bodyLength() > 0) {
          answers.incrementAndGet();
          answerBytes.addAndGet(response.bodyLength());
          return true;
        }
        report(query.path() + " answered " + response.status());
      } catch (IOException e) {
        report(query.path() + " failed: " + e);
      }
      errors.incrementAndGet();
      return false;
    };
  }

  private void report(String message) {
    if (errors.get() < 5) {
      progress.println("  search: ERROR " + message);
    }
  }
}
