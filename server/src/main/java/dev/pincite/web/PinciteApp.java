package dev.pincite.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pincite.search.SearchBackend;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the Pincite web app over a claim index: the search, claim, document and speaker pages, the
 * Memo and "what's new" pages, the JSON API (versioned under {@code /api/v1/} and described by
 * {@code /api/openapi.json}; the first, unversioned paths keep their shapes), the OpenSearch
 * description and the static assets. The app comes back configured but not started, so a test can
 * start it on a free port and {@code serve} on the configured one.
 *
 * <p>Every response forbids scripts and styles from anywhere but the archive itself (a Content
 * Security Policy with no inline script), a second guard behind template escaping against hostile
 * corpus text.
 */
public final class PinciteApp {

  private static final Logger LOG = LoggerFactory.getLogger(PinciteApp.class);
  private static final String JETTY_REFERENCES_PER_CACHE_LINE =
      "org.eclipse.jetty.util.referencesPerCacheLine";
  private static final String JETTY_CACHE_LINE_BYTES = "org.eclipse.jetty.util.cacheLineBytes";
  private static final long COMPRESSED_OOPS_HEAP_LIMIT = 32L << 30;

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  /** The headers of every response, Jetty's own error pages included ({@link JettyErrorPages}). */
  static final Map<String, String> SECURITY_HEADERS =
      Map.of(
          "Content-Security-Policy", CONTENT_SECURITY_POLICY,
          "X-Content-Type-Options", "nosniff",
          "Referrer-Policy", "no-referrer");

  private PinciteApp() {}

  /**
   * @param searcher the index to serve; the app does not close it
   * @param config page size, base URL and refresh interval
   * @return the configured app, not started
   */
  public static Javalin create(SearchBackend searcher, WebConfig config) {
    return create(searcher, config, null);
  }

  /**
   * @param searcher the index to serve; the app does not close it
   * @param config page size, base URL and refresh interval
   * @param accessLog receives a line per answered request ({@code GET /claims/abc 200 3 ms}), on
   *     the request's thread; null for none
   * @return the configured app, not started
   */
  public static Javalin create(
      SearchBackend searcher, WebConfig config, Consumer<String> accessLog) {
    return create(searcher, config, accessLog, null);
  }

  /**
   * @param searcher the index to serve; the app does not close it
   * @param config page size, base URL and refresh interval
   * @param accessLog receives a line per answered request, or null for none
   * @param registryDir the corpus's registry folder, which the names page checks names against;
   *     null to list every name there
   * @return the configured app, not started
   */
  public static Javalin create(
      SearchBackend searcher, WebConfig config, Consumer<String> accessLog, Path registryDir) {
    tellJettyTheReferenceSize();
    Citations citations = new Citations(config.baseUrl());
    warmUp(searcher, citations);
    Pages pages = new Pages();
    SearchHandler search = new SearchHandler(searcher, pages, citations, config.pageSize());
    ClaimHandler claims = new ClaimHandler(searcher, pages, citations);
    ApiV1Handler api = new ApiV1Handler(searcher, claims, citations, config.pageSize());
    DocumentHandler documents = new DocumentHandler(searcher, pages);
    SpeakerHandler speakers = new SpeakerHandler(searcher, pages);
    NamesHandler names = new NamesHandler(searcher, pages, registryDir);
    MemoHandler memos = new MemoHandler(searcher, pages, citations);
    WhatsNewHandler whatsNew = new WhatsNewHandler(searcher, pages);
    DebateHandler debate = new DebateHandler(searcher, pages);
    Refresher refresher = new Refresher(searcher, config.refreshInterval().toNanos());
    ErrorMapping errors = new ErrorMapping(pages);
    HostCheck hosts = new HostCheck(config.baseUrl(), config.hosts());
    return Javalin.create(
        cfg -> {
          cfg.startup.showJavalinBanner = false;
          cfg.jsonMapper(new JavalinJackson(new ObjectMapper(), false));
          // A known path asked with another method is a 405, not a 404.
          cfg.http.prefer405over404 = true;
          cfg.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrorPages()));
          if (accessLog != null) {
            cfg.requestLogger.http((ctx, ms) -> accessLog.accept(accessLine(ctx, ms)));
          }
          cfg.staticFiles.add(
              files -> {
                files.hostedPath = "/static";
                files.directory = "/public";
                files.location = Location.CLASSPATH;
                files.headers = Map.of("Cache-Control", "max-age=300");
              });
          RoutesConfig routes = cfg.routes;
          routes.before(PinciteApp::securityHeaders);
          routes.before(hosts::check);
          routes.before(ctx -> refresher.maybeRefresh());
          // A search whose client has gone stops (SearchAbandonedException) instead of running on.
          routes.before(ctx -> searcher.abandonSearchesWhen(ClientPresence.of(ctx)));
          routes.after(ctx -> searcher.abandonSearchesWhen(null));
          routes.before("/api/*", PinciteApp::allowAnyOrigin);
          get(routes, "/", search::page);
          get(routes, "/opensearch.xml", search::openSearch);
          get(routes, "/claims/{id}", claims::page);
          get(routes, "/documents/{id}", documents::page);
          get(routes, "/speakers/{name}", speakers::page);
          get(routes, "/names", names::page);
          get(routes, "/memo", memos::form);
          routes.post("/memo", memos::check);
          routes.post("/api/memo", memos::api);
          get(routes, "/whats-new", whatsNew::page);
          get(routes, "/api/whats-new", whatsNew::api);
          get(routes, "/contested", debate::contested);
          get(routes, "/debate", debate::forAgainst);
          get(routes, "/api/search", search::api);
          get(routes, "/api/complete", search::complete);
          get(routes, "/api/claims/{id}", claims::api);
          get(routes, "/api/claims/{id}/former", claims::former);
          get(routes, "/api/claims/{id}/answers", claims::answers);
          get(routes, "/api/claims/{id}/cite", claims::cite);
          get(routes, "/api/documents/{id}", documents::api);
          // The versioned API; the paths above keep their first shapes for existing clients.
          get(routes, "/api/openapi.json", api::openApi);
          get(routes, "/api/v1/search", api::search);
          get(routes, "/api/v1/complete", search::complete);
          get(routes, "/api/v1/claims/{id}", api::claim);
          get(routes, "/api/v1/claims/{id}/former", api::former);
          get(routes, "/api/v1/claims/{id}/cite", api::cite);
          get(routes, "/api/v1/documents/{id}", api::document);
          errors.register(routes);
        });
  }

  /**
   * A GET route, and HEAD on the same path: the same status and headers, no body (Jetty drops it).
   */
  private static void get(RoutesConfig routes, String path, Handler handler) {
    routes.get(path, handler);
    routes.head(path, handler);
  }

  /**
   * Warms the app up in a background thread while the server is being built and started: first a
   * few searches (a cold JVM spends half a second on the first one), then the CSL styles (a second
   * or two, needed only by claim pages). Start-up to the first answer is a performance target; on
   * two cores this overlaps the searches with building Javalin instead of making the first person
   * wait for both.
   */
  private static void warmUp(SearchBackend searcher, Citations citations) {
    Thread.ofPlatform()
        .name("pincite-warm-up")
        .daemon()
        .start(
            () -> {
              try {
                searcher.warmUp();
              } catch (IOException | RuntimeException e) {
                // The index may be closed under the warm-up (a test, a quick stop): only a warm-up.
                LOG.debug("search warm-up stopped", e);
              }
              try {
                citations.loadStyles();
              } catch (RuntimeException e) {
                // A claim page loads them again and reports the failure to its reader.
                LOG.warn("could not load the CSL styles", e);
              }
            });
  }

  /**
   * Jetty pads its contended arrays to a cache line and, unless told how many references fit in
   * one, asks the HotSpot diagnostic MBean whether references are compressed: starting the platform
   * MBean server for that one answer took 0.3 s of serve's start-up. The JVM compresses them by
   * default below 32 GB of heap, which is what this tells Jetty; the figure only sizes the padding,
   * and a value set on the command line wins.
   */
  private static void tellJettyTheReferenceSize() {
    if (System.getProperty(JETTY_REFERENCES_PER_CACHE_LINE) != null) {
      return;
    }
    int cacheLineBytes = Integer.getInteger(JETTY_CACHE_LINE_BYTES, 64);
    int referenceBytes = Runtime.getRuntime().maxMemory() < COMPRESSED_OOPS_HEAP_LIMIT ? 4 : 8;
    System.setProperty(
        JETTY_REFERENCES_PER_CACHE_LINE,
        String.valueOf(Math.max(1, cacheLineBytes / referenceBytes)));
  }

  /** One access log line: method, path (without the query), status and whole milliseconds. */
  static String accessLine(Context ctx, Float ms) {
    return String.format(
        Locale.ROOT,
        "%s %s %d %d ms",
        ctx.method(),
        ctx.path(),
        ctx.statusCode(),
        Math.round(ms == null ? 0 : ms));
  }

  /**
   * The API may be read from any web page: it is a read-only archive (GET and HEAD only, no
   * cookies, no credentials, nothing that changes state), so letting another origin's script read
   * an answer exposes nothing that a plain request from that script's server could not fetch.
   */
  private static void allowAnyOrigin(Context ctx) {
    ctx.header("Access-Control-Allow-Origin", "*");
  }

  private static void securityHeaders(Context ctx) {
    SECURITY_HEADERS.forEach(ctx::header);
  }

  /**
   * Makes the searcher look for a newer index commit (a reindex in another process) at most once
   * per interval, on the request thread: cheap when nothing changed, and no thread to manage.
   */
  private static final class Refresher {
    private final SearchBackend searcher;
    private final long intervalNanos;
    private final AtomicLong last = new AtomicLong(System.nanoTime());

    Refresher(SearchBackend searcher, long intervalNanos) {
      this.searcher = searcher;
      this.intervalNanos = intervalNanos;
    }

    void maybeRefresh() {
      long now = System.nanoTime();
      long previous = last.get();
      if (now - previous < intervalNanos || !last.compareAndSet(previous, now)) {
        return;
      }
      try {
        searcher.refresh();
      } catch (IOException e) {
        // Keep serving the index we have; the next interval tries again.
        LOG.warn("could not refresh the index", e);
      }
    }
  }
}
