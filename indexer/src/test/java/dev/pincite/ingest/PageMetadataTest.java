package dev.pincite.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The title, byline and date an HTML page's tags and visible header give (issue 14). */
class PageMetadataTest {

  private final HtmlArticleReader reader = new HtmlArticleReader(BoilerplateRules.standard());

  private static final String TEXT =
      "<p>The harbour board met on Monday, and after a long debate it voted to delay the dredging"
          + " plan, citing costs, objections from fishermen, and a pending environmental review.</p>"
          + "<p>Board members said the review, which began in the spring, would take at least"
          + " another six months, and that the budget would be revisited in the autumn.</p>";

  private Article read(String head, String body) throws BadDocumentException {
    return reader.read(
        "<!DOCTYPE html><html lang=de><head>" + head + "</head><body>" + body + "</body></html>",
        "page.html");
  }

  @Test
  void titleIsTheHeadlineThatAgreesWithTheDeclaredTitleWithoutTheSiteName()
      throws BadDocumentException {
    Article article =
        read(
            "<title>Hafen verschiebt Ausbau | Hafenblatt</title>"
                + "<meta property=og:title content='Hafen verschiebt Ausbau | Hafenblatt'>"
                + "<meta property=og:site_name content=Hafenblatt>",
            "<header><h1><a href='/'>Hafenblatt</a></h1></header>"
                + "<article><h1>Hafen verschiebt Ausbau</h1>"
                + TEXT
                + "</article>");
    assertEquals("Hafen verschiebt Ausbau", article.title());
    // what the page declares, as Readability reports it
    assertEquals("Hafen verschiebt Ausbau | Hafenblatt", article.declaredTitle());
  }

  @Test
  void declaredTitleLosesTheSiteNameWhenNoHeadlineAgrees() throws BadDocumentException {
    Article article =
        read(
            "<meta property=og:title content='Hafen verschiebt Ausbau - Hafenblatt'>"
                + "<meta property=og:site_name content=Hafenblatt>",
            "<article><h2>Ein Bericht</h2><h2>Und noch einer</h2>" + TEXT + "</article>");
    assertEquals("Hafen verschiebt Ausbau", article.title());
  }

  @Test
  void aHeadlineLinkedToTheHomePageIsTheSiteNotTheTitle() throws BadDocumentException {
    Article article =
        read(
            "<title>seefunk » Nummer zwei: Leo</title>",
            "<h1><a href='http://www.seefunk.example'>seefunk</a></h1><div class=post>"
                + TEXT
                + "</div>");
    assertEquals("seefunk » Nummer zwei: Leo", article.title());
  }

  @Test
  void bylineOpensWithAWordOfItsLanguageAndEndsBeforeTheDate() throws BadDocumentException {
    Article article =
        read(
            "<title>Hafen verschiebt Ausbau</title>",
            "<article><h1>Hafen verschiebt Ausbau</h1><div class=entry-meta>Veröffentlicht von"
                + " <a rel=author href=/autor/x>Jana Beispiel</a> am Samstag</div>"
                + TEXT
                + "</article>");
    assertEquals("Jana Beispiel", article.byline());
  }

  @Test
  void aNameParticleIsPartOfTheName() {
    assertEquals("Alexa von Musterfrau", MetadataExtractor.person("Alexa von Musterfrau", null));
    assertEquals("Anna Beispiel", MetadataExtractor.person("Auteur : Anna Beispiel", null));
    assertEquals("Jan Muster", MetadataExtractor.person("| Autor: Jan Muster", null));
  }

  @Test
  void dateInTheArticlesMetaLineIsRead() throws BadDocumentException {
    Article article =
        read(
            "<title>Hafen verschiebt Ausbau</title>",
            "<article><h1>Hafen verschiebt Ausbau</h1><p class=postmeta>3. August 2015 · Abgelegt"
                + " unter Hafen</p>"
                + TEXT
                + "</article>");
    assertEquals("2015-08-03", article.published());
  }

  @Test
  void aTimeStampOneDayOffTheShownDateGivesWayToIt() {
    assertEquals("2019-01-01", Dates.asShown("2018-12-31T23:11:59+00:00", "2019-01-01"));
    assertEquals("2018-12-31", Dates.asShown("2018-12-31", "2019-01-01"));
    assertEquals("2018-12-20T10:00:00Z", Dates.asShown("2018-12-20T10:00:00Z", "2019-01-01"));
  }

  @Test
  void aPageTypedWebPageStillGivesItsDate() throws BadDocumentException {
    Article article =
        read(
            "<script type=application/ld+json>{\"@graph\":[{\"@type\":\"WebPage\","
                + "\"datePublished\":\"2018-06-07T10:13:17+00:00\"}]}</script>",
            "<article>" + TEXT + "</article>");
    assertEquals("2018-06-07T10:13:17+00:00", article.published());
    assertEquals(List.of(), article.warnings());
  }

  @Test
  void aUserNameInTheTagsGivesWayToTheNameThePageShows() {
    assertEquals("Gábor Mustér", MetadataExtractor.displayName("gabor_muster", "Gábor Mustér"));
    assertEquals("gabor_muster", MetadataExtractor.displayName("gabor_muster", "Jane Doe"));
    assertEquals("Jane Doe", MetadataExtractor.displayName("Jane Doe", "Gábor Mustér"));
  }

  @Test
  void theAddressOfABlogPostGivesItsDate() {
    assertEquals("2016-05-22", Dates.inUrl("https://blog.example.org/2016/05/22/birthday/"));
    assertEquals(null, Dates.inUrl("https://example.org/2016/summer/"));
  }

  @Test
  void aPostedOnLineWithItsBylineGivesTheDate() throws BadDocumentException {
    Article article =
        read(
            "<title>Hafen verschiebt Ausbau</title>",
            "<article><h1>Hafen verschiebt Ausbau</h1><div class=post-meta>Posted on September 21,"
                + " 2020 by Jane Doe</div>"
                + TEXT
                + "</article>");
    assertEquals("2020-09-21", article.published());
  }

  @Test
  void namesJoinedByTheWordForAndInAnyLanguageAreOneByline() throws BadDocumentException {
    Article article =
        read(
            "<title>Hafen verschiebt Ausbau</title>",
            "<article>" + TEXT + "<p>Autoren Anna Berg und Jens Koch</p></article>");
    assertEquals("Anna Berg und Jens Koch", article.byline());
  }

  @Test
  void aByWordAloneInItsElementTakesTheNamesBesideIt() throws BadDocumentException {
    Article article =
        read(
            "<title>Harbour delays dredging</title>",
            "<article><h1>Harbour delays dredging</h1><div><span>By</span><span><a href='/staff/jd'>"
                + "Jane Doe</a></span> Thursday, November 9, 2023 4:41AM</div>"
                + TEXT
                + "</article>");
    assertEquals("Jane Doe", article.byline());
  }

  @Test
  void aBylineEndsWhereADateOrADayOfTheWeekStarts() {
    assertEquals(null, MetadataExtractor.person("Veröffentlicht am 19.10.19 um 14:34 Uhr", null));
    assertEquals(null, MetadataExtractor.person("Donnerstag, 4. November 2021", null));
    assertEquals("Jane Doe", MetadataExtractor.person("Jane Doe Thursday, November 9", null));
    assertEquals("Jane Doe", MetadataExtractor.person("Jane Doe publié le 3 mai", null));
    assertEquals(
        "Gàbor Muniér", MetadataExtractor.person("Author: Gàbor Muniér, Datum: 03.Mär.19", null));
    assertEquals("Jane Doe", MetadataExtractor.person("About the author - Jane Doe", null));
  }

  @Test
  void anAuthorTagThatNamesThePublisherOrTheSiteGivesWayToTheVisibleByline()
      throws BadDocumentException {
    Article article =
        read(
            "<title>Hafen verschiebt Ausbau</title><meta name=author content='Hafenblatt (hb.example)'>"
                + "<meta name=publisher content='Hafenblatt (hb.example)'>",
            "<article>" + TEXT + "<p>Auteur : Anna Berg</p></article>");
    assertEquals("Anna Berg", article.byline());
    assertEquals(null, MetadataExtractor.person("Hafenblatt, Hamburg, Germany", "Hafenblatt"));
  }

  @Test
  void theAuthorOfAnArticlesMicrodataCountsInThePostFooter() throws BadDocumentException {
    String post =
        "<div itemscope itemtype='http://schema.org/BlogPosting'><div class=post-body>"
            + TEXT
            + "</div><div class=post-footer><span itemprop=author itemscope"
            + " itemtype='http://schema.org/Person'><a rel=author href='/p/1'>"
            + "<span itemprop=name>Jane Doe</span></a></span></div></div>";
    assertEquals("Jane Doe", read("<title>Harbour</title>", post).byline());
  }
}
