package dev.pincite.web;

import static org.junit.jupiter.api.Assertions.*;

import dev.pincite.search.ClaimSearcher;
import dev.pincite.search.SearchAbandonedException;
import dev.pincite.search.SearchBackend;
import dev.pincite.search.SearchRequest;
import io.javalin.Javalin;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, through the whole server: a search whose client closes its connection stops instead of
 * running on, and the next request on the same server is answered as usual. The real app serves a
 * real archive; one query, {@value #SLOW}, stands in for a costly search: it runs up to 20 s,
 * asking every 10 ms whether it is still wanted through what the app gave the backend ({@link
 * SearchBackend#abandonSearchesWhen}), as a {@link ClaimSearcher}'s deadline checks do. What is
 * tested is the app's part: that each request hands the backend its client's presence, and that the
 * abandoned search ends its request.
 */
class ClientGoneTest {

  private static final String SLOW = "slowquery";

  @TempDir Path tmp;

  @Test
  void aSearchWhoseClientHasGoneStopsAndTheServerAnswersTheNext() throws Exception {
    CompletableFuture<Long> stoppedAfterMillis = new CompletableFuture<>();
    try (TestArchive archive = TestArchive.start(tmp, Map.of(), 10);
        ClaimSearcher searcher = ClaimSearcher.open(archive.index())) {
      SearchBackend backend = slowOn(SLOW, searcher, stoppedAfterMillis);
      Javalin app =
          PinciteApp.create(backend, new WebConfig(null, 10, Duration.ZERO)).start("127.0.0.1", 0);
      try {
        try (Socket socket = new Socket("127.0.0.1", app.port())) {
          socket
              .getOutputStream()
              .write(
                  ("GET /api/search?q=" + SLOW + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                      .getBytes(StandardCharsets.US_ASCII));
          Thread.sleep(300);
        }
        long stopped = stoppedAfterMillis.get(30, TimeUnit.SECONDS);
        assertTrue(stopped >= 0, "the search ran its 20 s to the end");
        assertTrue(stopped < 5_000, stopped + " ms");

        HttpResponse<String> next =
            HttpClient.newHttpClient()
                .send(
                    HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + app.port() + "/api/search?q=gizmo"))
                        .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, next.statusCode(), next.body());
        assertTrue(next.body().contains("gizmo"), next.body());
      } finally {
        app.stop();
      }
    }
  }

  /**
   * The searcher, except that a search for {@code slow} runs until its client has gone (completing
   * {@code stopped} with how long it ran) or for 20 s (completing it with -1).
   */
  private static SearchBackend slowOn(
      String slow, SearchBackend searcher, CompletableFuture<Long> stopped) {
    ThreadLocal<BooleanSupplier> gone = new ThreadLocal<>();
    return (SearchBackend)
        Proxy.newProxyInstance(
            SearchBackend.class.getClassLoader(),
            new Class<?>[] {SearchBackend.class},
            (proxy, method, args) -> {
              if (method.getName().equals("abandonSearchesWhen")) {
                gone.set((BooleanSupplier) args[0]);
              } else if (method.getName().equals("search")
                  && args[0] instanceof SearchRequest request
                  && slow.equals(request.query())) {
                runUntilGone(gone.get(), stopped);
              }
              try {
                return method.invoke(searcher, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  private static void runUntilGone(BooleanSupplier gone, CompletableFuture<Long> stopped)
      throws InterruptedException {
    long start = System.nanoTime();
    long end = start + TimeUnit.SECONDS.toNanos(20);
    while (System.nanoTime() < end) {
      if (gone != null && gone.getAsBoolean()) {
        stopped.complete((System.nanoTime() - start) / 1_000_000);
        throw new SearchAbandonedException();
      }
      Thread.sleep(10);
    }
    stopped.complete(-1L);
  }
}
