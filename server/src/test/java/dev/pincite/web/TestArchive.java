package dev.pincite.web;

import dev.pincite.index.Reindexer;
import dev.pincite.search.ClaimSearcher;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * A small corpus written by the test (HTML, Markdown and plain text, with a registry), reindexed
 * into a temporary folder and served by the real app on a free loopback port.
 */
final class TestArchive implements AutoCloseable {

  /** Sentences containing "gizmo", the keyword the tests search for. */
  static final int GIZMO_SENTENCES = 8;

  private final ClaimSearcher searcher;
  private final Javalin app;
  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private final Path corpus;
  private final Path index;

  private TestArchive(ClaimSearcher searcher, Javalin app, Path corpus, Path index) {
    this.searcher = searcher;
    this.app = app;
    this.corpus = corpus;
    this.index = index;
  }

  /** The corpus folder, to edit files before a {@link #reindex()}. */
  Path corpus() {
    return corpus;
  }

  /** The index folder, to open another searcher or app over the same index. */
  Path index() {
    return index;
  }

  /** Reindexes the corpus incrementally, as {@code pincite reindex} in another process would. */
  void reindex() throws IOException {
    new Reindexer(corpus, index, Reindexer.Options.defaults()).run();
  }

  /**
   * Reindexes the corpus incrementally as if it were another moment: claims it adds are first
   * indexed then.
   */
  void reindexAt(Instant now) throws IOException {
    new Reindexer(
            corpus, index, Reindexer.Options.defaults().withClock(Clock.fixed(now, ZoneOffset.UTC)))
        .run();
  }

  /**
   * Writes the corpus, indexes it and starts the server.
   *
   * @param root an empty temporary folder
   * @param files corpus files (path relative to the corpus → content) written besides the standard
   *     ones
   * @param pageSize hits per page
   */
  static TestArchive start(Path root, Map<String, String> files, int pageSize) throws IOException {
    Path corpus = root.resolve("corpus");
    Path index = root.resolve("index");
    writeStandardCorpus(corpus);
    for (Map.Entry<String, String> file : files.entrySet()) {
      write(corpus.resolve(file.getKey()), file.getValue());
    }
    new Reindexer(corpus, index, Reindexer.Options.defaults().withFull(true)).run();
    ClaimSearcher searcher = ClaimSearcher.open(index);
    Javalin app =
        PinciteApp.create(
                searcher,
                new WebConfig(null, pageSize, Duration.ZERO),
                null,
                corpus.resolve("registry"))
            .start("127.0.0.1", 0);
    return new TestArchive(searcher, app, corpus, index);
  }

  /** The server's base URL, {@code http://127.0.0.1:PORT}. */
  String base() {
    return "http://127.0.0.1:" + app.port();
  }

  /** GETs a path (with its query string, already encoded) from the server. */
  HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base() + pathAndQuery))
            .timeout(Duration.ofSeconds(30))
            .GET()
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** POSTs a body of a content type to a path. */
  HttpResponse<String> post(String path, String contentType, String body)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base() + path))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** The searcher the server serves, to look claims up as the test's oracle. */
  ClaimSearcher searcher() {
    return searcher;
  }

  @Override
  public void close() throws IOException {
    app.stop();
    searcher.close();
  }

  private static void writeStandardCorpus(Path corpus) throws IOException {
    write(
        corpus.resolve("registry/people.tsv"),
        """
        # Test people: canonical name, aliases, affiliation
        Alice Mercer\t\tLedger Weekly
        Bruno Castell\t\t
        Carla Ortiz\t\tSignal Notes
        """);
    write(
        corpus.resolve("registry/organisations.tsv"),
        """
        # Test organisations: canonical name, kind, aliases
        Zentro Dynamics\tcompany\tZentro
        Vantor Labs\tcompany\tVantor
        Ledger Weekly\toutlet\t
        Signal Notes\toutlet\t
        """);
    write(
        corpus.resolve("widgets.html"),
        """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8">
        <title>Zentro is overbuilding gizmo capacity</title>
        <meta property="og:site_name" content="Ledger Weekly">
        <meta name="author" content="Nora Quist">
        <meta property="article:published_time" content="2026-05-04">
        <link rel="canonical" href="https://ledger.example/zentro-gizmos">
        </head><body>
        <nav><a href="/">Home</a> <a href="/subscribe">Subscribe</a></nav>
        <article>
        <h1>Zentro is overbuilding gizmo capacity</h1>
        <p>Alice Mercer said that Zentro Dynamics is overbuilding gizmo capacity across three new plants.
        In her view, the gizmo glut will crush margins at Zentro Dynamics by the end of the year.</p>
        <h2>The other side</h2>
        <p>Bruno Castell disagreed with that reading of the order book.
        Castell said that Zentro Dynamics will sell every gizmo it makes because demand is still rising.</p>
        <p>Zentro Dynamics shipped 40,000 units in April.</p>
        <p>Mercer said investors should wait for the next quarterly report before buying Zentro shares.</p>
        </article>
        <footer>Copyright Ledger Weekly. Subscribe for more.</footer>
        </body></html>
        """);
    write(
        corpus.resolve("notes/vantor.md"),
        """
        ---
        title: Gizmo demand is real
        site: Signal Notes
        byline: Carla Ortiz
        published: 2026-06-10
        url: https://signal.example/gizmo-demand
        ---
        # Gizmo demand is real

        Carla Ortiz said Vantor Labs should buy more gizmo inventory before prices rise.

        Ortiz expects gizmo prices to double by next year as Vantor Labs expands its lines.

        Vantor Labs reported revenue of 12 million dollars last quarter, up from 9 million.

        ## Risks

        Bruno Castell said the gizmo shortage is temporary and Vantor Labs is overpaying.

        The debate is not settled.
        """);
    write(
        corpus.resolve("transcript.txt"),
        """
        Weekly gizmo roundup

        July 2, 2026

        Alice Mercer said the widget market is cooling while the gizmo market keeps growing.

        Mercer argued that Zentro Dynamics and Vantor Labs will both cut prices this summer.

        Carla Ortiz said that the gizmo backlog at Vantor Labs now stretches into next spring.

        Bruno Castell warned that Zentro Dynamics is carrying too much debt for a price war.

        Roundup | Plain Dispatch
        """);
  }

  static void write(Path file, String content) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
  }
}
