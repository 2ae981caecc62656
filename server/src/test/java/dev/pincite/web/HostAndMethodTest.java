package dev.pincite.web;

import static org.junit.jupiter.api.Assertions.*;

import dev.pincite.search.ClaimSearcher;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18: the {@code Host} header is checked against the names the archive knows (DNS rebinding;
 * {@code Host: evil.example} was reflected into citations and OpenSearch), HEAD answers as GET
 * without a body and other methods get 405. Requests are written by hand over a socket, since
 * {@link java.net.http.HttpClient} does not let a test choose the {@code Host} header.
 */
class HostAndMethodTest {

  @TempDir static Path tmp;
  private static TestArchive archive;
  private static int port;

  @BeforeAll
  static void start() throws Exception {
    archive = TestArchive.start(tmp, Map.of(), 10);
    port = URI.create(archive.base()).getPort();
  }

  @AfterAll
  static void stop() throws Exception {
    archive.close();
  }

  @Test
  void anUnknownHostIsRefusedAndNeverReflected() throws Exception {
    for (String path : List.of("/", "/opensearch.xml", "/api/search?q=gizmo", "/claims/x")) {
      Response response = request(port, "GET", path, "evil.example");
      assertEquals(421, response.status(), path + "\n" + response.raw());
      assertFalse(response.raw().contains("evil.example"), response.raw());
      assertTrue(response.header("content-security-policy").contains("default-src"), path);
    }
    assertEquals(421, request(port, "GET", "/", "127.0.0.1.evil.example:" + port).status());
  }

  @Test
  void loopbackNamesAreAnsweredAndCitedAsAsked() throws Exception {
    for (String host : List.of("localhost", "127.0.0.1", "[::1]", "LOCALHOST.")) {
      Response response = request(port, "GET", "/opensearch.xml", host + ":" + port);
      assertEquals(200, response.status(), host + "\n" + response.raw());
    }
    assertTrue(
        request(port, "GET", "/opensearch.xml", "localhost:" + port)
            .body()
            .contains("http://localhost:" + port + "/?q="));
  }

  @Test
  void theBaseUrlsHostIsAnsweredAndCitationsUseOnlyTheBaseUrl() throws Exception {
    WebConfig config = new WebConfig("https://archive.example", 10, Duration.ZERO);
    try (ClaimSearcher searcher = ClaimSearcher.open(archive.index())) {
      Javalin app = PinciteApp.create(searcher, config).start("127.0.0.1", 0);
      try {
        for (String host : List.of("archive.example", "localhost:" + app.port())) {
          Response response = request(app.port(), "GET", "/opensearch.xml", host);
          assertEquals(200, response.status(), host);
          assertTrue(response.body().contains("https://archive.example/?q="), response.body());
          assertFalse(response.body().contains("localhost"), response.body());
        }
        assertEquals(421, request(app.port(), "GET", "/", "evil.example").status());
      } finally {
        app.stop();
      }
    }
  }

  @Test
  void theBoundAddressIsAnsweredAndAWildcardMeansEveryInterface() {
    assertTrue(
        new HostCheck(null, new WebConfig(null, 10, Duration.ZERO).withBindHost("10.1.2.3").hosts())
            .allows("10.1.2.3:7070"));
    List<String> all = new WebConfig(null, 10, Duration.ZERO).withBindHost("0.0.0.0").hosts();
    assertTrue(all.contains("127.0.0.1"), all.toString());
    assertFalse(new HostCheck(null, all).allows("evil.example"));
    assertTrue(WebConfig.isLoopback("127.0.0.1"));
    assertTrue(WebConfig.isLoopback("::1"));
    assertFalse(WebConfig.isLoopback("0.0.0.0"));
  }

  @Test
  void headAnswersLikeGetWithoutABody() throws Exception {
    for (String path : List.of("/", "/api/search?q=gizmo", "/api/documents/x", "/claims/x")) {
      Response get = request(port, "GET", path, "127.0.0.1:" + port);
      Response head = request(port, "HEAD", path, "127.0.0.1:" + port);
      assertEquals(get.status(), head.status(), path);
      assertEquals(get.header("content-type"), head.header("content-type"), path);
      assertEquals("", head.body(), path);
      assertFalse(get.body().isEmpty(), path);
    }
  }

  @Test
  void otherMethodsAreNotAllowed() throws Exception {
    for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
      for (String path : List.of("/", "/api/search", "/api/documents/x")) {
        Response response = request(port, method, path, "127.0.0.1:" + port);
        assertEquals(405, response.status(), method + " " + path + "\n" + response.raw());
      }
    }
  }

  @Test
  void jettysOwnErrorPagesCarryTheSecurityHeaders() throws Exception {
    // issue 18: requests refused before any route (bad %, URI or headers too long, bad version)
    String host = "127.0.0.1:" + port;
    Map<Integer, String> requests =
        Map.of(
            400, "GET /%zz HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n",
            414, "GET /" + "a".repeat(70_000) + " HTTP/1.1\r\nHost: " + host + "\r\n\r\n",
            431,
                "GET / HTTP/1.1\r\nHost: "
                    + host
                    + "\r\nX-Big: "
                    + "b".repeat(70_000)
                    + "\r\nConnection: close\r\n\r\n",
            505, "GET / HTTP/9.9\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
    for (Map.Entry<Integer, String> request : requests.entrySet()) {
      Response response = raw(request.getValue());
      assertEquals(request.getKey(), response.status(), response.raw());
      assertTrue(
          response.header("content-security-policy").contains("default-src 'self'"),
          response.raw());
      assertEquals("nosniff", response.header("x-content-type-options"), response.raw());
    }
  }

  @Test
  void malformedAndConnectRequestsAreAnsweredAndClosedPromptly() throws Exception {
    // issue 18: `CONNECT *` was answered at once but its connection held open until Jetty's idle
    // timeout (30 s); a request the archive never serves must not hold a connection either.
    String host = "127.0.0.1:" + port;
    List<String> requests =
        List.of(
            "CONNECT * HTTP/1.1\r\nHost: " + host + "\r\n\r\n",
            "CONNECT 127.0.0.1:80 HTTP/1.1\r\nHost: " + host + "\r\n\r\n",
            "OPTIONS * HTTP/1.1\r\nHost: " + host + "\r\n\r\n",
            "GET /%zz HTTP/1.1\r\nHost: " + host + "\r\n\r\n",
            "GARBAGE\r\n\r\n");
    for (String request : requests) {
      long start = System.nanoTime();
      try (Socket socket = new Socket("127.0.0.1", port)) {
        socket.setSoTimeout(5_000);
        socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
        // readAllBytes returns only at end of stream: the server closed the connection.
        Response response =
            new Response(
                new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        assertTrue(response.status() >= 400 && response.status() < 500, response.raw());
        assertEquals("nosniff", response.header("x-content-type-options"), response.raw());
      }
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertTrue(millis < 5_000, request.lines().findFirst().orElseThrow() + ": " + millis + " ms");
    }
  }

  private static Response raw(String request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(30_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      return new Response(
          new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  /** One response as written on the wire. */
  record Response(String raw) {
    int status() {
      return Integer.parseInt(raw.split(" ", 3)[1]);
    }

    String body() {
      int end = raw.indexOf("\r\n\r\n");
      return end < 0 ? "" : raw.substring(end + 4);
    }

    String header(String name) {
      for (String line : raw.substring(0, Math.max(0, raw.indexOf("\r\n\r\n"))).split("\r\n")) {
        int colon = line.indexOf(':');
        if (colon > 0 && line.substring(0, colon).toLowerCase(Locale.ROOT).equals(name)) {
          return line.substring(colon + 1).strip();
        }
      }
      return "";
    }
  }

  private static Response request(int port, String method, String path, String host)
      throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(30_000);
      String request =
          method
              + " "
              + path
              + " HTTP/1.1\r\nHost: "
              + host
              + "\r\nConnection: close\r\nContent-Length: 0\r\n\r\n";
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      return new Response(
          new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}
