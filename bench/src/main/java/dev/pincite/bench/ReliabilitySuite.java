package dev.pincite.bench;

import dev.pincite.index.IndexSchema;
import dev.pincite.index.Reindexer;
import dev.pincite.search.ClaimSearcher;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The reliability suite of issue 18: what no single file, filename or request may do to the
 * archive, tried for real on processes of its own. Each part prints its figures and returns its
 * checks:
 *
 * <ul>
 *   <li>{@code kill -9} of reindex at random moments: the index passes {@link CheckIndex} after
 *       each kill, the next reindex works, and the end result equals a clean reindex;
 *   <li>a second reindex while one runs gets the lock error;
 *   <li>a disk that fills during the commit (a tmpfs of a few MB, mounted when running as root):
 *       the reindex fails cleanly and the previous index still serves;
 *   <li>the bad-input corpus, generated (never committed), indexed at {@code -Xmx512m} in the C
 *       locale: the bundled corpus is indexed and every bad entry reported;
 *   <li>fuzzed requests with hostile queries against a running server: no 500, no stack trace, no
 *       path of the machine in any answer;
 *   <li>incremental reindexes of changed files: index size, deleted share and search p50 against a
 *       clean index;
 *   <li>six concurrent worst-case regular expressions on the synthetic index while ordinary
 *       searches run: each answered or refused within the budget, and the ordinary p99.
 * </ul>
 *
 * Not thread safe; one run per instance.
 */
final class ReliabilitySuite {

  /** One outcome: what was checked, whether it held, and the figure behind it. */
  record Check(String name, boolean passed, String figure) {}

  /**
   * The sizes of a run.
   *
   * @param claims claims of the synthetic corpus
   * @param kills reindex kills
   * @param requests fuzzed requests
   * @param rounds incremental reindexes
   * @param changedFiles files changed before each
   */
  record Size(long claims, int kills, int requests, int rounds, int changedFiles) {
    static final Size REDUCED = new Size(3_000, 3, 1_000, 3, 20);
    static final Size FULL = new Size(100_000, 20, 10_000, 20, 150);
  }

  private static final String[] HOSTILE_REGEX = {
    "/.*a.*e.*i.*o.*/",
    "/[a-z]{1,100}/",
    "/.*(ab|cd|ef|gh).*/",
    "/[^x]{2,40}e/",
    "/.*.*.*.*n/",
    "/(a|b|c|d|e|f|g|h|i|j|k|l|m)*z/"
  };

  private final Size size;
  private final Path work;
  private final Path bundledCorpus;
  private final Path shared;
  private final PrintWriter out;
  private final Random random = new Random(18);
  private final List<Check> checks = new ArrayList<>();
  private String nobodysClassPath;

  ReliabilitySuite(Size size, Path work, Path bundledCorpus, Path shared, PrintWriter out) {
    this.size = size;
    this.work = work;
    this.bundledCorpus = bundledCorpus;
    this.shared = shared;
    this.out = out;
  }

  /** The parts of the suite, in the order they run. */
  enum Part {
    KILLS,
    CONCURRENT_REINDEX,
    DISK_FULL,
    BAD_INPUT,
    FUZZED_REQUESTS,
    REGEXES,
    INCREMENTAL
  }

  /** Runs every part; returns the checks. */
  List<Check> run() throws Exception {
    return run(EnumSet.allOf(Part.class));
  }

  /**
   * Runs some parts; returns their checks.
   *
   * @param parts the parts to run, in their order whatever the set's
   */
  List<Check> run(Set<Part> parts) throws Exception {
    Workspace.delete(work);
    Files.createDirectories(work);
    Path corpus = work.resolve("synthetic");
    SentencePool.Pool pool = SentencePool.load(shared, bundledCorpus);
    new SyntheticCorpus(size.claims(), 18, pool.sentences()).writeHtml(corpus);
    out.printf(Locale.ROOT, "synthetic corpus: %d claims in %s%n", size.claims(), corpus);
    if (parts.contains(Part.KILLS)) {
      killedReindexes(corpus);
    }
    if (parts.contains(Part.CONCURRENT_REINDEX)) {
      concurrentReindex(corpus);
    }
    if (parts.contains(Part.DISK_FULL)) {
      diskFull();
    }
    if (parts.contains(Part.BAD_INPUT)) {
      badInput();
    }
    Path index = work.resolve("synthetic-index");
    if (parts.contains(Part.FUZZED_REQUESTS)
        || parts.contains(Part.REGEXES)
        || parts.contains(Part.INCREMENTAL)) {
      new Reindexer(corpus, index, Reindexer.Options.defaults()).run();
    }
    if (parts.contains(Part.FUZZED_REQUESTS)) {
      fuzzedRequests(index);
    }
    if (parts.contains(Part.REGEXES)) {
      concurrentRegexes(index);
    }
    if (parts.contains(Part.INCREMENTAL)) {
      incrementalReindexes(corpus, index);
    }
    return List.copyOf(checks);
  }

  private void check(String name, boolean passed, String figure) {
    checks.add(new Check(name, passed, figure));
    out.printf(Locale.ROOT, "  [%s] %s: %s%n", passed ? "ok" : "FAILED", name, figure);
    out.flush();
  }

  // --- kill -9 ---------------------------------------------------------------------------------

  private void killedReindexes(Path corpus) throws IOException, InterruptedException {
    out.println("kill -9 during reindex");
    Path index = work.resolve("killed-index");
    require(
        child(List.of("reindex", "--corpus", corpus.toString(), "--index", index.toString()))
            .start()
            .waitFor(),
        "the first reindex");
    int intact = 0;
    for (int trial = 0; trial < size.kills(); trial++) {
      boolean full = trial % 2 == 0;
      if (!full) {
        touch(corpus, size.changedFiles());
      }
      List<String> args = new ArrayList<>(List.of("reindex", "--corpus", corpus.toString()));
      args.addAll(List.of("--index", index.toString()));
      if (full) {
        args.add("--full");
      }
      Process p = child(args).start();
      // a random moment of the run: JVM start, parsing, writing or the commit
      Thread.sleep(300 + random.nextInt(full ? 6_000 : 3_000));
      p.destroyForcibly().waitFor();
      boolean clean = checkIndex(index);
      int recovered =
          child(List.of("reindex", "--corpus", corpus.toString(), "--index", index.toString()))
              .start()
              .waitFor();
      if (clean && (recovered == 0 || recovered == 3)) {
        intact++;
      }
    }
    Path cleanIndex = work.resolve("clean-index");
    new Reindexer(corpus, cleanIndex, Reindexer.Options.defaults().withFull(true)).run();
    long[] killed = counts(index);
    long[] clean = counts(cleanIndex);
    check(
        "kill -9 of reindex",
        intact == size.kills(),
        intact
            + "/"
            + size.kills()
            + " intact (CheckIndex clean after the kill, next reindex works)");
    check(
        "after the kills, the same claims as a clean reindex",
        killed[0] == clean[0] && killed[1] == clean[1],
        killed[1] + " documents, " + killed[0] + " claims; clean: " + clean[1] + ", " + clean[0]);
  }

  // --- concurrent reindex ----------------------------------------------------------------------

  private void concurrentReindex(Path corpus) throws IOException, InterruptedException {
    out.println("concurrent reindex");
    Path index = work.resolve("killed-index");
    Process first =
        child(
                List.of(
                    "reindex",
                    "--full",
                    "--corpus",
                    corpus.toString(),
                    "--index",
                    index.toString()))
            .start();
    Thread.sleep(1_500);
    Process second =
        child(
                List.of(
                    "reindex",
                    "--full",
                    "--corpus",
                    corpus.toString(),
                    "--index",
                    index.toString()))
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.PIPE)
            .start();
    String said = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int secondExit = second.waitFor();
    int firstExit = first.waitFor();
    boolean refused = secondExit == 2 && said.toLowerCase(Locale.ROOT).contains("lock");
    check(
        "a second reindex while one runs gets the lock error",
        refused && (firstExit == 0 || firstExit == 3),
        "second exit "
            + secondExit
            + " ("
            + firstLine(said, "lock")
            + "), first exit "
            + firstExit);
  }

  // --- disk full -------------------------------------------------------------------------------

  private void diskFull() throws IOException, InterruptedException {
    out.println("disk full during the commit");
    Path mount = Files.createDirectories(work.resolve("small-disk"));
    Path index = mount.resolve("index");
    if (!"root".equals(System.getProperty("user.name"))
        || new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", mount.toString())
                .inheritIO()
                .start()
                .waitFor()
            != 0) {
      check("disk full", false, "not run: mounting a small tmpfs needs root");
      return;
    }
    try {
      new Reindexer(bundledCorpus, index, Reindexer.Options.defaults()).run();
      long[] before = counts(index);
      Path bigger = work.resolve("synthetic");
      // The child's output is kept (a pipe nobody reads could fill and stall it), and shown when
      // the check fails: an exit other than 2 says the failure escaped the command's handling.
      Path log = work.resolve("disk-full-reindex.log");
      int exit =
          child(
                  List.of(
                      "reindex",
                      "--full",
                      "--corpus",
                      bigger.toString(),
                      "--index",
                      index.toString()))
              .redirectOutput(log.toFile())
              .start()
              .waitFor();
      boolean clean = checkIndex(index);
      long[] after = counts(index);
      boolean passed = exit == 2 && clean && before[0] == after[0];
      check(
          "disk full: the reindex fails, the previous index is intact",
          passed,
          "a 3 MB tmpfs; exit "
              + exit
              + ", CheckIndex "
              + (clean ? "clean" : "BROKEN")
              + ", claims "
              + before[0]
              + " before, "
              + after[0]
              + " after"
              + (passed ? "" : "; the reindex printed: " + lastLines(log, 15)));
    } finally {
      new ProcessBuilder("umount", mount.toString()).inheritIO().start().waitFor();
    }
  }

  // --- bad input -------------------------------------------------------------------------------

  private void badInput() throws IOException, InterruptedException {
    out.println("bad-input corpus at -Xmx512m in the C locale");
    Path corpus = work.resolve("bad-input");
    Files.createDirectories(corpus);
    try (Stream<Path> files = Files.walk(bundledCorpus)) {
      for (Path file : files.toList()) {
        Path target = corpus.resolve(bundledCorpus.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
    BadInputCorpus.write(corpus, random);
    boolean asNobody = "root".equals(System.getProperty("user.name")) && canRunAsNobody();
    Path index = work.resolve("bad-input-index");
    if (asNobody) {
      // nobody reads the corpus, the jars and writes the index, and is refused the locked folder
      nobodysClassPath = copyClassPath(work.resolve("classpath"));
      openTo(work);
    }
    List<String> args =
        List.of("reindex", "--full", "--corpus", corpus.toString(), "--index", index.toString());
    ProcessBuilder builder = child(args, "-Xmx512m", asNobody);
    builder.environment().clear();
    builder.environment().put("PATH", "/usr/bin:/bin");
    builder.environment().put("LANG", "C");
    builder.environment().put("LC_ALL", "C");
    String said =
        new String(
            builder
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.PIPE)
                .start()
                .getInputStream()
                .readAllBytes(),
            StandardCharsets.UTF_8);
    out.println(indent(said));
    long documents = counts(index)[1];
    long bundled;
    try (Stream<Path> files = Files.list(bundledCorpus)) {
      bundled = files.filter(f -> f.toString().matches(".*\\.(txt|md|html)$")).count();
    }
    check(
        "bad input: the bundled corpus is indexed",
        documents >= bundled,
        documents + " documents indexed (bundled: " + bundled + ")");
    // The <br> page is linear to parse now: indexed, or skipped over the time limit on a busy
    // machine; either way the reindex went on.
    check(
        "bad input: br.html indexed or skipped with a reason",
        said.contains("Reindexed"),
        said.lines().anyMatch(l -> l.contains("br.html")) ? firstLine(said, "br.html") : "indexed");
    for (String expected : BadInputCorpus.REPORTED) {
      if (expected.equals(BadInputCorpus.LOCKED) && !asNobody && isRoot()) {
        check("bad input: " + expected + " reported", false, "not run: setpriv is missing");
        continue;
      }
      check(
          "bad input: " + expected + " reported",
          said.lines().anyMatch(l -> l.contains(expected)),
          firstLine(said, expected));
    }
  }

  /**
   * This JVM's class path copied where nobody may read it: a build's jars may sit in a folder only
   * root enters (Maven's repository under /root).
   */
  private static String copyClassPath(Path dir) throws IOException {
    List<String> entries = new ArrayList<>();
    int n = 0;
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path source = Path.of(entry);
      if (!Files.exists(source)) {
        continue;
      }
      Path target = dir.resolve(n++ + "-" + source.getFileName());
      try (Stream<Path> files = Files.walk(source)) {
        for (Path file : files.toList()) {
          Path to = target.resolve(source.relativize(file).toString());
          if (Files.isDirectory(file)) {
            Files.createDirectories(to);
          } else {
            Files.createDirectories(to.toAbsolutePath().getParent());
            Files.copy(file, to);
          }
        }
      }
      entries.add(target.toString());
    }
    return String.join(File.pathSeparator, entries);
  }

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static boolean canRunAsNobody() throws InterruptedException {
    try {
      return new ProcessBuilder("setpriv", "--version").start().waitFor() == 0;
    } catch (IOException e) {
      return false;
    }
  }

  private static void openTo(Path dir) throws IOException {
    for (Path p = dir; p != null && p.getParent() != null; p = p.getParent()) {
      if (p.equals(dir) || !Files.isSymbolicLink(p)) {
        // others may enter each folder on the way (not list it), and everything under work
        p.toFile().setExecutable(true, false);
      }
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.toList()) {
        if (Files.isSymbolicLink(p) || p.getFileName().toString().equals(BadInputCorpus.LOCKED)) {
          continue;
        }
        if (Files.isDirectory(p)) {
          Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxrwxrwx"));
        } else if (Files.isRegularFile(p)) {
          Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-rw-rw-"));
        }
      }
    }
  }

  // --- fuzzed requests -------------------------------------------------------------------------

  private void fuzzedRequests(Path index) throws IOException, InterruptedException {
    out.println("fuzzed requests against a running server");
    int port = freePort();
    Process server =
        child(List.of("serve", "--index", index.toString(), "--port", String.valueOf(port)))
            .redirectErrorStream(true)
            .redirectOutput(work.resolve("serve.log").toFile())
            .start();
    try {
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      awaitUp(http, port);
      TreeMap<Integer, Integer> statuses = new TreeMap<>();
      int leaks = 0;
      long slowest = 0;
      String workPath = work.toAbsolutePath().toString();
      for (int sent = 0; sent < size.requests(); sent++) {
        String path = HostileRequests.path(random);
        long start = System.nanoTime();
        HttpResponse<String> response;
        try {
          response =
              http.send(
                  HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                      .timeout(Duration.ofSeconds(30))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
        } catch (IllegalArgumentException e) {
          sent--; // a path the client itself refuses to send: draw another
          continue;
        }
        slowest = Math.max(slowest, (System.nanoTime() - start) / 1_000_000);
        statuses.merge(response.statusCode(), 1, Integer::sum);
        String body = response.body();
        if (body.contains("at dev.pincite.")
            || body.contains("at org.eclipse.")
            || body.contains("Exception:")
            || body.contains(workPath)) {
          leaks++;
        }
      }
      check(
          size.requests() + " fuzzed requests: no 500, no stack trace, no path",
          !statuses.containsKey(500) && leaks == 0 && server.isAlive(),
          "statuses " + statuses + ", " + leaks + " leaks, slowest " + slowest + " ms");
    } finally {
      server.destroy();
      server.waitFor(10, TimeUnit.SECONDS);
    }
  }

  // --- concurrent regular expressions -----------------------------------------------------------

  private void concurrentRegexes(Path index) throws Exception {
    out.printf(
        Locale.ROOT,
        "six worst-case regular expressions with ordinary searches (%d claims)%n",
        size.claims());
    try (ClaimSearcher searcher = ClaimSearcher.open(index)) {
      String word =
          ClaimSearcher.searchableWord(
              searcher
                  .search(dev.pincite.search.SearchRequest.of(""))
                  .hits()
                  .getFirst()
                  .stored()
                  .claim()
                  .text());
      // A server warms its searcher up at start-up: without it, the first search of the word (code
      // loaded and compiled, the commit's caches built) is the slowest of the run, and of the few
      // dozen measured it alone would be the p99.
      searcher.warmUp();
      for (int i = 0; i < 20; i++) {
        searcher.search(dev.pincite.search.SearchRequest.of(word));
      }
      ExecutorService pool = Executors.newFixedThreadPool(8);
      AtomicBoolean regexesRunning = new AtomicBoolean(true);
      Future<Latencies> ordinary =
          pool.submit(
              () -> {
                List<Long> nanos = new ArrayList<>();
                // while the patterns run, and at least a few dozen for the percentiles
                while (regexesRunning.get() || nanos.size() < 50) {
                  long start = System.nanoTime();
                  searcher.search(dev.pincite.search.SearchRequest.of(word));
                  nanos.add(System.nanoTime() - start);
                }
                return Latencies.of(nanos);
              });
      List<Future<String>> regexes = new ArrayList<>();
      for (String regex : HOSTILE_REGEX) {
        regexes.add(pool.submit(() -> regexOutcome(searcher, regex)));
      }
      long withinBudget = 0;
      List<String> outcomes = new ArrayList<>();
      for (Future<String> f : regexes) {
        try {
          String outcome = f.get();
          outcomes.add(outcome);
          withinBudget += outcome.contains("LATE") ? 0 : 1;
        } catch (ExecutionException e) {
          outcomes.add("error " + e.getCause());
        }
      }
      regexesRunning.set(false);
      Latencies latencies;
      try {
        latencies = ordinary.get();
      } catch (ExecutionException e) {
        throw new IOException(e.getCause());
      }
      pool.shutdown();
      out.println("    " + String.join("\n    ", outcomes));
      check(
          "six regular expressions answered or refused within the budget",
          withinBudget == HOSTILE_REGEX.length,
          withinBudget + "/" + HOSTILE_REGEX.length);
      check(
          "ordinary searches meanwhile keep p99 within 100 ms",
          size != Size.FULL || latencies.millis(99) <= 100,
          String.format(
              Locale.ROOT,
              "%d searches, p50 %.1f ms, p99 %.1f ms%s",
              latencies.count(),
              latencies.millis(50),
              latencies.millis(99),
              size == Size.FULL ? "" : " (a timing: checked at the full size only)"));
    }
  }

  private static String regexOutcome(ClaimSearcher searcher, String regex) throws IOException {
    long start = System.nanoTime();
    String answer;
    try {
      answer = searcher.search(dev.pincite.search.SearchRequest.of(regex)).total() + " hits";
    } catch (dev.pincite.search.SearchTimeoutException e) {
      answer = "503 over the budget";
    } catch (dev.pincite.search.SearchBusyException e) {
      answer = "503 busy";
    } catch (dev.pincite.search.BadQueryException e) {
      answer = "400 refused";
    }
    long ms = (System.nanoTime() - start) / 1_000_000;
    boolean late = ms > ClaimSearcher.DEFAULT_SEARCH_BUDGET.toMillis() + 1_000; // a second of slack
    return regex + ": " + answer + " in " + ms + " ms" + (late ? " LATE" : "");
  }

  // --- incremental reindexes -------------------------------------------------------------------

  private void incrementalReindexes(Path corpus, Path index) throws IOException {
    out.printf(
        Locale.ROOT,
        "%d incremental reindexes of %d changed files each%n",
        size.rounds(),
        size.changedFiles());
    for (int round = 0; round < size.rounds(); round++) {
      touch(corpus, size.changedFiles());
      new Reindexer(corpus, index, Reindexer.Options.defaults()).run();
    }
    Path clean = work.resolve("clean-after-rounds");
    new Reindexer(corpus, clean, Reindexer.Options.defaults().withFull(true)).run();
    long incrementalBytes = bytes(index);
    long cleanBytes = bytes(clean);
    double deleted = deletedShare(index);
    double ratio = (double) incrementalBytes / cleanBytes;
    check(
        "index after the incremental reindexes within 1.3x a clean one",
        ratio <= 1.3,
        String.format(
            Locale.ROOT,
            "%.1f MB against %.1f MB clean (%.2fx), %.0f%% of documents deleted",
            incrementalBytes / 1e6,
            cleanBytes / 1e6,
            ratio,
            deleted * 100));
    searchAgainstClean(index, clean);
  }

  /**
   * Search p50 on the incremental index against the clean one: the benchmark mix on each, both
   * warmed up, timed in alternating blocks so that a change in the machine's load falls on both. A
   * latency is a figure of the machine as much as of the index, so the 10% target is checked at the
   * full size (on an idle machine) and only reported at the reduced one.
   */
  private void searchAgainstClean(Path incremental, Path clean) throws IOException {
    List<BenchQuery> mix;
    try (Directory dir = FSDirectory.open(clean);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      mix = QueryMix.of(reader, 18);
    }
    try (ClaimSearcher onIncremental = ClaimSearcher.open(incremental);
        ClaimSearcher onClean = ClaimSearcher.open(clean)) {
      List<Long> incrementalNanos = new ArrayList<>();
      List<Long> cleanNanos = new ArrayList<>();
      for (ClaimSearcher searcher : List.of(onIncremental, onClean)) {
        searcher.warmUp();
        timeMix(searcher, mix, 20, new ArrayList<>());
      }
      for (int block = 0; block < 10; block++) {
        timeMix(onIncremental, mix, 5, incrementalNanos);
        timeMix(onClean, mix, 5, cleanNanos);
      }
      Latencies onIncrementalIndex = Latencies.of(incrementalNanos);
      Latencies onCleanIndex = Latencies.of(cleanNanos);
      double ratio = onIncrementalIndex.millis(50) / onCleanIndex.millis(50);
      check(
          "search p50 on the incremental index within 10% of a clean index's",
          size != Size.FULL || ratio <= 1.1,
          String.format(
              Locale.ROOT,
              "%d searches each: p50 %.2f ms against %.2f ms clean (%.2fx), p99 %.1f against %.1f"
                  + " ms%s",
              onIncrementalIndex.count(),
              onIncrementalIndex.millis(50),
              onCleanIndex.millis(50),
              ratio,
              onIncrementalIndex.millis(99),
              onCleanIndex.millis(99),
              size == Size.FULL ? "" : " (a timing: checked at the full size only)"));
    }
  }

  private static void timeMix(
      ClaimSearcher searcher, List<BenchQuery> mix, int times, List<Long> nanos)
      throws IOException {
    for (int i = 0; i < times; i++) {
      for (BenchQuery query : mix) {
        long start = System.nanoTime();
        try {
          searcher.search(query.request());
        } catch (dev.pincite.search.BadQueryException e) {
          throw new IOException("a benchmark query was refused: " + query.query(), e);
        }
        nanos.add(System.nanoTime() - start);
      }
    }
  }

  // --- helpers ---------------------------------------------------------------------------------

  /** Appends a sentence to some files, as an edit would. */
  private void touch(Path corpus, int files) throws IOException {
    List<Path> html;
    try (Stream<Path> all = Files.walk(corpus)) {
      html = all.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
    for (int i = 0; i < files && !html.isEmpty(); i++) {
      Path file = html.get(random.nextInt(html.size()));
      String text = Files.readString(file, StandardCharsets.UTF_8);
      String edit =
          "<p>An editor added sentence number " + random.nextInt(1_000_000) + " here.</p></body>";
      Files.writeString(file, text.replaceFirst("</body>", edit), StandardCharsets.UTF_8);
    }
  }

  private static boolean checkIndex(Path index) throws IOException {
    try (Directory dir = FSDirectory.open(index)) {
      if (!DirectoryReader.indexExists(dir)) {
        return true; // killed before the first commit: nothing to break
      }
      try (CheckIndex check = new CheckIndex(dir)) {
        check.setLevel(CheckIndex.Level.MIN_LEVEL_FOR_CHECKSUM_CHECKS);
        return check.checkIndex().clean;
      }
    }
  }

  /** Claims and documents an index holds. */
  private static long[] counts(Path index) throws IOException {
    try (Directory dir = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      return new long[] {
        searcher.count(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_CLAIM))),
        searcher.count(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_DOCUMENT)))
      };
    }
  }

  private static double deletedShare(Path index) throws IOException {
    try (Directory dir = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      return reader.maxDoc() == 0 ? 0 : 1 - (double) reader.numDocs() / reader.maxDoc();
    }
  }

  private static long bytes(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      long total = 0;
      for (Path f : files.toList()) {
        total += Files.size(f);
      }
      return total;
    }
  }

  /** The last lines of a log, joined, or what went wrong reading it. */
  private static String lastLines(Path log, int n) {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join(" | ", lines.subList(Math.max(0, lines.size() - n), lines.size()));
    } catch (IOException e) {
      return "(" + log + " unreadable: " + e.getMessage() + ")";
    }
  }

  private ProcessBuilder child(List<String> args) {
    return child(args, null, false);
  }

  /** A {@code pincite} command in a JVM of its own, on this one's class path. */
  private ProcessBuilder child(List<String> args, String heap, boolean asNobody) {
    List<String> command = new ArrayList<>();
    if (asNobody) {
      command.addAll(
          List.of("setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", "--"));
    }
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    if (heap != null) {
      command.add(heap);
    }
    command.add("--enable-native-access=ALL-UNNAMED");
    command.addAll(
        List.of(
            "-cp",
            asNobody ? nobodysClassPath : System.getProperty("java.class.path"),
            "dev.pincite.cli.PinciteCommand"));
    command.addAll(args);
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD);
  }

  private static void require(int exit, String what) throws IOException {
    if (exit != 0 && exit != 3) {
      throw new IOException(what + " failed with exit " + exit);
    }
  }

  private static String firstLine(String text, String containing) {
    return text.lines()
        .filter(l -> l.toLowerCase(Locale.ROOT).contains(containing.toLowerCase(Locale.ROOT)))
        .map(String::strip)
        .findFirst()
        .orElse("not said");
  }

  private static String indent(String text) {
    return text.lines()
        .filter(l -> !l.startsWith("WARNING:"))
        .map(l -> "    | " + l)
        .reduce((a, b) -> a + "\n" + b)
        .orElse("");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void awaitUp(HttpClient http, int port) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline) {
      try {
        http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/search?q=a"))
                .build(),
            HttpResponse.BodyHandlers.discarding());
        return;
      } catch (IOException e) {
        Thread.sleep(250);
      }
    }
    throw new IOException("the server did not start within 120 s");
  }
}
