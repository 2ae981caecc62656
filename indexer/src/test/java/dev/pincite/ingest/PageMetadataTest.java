package dev.pincite.ingest;

import static dev.pincite.ingest.MetadataPages.TEXT;
import static dev.pincite.ingest.MetadataPages.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The title, byline and date an HTML page's tags and visible header give (issue 14). */
class PageMetadataTest {

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
    assertEquals("Alexa von Musterfrau", BylineNames.person("Alexa von Musterfrau", null));
    assertEquals("Anna Beispiel", BylineNames.person("Auteur : Anna Beispiel", null));
    assertEquals("Jan Muster", BylineNames.person("| Autor: Jan Muster", null));
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
    // a stamp with its zone's offset is the publisher's day already
    assertEquals(
        "2021-11-01T10:52:50+01:00", Dates.asShown("2021-11-01T10:52:50+01:00", "2021-10-31"));
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
    assertEquals("Gábor Mustér", BylineNames.displayName("gabor_muster", "Gábor Mustér"));
    assertEquals("gabor_muster", BylineNames.displayName("gabor_muster", "Jane Doe"));
    assertEquals("Jane Doe", BylineNames.displayName("Jane Doe", "Gábor Mustér"));
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
  void aBylineEndsWhereAWordThatDatesItStartsInAnyLanguage() {
    assertEquals(null, BylineNames.person("Veröffentlicht am 19.10.19 um 14:34 Uhr", null));
    assertEquals("Jane Doe", BylineNames.person("Jane Doe publié le 3 mai", null));
    assertEquals("Jane Doe", BylineNames.person("By Jane Doe Last updated 9:00", null));
  }

  @Test
  void theByWordsOfEveryLanguageOpenABylineAndNameParticlesStayInTheName() {
    assertEquals("Anna van Berg", BylineNames.person("Door Anna van Berg", null));
    assertEquals("Ana de la Cruz", BylineNames.person("Política por Ana de la Cruz", null));
    assertEquals("Alexa von Heyden", BylineNames.person("Alexa von Heyden", null));
  }

  private static final String COMMENT =
      "<p>Thanks for the piece; the dredging plan was delayed twice before, and the board never"
          + " said why it changed its mind in the end.</p>";

  @Test
  void anAuthorMarkedInsideACommentIsNotTheArticlesByline() throws BadDocumentException {
    Article article =
        read(
            "<title>Hafen verschiebt Ausbau</title>",
            "<article><h1>Hafen verschiebt Ausbau</h1><p>By Jane Doe</p>"
                + TEXT
                + "</article><section><h2>2 Kommentare</h2>"
                + "<div itemscope itemtype='https://schema.org/Comment'>"
                + "<span itemprop=author>Max Leser</span>"
                + COMMENT
                + "</div></section>");
    assertEquals("Jane Doe", article.byline());
  }

  @Test
  void theArticlesOwnAuthorMarkStillCountsBesideCommentersMarks() throws BadDocumentException {
    String item =
        "<li itemscope itemtype=http://schema.org/Comment><span itemprop=author>%s</span>"
            + COMMENT
            + "</li>";
    Article article =
        read(
            "<title>Hafen verschiebt Ausbau</title>",
            "<article><h1>Hafen verschiebt Ausbau</h1>"
                + "<span itemprop=author>Jane Doe</span>"
                + TEXT
                + "</article><ol class=thread>"
                + item.replace("%s", "Max Leser")
                + item.replace("%s", "Erika Muster")
                + "</ol>");
    assertEquals("Jane Doe", article.byline());
  }

  @Test
  void aByWordAndTheNameInAdjacentElementsAreReadApart() throws BadDocumentException {
    Article article =
        read(
            "<title>Hafen verschiebt Ausbau</title>",
            "<article><h1>Hafen verschiebt Ausbau</h1>"
                + "<div class=byline><span>By</span><span>Jane Doe</span></div>"
                + TEXT
                + "</article>");
    assertEquals("Jane Doe", article.byline());
  }

  @Test
  void shownTextSetsAdjacentElementsApartButKeepsAWordSplitByMarkup() {
    assertEquals(
        "By Jane Doe",
        ShownText.of(
            Jsoup.parseBodyFragment("<div><span>By</span><span>Jane Doe</span></div>")
                .selectFirst("div")));
    assertEquals(
        "Word by Jane",
        ShownText.of(
            Jsoup.parseBodyFragment("<div><b>W</b>ord by<br>Jane</div>").selectFirst("div")));
  }

  @Test
  void theDateLineUnderTheHeadlineWinsOverADateBeforeIt() throws BadDocumentException {
    Article article =
        read(
            "<title>Hafen verschiebt Ausbau</title>",
            "<div><p>03.11.2023</p><p><a href=/other>Ein anderer Bericht</a></p></div>"
                + "<article><h1>Hafen verschiebt Ausbau</h1><p>Geschrieben: 2023-11-07 15:03:30</p>"
                + TEXT
                + "</article>");
    assertEquals("2023-11-07", article.published());
  }

  @Test
  void aUtcTimeStampOneDayOffTheDateUnderTheHeadlineGivesWayToTheShownDate()
      throws BadDocumentException {
    Article article =
        read(
            "<meta property=article:published_time content='2022-05-04T03:37:37+00:00'>",
            "<article><h1>Hafen verschiebt Ausbau</h1><p><time>3 May, 2022, 11:37 pm</time></p>"
                + TEXT
                + "</article>");
    assertEquals("2022-05-03", article.published());
  }

  @Test
  void aUserNameInTheTagsGivesWayToTheNameTheArticleShows() throws BadDocumentException {
    Article article =
        read(
            "<meta name=author content=janedoe>",
            "<article><h1>Hafen verschiebt Ausbau</h1><div class=post-author>von <a>Jane Doe</a>"
                + "</div>"
                + TEXT
                + "</article>");
    assertEquals("Jane Doe", article.byline());
  }

  @Test
  void aSlashedDateUnderTheHeadlineOfAGermanPageIsReadDayFirst() throws BadDocumentException {
    Article article =
        read(
            "<meta property=article:published_time content='2022-05-04T00:44:52Z'>",
            "<article><h1>Hafen verschiebt Ausbau</h1><ul><li>Hamburg</li><li>03/05/2022 21:44</li>"
                + "</ul>"
                + TEXT
                + "</article>");
    assertEquals("2022-05-03", article.published());
  }

  @Test
  void aKickerInItsOwnElementOfTheHeadlineIsNotPartOfTheTitle() throws BadDocumentException {
    Article article =
        read(
            "<meta property=og:title content='Hafen verschiebt Ausbau'>",
            "<article><h1><span class=rubric>Wirtschaft</span><br><span>Hafen verschiebt"
                + " Ausbau</span></h1>"
                + TEXT
                + "</article>");
    assertEquals("Hafen verschiebt Ausbau", article.title());
  }

  @Test
  void aHeadlineWhoseWholeTextIsDeclaredKeepsAllOfIt() throws BadDocumentException {
    Article article =
        read(
            "<meta property=og:title content='Wirtschaft: Hafen verschiebt Ausbau'>",
            "<article><h1><span>Wirtschaft:</span> Hafen verschiebt Ausbau</h1>"
                + TEXT
                + "</article>");
    assertEquals("Wirtschaft: Hafen verschiebt Ausbau", article.title());
  }

  @Test
  void aWordSetInBoldAtTheHeadlinesEndStaysInTheTitle() throws BadDocumentException {
    Article article =
        read(
            "<meta property=og:title content='Hafen verschiebt Ausbau: Bagger'>",
            "<article><h1>Hafen verschiebt Ausbau: <b>Baggerei</b></h1>" + TEXT + "</article>");
    assertEquals("Hafen verschiebt Ausbau: Baggerei", article.title());
  }

  @Test
  void theAuthorOfAPageWithoutAnArticleNodeIsItsWebPagesThroughAReferenceInTheGraph()
      throws BadDocumentException {
    Article article =
        read(
            "<script type=application/ld+json>{\"@graph\":["
                + "{\"@type\":\"WebPage\",\"name\":\"Hafen\",\"author\":{\"@id\":\"#p1\"},"
                + "\"review\":{\"@type\":\"Review\",\"author\":\"Max Leser\"}},"
                + "{\"@type\":\"Person\",\"@id\":\"#p1\",\"name\":\"Jane Doe\"}]}</script>",
            "<article><h1>Hafen verschiebt Ausbau</h1>" + TEXT + "</article>");
    assertEquals("Jane Doe", article.byline());
  }

  @Test
  void anArticleNestedAsTheMainEntityGivesItsAuthorsEvenWithNamesInAList()
      throws BadDocumentException {
    Article article =
        read(
            "<script type=application/ld+json>{\"@type\":\"WebPage\",\"author\":\"Web Team\","
                + "\"mainEntity\":{\"@type\":\"NewsArticle\","
                + "\"author\":[{\"@type\":\"Person\",\"name\":[\"Jane Doe\"]}]}}</script>",
            "<article><h1>Hafen verschiebt Ausbau</h1>" + TEXT + "</article>");
    assertEquals("Jane Doe", article.byline());
  }

  @Test
  void anAuthorTypedOrganizationGivesWayToThePersonTheTagsName() throws BadDocumentException {
    Article article =
        read(
            "<script type=application/ld+json>{\"@type\":\"NewsArticle\","
                + "\"author\":{\"@type\":\"Organization\",\"name\":\"Hafenblatt Desk\"}}"
                + "</script><meta name=author content='Jane Doe'>",
            "<article><h1>Hafen verschiebt Ausbau</h1>" + TEXT + "</article>");
    assertEquals("Jane Doe", article.byline());
    Article alone =
        read(
            "<script type=application/ld+json>{\"@type\":\"NewsArticle\","
                + "\"author\":{\"@type\":\"Organization\",\"name\":\"Hafenblatt Desk\"}}"
                + "</script>",
            "<article><h1>Hafen verschiebt Ausbau</h1>" + TEXT + "</article>");
    assertEquals("Hafenblatt Desk", alone.byline());
  }
}
