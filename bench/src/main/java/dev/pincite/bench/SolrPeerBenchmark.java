package dev.pincite.bench;

import dev.pincite.search.BadQueryException;
import dev.pincite.search.SolrClaimSearcher;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The same query mix against a Solr collection holding the same synthetic archive, through the Solr
 * backend ({@link SolrClaimSearcher}: SolrJ over HTTP, the request {@code serve --solr} sends for a
 * search page), measured like Pincite's own API: a warm-up, single-client latencies, then queries
 * per second from several clients. A peer measured in the same run, not a figure remembered.
 */
final class SolrPeerBenchmark {

  /**
   * What the peer measured.
   *
   * @param latencies single-client latencies
   * @param qps queries per second with the given clients
   */
  record Figures(Latencies latencies, double qps) {}

  private final List<BenchQuery> mix;
  private final int measured;
  private final int clients;
  private final PrintWriter progress;

  SolrPeerBenchmark(List<BenchQuery> mix, int measured, int clients, PrintWriter progress) {
    this.mix = List.copyOf(mix);
    this.measured = measured;
    this.clients = clients;
    this.progress = progress;
  }

  Figures run(SolrClaimSearcher solr) throws IOException, InterruptedException {
    progress.println("  solr peer: warming up");
    for (int i = 0; i < Math.max(mix.size() * 5, measured / 2); i++) {
      search(solr, mix.get(i % mix.size()));
    }
    progress.println("  solr peer: " + measured + " single-client queries");
    long[] nanos = new long[measured];
    for (int i = 0; i < measured; i++) {
      long start = System.nanoTime();
      search(solr, mix.get(i % mix.size()));
      nanos[i] = System.nanoTime() - start;
    }
    progress.println("  solr peer: " + measured + " queries from each of " + clients + " clients");
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      long start = System.nanoTime();
      List<Future<Void>> running = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        int offset = c;
        running.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < measured; i++) {
                    search(solr, mix.get((i + offset * 7) % mix.size()));
                  }
                  return null;
                }));
      }
      for (Future<Void> done : running) {
        done.get();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      return new Figures(new Latencies(nanos), (double) measured * clients / seconds);
    } catch (ExecutionException e) {
      throw new IOException("a Solr search failed: " + e.getCause().getMessage(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static void search(SolrClaimSearcher solr, BenchQuery query) throws IOException {
    try {
      solr.search(query.request());
    } catch (BadQueryException e) {
      throw new IOException("bad benchmark query " + query.query(), e);
    }
  }
}
