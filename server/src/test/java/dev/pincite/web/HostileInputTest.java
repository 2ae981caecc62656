package dev.pincite.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input: a corpus document full of script payloads renders inert on every page that shows
 * it, and thousands of random query strings and parameter values never make the server fail.
 */
class HostileInputTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * A payload that would run if any page let it through: it sets a global the browser test reads.
   */
  static final String PWN = "window.__pwned=1";

  /** The hostile document, as HTML: payloads in title, metadata, attributes, text and links. */
  static final String HOSTILE_HTML =
      """
      <!doctype html>
      <html><head>
      <title>Evil &lt;script&gt;%1$s&lt;/script&gt; "><img src=x onerror=%1$s> title</title>
      <meta property="og:site_name" content="<svg onload=%1$s>Outlet">
      <meta name="author" content="Mallory &lt;script&gt;%1$s&lt;/script&gt; Quist">
      <meta property="article:published_time" content="2026-04-01">
      <link rel="canonical" href="javascript:%1$s">
      <script>%1$s</script>
      </head><body onload="%1$s">
      <article>
      <h1>Evil title</h1>
      <p onclick="%1$s">Mallory Quist said that &lt;script&gt;%1$s&lt;/script&gt; Zentro Dynamics is a payload company.</p>
      <p>The link <a href="javascript:%1$s">click payload</a> and the image <img src="x" onerror="%1$s"> sit in this payload sentence.</p>
      <p>Quoted "&gt;&lt;img src=x onerror=%1$s&gt; and '&gt;&lt;svg/onload=%1$s&gt; payload text with &amp;lt;b&amp;gt; entities.</p>
      <p>A payload url javascript:%1$s and data:text/html,&lt;script&gt;%1$s&lt;/script&gt; in plain text.</p>
      <h2>&lt;/h2&gt;&lt;script&gt;%1$s&lt;/script&gt; heading</h2>
      <p>&lt;iframe src=javascript:%1$s&gt; payload closes the section.</p>
      </article></body></html>
      """
          .replace("%1$s", PWN);

  /** The same in Markdown, where the byline (the default speaker) and URL are hostile too. */
  static final String HOSTILE_MARKDOWN =
      """
      ---
      title: "<script>%1$s</script> Markdown payload"
      byline: "<img src=x onerror=%1$s> Eve"
      site: "<b onmouseover=%1$s>Site</b>"
      published: 2026-04-02
      url: "javascript:%1$s"
      ---
      The payload <script>%1$s</script> sits in markdown text about Zentro Dynamics.

      A [payload link](javascript:%1$s) and ![payload image](x" onerror="%1$s) follow.

      <div onclick="%1$s">Raw HTML payload block in markdown.</div>
      """
          .replace("%1$s", PWN);

  @TempDir static Path tmp;
  private static TestArchive archive;

  @BeforeAll
  static void start() throws Exception {
    archive =
        TestArchive.start(tmp, Map.of("evil.html", HOSTILE_HTML, "evil.md", HOSTILE_MARKDOWN), 10);
  }

  @AfterAll
  static void stop() throws Exception {
    archive.close();
  }

  @Test
  void everyPageShowingTheHostileDocumentsIsInert() throws Exception {
    JsonNode result = JSON.readTree(archive.get("/api/search?q=payload").body());
    assertTrue(result.get("total").asLong() >= 5, "payload sentences are indexed: " + result);
    Set<String> paths = new LinkedHashSet<>();
    paths.add("/?q=payload");
    paths.add("/?q=" + enc("<script>" + PWN + "</script>"));
    paths.add("/?q=" + enc("\"><img src=x onerror=" + PWN + ">"));
    paths.add("/?q=" + enc("\"unclosed <script>" + PWN));
    for (JsonNode hit : result.get("hits")) {
      paths.add("/claims/" + hit.at("/stored/claim/id").asText());
      paths.add("/documents/" + hit.at("/stored/document/id").asText());
      String speaker = hit.at("/stored/claim/speaker").asText(null);
      if (speaker != null) {
        paths.add("/speakers/" + Links.segment(speaker));
        paths.add("/?f.speaker=" + enc(speaker));
      }
      paths.add("/?f.outlet=" + enc(hit.at("/stored/document/site").asText("")));
    }
    for (JsonNode facet : result.get("facets")) {
      for (JsonNode value : facet.get("values")) {
        paths.add(
            "/?q=payload&f."
                + facet.get("dimension").asText()
                + "="
                + enc(value.get("value").asText()));
      }
    }
    for (String path : paths) {
      HttpResponse<String> response = archive.get(path);
      assertTrue(response.statusCode() < 500, path + " → " + response.statusCode());
      assertInert(path, response.body());
      assertEquals(
          PinciteApp.CONTENT_SECURITY_POLICY,
          response.headers().firstValue("content-security-policy").orElse(""));
    }
  }

  @Test
  void highlightedTextEscapesTheCorpusAndOnlyAddsMarks() throws Exception {
    JsonNode result = JSON.readTree(archive.get("/api/search?q=payload").body());
    for (JsonNode hit : result.get("hits")) {
      String highlighted = hit.get("highlighted").asText();
      String withoutMarks = highlighted.replace("<mark>", "").replace("</mark>", "");
      assertFalse(withoutMarks.contains("<"), "unescaped < in " + highlighted);
    }
  }

  @Test
  void randomQueriesAndParametersNeverCauseA5xx() throws Exception {
    long seed = 20261123L;
    Random random = new Random(seed);
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < 2000 && failures.size() < 5; i++) {
      String params = randomParams(random);
      for (String path : List.of("/?", "/api/search?")) {
        HttpResponse<String> response = archive.get(path + params);
        if (response.statusCode() >= 500) {
          failures.add(response.statusCode() + " " + path + params);
        }
        if (path.equals("/?") && response.statusCode() < 500) {
          assertInert(path + params, response.body());
        }
      }
    }
    if (!failures.isEmpty()) {
      fail("seed " + seed + ": server errors for " + failures);
    }
  }

  @Test
  void costlyRegularExpressionsAreRefusedWithA400() throws Exception {
    // Issue 18: /a{1,100000}/ kept both cores busy for 50 s before answering.
    for (String hostile :
        List.of("/a{1,100000}/", "/a{1000000}/", "/[ab]{1,20000}/", "gizmo /((a{1,60}){1,60})/")) {
      String q = URLEncoder.encode(hostile, StandardCharsets.UTF_8);
      HttpResponse<String> api = archive.get("/api/search?q=" + q);
      assertEquals(400, api.statusCode(), hostile + ": " + api.body());
      JsonNode body = new ObjectMapper().readTree(api.body());
      assertTrue(body.get("message").asText().contains("regular expression"), api.body());
      HttpResponse<String> page = archive.get("/?q=" + q);
      assertEquals(400, page.statusCode(), hostile);
      assertInert("/?q=" + q, page.body());
    }
    assertEquals(200, archive.get("/api/search?q=%2Fgizm.%2F").statusCode());
  }

  private static final String[] PIECES = {
    "gizmo",
    "zentro",
    "payload",
    "\"",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ":",
    "*",
    "?",
    "~",
    "^",
    "!",
    "+",
    "-",
    "&&",
    "||",
    "AND",
    "OR",
    "NOT",
    "TO",
    "/",
    "\\",
    " ",
    "  ",
    "speaker:",
    "company:",
    "text:",
    "type:",
    "stance:",
    "month:",
    "<script>",
    "%",
    "'",
    "é",
    "中文",
    "\u0000",
    "\uD83D\uDE00",
    "\t",
    "\n",
    "2026-07",
    "*:*",
    "a~2",
    "x^9999999999",
    "[a TO z]",
    "{* TO *}",
    "/re.*gex/",
    "🙂",
    "\uFFFF",
    "\u202E",
    "..",
    "null",
    "-1",
    "0",
    "99999999999"
  };

  private static final String[] NAMES = {
    "q",
    "page",
    "sort",
    "from",
    "to",
    "f.speaker",
    "f.company",
    "f.type",
    "f.stance",
    "f.outlet",
    "f.month",
    "f.",
    "f.nope",
    "pageSize",
    "max",
    "",
    "q[]",
    "%",
    "f.speaker"
  };

  private static String randomParams(Random random) {
    StringBuilder out = new StringBuilder();
    int count = 1 + random.nextInt(4);
    for (int p = 0; p < count; p++) {
      String name = NAMES[random.nextInt(NAMES.length)];
      String value = randomValue(random, name);
      if (!out.isEmpty()) {
        out.append('&');
      }
      out.append(enc(name)).append('=').append(enc(value));
    }
    return out.toString();
  }

  private static String randomValue(Random random, String name) {
    if (!name.equals("q") && random.nextInt(3) == 0) {
      return switch (random.nextInt(6)) {
        case 0 -> Integer.toString(random.nextInt());
        case 1 -> Long.toString(random.nextLong());
        case 2 ->
            String.format(Locale.ROOT, "%04d-%02d", random.nextInt(10000), random.nextInt(20));
        case 3 -> "";
        case 4 -> "date-asc";
        default -> "claim";
      };
    }
    StringBuilder value = new StringBuilder();
    int pieces = random.nextInt(8);
    for (int i = 0; i < pieces; i++) {
      if (random.nextInt(5) == 0) {
        value.appendCodePoint(random.nextInt(0x2FFFF));
      } else {
        value.append(PIECES[random.nextInt(PIECES.length)]);
      }
    }
    if (random.nextInt(50) == 0) {
      value.append("x".repeat(random.nextInt(3000)));
    }
    return value.toString();
  }

  /** No script but the archive's own, no inline handlers, no script URLs, in the parsed page. */
  static void assertInert(String path, String html) {
    Document page = Jsoup.parse(html);
    for (Element script : page.select("script")) {
      assertEquals("/static/pincite.js", script.attr("src"), path + ": foreign script " + script);
      assertTrue(script.data().isBlank(), path + ": inline script " + script);
    }
    assertTrue(page.select("iframe, object, embed, base, meta[http-equiv]").isEmpty(), path);
    for (Element element : page.getAllElements()) {
      for (Attribute attribute : element.attributes()) {
        String name = attribute.getKey().toLowerCase(Locale.ROOT);
        String value = attribute.getValue().strip().toLowerCase(Locale.ROOT);
        assertFalse(name.startsWith("on"), path + ": event handler " + element.outerHtml());
        if (name.equals("href")
            || name.equals("src")
            || name.equals("action")
            || name.equals("formaction")
            || name.equals("xlink:href")) {
          assertFalse(
              value.startsWith("javascript:")
                  || value.startsWith("data:")
                  || value.startsWith("vbscript:"),
              path + ": script URL " + element.outerHtml());
        }
      }
    }
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
