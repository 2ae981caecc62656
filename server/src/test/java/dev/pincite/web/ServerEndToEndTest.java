package dev.pincite.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reindexes a small corpus written by the test, serves it on a free port and checks over HTTP what
 * a researcher relies on: keyword hits, facet counts, drill-down, OR within a facet, the claim and
 * document pages, and readable errors.
 */
class ServerEndToEndTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path tmp;
  private static TestArchive archive;

  @BeforeAll
  static void start() throws IOException {
    archive = TestArchive.start(tmp, Map.of(), 5);
  }

  @AfterAll
  static void stop() throws IOException {
    archive.close();
  }

  @Test
  void keywordSearchReturnsEveryClaimContainingTheWord() throws Exception {
    JsonNode result = api("/api/search?q=gizmo");
    assertEquals(TestArchive.GIZMO_SENTENCES, result.get("total").asLong());
    for (JsonNode hit : allHits("q=gizmo")) {
      String text = hit.at("/stored/claim/text").asText().toLowerCase(Locale.ROOT);
      assertTrue(text.contains("gizmo"), text);
      assertTrue(hit.get("highlighted").asText().contains("<mark>"), hit.toString());
    }
  }

  @Test
  void facetCountsMatchTheClaimsEachValueFilters() throws Exception {
    JsonNode result = api("/api/search?q=gizmo");
    for (JsonNode facet : result.get("facets")) {
      String dimension = facet.get("dimension").asText();
      for (JsonNode value : facet.get("values")) {
        String v = value.get("value").asText();
        JsonNode narrowed = api("/api/search?q=gizmo&f." + dimension + "=" + enc(v));
        assertEquals(
            value.get("count").asLong(),
            narrowed.get("total").asLong(),
            dimension + "=" + v + " count differs from the claims it filters");
      }
    }
  }

  @Test
  void facetCountsOnThePageMatchTheApi() throws Exception {
    JsonNode result = api("/api/search?q=gizmo");
    Document page = page("/?q=gizmo");
    for (JsonNode facet : result.get("facets")) {
      String dimension = facet.get("dimension").asText();
      for (JsonNode value : facet.get("values")) {
        var input =
            page.selectFirst(
                "input[name=f." + dimension + "][value=\"" + value.get("value").asText() + "\"]");
        assertTrue(input != null, "no checkbox for " + dimension + "=" + value);
        String count = page.selectFirst("label[for=" + input.id() + "] .facet-count").text();
        assertEquals(value.get("count").asText(), count, dimension + "=" + value);
      }
    }
    assertEquals(
        result.get("total").asLong() + " claims for gizmo",
        page.selectFirst("#results-heading").text().replace("“", "").replace("”", ""));
  }

  @Test
  void drillDownNarrowsAndKeepsOtherSpeakersSelectable() throws Exception {
    JsonNode all = api("/api/search?q=gizmo");
    JsonNode speakers = facet(all, "speaker");
    assertTrue(speakers.size() >= 2, "the test corpus has several speakers: " + speakers);
    String first = speakers.get(0).get("value").asText();
    long firstCount = speakers.get(0).get("count").asLong();

    JsonNode narrowed = api("/api/search?q=gizmo&f.speaker=" + enc(first));
    assertEquals(firstCount, narrowed.get("total").asLong());
    assertTrue(firstCount < all.get("total").asLong(), "a drill-down narrows");
    for (JsonNode hit : allHits("q=gizmo&f.speaker=" + enc(first))) {
      assertEquals(first, hit.at("/stored/claim/speaker").asText());
    }
    // Drill-sideways: the speaker facet still lists the others with their full counts.
    Map<String, Long> before = counts(speakers);
    Map<String, Long> after = counts(facet(narrowed, "speaker"));
    assertEquals(before, after);
    assertTrue(
        facet(narrowed, "speaker").get(0).get("selected").asBoolean() || after.containsKey(first));
  }

  @Test
  void twoValuesOfOneFacetAreOred() throws Exception {
    JsonNode speakers = facet(api("/api/search?q=gizmo"), "speaker");
    String a = speakers.get(0).get("value").asText();
    String b = speakers.get(1).get("value").asText();
    long expected = speakers.get(0).get("count").asLong() + speakers.get(1).get("count").asLong();
    JsonNode both = api("/api/search?q=gizmo&f.speaker=" + enc(a) + "&f.speaker=" + enc(b));
    assertEquals(expected, both.get("total").asLong());
    List<String> seen = new ArrayList<>();
    for (JsonNode hit : allHits("q=gizmo&f.speaker=" + enc(a) + "&f.speaker=" + enc(b))) {
      seen.add(hit.at("/stored/claim/speaker").asText());
    }
    assertTrue(seen.contains(a) && seen.contains(b), seen.toString());

    Document page = page("/?q=gizmo&f.speaker=" + enc(a) + "&f.speaker=" + enc(b));
    assertEquals(2, page.select(".chip").size(), "one chip per active filter");
    assertEquals(2, page.select("input[name=f.speaker][checked]").size());
  }

  @Test
  void chipsLinkToTheSearchWithoutThatFilter() throws Exception {
    JsonNode speakers = facet(api("/api/search?q=gizmo"), "speaker");
    String a = speakers.get(0).get("value").asText();
    Document page = page("/?q=gizmo&f.speaker=" + enc(a) + "&f.type=claim");
    List<String> removeLinks = page.select(".chip-remove").eachAttr("href");
    assertTrue(removeLinks.contains("/?q=gizmo&f.type=claim"), removeLinks.toString());
    assertEquals("/?q=gizmo", page.selectFirst(".clear-all").attr("href"));
  }

  @Test
  void pagesSplitTheResultsWithoutOverlap() throws Exception {
    JsonNode first = api("/api/search?q=gizmo&page=1");
    JsonNode second = api("/api/search?q=gizmo&page=2");
    assertEquals(5, first.get("hits").size());
    assertEquals(TestArchive.GIZMO_SENTENCES - 5, second.get("hits").size());
    Document page = page("/?q=gizmo&page=2");
    assertEquals("2", page.selectFirst(".pager [aria-current=page]").text());
    assertEquals("/?q=gizmo", page.selectFirst(".pager a[rel=prev]").attr("href"));
  }

  @Test
  void claimPageShowsTheClaimInItsParagraphWithCitations() throws Exception {
    JsonNode hit = api("/api/search?q=gizmo").get("hits").get(0);
    String id = hit.at("/stored/claim/id").asText();
    HttpResponse<String> response = archive.get("/claims/" + id);
    assertEquals(200, response.statusCode());
    Document page = Jsoup.parse(response.body());
    assertEquals(hit.at("/stored/claim/text").asText(), page.selectFirst("h1").text());
    assertEquals(hit.at("/stored/claim/text").asText(), page.selectFirst("mark.this-claim").text());
    assertEquals(6, page.select(".citation pre").size(), "one citation per style");
    assertTrue(page.selectFirst("#cite-markdown").text().contains("/claims/" + id));
    JsonNode view = api("/api/claims/" + id);
    assertEquals(id, view.at("/stored/claim/id").asText());
  }

  @Test
  void documentPageShowsTheBodyWithAnAnchorPerParagraph() throws Exception {
    JsonNode hit = api("/api/search?q=gizmo").get("hits").get(0);
    String docId = hit.at("/stored/document/id").asText();
    int paragraph = hit.at("/stored/claim/paragraph").asInt();
    HttpResponse<String> response = archive.get("/documents/" + docId);
    assertEquals(200, response.statusCode());
    Document page = Jsoup.parse(response.body());
    var anchor = page.getElementById("p" + paragraph);
    assertTrue(anchor != null, "anchor #p" + paragraph);
    assertTrue(anchor.text().contains(hit.at("/stored/claim/text").asText()));
    assertFalse(page.select("a.claim").isEmpty(), "claims are marked");
    assertEquals(
        api("/api/documents/" + docId).get("claims").size(), page.select("a.claim").size());
  }

  @Test
  void speakerPageGroupsClaimsByCompanyAndStance() throws Exception {
    JsonNode speakers = facet(api("/api/search"), "speaker");
    String name = speakers.get(0).get("value").asText();
    HttpResponse<String> response = archive.get("/speakers/" + Links.segment(name));
    assertEquals(200, response.statusCode());
    Document page = Jsoup.parse(response.body());
    assertEquals(name, page.selectFirst("h1").text());
    assertFalse(page.select(".company-group").isEmpty());
  }

  @Test
  void badQuerySyntaxIsA400WithAReadableMessage() throws Exception {
    HttpResponse<String> page = archive.get("/?q=" + enc("\"unclosed phrase"));
    assertEquals(400, page.statusCode());
    Document doc = Jsoup.parse(page.body());
    String message = doc.selectFirst(".error-message").text();
    assertFalse(message.isBlank());
    assertFalse(page.body().contains("Exception"), "no stack trace or class names");
    assertEquals("\"unclosed phrase", doc.getElementById("q").val(), "the query stays editable");

    HttpResponse<String> api = archive.get("/api/search?q=" + enc("speaker:(hays"));
    assertEquals(400, api.statusCode());
    assertTrue(api.headers().firstValue("content-type").orElse("").startsWith("application/json"));
    assertFalse(JSON.readTree(api.body()).get("message").asText().isBlank());

    assertEquals(400, archive.get("/?page=0").statusCode());
    assertEquals(400, archive.get("/api/search?sort=sideways").statusCode());
    assertEquals(400, archive.get("/api/search?f.colour=red").statusCode());
    assertEquals(400, archive.get("/api/search?from=2026-13").statusCode());
  }

  @Test
  void unknownIdsGetA404Page() throws Exception {
    HttpResponse<String> claim = archive.get("/claims/zzzzzzzzzzzzzz");
    assertEquals(404, claim.statusCode());
    assertEquals("Not found", Jsoup.parse(claim.body()).selectFirst("h1").text());
    assertEquals(404, archive.get("/documents/zzzzzzzzzzzz").statusCode());
    assertEquals(404, archive.get("/api/claims/zzzzzzzzzzzzzz").statusCode());
    assertEquals(404, archive.get("/speakers/Nobody%20At%20All").statusCode());
    assertEquals(404, archive.get("/no/such/page").statusCode());
  }

  @Test
  void openSearchDescriptionIsLinkedFromThePage() throws Exception {
    Document page = page("/");
    assertEquals(
        "/opensearch.xml",
        page.selectFirst("link[rel=search][type=application/opensearchdescription+xml]")
            .attr("href"));
    HttpResponse<String> xml = archive.get("/opensearch.xml");
    assertEquals(200, xml.statusCode());
    assertTrue(xml.body().contains(archive.base() + "/?q={searchTerms}"));
  }

  @Test
  void autocompleteSuggestsSpeakersAndCompanies() throws Exception {
    JsonNode found = api("/api/complete?q=zen");
    assertTrue(found.size() >= 1, found.toString());
    assertEquals("company", found.get(0).get("dimension").asText());
  }

  private static JsonNode api(String pathAndQuery) throws Exception {
    HttpResponse<String> response = archive.get(pathAndQuery);
    assertEquals(200, response.statusCode(), pathAndQuery + " → " + response.body());
    return JSON.readTree(response.body());
  }

  private static Document page(String pathAndQuery) throws Exception {
    HttpResponse<String> response = archive.get(pathAndQuery);
    assertEquals(200, response.statusCode(), pathAndQuery);
    return Jsoup.parse(response.body());
  }

  private static List<JsonNode> allHits(String params) throws Exception {
    List<JsonNode> hits = new ArrayList<>();
    for (int page = 1; page < 100; page++) {
      JsonNode result = api("/api/search?" + params + "&page=" + page);
      result.get("hits").forEach(hits::add);
      if (hits.size() >= result.get("total").asLong() || result.get("hits").isEmpty()) {
        break;
      }
    }
    return hits;
  }

  private static JsonNode facet(JsonNode result, String dimension) {
    for (JsonNode facet : result.get("facets")) {
      if (facet.get("dimension").asText().equals(dimension)) {
        return facet.get("values");
      }
    }
    throw new AssertionError("no facet " + dimension + " in " + result);
  }

  private static Map<String, Long> counts(JsonNode values) {
    Map<String, Long> counts = new HashMap<>();
    values.forEach(v -> counts.put(v.get("value").asText(), v.get("count").asLong()));
    return counts;
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
