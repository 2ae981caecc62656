package dev.pincite.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The debate over HTTP, on the answers test corpus: the debate facet, the "most contested" sort,
 * the Contested view, "Answered elsewhere" on the claim page, counterclaims on the document page,
 * the for / against view and the landing page.
 */
class DebateViewsTest {

  static final String NOTE_MARGIN =
      "Ebright argues that Corvane's gross margin will keep expanding as its new racks replace older"
          + " air-cooled units.";
  static final String REPLY_MARGIN = "Copper prices have risen by a third this year";

  @TempDir static Path tmp;
  private static TestArchive archive;

  @BeforeAll
  static void start() throws Exception {
    archive = DebateArchive.start(tmp, 10);
  }

  @AfterAll
  static void stop() throws Exception {
    archive.close();
  }

  private static Document page(String pathAndQuery) throws Exception {
    HttpResponse<String> response = archive.get(pathAndQuery);
    assertEquals(200, response.statusCode(), pathAndQuery);
    return Jsoup.parse(response.body());
  }

  private static String q(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @Test
  void theDebateFacetCountsAnsweredUnansweredAndAnswersAndFiltersBy() throws Exception {
    Document search = page("/?q=corvane");
    Element facet = search.selectFirst("details.facet[data-dimension=debate]");
    assertTrue(facet != null, "a Debate facet");
    List<String> values = facet.select(".facet-label").eachText();
    assertTrue(
        values.containsAll(List.of("answered", "unanswered", "is an answer")), values::toString);
    Document answered = page("/?f.debate=answered");
    assertFalse(answered.select(".hit").isEmpty());
    for (Element hit : answered.select(".hit")) {
      assertFalse(hit.select("details.counters").isEmpty(), "an answered hit shows its answers");
    }
  }

  @Test
  void mostContestedSortPutsTheMostAnsweredClaimFirst() throws Exception {
    Document sorted = page("/?sort=contested");
    String first = sorted.selectFirst(".hit details.counters summary").text();
    int answers = Integer.parseInt(first.replaceAll("\\D+", ""));
    for (Element summary : sorted.select(".hit details.counters summary")) {
      assertTrue(Integer.parseInt(summary.text().replaceAll("\\D+", "")) <= answers);
    }
    assertTrue(answers >= 1);
  }

  @Test
  void contestedViewListsClaimsWithTheirAnswersInlineAndMarksThoseFromElsewhere() throws Exception {
    Document contested = page("/contested");
    assertFalse(contested.select("li.contested").isEmpty());
    assertFalse(
        contested.select("li.contested .answers .elsewhere").isEmpty(),
        "answers from other documents");
    assertTrue(contested.text().contains(NOTE_MARGIN), "the note's margin claim is contested");
  }

  @Test
  void theClaimPageShowsAnswersFromOtherDocuments() throws Exception {
    Document hits = page("/?q=" + q("\"gross margin will keep expanding\""));
    String href = hits.selectFirst(".hit-text a").attr("href");
    Document claim = page(href);
    Element elsewhere = claim.selectFirst("ul.answered-elsewhere");
    assertTrue(elsewhere != null, "an Answered elsewhere list");
    assertTrue(elsewhere.text().contains(REPLY_MARGIN), elsewhere::text);
  }

  @Test
  void theDocumentPageListsItsCounterclaims() throws Exception {
    Document hits = page("/?q=" + q("\"margin argument ignores copper\""));
    String docHref = hits.selectFirst(".doc-title a").attr("href");
    Document doc = page(docHref);
    assertTrue(
        doc.select(".doc-counterclaims li").eachText().stream()
            .anyMatch(t -> t.contains("Ebright's margin argument ignores copper.")),
        () -> doc.select(".doc-counterclaims").text());
  }

  @Test
  void forAgainstSplitsHitsByStanceTowardTheCompanyWithSpeakerAndDate() throws Exception {
    Document view = page("/debate?q=margin");
    assertTrue(view.selectFirst("h1").text().contains("Corvane"), view.selectFirst("h1")::text);
    Element pro = view.selectFirst(".side-for");
    Element con = view.selectFirst(".side-against");
    assertTrue(pro.text().contains("gross margin will keep expanding"), pro::text);
    assertTrue(con.text().contains(REPLY_MARGIN), con::text);
    for (Element claim : view.select(".side-claim")) {
      assertFalse(claim.select(".speaker").isEmpty(), "a speaker");
      assertFalse(claim.select("time").isEmpty(), "a date");
    }
  }

  @Test
  void theLandingPageOpensTheDebateAndBrowsesNewestFirst() throws Exception {
    Document landing = page("/");
    String counts = landing.selectFirst(".archive-counts").text();
    assertTrue(
        counts.matches(".*\\d+ documents, \\d+ claims, \\d+ speakers, published .*"), counts);
    // The test archive's own documents run later than the answers corpus (2026-03-02 to -25).
    List<String> span = landing.select(".archive-counts time").eachAttr("datetime");
    assertEquals("2026-03-02", span.getFirst(), counts);
    assertFalse(landing.select("#landing-contested ~ ul li").isEmpty(), "most contested");
    assertFalse(landing.select("#landing-answers ~ ul li").isEmpty(), "newest answers");
    assertTrue(landing.selectFirst(".landing").text().contains("Ebright"), "most active speakers");
    List<String> dates =
        landing.select(".hit > article > p.meta .source time").eachAttr("datetime");
    assertFalse(dates.isEmpty());
    assertTrue(dates.getFirst().startsWith(span.getLast()), "newest first: " + dates);
    for (int i = 1; i < dates.size(); i++) {
      assertTrue(dates.get(i - 1).compareTo(dates.get(i)) >= 0, "newest first: " + dates);
    }
  }
}
