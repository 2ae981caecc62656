package dev.pincite.ingest;

import static dev.pincite.ingest.MetadataPages.TEXT;
import static dev.pincite.ingest.MetadataPages.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * The title and publication date of an HTML page, where its sources disagree: a title that two
 * sources give word for word, the site's name cut wherever it stands, the date under the headline
 * (issue 14).
 */
class PageTitleAndDateTest {

  private final HtmlArticleReader reader = new HtmlArticleReader(BoilerplateRules.standard());

  @Test
  void aTitlePushedOutOfTheHeadByTextBeforeItIsStillRead() throws BadDocumentException {
    // a server's warning printed before <head>: the parser puts the <title> in the body
    Article article =
        reader.read(
            "<b>Warning</b>: deprecated call in <b>index.php</b><br>"
                + "<head><title>Hafen verschiebt Ausbau</title></head><body>"
                + "<svg><title>Logo</title></svg>"
                + TEXT
                + "</body>",
            "page.html");
    assertEquals("Hafen verschiebt Ausbau", article.title());
  }

  @Test
  void aDeclaredTitleThatAHeadingShowsBeatsAnH1ThatOnlyTheTitleTagHas()
      throws BadDocumentException {
    Article article =
        read(
            "<title>Hafen: Ausbau verschoben, Fischer erleichtert | Politik</title>"
                + "<meta property=og:title content='Der Hafen verschiebt seinen Ausbau'>",
            "<nav><h1 class=crumb>Hafen: Ausbau verschoben, Fischer erleichtert</h1></nav>"
                + "<article><h2 class=headline>Der Hafen verschiebt seinen Ausbau</h2>"
                + TEXT
                + "</article>");
    assertEquals("Der Hafen verschiebt seinen Ausbau", article.title());
  }

  @Test
  void aListOfOtherArticlesRepeatingTheDeclaredTitleDoesNotOutvoteTheHeadline()
      throws BadDocumentException {
    Article article =
        read(
            "<meta property=og:title content='Hafen verschiebt Ausbau'>",
            "<article><h1>Hafen verschiebt Ausbau bis zum Herbst</h1>"
                + TEXT
                + "</article><div><h3 class=teaser-title>Hafen verschiebt Ausbau</h3>"
                + "<h3 class=teaser-title>Fähre fährt wieder nach Fahrplan</h3></div>");
    assertEquals("Hafen verschiebt Ausbau bis zum Herbst", article.title());
  }

  @Test
  void aHeadingThatIsOneWordOfTheSiteNameIsNotTheTitle() throws BadDocumentException {
    Article article =
        read(
            "<meta property=og:site_name content='Hafenblatt - Analyse Meinung Kritik'>"
                + "<meta property=og:title"
                + " content='Hafen verschiebt Ausbau | Hafenblatt - Analyse Meinung Kritik'>",
            "<h1 class=logo>M Meinung</h1><h1 class=logo>Meinung</h1>"
                + "<article>"
                + TEXT
                + "</article>");
    assertEquals("Hafen verschiebt Ausbau", article.title());
  }

  @Test
  void theSiteNameBeforeABarWithoutSpacesIsCut() throws BadDocumentException {
    Article article =
        read(
            "<meta property=og:site_name content='HAFEN EASY'>"
                + "<meta property=og:title content='HAFEN EASY|港の工事が遅れる'>",
            "<article>" + TEXT + "</article>");
    assertEquals("港の工事が遅れる", article.title());
  }

  @Test
  void aSectionBeforeOneDeclaredTitleThatAnotherLacksIsCut() throws BadDocumentException {
    Article article =
        read(
            "<meta name=title content='Hafenstatistik - Umschlag im November 2021'>"
                + "<meta name=twitter:title content='Umschlag im November 2021'>",
            "<article>" + TEXT + "</article>");
    assertEquals("Umschlag im November 2021", article.title());
  }

  @Test
  void thePartOfTheTitleTagThatAHeadingShowsIsTheTitle() throws BadDocumentException {
    Article article =
        read(
            "<title>seefunk » Blog Archiv » Nummer zwei: Leo</title>",
            "<h1><a href='/'>seefunk</a></h1><div class=post><h2 class=posttitle>Nummer zwei:"
                + " Leo</h2>"
                + TEXT
                + "</div>");
    assertEquals("Nummer zwei: Leo", article.title());
  }

  @Test
  void aDateUnderTheHeadlineIsReadInsideAContainerWhoseClassNamesASidebar()
      throws BadDocumentException {
    // the container holds the article beside its sidebar: it is no furniture away from it
    Article article =
        read(
            "<meta property=og:title content='Hafen verschiebt Ausbau'>",
            "<section class='wrapper with-sidebar'><article><h1>Hafen verschiebt Ausbau</h1>"
                + "<div class=byline-line>Posted on September 21, 2020 by Jane Doe</div>"
                + TEXT
                + "</article><div class=sidebar><p>March 1, 2019</p></div></section>");
    assertEquals("2020-09-21", article.published());
  }

  @Test
  void aDateInASidebarBesideTheArticleIsStillNotItsDate() throws BadDocumentException {
    Article article =
        read(
            "<meta property=og:title content='Hafen verschiebt Ausbau'>",
            "<section class='wrapper with-sidebar'><article><h1>Hafen verschiebt Ausbau</h1>"
                + TEXT
                + "</article><div class=sidebar><p>March 1, 2019</p></div></section>");
    assertNull(article.published());
  }

  @Test
  void aDateSetAsTheHeadlinesKickerIsThePublicationDate() throws BadDocumentException {
    StringBuilder menu = new StringBuilder("<h1 class=aural>Hafenamt</h1><ul>");
    menu.append("<li><a href=/antrag>Antragsverfahren ab 01.01.2020</a></li>");
    for (int i = 0; i < 70; i++) {
      menu.append("<li><a href=/s").append(i).append(">Seite ").append(i).append("</a></li>");
    }
    Article article =
        read(
            "<meta property=og:title content='Umschlag im November 2021'>",
            menu
                + "</ul><article><h1><span class=date>27.01.2022</span>Umschlag im November 2021"
                + "</h1>"
                + TEXT
                + "</article>");
    assertEquals("Umschlag im November 2021", article.title());
    assertEquals("2022-01-27", article.published());
  }

  @Test
  void theDateUnderATitleSetAsASecondRankHeadingIsThePublicationDate() throws BadDocumentException {
    StringBuilder menu = new StringBuilder("<h1><a href='/'>Hafenblatt</a></h1><ul>");
    menu.append("<li>Archiv 12.03.2019</li>");
    for (int i = 0; i < 70; i++) {
      menu.append("<li><a href=/s").append(i).append(">Seite ").append(i).append("</a></li>");
    }
    Article article =
        read(
            "<meta property=og:title content='Hafen verschiebt Ausbau'>",
            menu
                + "</ul><article><h2>Hafen verschiebt Ausbau</h2><p class=date>3. August 2015</p>"
                + TEXT
                + "</article>");
    assertEquals("2015-08-03", article.published());
  }
}
