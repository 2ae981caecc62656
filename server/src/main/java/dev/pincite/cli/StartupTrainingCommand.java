package dev.pincite.cli;

import dev.pincite.cite.CitationStyle;
import dev.pincite.index.DocumentInfo;
import dev.pincite.index.Reindexer;
import dev.pincite.index.StoredClaim;
import dev.pincite.search.BadQueryException;
import dev.pincite.search.ClaimSearcher;
import dev.pincite.search.SearchRequest;
import dev.pincite.search.SearchResult;
import dev.pincite.web.PinciteApp;
import dev.pincite.web.WebConfig;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code pincite train-startup}: the training run of the JDK's ahead-of-time cache, which {@code
 * bin/pincite} makes once per build on JDK 25 or newer ({@code -XX:AOTCacheOutput}). It does what a
 * first session does, on the bundled corpus in a temporary folder: indexes it, serves it on a free
 * loopback port, asks for the search page, the JSON API with and without a filter, completions, a
 * claim page and every citation format, a document page and a speaker page, and stops. The JVM
 * records the classes this loaded and links and the profile of the code it ran; later starts map
 * them from the cache instead of loading, verifying and interpreting them again. Hidden from the
 * usage: nobody needs to run it by hand.
 *
 * <p>Before that it reindexes the labelled documents of {@code gold/docs} (when the Pincite home
 * holds them) into a folder it throws away, so that the profile covers what a first reindex runs.
 *
 * <p>Exits with 1 when a request fails, so the launcher drops a cache trained on a broken build.
 */
@Command(
    name = "train-startup",
    hidden = true,
    mixinStandardHelpOptions = true,
    description = "Training run for the JDK's start-up cache (bin/pincite runs it once per build).")
public final class StartupTrainingCommand implements Callable<Integer> {

  @Mixin CorpusOption corpus;

  @Option(
      names = "--rounds",
      defaultValue = "20",
      description =
          "Times every request is sent: enough for the JIT's profile to see hot code as hot"
              + " (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(
      names = "--profile-docs",
      defaultValue = "${sys:pincite.home:-.}/gold/docs",
      description =
          "Documents reindexed first, for the JIT's profile of a reindex only; skipped when the"
              + " folder is missing (default: ${DEFAULT-VALUE}).")
  Path profileDocs;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    Path work = Files.createTempDirectory("pincite-training");
    try {
      profileReindex(work.resolve("profile-index"));
      Path index = work.resolve("index");
      new Reindexer(corpus.dir(), index, Reindexer.Options.defaults().withFull(true)).run();
      try (ClaimSearcher searcher = ClaimSearcher.open(index)) {
        List<String> paths = paths(searcher);
        Javalin app = PinciteApp.create(searcher, WebConfig.defaults());
        app.start("127.0.0.1", 0);
        try {
          return exercise("http://127.0.0.1:" + app.port(), paths, rounds, err);
        } finally {
          app.stop();
        }
      }
    } finally {
      delete(work);
    }
  }

  /**
   * Reindexes the profile documents into a folder of their own, thrown away with the rest. The
   * cache keeps the profile of the code this run ran (JEP 515), and the bundled corpus's five files
   * run only part of claim extraction's rules: a first reindex then spent its first seconds
   * interpreting and profiling the rest. The labelled documents of {@code gold/docs} (53 of them:
   * HTML, Markdown and text, of the kinds the rules were written for) run far more of them.
   */
  private void profileReindex(Path index) throws IOException {
    if (Files.isDirectory(profileDocs)) {
      new Reindexer(profileDocs, index, Reindexer.Options.defaults().withFull(true)).run();
    }
  }

  /** The pages and API calls a first session makes, built from what the index holds. */
  private static List<String> paths(ClaimSearcher searcher) throws IOException {
    List<String> paths = new ArrayList<>(List.of("/", "/static/pincite.js", "/static/pincite.css"));
    SearchResult landing;
    try {
      landing = searcher.search(SearchRequest.of(""));
    } catch (BadQueryException e) {
      throw new IllegalStateException("the empty query is always valid", e);
    }
    paths.add("/api/search");
    if (landing.hits().isEmpty()) {
      return paths;
    }
    StoredClaim first = landing.hits().getFirst().stored();
    String word = longestWord(first.claim().text());
    String q = encode(word);
    paths.addAll(
        List.of(
            "/?q=" + q,
            "/api/search?q=" + q,
            "/api/search?q=" + q + "+OR+" + encode(longestWord(titleOrPath(first.document()))),
            "/api/search?q=%22" + q + "%22&sort=date",
            "/api/complete?q=" + encode(word.substring(0, Math.min(3, word.length()))),
            "/claims/" + first.claim().id(),
            "/api/claims/" + first.claim().id(),
            "/api/claims/" + first.claim().id() + "/cite",
            "/documents/" + first.document().id(),
            "/api/documents/" + first.document().id(),
            "/claims/no-such-claim"));
    for (SearchResult.FacetResult facet : landing.facets()) {
      if (!facet.values().isEmpty()) {
        String value = encode(facet.values().getFirst().value());
        paths.add("/api/search?q=" + q + "&f." + facet.dimension() + "=" + value);
        paths.add("/?f." + facet.dimension() + "=" + value);
      }
    }
    if (first.claim().speaker() != null) {
      paths.add("/speakers/" + encode(first.claim().speaker()).replace("+", "%20"));
    }
    for (CitationStyle style : CitationStyle.values()) {
      paths.add(
          "/api/claims/" + first.claim().id() + "/cite?style=" + style.urlName() + "&format=text");
    }
    return paths;
  }

  private static int exercise(String base, List<String> paths, int rounds, PrintWriter err)
      throws IOException, InterruptedException {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    int failures = 0;
    for (int round = 0; round < rounds; round++) {
      for (String path : paths) {
        HttpResponse<byte[]> response =
            client.send(
                HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        boolean expected =
            path.startsWith("/claims/no-such")
                ? response.statusCode() == 404
                : response.statusCode() == 200;
        if (!expected) {
          failures++;
          err.println("train-startup: " + path + " answered " + response.statusCode());
        }
      }
    }
    return failures == 0 ? 0 : 1;
  }

  /** Plain-text files and pages without a headline have no title; their path still has words. */
  private static String titleOrPath(DocumentInfo document) {
    return document.title() == null ? document.path() : document.title();
  }

  private static String longestWord(String text) {
    String word = ClaimSearcher.searchableWord(text);
    return word.isEmpty() ? "claim" : word;
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
