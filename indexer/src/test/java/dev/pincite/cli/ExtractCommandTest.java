package dev.pincite.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code extract} keeps the JSON contract of {@code shared/CLAIMS.md} on every corpus file. */
class ExtractCommandTest {

  private static final List<String> DOCUMENT_KEYS =
      List.of(
          "path",
          "title",
          "byline",
          "site",
          "published",
          "url",
          "lang",
          "body",
          "paragraphs",
          "claims");
  private static final List<String> PARAGRAPH_KEYS = List.of("n", "section", "text");
  private static final List<String> CLAIM_KEYS =
      List.of(
          "id",
          "paragraph",
          "section",
          "text",
          "speaker",
          "attributed",
          "companies",
          "type",
          "stance",
          "counters");
  private static final List<String> TYPES =
      List.of("claim", "counterclaim", "evidence", "prediction", "recommendation", "context");
  private static final List<String> STANCES = List.of("bullish", "bearish", "neutral");

  private final Path corpus = Path.of(System.getProperty("pincite.root", "..")).resolve("corpus");

  @Test
  void everyCorpusFilePrintsOneContractObjectPerLine() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.list(corpus)) {
      files =
          walk.filter(
                  p ->
                      p.toString().endsWith(".txt")
                          || p.toString().endsWith(".md")
                          || p.toString().endsWith(".html"))
              .sorted()
              .toList();
    }
    assertEquals(5, files.size());
    Result result = run(files.stream().map(Path::toString).toArray(String[]::new));
    assertEquals(0, result.exit(), result.err());
    String[] lines = result.out().strip().split("\n");
    assertEquals(files.size(), lines.length);
    ObjectMapper json = new ObjectMapper();
    for (String line : lines) {
      JsonNode doc = json.readTree(line);
      DOCUMENT_KEYS.forEach(
          key -> assertTrue(doc.has(key), "missing " + key + " in " + doc.get("path")));
      assertFalse(doc.get("body").asText().isBlank());
      assertTrue(doc.get("paragraphs").size() > 0);
      for (JsonNode p : doc.get("paragraphs")) {
        PARAGRAPH_KEYS.forEach(key -> assertTrue(p.has(key), "paragraph missing " + key));
      }
      assertTrue(doc.get("claims").size() > 0);
      for (JsonNode claim : doc.get("claims")) {
        CLAIM_KEYS.forEach(key -> assertTrue(claim.has(key), "claim missing " + key));
        assertTrue(claim.get("id").asText().matches("[a-z0-9]{8,16}"), claim.get("id").asText());
        assertTrue(TYPES.contains(claim.get("type").asText()), claim.get("type").asText());
        assertTrue(STANCES.contains(claim.get("stance").asText()), claim.get("stance").asText());
        assertTrue(claim.get("companies").isArray());
        assertTrue(claim.get("attributed").isBoolean());
      }
    }
  }

  @Test
  void sameFileGivesTheSameIdsEveryRun() {
    String file = corpus.resolve("003_1a2295c8f6a72fc3.txt").toString();
    assertEquals(run(file).out(), run(file).out());
  }

  @Test
  void aBadFileIsReportedAndTheOthersStillPrint(@TempDir Path dir) throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.md"), "");
    Path good =
        Files.writeString(dir.resolve("good.md"), "# Title\n\nAcme said demand is strong.\n");
    Result result = run(empty.toString(), good.toString(), dir.resolve("missing.html").toString());
    assertEquals(1, result.exit());
    assertTrue(result.err().contains("empty.md"), result.err());
    assertTrue(result.err().contains("missing.html"), result.err());
    // issue 14: one line per file, in order; a failed file's line says why instead of an article
    String[] lines = result.out().strip().split("\n");
    assertEquals(3, lines.length, result.out());
    ObjectMapper json = new ObjectMapper();
    JsonNode first = json.readTree(lines[0]);
    assertEquals(empty.toString(), first.get("path").asText());
    assertEquals("empty", first.get("error").get("kind").asText());
    assertTrue(first.get("error").get("message").asText().contains("empty file"), lines[0]);
    assertFalse(first.has("body"));
    assertEquals("Acme said demand is strong.", json.readTree(lines[1]).get("body").asText());
    assertEquals("unreadable", json.readTree(lines[2]).get("error").get("kind").asText());
  }

  @Test
  void helpDocumentsTheExitCodes() {
    Result result = run("--help");
    assertEquals(0, result.exit());
    assertTrue(result.out().contains("Exit codes:"), result.out());
    assertTrue(result.out().contains("at least one file failed"), result.out());
  }

  private Result run(String... files) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = PinciteCommand.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    String[] args =
        Stream.concat(Stream.of("extract", "--corpus", corpus.toString()), Stream.of(files))
            .toArray(String[]::new);
    int exit = cli.execute(args);
    return new Result(exit, out.toString(), err.toString());
  }

  private record Result(int exit, String out, String err) {}
}
