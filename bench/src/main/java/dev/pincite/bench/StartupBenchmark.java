package dev.pincite.bench;

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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cold start: {@code pincite serve} in a child JVM with a capped heap, started as {@code
 * bin/pincite} starts it, timed from process start to the first {@code /api/search} answer; then
 * the heap in use after a full GC ({@code jcmd GC.heap_info}), and the whole query mix once against
 * the child, to show the capped heap serves it. The launcher passes its JDK AOT cache in the system
 * property {@value #AOT_CACHE_PROPERTY} (JDK 25+); the child then maps the same cache, and a second
 * child without it shows what the cache gains; a third child is started through {@code bin/pincite
 * serve} itself, so that the figure a person sees (the launcher's JDK and build checks included) is
 * measured too. Children are stopped at the end, whatever happens.
 */
final class StartupBenchmark {

  /** The system property in which {@code bin/pincite} passes the AOT cache it started with. */
  static final String AOT_CACHE_PROPERTY = "pincite.aotCache";

  /**
   * What the start-up benchmark measured.
   *
   * @param firstAnswerSeconds process start to the first 200 from {@code /api/search}, as the
   *     launcher starts {@code serve}
   * @param heapUsedMb heap in use after a full GC once the index is open and has answered, or -1
   *     when {@code jcmd} could not tell
   * @param maxHeap the {@code -Xmx} the child ran with
   * @param mixErrors failed requests of the query mix against the child
   * @param withoutCacheSeconds the same start-up without the launcher's AOT cache, or -1 when the
   *     launcher started without one (JDK older than 25, or {@code PINCITE_AOT=0})
   * @param throughLauncherSeconds the same start-up as {@code bin/pincite serve}, from the launcher
   *     script's start, or -1 when the benchmark was not started from a checkout with {@code
   *     bin/pincite}
   */
  record Figures(
      double firstAnswerSeconds,
      double heapUsedMb,
      String maxHeap,
      long mixErrors,
      double withoutCacheSeconds,
      double throughLauncherSeconds) {}

  private static final Pattern USED = Pattern.compile("used (\\d+)K");

  private final String maxHeap;
  private final PrintWriter progress;

  StartupBenchmark(String maxHeap, PrintWriter progress) {
    this.maxHeap = maxHeap;
    this.progress = progress;
  }

  Figures run(Path indexDir, Path work, List<BenchQuery> mix)
      throws IOException, InterruptedException {
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    List<String> cache = launcherCacheOptions();
    progress.println(
        "  startup: serve in a child JVM with -Xmx"
            + maxHeap
            + (cache.isEmpty() ? ", no AOT cache" : ", the launcher's AOT cache"));
    Child launched = start(indexDir, work, cache);
    double firstAnswer;
    double heap;
    long errors = 0;
    try {
      firstAnswer = launched.firstAnswer(client, mix.get(0));
      heap = heapUsedMb(launched.process().pid());
      for (BenchQuery q : mix) {
        if (get(client, launched.base() + q.path()) != 200) {
          errors++;
        }
      }
    } finally {
      launched.stop();
    }
    double withoutCache = -1;
    if (!cache.isEmpty()) {
      progress.println("  startup: the same without the AOT cache");
      Child plain = start(indexDir, work, List.of());
      try {
        withoutCache = plain.firstAnswer(client, mix.get(0));
      } finally {
        plain.stop();
      }
    }
    double throughLauncher = -1;
    Path launcher = launcher();
    if (launcher != null) {
      progress.println("  startup: the same through " + launcher);
      Child script = startThroughLauncher(launcher, indexDir, work);
      try {
        throughLauncher = script.firstAnswer(client, mix.get(0));
      } finally {
        script.stop();
      }
    }
    return new Figures(firstAnswer, heap, maxHeap, errors, withoutCache, throughLauncher);
  }

  /** {@code bin/pincite} of the checkout the benchmark runs from, or null outside one. */
  private static Path launcher() {
    String home = System.getProperty("pincite.home");
    if (home == null) {
      return null;
    }
    Path script = Path.of(home, "bin", "pincite");
    return Files.isExecutable(script) ? script : null;
  }

  /**
   * {@code bin/pincite serve} with the benchmark's heap cap; the launcher finds the JDK, checks the
   * build and its AOT cache (both current, as the benchmark itself was started by it) and execs the
   * JVM, so the child process is the server.
   */
  private Child startThroughLauncher(Path launcher, Path indexDir, Path work) throws IOException {
    int port = freePort();
    List<String> command = new ArrayList<>(List.of(launcher.toString()));
    command.addAll(serveArguments(port, indexDir, work));
    return launch(command, "-Xmx" + maxHeap, port, work.resolve("serve-launcher.log"));
  }

  /** The JVM options with which the launcher maps its AOT cache, or none when it has none. */
  private static List<String> launcherCacheOptions() {
    String cache = System.getProperty(AOT_CACHE_PROPERTY);
    if (cache == null || !Files.isRegularFile(Path.of(cache))) {
      return List.of();
    }
    return List.of("-XX:AOTCache=" + cache, "-Xlog:aot=off", "-Xlog:cds=off");
  }

  /** A running child {@code serve}. */
  private record Child(Process process, String base, long startNanos, Path log) {

    double firstAnswer(HttpClient client, BenchQuery first)
        throws IOException, InterruptedException {
      return StartupBenchmark.firstAnswer(client, base + first.path(), process, startNanos, log);
    }

    void stop() throws InterruptedException {
      process.destroy();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }

  private Child start(Path indexDir, Path work, List<String> jvmOptions) throws IOException {
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(javaExecutable());
    command.add("-Xmx" + maxHeap);
    // As bin/pincite starts it.
    command.add("--enable-native-access=ALL-UNNAMED");
    command.addAll(jvmOptions);
    command.addAll(
        List.of("-cp", System.getProperty("java.class.path"), "dev.pincite.cli.PinciteCommand"));
    command.addAll(serveArguments(port, indexDir, work));
    return launch(command, null, port, work.resolve("serve-child.log"));
  }

  private static List<String> serveArguments(int port, Path indexDir, Path work) {
    return List.of(
        "serve",
        "--port",
        String.valueOf(port),
        "--index",
        indexDir.toString(),
        "--corpus",
        work.resolve("no-corpus").toString());
  }

  /**
   * Starts a child serving on the port, its output in the log, timed from here.
   *
   * @param launcherJavaOptions {@code PINCITE_JAVA_OPTS} for a child started by the launcher, or
   *     null to leave the environment as it is
   */
  private static Child launch(List<String> command, String launcherJavaOptions, int port, Path log)
      throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    if (launcherJavaOptions != null) {
      builder.environment().put("PINCITE_JAVA_OPTS", launcherJavaOptions);
    }
    long start = System.nanoTime();
    Process child = builder.start();
    return new Child(child, "http://127.0.0.1:" + port, start, log);
  }

  private static double firstAnswer(
      HttpClient client, String url, Process child, long start, Path log)
      throws IOException, InterruptedException {
    long deadline = start + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline) {
      if (!child.isAlive()) {
        throw new IOException(
            "serve exited with "
                + child.exitValue()
                + ": "
                + Files.readString(log, StandardCharsets.UTF_8));
      }
      if (get(client, url) == 200) {
        return (System.nanoTime() - start) / 1e9;
      }
      Thread.sleep(5);
    }
    throw new IOException("serve did not answer within 120 s; see " + log);
  }

  private static int get(HttpClient client, String url) throws InterruptedException {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build();
      return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return -1; // not listening yet
    }
  }

  /** Heap in use after a full GC, from {@code jcmd}, in MB; -1 when jcmd is not available. */
  private double heapUsedMb(long pid) throws InterruptedException {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    if (!Files.isExecutable(jcmd)) {
      return -1;
    }
    try {
      run(jcmd.toString(), String.valueOf(pid), "GC.run");
      String info = run(jcmd.toString(), String.valueOf(pid), "GC.heap_info");
      long kb = 0;
      for (String line : info.split("\\R")) {
        if (line.contains("Metaspace") || line.contains("class space")) {
          continue;
        }
        Matcher m = USED.matcher(line);
        if (m.find()) {
          kb += Long.parseLong(m.group(1));
        }
      }
      return kb == 0 ? -1 : kb / 1024.0;
    } catch (IOException e) {
      progress.println("  startup: jcmd failed: " + e.getMessage());
      return -1;
    }
  }

  private static String run(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IOException(String.join(" ", command) + " failed: " + out);
    }
    return out;
  }

  private static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
