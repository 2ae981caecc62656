package dev.pincite.web;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pincite.search.ClaimSearcher;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18: a search over its time budget is answered with a clear 503 (and {@code Retry-After}),
 * never a partial answer or a 500. The budget here is a nanosecond, so every search exceeds it
 * without the test depending on how fast the machine is.
 */
class SearchBudgetTest {

  @TempDir Path tmp;

  @Test
  void aSearchOverItsBudgetIsA503WithRetryAfter() throws Exception {
    try (TestArchive archive = TestArchive.start(tmp, Map.of(), 10);
        ClaimSearcher hurried = ClaimSearcher.open(archive.index(), Duration.ofNanos(1))) {
      Javalin app =
          PinciteApp.create(hurried, new WebConfig(null, 10, Duration.ZERO)).start("127.0.0.1", 0);
      try {
        HttpClient http = HttpClient.newHttpClient();
        for (String path : new String[] {"/api/search?q=gizmo", "/?q=gizmo"}) {
          HttpResponse<String> response =
              http.send(
                  HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                      .build(),
                  HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
          assertEquals(503, response.statusCode(), path + ": " + response.body());
          assertTrue(response.headers().firstValue("Retry-After").isPresent(), path);
          if (path.startsWith("/api/")) {
            JsonNode body = new ObjectMapper().readTree(response.body());
            assertTrue(body.get("message").asText().contains("time budget"), response.body());
          }
        }
      } finally {
        app.stop();
      }
    }
  }
}
