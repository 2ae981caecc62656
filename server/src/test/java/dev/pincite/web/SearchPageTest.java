package dev.pincite.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Small search-page items of issue 17, over HTTP: each checks what the reader gets. */
class SearchPageTest {

  /** An outlet's editorial without a byline: its own sentences are the outlet's voice. */
  static final String EDITORIAL =
      """
      ---
      title: Our view on Zentro
      site: Ledger Weekly
      published: 2026-03-01
      ---
      # Our view on Zentro

      Zentro Dynamics will need fresh cash before the summer ends, and its lenders know it.
      """;

  /** No byline, no outlet, no one quoted: claims nobody is credited with. */
  static final String UNSIGNED =
      """
      Filings digest

      The filings show that Zentro Dynamics carried forty million dollars of debt in March.

      The same filings list three new plants under construction in the north.
      """;

  @TempDir static Path tmp;
  private static TestArchive archive;

  @BeforeAll
  static void start() throws Exception {
    archive =
        TestArchive.start(tmp, Map.of("editorial.md", EDITORIAL, "unsigned.txt", UNSIGNED), 10);
  }

  @AfterAll
  static void stop() throws Exception {
    archive.close();
  }

  @Test
  void anOutletSpeakingForItselfIsNamedOnceOnTheCard() throws Exception {
    Document page = page("/?q=lenders");
    Element meta = page.selectFirst(".hit .meta");
    assertNotNull(meta, page.select(".results").text());
    assertEquals(
        "Ledger Weekly",
        meta.selectFirst(".speaker").text(),
        "precondition: the editorial's own voice is its outlet's");
    assertEquals(1, meta.text().split("Ledger Weekly", -1).length - 1, meta.text());
    assertTrue(meta.select(".outlet").isEmpty(), meta.html());
  }

  @Test
  void aQuotedSpeakerStillShowsTheOutlet() throws Exception {
    Document page = page("/?q=glut");
    Element meta = page.selectFirst(".hit .meta");
    assertNotNull(meta, page.select(".results").text());
    assertEquals("Alice Mercer", meta.selectFirst(".speaker").text());
    assertEquals("Ledger Weekly", meta.selectFirst(".outlet").text());
  }

  @Test
  void anUnknownPathGetsPincitesNotFoundPage() throws Exception {
    HttpResponse<String> response = archive.get("/no/such/page");
    assertEquals(404, response.statusCode());
    Document page = Jsoup.parse(response.body());
    assertEquals("Not found", page.selectFirst("h1").text());
    assertEquals(
        "There is no page at /no/such/page. Search the archive instead.",
        page.selectFirst(".error-message").text());
    assertFalse(response.body().contains("Endpoint"), response.body());
    assertNotNull(page.selectFirst("input[name=q]"), "the search box is on the page");
    HttpResponse<String> api = archive.get("/api/no/such");
    assertEquals(404, api.statusCode());
    assertTrue(api.body().startsWith("{\"status\":404,\"error\":\"Not found\""), api.body());
    assertFalse(api.body().contains("Endpoint"), api.body());
  }

  @Test
  void monthFieldsAreTextWithAPlaceholderAndStillFilter() throws Exception {
    Document page = page("/?q=gizmo");
    for (String id : new String[] {"from", "to"}) {
      Element input = page.getElementById(id);
      assertNotNull(input, id);
      assertEquals("text", input.attr("type"), id);
      assertEquals("YYYY-MM", input.attr("placeholder"), id);
      assertEquals("", input.attr("value"), id);
    }
    Document june = page("/?q=gizmo&from=2026-06&to=2026-06");
    assertEquals("2026-06", june.getElementById("from").attr("value"));
    assertTrue(
        june.select(".hit > article > p.meta time").eachText().stream()
            .allMatch(t -> t.startsWith("2026-06")));
    assertFalse(june.select(".hit").isEmpty());
  }

  @Test
  void noSpeakerIsAFacetValueThatFiltersTheUnattributedClaims() throws Exception {
    JsonNode narrowed = api("/api/search?f.speaker=No%20speaker");
    long unattributed = narrowed.get("total").asLong();
    assertTrue(unattributed > 0, "the test corpus has claims nobody is credited with");
    for (JsonNode hit : narrowed.get("hits")) {
      assertTrue(hit.at("/stored/claim/speaker").isNull(), hit.toString());
    }
    Document page = page("/");
    List<Element> values =
        page.select(".facet[data-dimension=speaker] > fieldset > .facet-values > li");
    Element last = values.get(values.size() - 1);
    assertEquals("No speaker", last.selectFirst(".facet-label").text(), "last in view");
    assertEquals(String.valueOf(unattributed), last.selectFirst(".facet-count").text());
    Document filtered = page("/?f.speaker=No%20speaker");
    assertTrue(filtered.selectFirst("#results-heading").text().startsWith(unattributed + " claim"));
    assertTrue(
        filtered.select(".hit .meta .speaker").eachText().stream().allMatch("No speaker"::equals));
    assertFalse(archive.get("/api/complete?q=no").body().contains("No speaker"));
    assertEquals(404, archive.get("/speakers/No%20speaker").statusCode());
  }

  private static JsonNode api(String pathAndQuery) throws Exception {
    HttpResponse<String> response = archive.get(pathAndQuery);
    assertEquals(200, response.statusCode(), response.body());
    return new ObjectMapper().readTree(response.body());
  }

  @Test
  void everyPageNamesAnIconTheServerHas() throws Exception {
    // Without one a browser asks for /favicon.ico and logs a 404 on every page.
    Element icon = page("/").selectFirst("link[rel=icon]");
    assertNotNull(icon, "the layout names an icon");
    HttpResponse<String> response = archive.get(icon.attr("href"));
    assertEquals(200, response.statusCode(), icon.attr("href"));
    assertTrue(response.body().startsWith("<svg"), response.body());
  }

  private static Document page(String pathAndQuery) throws Exception {
    HttpResponse<String> response = archive.get(pathAndQuery);
    assertEquals(200, response.statusCode(), response.body());
    return Jsoup.parse(response.body());
  }

  @Test
  void theNamesPageListsNamesTheRegistryDoesNotKnowWithTheirClaims() throws Exception {
    HttpResponse<String> page = archive.get("/names");
    assertEquals(200, page.statusCode());
    Document html = Jsoup.parse(page.body());
    List<String> speakers = html.select("#names-speakers ~ ul a").eachText();
    List<String> organisations = html.select("#names-organisations ~ ul a").eachText();
    // The test registry lists Zentro Dynamics; nobody registered Nora Quist, found by her form.
    assertTrue(speakers.contains("Nora Quist"), speakers.toString());
    assertFalse(organisations.contains("Zentro Dynamics"), organisations.toString());
    for (Element link : html.select(".names-page section li a")) {
      assertTrue(link.attr("href").startsWith("/?"), link.attr("href"));
    }
    assertFalse(html.select(".names-page section li a").eachText().contains("No speaker"));
  }
}
