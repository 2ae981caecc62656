package dev.pincite.bench;

import dev.pincite.index.ReindexReport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The benchmark's figures and their printing: one Markdown table of Pincite against raw Lucene with
 * ratios and the targets of the performance issue, ready to paste into docs/performance.md, and a
 * second table of median latency per query kind.
 */
final class Report {

  private final long claims;
  private final long seed;
  private final int threads;
  private final SentencePool.Pool pool;
  private final double loadAtStart = loadAverage();
  private String generated;
  private ReindexBenchmark.Figures reindex;
  private SearchBenchmark.Figures search;
  private StartupBenchmark.Figures startup;
  private SolrPeerBenchmark.Figures solr;

  Report(long claims, long seed, int threads, SentencePool.Pool pool) {
    this.claims = claims;
    this.seed = seed;
    this.threads = threads;
    this.pool = pool;
  }

  void generated(long documents, double seconds) {
    generated =
        String.format(
            Locale.ROOT,
            "generated %,d claims in %,d documents through ClaimIndexWriter in %.1f s (%,.0f claims/s)",
            claims,
            documents,
            seconds,
            claims / seconds);
  }

  void reindex(ReindexBenchmark.Figures figures) {
    reindex = figures;
  }

  void search(SearchBenchmark.Figures figures) {
    search = figures;
  }

  void solrPeer(SolrPeerBenchmark.Figures figures) {
    solr = figures;
  }

  void startup(StartupBenchmark.Figures figures) {
    startup = figures;
  }

  /** The main table, Markdown. */
  String table() {
    StringBuilder out = new StringBuilder();
    Runtime rt = Runtime.getRuntime();
    out.append(
        String.format(
            Locale.ROOT,
            "Machine: %d cores, %s %s (%s), %s %s; %,d claims, seed %d, %d clients/threads%n",
            rt.availableProcessors(),
            System.getProperty("java.vm.name"),
            System.getProperty("java.runtime.version"),
            System.getProperty("java.vm.vendor"),
            System.getProperty("os.name"),
            System.getProperty("os.arch"),
            claims,
            seed,
            threads));
    out.append("Sentences: ")
        .append(pool.sentences().size())
        .append(" from ")
        .append(pool.source())
        .append('\n');
    out.append(
        String.format(
            Locale.ROOT,
            "System load average (1 min, all processes on the machine): %.2f at the start, %.2f"
                + " at the end%n",
            loadAtStart,
            loadAverage()));
    if (generated != null) {
      out.append(generated).append('\n');
    }
    out.append('\n');
    out.append("| measure | Pincite | raw Lucene (floor) | Pincite / raw | target | met |\n");
    out.append("|---|---:|---:|---:|---|---|\n");
    if (reindex != null) {
      reindexRows(out);
    }
    if (search != null) {
      searchRows(out);
    }
    if (solr != null) {
      solrRows(out);
    }
    if (startup != null) {
      startupRows(out);
    }
    return out.toString();
  }

  private void reindexRows(StringBuilder out) {
    ReindexBenchmark.Figures r = reindex;
    double ratio = r.pinciteSeconds() / r.floorSeconds();
    row(
        out,
        String.format(
            Locale.ROOT, "reindex wall time, %,d pages, %,d claims (s)", r.files(), r.claims()),
        fmt(r.pinciteSeconds(), 2),
        String.format(
            Locale.ROOT,
            "%.2f (parse %.2f + index %.2f)",
            r.floorSeconds(),
            r.parseSeconds(),
            r.luceneSeconds()),
        ratio,
        "≤ 1.5×",
        ratio <= 1.5);
    row(
        out,
        "reindex pages/s",
        fmt(r.files() / r.pinciteSeconds(), 0),
        fmt(r.files() / r.floorSeconds(), 0),
        (r.files() / r.pinciteSeconds()) / (r.files() / r.floorSeconds()),
        "",
        null);
    row(
        out,
        "reindex MB/s (HTML)",
        fmt(r.bytes() / 1e6 / r.pinciteSeconds(), 2),
        fmt(r.bytes() / 1e6 / r.floorSeconds(), 2),
        r.floorSeconds() / r.pinciteSeconds(),
        "",
        null);
    row(
        out,
        "reindex claims/s",
        fmt(r.claims() / r.pinciteSeconds(), 0),
        fmt(r.floorDocuments() / r.floorSeconds(), 0) + " docs/s",
        Double.NaN,
        "",
        null);
    ReindexBenchmark.Stages st = r.stages();
    double linkingSeconds = r.linking().elapsed().toNanos() / 1e9;
    note(
        out,
        "reindex stages (s): pages into articles / claims extracted / cross-document linking /"
            + " the rest (hashing, Lucene)",
        String.format(
            Locale.ROOT,
            "%.2f / %.2f / %.2f / %.2f",
            st.articleSeconds(),
            st.claimSeconds(),
            linkingSeconds,
            Math.max(
                0, r.pinciteSeconds() - st.articleSeconds() - st.claimSeconds() - linkingSeconds)));
    ReindexReport.Stages timed = r.timed();
    double filesSeconds = seconds(timed.files());
    double commitSeconds = seconds(timed.commit());
    note(
        out,
        "reindex wall time as its own timers split it (s): files read, parsed, extracted and"
            + " written / cross-document linking / commit / the rest (setup, merges at close)",
        String.format(
            Locale.ROOT,
            "%.2f / %.2f / %.2f / %.2f",
            filesSeconds,
            linkingSeconds,
            commitSeconds,
            Math.max(0, r.pinciteSeconds() - filesSeconds - linkingSeconds - commitSeconds)));
    note(
        out,
        "the files' stage on its "
            + threads
            + " threads (thread-s): reading and hashing / pages into articles / claims extracted"
            + " / index writes",
        String.format(
            Locale.ROOT,
            "%.2f / %.2f / %.2f / %.2f",
            seconds(timed.reading()),
            seconds(timed.articles()),
            seconds(timed.claims()),
            seconds(timed.writing())));
    note(
        out,
        "cross-document linking: claims searched / answers found",
        r.linking().claimsSearched() + " / " + r.linking().answersAdded());
    note(
        out,
        "claim extraction alone, claims/s (target ≥ 2,500 for the whole reindex)",
        fmt(st.claims() / st.claimSeconds(), 0));
    note(
        out,
        "reindex --full over the existing index (s), against the fresh reindex",
        String.format(
            Locale.ROOT,
            "%.2f (%.2f× fresh)",
            r.fullOverExistingSeconds(),
            r.fullOverExistingSeconds() / r.pinciteSeconds()));
  }

  private void searchRows(StringBuilder out) {
    SearchBenchmark.Figures s = search;
    double p50 = s.pincite().millis(50);
    double rawP50 = s.raw().millis(50);
    row(
        out,
        "search p50 (ms)",
        fmt(p50, 2),
        fmt(rawP50, 2),
        p50 / rawP50,
        "≤ 1.3× and < 3.9 ms",
        p50 / rawP50 <= 1.3 && p50 < 3.9);
    note(
        out,
        "search answer size, mean bytes: /api/search / /api/v1/search (same queries)",
        String.format(Locale.ROOT, "%,.0f / %,.0f", s.meanBytes(), s.v1MeanBytes()));
    double inProcess = s.inProcess().millis(50);
    row(
        out,
        "search p50 in-process, no HTTP (ms)",
        fmt(inProcess, 2),
        fmt(rawP50, 2),
        inProcess / rawP50,
        "",
        null);
    row(
        out,
        "search p95 (ms)",
        fmt(s.pincite().millis(95), 2),
        fmt(s.raw().millis(95), 2),
        s.pincite().millis(95) / s.raw().millis(95),
        "",
        null);
    double p99 = s.pincite().millis(99);
    row(
        out,
        "search p99 (ms)",
        fmt(p99, 2),
        fmt(s.raw().millis(99), 2),
        p99 / s.raw().millis(99),
        "≤ 15 ms",
        p99 <= 15);
    row(
        out,
        "queries/s, " + threads + " clients",
        fmt(s.pinciteQps(), 0),
        fmt(s.rawQps(), 0),
        s.pinciteQps() / s.rawQps(),
        "≥ 400",
        s.pinciteQps() >= 400);
    row(
        out,
        "HTTP errors",
        s.errors() + " of " + s.requests(),
        "",
        Double.NaN,
        "0",
        s.errors() == 0);
  }

  /**
   * Solr beside Pincite: the peer's figure in the second column and Pincite's divided by it, so a
   * ratio below 1 means Pincite is faster (for queries per second, above 1).
   */
  private void solrRows(StringBuilder out) {
    SearchBenchmark.Figures s = search;
    row(
        out,
        "search p50 (ms); peer column: Solr",
        s == null ? "n/a" : fmt(s.pincite().millis(50), 2),
        fmt(solr.latencies().millis(50), 2),
        s == null ? Double.NaN : s.pincite().millis(50) / solr.latencies().millis(50),
        "",
        null);
    row(
        out,
        "search p99 (ms); peer column: Solr",
        s == null ? "n/a" : fmt(s.pincite().millis(99), 2),
        fmt(solr.latencies().millis(99), 2),
        s == null ? Double.NaN : s.pincite().millis(99) / solr.latencies().millis(99),
        "",
        null);
    row(
        out,
        "queries/s, " + threads + " clients; peer column: Solr",
        s == null ? "n/a" : fmt(s.pinciteQps(), 0),
        fmt(solr.qps(), 0),
        s == null ? Double.NaN : s.pinciteQps() / solr.qps(),
        "",
        null);
  }

  private void startupRows(StringBuilder out) {
    StartupBenchmark.Figures st = startup;
    row(
        out,
        "start-up to first answer (s)",
        fmt(st.firstAnswerSeconds(), 2),
        "",
        Double.NaN,
        "≤ 1 s",
        st.firstAnswerSeconds() <= 1);
    secondsRow(
        out, "start-up to first answer through bin/pincite serve (s)", st.throughLauncherSeconds());
    secondsRow(
        out,
        "start-up to first answer without the launcher's JDK AOT cache (s)",
        st.withoutCacheSeconds());
    row(
        out,
        "heap in use after opening, -Xmx" + st.maxHeap() + " (MB)",
        st.heapUsedMb() < 0 ? "n/a" : fmt(st.heapUsedMb(), 0),
        "",
        Double.NaN,
        "serves with -Xmx512m",
        st.mixErrors() == 0);
  }

  /** A start-up figure shown beside the target's; negative when it was not measured. */
  private static void secondsRow(StringBuilder out, String measure, double seconds) {
    row(out, measure, seconds < 0 ? "n/a" : fmt(seconds, 2), "", Double.NaN, "", null);
  }

  /** Median latency per query kind, Markdown. */
  String kinds(List<BenchQuery> mix) {
    if (search == null) {
      return "";
    }
    StringBuilder out =
        new StringBuilder(
            "| query kind | example | Pincite p50 HTTP (ms) | in-process (ms) | raw p50 (ms)"
                + " | HTTP / raw |\n");
    out.append("|---|---|---:|---:|---:|---:|\n");
    Set<String> seen = new LinkedHashSet<>();
    List<BenchQuery> examples = new ArrayList<>();
    for (BenchQuery q : mix) {
      if (seen.add(q.kind())) {
        examples.add(q);
      }
    }
    for (BenchQuery q : examples) {
      double[] p50 = search.byKind().get(q.kind());
      if (p50 == null) {
        continue;
      }
      out.append(
          String.format(
              Locale.ROOT,
              "| %s | `%s`%s | %.2f | %.2f | %.2f | %.2f |%n",
              q.kind(),
              q.query(),
              filterText(q.filters()),
              p50[0],
              p50[1],
              p50[2],
              p50[0] / p50[2]));
    }
    return out.toString();
  }

  private static String filterText(Map<String, List<String>> filters) {
    StringBuilder out = new StringBuilder();
    filters.forEach(
        (dim, values) ->
            out.append(" f.").append(dim).append('=').append(String.join(",", values)));
    return out.toString();
  }

  /** A row with a figure of Pincite's alone: no peer, ratio or target beside it. */
  private static void note(StringBuilder out, String measure, String pincite) {
    row(out, measure, pincite, "", Double.NaN, "", null);
  }

  private static void row(
      StringBuilder out,
      String measure,
      String pincite,
      String raw,
      double ratio,
      String target,
      Boolean met) {
    out.append("| ")
        .append(measure)
        .append(" | ")
        .append(pincite)
        .append(" | ")
        .append(raw)
        .append(" | ")
        .append(Double.isNaN(ratio) ? "" : fmt(ratio, 2) + "×")
        .append(" | ")
        .append(target)
        .append(" | ")
        .append(met == null ? "" : met ? "yes" : "**no**")
        .append(" |\n");
  }

  /** The machine's load: other processes share the cores and slow every figure. */
  private static double loadAverage() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private static String fmt(double value, int decimals) {
    return String.format(Locale.ROOT, "%,." + decimals + "f", value);
  }

  private static double seconds(Duration d) {
    return d.toNanos() / 1e9;
  }
}
