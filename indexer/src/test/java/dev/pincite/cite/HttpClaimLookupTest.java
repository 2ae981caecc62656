package dev.pincite.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.pincite.cite.CitationCheck.Status;
import dev.pincite.claims.StableIds;
import dev.pincite.index.StoredClaim;
import dev.pincite.ingest.Block;
import dev.pincite.ingest.Paragraph;
import dev.pincite.search.ClaimView;
import dev.pincite.search.DocumentView;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link HttpClaimLookup} against a stub of the server's JSON API, serialised with Jackson. */
@SuppressForbidden(
    reason = "the JDK's own HTTP server stubs the API; the server module is not a dependency")
class HttpClaimLookupTest {

  private final ObjectMapper json = new ObjectMapper();
  private final StoredClaim current =
      Fixtures.claim(2, "Selling compute is not the same as running a cloud at all.", "Jane Roe");
  private final StoredClaim former =
      Fixtures.claim(2, "Selling compute is not the same as operating a cloud at all.", "Jane Roe");
  private HttpServer server;
  private String url;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    String prefix = StableIds.documentPrefix(current.claim().id());
    Paragraph paragraph = new Paragraph(2, null, current.claim().text(), Block.Kind.PARAGRAPH);
    routes(
        Map.of(
            "/api/claims/" + current.claim().id(),
            new ClaimView(current, paragraph, List.of(current), null, List.of()),
            "/api/documents/" + prefix,
            new DocumentView(
                current.document(),
                List.of(Block.paragraph(current.claim().text())),
                List.of(current),
                List.of()),
            "/api/claims/" + former.claim().id() + "/former",
            Map.of("former", former, "closest", current),
            // As the server answers a changed claim's old id: 308 to its successor.
            "/api/claims/" + former.claim().id(),
            "moved"));
    server.start();
    url = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private void routes(Map<String, Object> answers) {
    server.createContext(
        "/",
        exchange -> {
          Object answer = answers.get(exchange.getRequestURI().getPath());
          if (answer == null) {
            send(exchange, 404, "{\"error\":\"not found\"}");
          } else if (answer.equals("boom")) {
            send(exchange, 500, "{}");
          } else if (answer.equals("moved")) {
            exchange.getResponseHeaders().set("Location", "/api/claims/" + current.claim().id());
            send(exchange, 308, json.writeValueAsString(Map.of("former", former)));
          } else {
            send(exchange, 200, json.writeValueAsString(answer));
          }
        });
  }

  private static void send(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void readsClaimsDocumentsAndFormerClaimsFromTheJsonApi() throws IOException {
    HttpClaimLookup lookup = new HttpClaimLookup(url);
    assertEquals(current, lookup.claim(current.claim().id()).orElseThrow());
    assertTrue(lookup.claim(former.claim().id()).isEmpty());
    assertEquals(
        List.of(current), lookup.claimsOfDocument(StableIds.documentPrefix(current.claim().id())));
    assertEquals(former, lookup.formerClaim(former.claim().id()).orElseThrow());
    assertTrue(lookup.formerClaim(current.claim().id()).isEmpty());
  }

  @Test
  void aMemoIsCheckedAgainstTheServerLikeAgainstTheIndex() throws IOException {
    String memo =
        "See [“Selling compute is not the same as operating a cloud at all.”](https://x.example/claims/"
            + former.claim().id()
            + ").\n";
    CitationCheck check = new MemoChecker(new HttpClaimLookup(url)).check(memo).checks().get(0);
    assertEquals(Status.CHANGED, check.status());
    assertEquals(current, check.suggestion().claim());
  }

  @Test
  void aServerErrorIsAnIoExceptionNamingTheUrl() {
    server.removeContext("/");
    routes(Map.of("/api/claims/" + current.claim().id(), "boom"));
    IOException e =
        assertThrows(IOException.class, () -> new HttpClaimLookup(url).claim(current.claim().id()));
    assertTrue(e.getMessage().contains("/api/claims/" + current.claim().id()), e.getMessage());
  }

  @Test
  void rejectsANonHttpServerUrl() {
    assertThrows(IllegalArgumentException.class, () -> new HttpClaimLookup("ftp://example.com"));
  }
}
