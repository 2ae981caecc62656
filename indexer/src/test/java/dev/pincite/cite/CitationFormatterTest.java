package dev.pincite.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;
import dev.pincite.claims.StableIds;
import dev.pincite.index.DocumentInfo;
import dev.pincite.index.StoredClaim;
import dev.pincite.ingest.DocumentMetadata;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class CitationFormatterTest {

  private static final String SENTENCE =
      "Selling compute is not the same as operating a cloud, & the margins show it.";

  private final CitationFormatter formatter = new CitationFormatter("http://127.0.0.1:7070/");
  private final StoredClaim stored = Fixtures.claim(14, SENTENCE, "Jane Roe");

  /** The same item as the formatter's, built here from the fixture's values by hand. */
  private CSLItemData expectedItem() {
    return new CSLItemDataBuilder()
        .id(stored.claim().id())
        .type(CSLType.WEBPAGE)
        .title("Is Selling Compute a Cloud Business?")
        .author(
            new CSLNameBuilder().given("Jane").family("Roe").build(),
            new CSLNameBuilder().given("John").family("Doe").build())
        .containerTitle("The Example Review")
        .issued(2026, 7, 1)
        .URL("https://review.example.com/2026/07/compute")
        .note("¶ 14: “" + SENTENCE + "”")
        .language("en")
        .build();
  }

  private static String citeproc(String style, CSLItemData item) throws Exception {
    return CSL.makeAdhocBibliography(style, "text", item).getEntries()[0].strip();
  }

  @Test
  void apaIsWhatCiteprocRendersFromTheApaStyle() throws Exception {
    String apa = formatter.format(stored, CitationStyle.APA).text();
    assertEquals(citeproc("apa", expectedItem()), apa);
    assertTrue(apa.startsWith("Roe, J., & Doe, J. (2026, July 1)."), apa);
    assertTrue(apa.contains("Is Selling Compute a Cloud Business?"), apa);
    assertTrue(apa.contains("The Example Review"), apa);
  }

  @Test
  void chicagoIsWhatCiteprocRendersFromTheAuthorDateStyle() throws Exception {
    String chicago = formatter.format(stored, CitationStyle.CHICAGO).text();
    assertEquals(citeproc("chicago-author-date", expectedItem()), chicago);
    assertTrue(chicago.startsWith("Roe, Jane, and John Doe. 2026."), chicago);
    assertTrue(chicago.contains("“Is Selling Compute a Cloud Business?”"), chicago);
  }

  @Test
  void chicagoKeepsTheTitleAsPublishedWhereTitleCaseWouldLowerAWord() throws Exception {
    DocumentInfo doc =
        new DocumentInfo(
            StableIds.documentId("pro.html"),
            "pro.html",
            new DocumentMetadata(
                "Why the Vision Pro Is a Developer Bet",
                "Jane Roe",
                "The Example Review",
                "2026-07-01",
                "https://review.example.com/pro",
                "en"));
    CSLItemData raw =
        new CSLItemDataBuilder().id("raw").type(CSLType.WEBPAGE).title(doc.title()).build();
    assertTrue(
        citeproc("chicago-author-date", raw).contains("Vision pro"),
        "the CSL title case itself lowers the stop word");
    StoredClaim claim = Fixtures.claim(doc, 3, SENTENCE, "Jane Roe");
    String chicago = formatter.format(claim, CitationStyle.CHICAGO).text();
    assertTrue(chicago.contains("“Why the Vision Pro Is a Developer Bet.”"), chicago);
    String apa = formatter.format(claim, CitationStyle.APA).text();
    assertTrue(apa.contains("Why the Vision Pro Is a Developer Bet"), apa);
  }

  @Test
  void cslJsonIsAnItemTheProcessorAccepts() throws Exception {
    Citation json = formatter.format(stored, CitationStyle.CSL_JSON);
    Map<String, Object> map =
        new ObjectMapper().readValue(json.text(), new TypeReference<Map<String, Object>>() {});
    assertEquals(stored.claim().id(), map.get("id"));
    assertEquals("webpage", map.get("type"));
    CSLItemData parsed = CSLItemData.fromJson(map);
    assertEquals(citeproc("apa", expectedItem()), citeproc("apa", parsed));
  }

  @Test
  void markdownLinksTheQuotedSentenceToThePermalink() {
    String md = formatter.format(stored, CitationStyle.MARKDOWN).text();
    String id = stored.claim().id();
    assertTrue(md.startsWith("[“" + SENTENCE + "”](http://127.0.0.1:7070/claims/" + id + ")"), md);
    assertTrue(md.contains("— Jane Roe, The Example Review, 1 July 2026, ¶ 14"), md);
    assertTrue(
        md.contains(
            "([original](https://review.example.com/2026/07/compute#:~:text=Selling%20compute%20is%20not,"
                + "the%20margins%20show%20it.))"),
        md);
  }

  @Test
  void plainTextNamesSpeakerOutletDateParagraphAndBothLinks() {
    String text = formatter.format(stored, CitationStyle.TEXT).text();
    assertTrue(
        text.startsWith("“" + SENTENCE + "” — Jane Roe, The Example Review, 1 July 2026, ¶ 14."),
        text);
    assertTrue(text.contains("Pincite: http://127.0.0.1:7070/claims/" + stored.claim().id()), text);
    assertTrue(
        text.contains("Original: https://review.example.com/2026/07/compute#:~:text="), text);
  }

  @Test
  void bibtexIsKeyedByTheClaimIdAndEscapesLatex() {
    String bib = formatter.format(stored, CitationStyle.BIBTEX).text();
    assertTrue(bib.startsWith("@misc{" + stored.claim().id() + ",\n"), bib);
    assertTrue(bib.contains("author = {Roe, Jane and Doe, John},"), bib);
    assertTrue(bib.contains("year = {2026},"), bib);
    assertTrue(bib.contains("cloud, \\& the margins"), bib);
    assertTrue(bib.endsWith("}"), bib);
  }

  @Test
  void anUndatedDocumentWithoutUrlCitesThePermalinkWithTheAccessDate() throws Exception {
    var doc = Fixtures.DOCUMENT;
    var noUrl =
        new dev.pincite.index.DocumentInfo(
            doc.id(),
            doc.path(),
            new dev.pincite.ingest.DocumentMetadata(doc.title(), null, null, null, null, null));
    StoredClaim claim = Fixtures.claim(noUrl, 3, "A sentence without a source page.", null);
    assertTrue(formatter.deepLink(claim).isEmpty());
    String md = formatter.format(claim, CitationStyle.MARKDOWN).text();
    assertFalse(md.contains("original"), md);
    CitationFormatter fixedDay =
        new CitationFormatter(
            "http://127.0.0.1:7070",
            java.time.Clock.fixed(
                java.time.Instant.parse("2026-11-23T10:00:00Z"), java.time.ZoneOffset.UTC));
    String apa = fixedDay.format(claim, CitationStyle.APA).text();
    assertEquals(
        "Is Selling Compute a Cloud Business? (n.d.). Retrieved November 23, 2026, from"
            + " http://127.0.0.1:7070/claims/"
            + claim.claim().id(),
        apa);
  }

  @Test
  void allGivesOneCitationPerStyleWithItsMediaType() {
    List<Citation> all = formatter.all(stored);
    assertEquals(CitationStyle.values().length, all.size());
    for (Citation c : all) {
      assertEquals(c.style().mediaType(), c.mediaType());
      assertFalse(c.text().isBlank(), c.style().urlName());
    }
  }

  @Test
  void oneFormatterServesManyThreadsWithTheSameOutput() throws Exception {
    List<StoredClaim> claims = new ArrayList<>();
    for (int i = 1; i <= 16; i++) {
      claims.add(Fixtures.claim(i, "Sentence number " + i + " about compute margins.", null));
    }
    Map<String, String> expected = new HashMap<>();
    for (StoredClaim c : claims) {
      expected.put(c.claim().id(), formatter.format(c, CitationStyle.CHICAGO).text());
    }
    var pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int round = 0; round < 8; round++) {
        for (StoredClaim c : claims) {
          results.add(
              pool.submit(
                  () ->
                      expected
                          .get(c.claim().id())
                          .equals(formatter.format(c, CitationStyle.CHICAGO).text())));
        }
      }
      for (var r : results) {
        assertTrue(r.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void citationJsonNamesTheStyleAsInUrls() throws Exception {
    String json =
        new ObjectMapper().writeValueAsString(formatter.format(stored, CitationStyle.CSL_JSON));
    assertTrue(json.startsWith("{\"style\":\"csl-json\",\"text\":"), json);
    assertEquals(CitationStyle.CSL_JSON, CitationStyle.fromUrlName("CSL_JSON"));
  }
}
