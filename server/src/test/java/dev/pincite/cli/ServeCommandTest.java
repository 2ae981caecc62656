package dev.pincite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandTest {

  @Test
  void indexesTheCorpusFirstWhenThereIsNoIndexThenServesIt(@TempDir Path tmp) throws Exception {
    Path corpus =
        corpusOf(
            tmp,
            "note.md",
            "# Quarterly note\n\nOrbital Freight said its margins will widen next year.\n");
    Path index = tmp.resolve("index");
    ServeCommand serve = new ServeCommand();
    new CommandLine(serve)
        .parseArgs("--port", "0", "--index", index.toString(), "--corpus", corpus.toString());
    StringWriter log = new StringWriter();
    assertFalse(ServeCommand.hasIndex(index));
    try (ServeCommand.Running running = serve.start(new PrintWriter(log))) {
      assertTrue(log.toString().contains("indexing"), log.toString());
      assertTrue(ServeCommand.hasIndex(index));
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create(
                              "http://127.0.0.1:" + running.app().port() + "/api/search?q=margins"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertEquals(200, response.statusCode());
      assertTrue(response.body().contains("\"total\":1"), response.body());
    }
  }

  @Test
  void aMissingCorpusIsReportedNotThrown(@TempDir Path tmp) {
    ServeCommand serve = new ServeCommand();
    new CommandLine(serve)
        .parseArgs(
            "--port",
            "0",
            "--index",
            tmp.resolve("index").toString(),
            "--corpus",
            tmp.resolve("nothing-here").toString());
    ServeCommand.ServeException e =
        assertThrows(
            ServeCommand.ServeException.class,
            () -> serve.start(new PrintWriter(new StringWriter())));
    assertTrue(e.getMessage().contains("nothing-here"), e.getMessage());
  }

  @Test
  void bindingBeyondLoopbackWarnsAndABadSearchBudgetIsRefused(@TempDir Path tmp) throws Exception {
    // Issue 18: --host 0.0.0.0 bound every interface without a word.
    Path corpus = corpusOf(tmp, "note.md", "# Note\n\nOrbital Freight said margins will widen.\n");
    String[] common = {"--index", tmp.resolve("index").toString(), "--corpus", corpus.toString()};
    ServeCommand wide = new ServeCommand();
    new CommandLine(wide).parseArgs(concat(common, "--port", "0", "--host", "0.0.0.0"));
    StringWriter log = new StringWriter();
    try (ServeCommand.Running running = wide.start(new PrintWriter(log))) {
      assertTrue(log.toString().contains("warning: --host 0.0.0.0"), log.toString());
    }
    ServeCommand hurried = new ServeCommand();
    new CommandLine(hurried).parseArgs(concat(common, "--port", "0", "--search-budget", "0"));
    ServeCommand.ServeException e =
        assertThrows(
            ServeCommand.ServeException.class,
            () -> hurried.start(new PrintWriter(new StringWriter())));
    assertTrue(e.getMessage().contains("--search-budget"), e.getMessage());
  }

  private static String[] concat(String[] first, String... more) {
    return java.util.stream.Stream.concat(Arrays.stream(first), Arrays.stream(more))
        .toArray(String[]::new);
  }

  @Test
  void aPortInUseIsReportedBeforeTheServerTriesIt(@TempDir Path tmp) throws Exception {
    Path corpus = corpusOf(tmp, "note.md", "# Note\n\nOrbital Freight said margins will widen.\n");
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      ServeCommand serve = new ServeCommand();
      new CommandLine(serve)
          .parseArgs(
              "--port",
              String.valueOf(taken.getLocalPort()),
              "--index",
              tmp.resolve("index").toString(),
              "--corpus",
              corpus.toString());
      ServeCommand.ServeException e =
          assertThrows(
              ServeCommand.ServeException.class,
              () -> serve.start(new PrintWriter(new StringWriter())));
      assertTrue(
          e.getMessage().startsWith("cannot listen on 127.0.0.1:" + taken.getLocalPort()),
          e.getMessage());
      assertTrue(e.getMessage().contains("Try --port"), e.getMessage());
      // The probe failed, not Jetty: Javalin never got to log its "Failed to start" error.
      assertTrue(e.getCause() instanceof java.net.BindException, String.valueOf(e.getCause()));
      assertFalse(ServeCommand.hasIndex(tmp.resolve("index")), "no indexing before the check");
    }
  }

  @Test
  void accessLogPrintsALinePerRequestAndStopIsReported(@TempDir Path tmp) throws Exception {
    Path corpus = corpusOf(tmp, "note.md", "# Note\n\nOrbital Freight said margins will widen.\n");
    ServeCommand serve = new ServeCommand();
    new CommandLine(serve)
        .parseArgs(
            "--port",
            "0",
            "--access-log",
            "--index",
            tmp.resolve("index").toString(),
            "--corpus",
            corpus.toString());
    StringWriter log = new StringWriter();
    int port;
    try (ServeCommand.Running running = serve.start(new PrintWriter(log))) {
      port = running.app().port();
      String base = "http://127.0.0.1:" + port;
      assertEquals(200, get(base + "/api/search?q=margins").statusCode());
      assertEquals(404, get(base + "/no/such/page").statusCode());
    }
    String text = log.toString();
    assertTrue(text.matches("(?s).*\nGET /api/search 200 \\d+ ms\n.*"), text);
    assertTrue(text.matches("(?s).*\nGET /no/such/page 404 \\d+ ms\n.*"), text);
    assertTrue(text.contains("\nPincite stopped (port " + port + " is free again).\n"), text);
  }

  @Test
  void withoutAccessLogRequestsAreNotLogged(@TempDir Path tmp) throws Exception {
    Path corpus = corpusOf(tmp, "note.md", "# Note\n\nOrbital Freight said margins will widen.\n");
    ServeCommand serve = new ServeCommand();
    new CommandLine(serve)
        .parseArgs(
            "--port",
            "0",
            "--index",
            tmp.resolve("index").toString(),
            "--corpus",
            corpus.toString());
    StringWriter log = new StringWriter();
    try (ServeCommand.Running running = serve.start(new PrintWriter(log))) {
      get("http://127.0.0.1:" + running.app().port() + "/api/search?q=margins");
    }
    assertFalse(log.toString().contains("GET /"), log.toString());
  }

  private static HttpResponse<String> get(String url) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void serveIsASubcommandOfPincite() {
    assertTrue(PinciteCommand.commandLine().getSubcommands().containsKey("serve"));
  }

  @Test
  void startingServeBuildsOnlyServesCommandModel() {
    CommandLine cli = PinciteCommand.commandLine(new String[] {"serve", "--port", "0"});
    assertEquals(Set.of("serve"), cli.getSubcommands().keySet());
  }

  @Test
  void startupTrainingServesTheBundledCorpusAndEveryRequestSucceeds() {
    assertTrainingSucceeds(Path.of(System.getProperty("pincite.root", ".."), "corpus"));
  }

  @Test
  void startupTrainingCopesWithADocumentWithoutTitle(@TempDir Path tmp) throws Exception {
    Path corpus =
        corpusOf(
            tmp,
            "untitled.txt",
            "Orbital Freight is preparing to sell the capacity it spent two years buying, according"
                + " to a report this week. Analysts said the plan would widen its margins.\n");
    assertTrainingSucceeds(corpus);
  }

  @Test
  void startupTrainingReindexesTheProfileDocumentsFirst(@TempDir Path tmp) throws Exception {
    Path profile =
        corpusOf(
            tmp.resolve("profile"),
            "profile.md",
            "# Freight\n\nOrbital Freight will sell capacity, its chief executive said on Monday."
                + " Analysts doubted that the plan would widen its margins.\n");
    assertTrainingSucceeds(
        Path.of(System.getProperty("pincite.root", ".."), "corpus"),
        "--profile-docs",
        profile.toString());
    assertTrainingSucceeds(
        Path.of(System.getProperty("pincite.root", ".."), "corpus"),
        "--profile-docs",
        tmp.resolve("missing").toString());
  }

  @Test
  void startupTrainingIsHiddenFromTheUsage() {
    StringWriter usage = new StringWriter();
    PinciteCommand.commandLine().usage(new PrintWriter(usage));
    assertTrue(usage.toString().contains("serve"), usage.toString());
    assertFalse(usage.toString().contains("train-startup"), usage.toString());
  }

  /** Runs {@code train-startup} once over the corpus: every page it asks for must answer. */
  private static void assertTrainingSucceeds(Path corpus, String... options) {
    StringWriter out = new StringWriter();
    CommandLine cli = PinciteCommand.commandLine(new String[] {"train-startup"});
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(out));
    List<String> args =
        new ArrayList<>(List.of("train-startup", "--corpus", corpus.toString(), "--rounds", "1"));
    args.addAll(List.of(options));
    int exit = cli.execute(args.toArray(String[]::new));
    assertEquals(0, exit, out.toString());
  }

  /** A corpus folder under the temp folder holding one file. */
  private static Path corpusOf(Path tmp, String file, String text) throws IOException {
    Path corpus = tmp.resolve("corpus");
    Files.createDirectories(corpus);
    Files.writeString(corpus.resolve(file), text, StandardCharsets.UTF_8);
    return corpus;
  }
}
