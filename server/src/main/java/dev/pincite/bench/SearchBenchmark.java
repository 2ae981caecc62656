package dev.pincite.bench;

import dev.pincite.search.ClaimSearcher;
import dev.pincite.web.PinciteApp;
import dev.pincite.web.WebConfig;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code /api/search} over HTTP against raw Lucene in-process, on the same index and query mix: the
 * real app on a free loopback port, {@code java.net.http} clients; a warm-up, then a bounded number
 * of single-client requests (latency percentiles) and of requests from several concurrent clients
 * (throughput). Every non-200 answer counts as an error.
 */
final class SearchBenchmark {

  /**
   * What one search benchmark measured.
   *
   * @param pincite single-client latencies over HTTP
   * @param raw single-thread latencies of raw Lucene
   * @param pinciteQps queries per second over HTTP with the given clients
   * @param rawQps queries per second of raw Lucene with as many threads
   * @param errors failed HTTP requests (any status but 200, or no answer)
   * @param requests HTTP requests sent, warm-up included
   * @param byKind p50 per query kind: {pincite, raw} in milliseconds
   */
  record Figures(
      Latencies pincite,
      Latencies raw,
      double pinciteQps,
      double rawQps,
      long errors,
      long requests,
      Map<String, double[]> byKind) {}

  /** Something that runs one query: an HTTP client or raw Lucene. */
  private interface Runner {
    /**
     * @return false when the query failed
     */
    boolean run(BenchQuery query) throws IOException, InterruptedException;
  }

  private final List<BenchQuery> mix;
  private final int measured;
  private final int clients;
  private final PrintWriter progress;
  private final AtomicLong errors = new AtomicLong();
  private final AtomicLong requests = new AtomicLong();

  SearchBenchmark(List<BenchQuery> mix, int measured, int clients, PrintWriter progress) {
    this.mix = List.copyOf(mix);
    this.measured = measured;
    this.clients = clients;
    this.progress = progress;
  }

  Figures run(Path indexDir) throws IOException, InterruptedException {
    Map<String, List<Long>> pinciteByKind = new LinkedHashMap<>();
    Map<String, List<Long>> rawByKind = new LinkedHashMap<>();
    Latencies pincite;
    double pinciteQps;
    try (ClaimSearcher searcher = ClaimSearcher.open(indexDir)) {
      Javalin app = PinciteApp.create(searcher, WebConfig.defaults());
      app.start("127.0.0.1", 0);
      try {
        String base = "http://127.0.0.1:" + app.port();
        List<Runner> http = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
          http.add(httpRunner(base));
        }
        progress.println("  search: warming up the server");
        concurrent(http, Math.max(mix.size() * 5, measured / 2));
        progress.println("  search: " + measured + " single-client requests over HTTP");
        pincite = series(http.get(0), pinciteByKind);
        progress.println(
            "  search: " + measured + " requests from each of " + clients + " clients");
        pinciteQps = concurrent(http, measured);
      } finally {
        app.stop();
      }
    }
    Latencies raw;
    double rawQps;
    try (RawLuceneSearch lucene = new RawLuceneSearch(indexDir)) {
      List<Runner> threads = new ArrayList<>();
      for (int i = 0; i < clients; i++) {
        threads.add(q -> lucene.run(q) >= 0);
      }
      progress.println("  search: warming up raw Lucene");
      concurrent(threads, Math.max(mix.size() * 5, measured / 2));
      raw = series(threads.get(0), rawByKind);
      rawQps = concurrent(threads, measured);
    }
    Map<String, double[]> byKind = new LinkedHashMap<>();
    for (String kind : pinciteByKind.keySet()) {
      byKind.put(
          kind,
          new double[] {
            new Latencies(toArray(pinciteByKind.get(kind))).millis(50),
            new Latencies(toArray(rawByKind.get(kind))).millis(50)
          });
    }
    return new Figures(pincite, raw, pinciteQps, rawQps, errors.get(), requests.get(), byKind);
  }

  /** One client, one request after another, every latency kept. */
  private Latencies series(Runner runner, Map<String, List<Long>> byKind)
      throws IOException, InterruptedException {
    long[] nanos = new long[measured];
    for (int i = 0; i < measured; i++) {
      BenchQuery query = mix.get(i % mix.size());
      long start = System.nanoTime();
      runner.run(query);
      nanos[i] = System.nanoTime() - start;
      byKind.computeIfAbsent(query.kind(), k -> new ArrayList<>()).add(nanos[i]);
    }
    return new Latencies(nanos);
  }

  /** Every runner in its own thread, {@code each} requests each; returns queries per second. */
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
        } catch (java.util.concurrent.ExecutionException e) {
          throw new IOException("benchmark client failed: " + e.getCause(), e.getCause());
        }
      }
      return (double) each * runners.size() / ((System.nanoTime() - start) / 1e9);
    } finally {
      pool.shutdownNow();
    }
  }

  private Runner httpRunner(String base) {
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    return query -> {
      requests.incrementAndGet();
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(base + query.path()))
              .timeout(Duration.ofSeconds(30))
              .GET()
              .build();
      try {
        HttpResponse<byte[]> response =
            client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() == 200 && response.body().length > 0) {
          return true;
        }
        report(query.path() + " answered " + response.statusCode());
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

  private static long[] toArray(List<Long> values) {
    return values.stream().mapToLong(Long::longValue).toArray();
  }
}
