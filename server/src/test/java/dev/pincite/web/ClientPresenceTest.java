package dev.pincite.web;

import static org.junit.jupiter.api.Assertions.*;

import io.javalin.Javalin;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: the server kept computing a search after its client had gone. A route stands in for a
 * long search: it asks {@link ClientPresence} every 10 ms, as a search's deadline checks do, for up
 * to 20 s, over real HTTP connections written by hand.
 */
class ClientPresenceTest {

  private Javalin app;
  private final CompletableFuture<Long> noticedAfterMillis = new CompletableFuture<>();

  @BeforeEach
  void start() {
    app =
        Javalin.create(
                cfg ->
                    cfg.routes.get(
                        "/work",
                        ctx -> {
                          BooleanSupplier gone = ClientPresence.of(ctx);
                          long start = System.nanoTime();
                          long end =
                              start
                                  + TimeUnit.MILLISECONDS.toNanos(
                                      Long.parseLong(ctx.queryParam("ms")));
                          while (System.nanoTime() < end) {
                            if (gone.getAsBoolean()) {
                              noticedAfterMillis.complete((System.nanoTime() - start) / 1_000_000);
                              return;
                            }
                            Thread.sleep(10);
                          }
                          noticedAfterMillis.complete(-1L);
                          ctx.result("done");
                        }))
            .start("127.0.0.1", 0);
  }

  @AfterEach
  void stop() {
    app.stop();
  }

  @Test
  void aClientThatClosesItsConnectionIsNoticedWhileTheRequestIsWorkedOn() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", app.port())) {
      socket
          .getOutputStream()
          .write(
              "GET /work?ms=20000 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
                  .getBytes(StandardCharsets.US_ASCII));
      Thread.sleep(300);
    }
    long noticed = noticedAfterMillis.get(20, TimeUnit.SECONDS);
    assertTrue(noticed >= 0, "the route worked its 20 s to the end");
    assertTrue(noticed < 5_000, noticed + " ms");
  }

  @Test
  void aClientThatWaitsGetsItsAnswer() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", app.port())) {
      socket.setSoTimeout(20_000);
      socket
          .getOutputStream()
          .write(
              "GET /work?ms=500 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
                  .getBytes(StandardCharsets.US_ASCII));
      InputStream in = socket.getInputStream();
      String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
      assertTrue(answer.endsWith("done"), answer);
    }
    assertEquals(-1L, noticedAfterMillis.get(20, TimeUnit.SECONDS));
  }
}
