package dev.pincite.ingest;

import static dev.pincite.ingest.MetadataPages.TEXT;
import static dev.pincite.ingest.MetadataPages.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Where pages on the open web say who wrote them, beyond a byline line (issue 14): an Open Graph
 * profile address, microdata names, JSON-LD name parts and lists, Twitter card labels, job titles
 * in several languages, links to authors' pages, co-authors the tags leave out, an organisation
 * signing a page in its tags, JSON-LD blocks written loosely. Each page is hand-written, in the
 * shape only.
 */
class AuthorSourcesTest {

  private static final String TITLE = "<title>Harbour delays dredging</title>";

  @Test
  void anOpenGraphAuthorGivenAsAProfileAddressIsTheNameOnTheLinkToThatAddress()
      throws BadDocumentException {
    Article article =
        read(
            TITLE + "<meta property='article:author' content='https://hb.example/team/jane-doe/'>",
            "<article><h1>Harbour delays dredging</h1><p class=x1>Story: <a"
                + " href='/team/jane-doe'>Jane Doe</a></p>"
                + TEXT
                + "</article>");
    assertEquals("Jane Doe", article.byline());
    Article unknown =
        read(
            TITLE + "<meta property='article:author' content='https://social.example/jane.doe'>",
            "<article>" + TEXT + "</article>");
    assertEquals(null, unknown.byline());
  }

  @Test
  void aMicrodataAuthorIsTheNameItDeclaresNotItsBoxOrThePublisherBesideIt()
      throws BadDocumentException {
    String biography =
        "Jane has covered ports, shipping and the sea for twenty years, first for a trade weekly"
            + " and then for the harbour board's own newsletter.";
    Article box =
        read(
            TITLE,
            "<article><h1>Harbour delays dredging</h1>"
                + TEXT
                + "<div itemprop=author itemscope itemtype='https://schema.org/Person'><h4>About"
                + " the writer</h4><span itemprop=name>Jane Doe</span><p>"
                + biography
                + "</p></div></article>");
    assertEquals("Jane Doe", box.byline());
    Article partner =
        read(
            TITLE,
            "<article><h1>Harbour delays dredging</h1><div class=authorinfo><span>Harbour"
                + " Weekly</span><span itemprop=author itemscope><span itemprop=name>Jane"
                + " Doe</span></span></div>"
                + TEXT
                + "</article>");
    assertEquals("Jane Doe", partner.byline());
  }

  @Test
  void jsonLdNamesMayComeInPartsAndSeveralAuthorsAreJoinedBySemicolons()
      throws BadDocumentException {
    Article parts =
        read(
            TITLE
                + "<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"author\":"
                + "{\"@type\":\"Person\",\"givenName\":\"Jane\",\"familyName\":\"Doe\"}}</script>",
            "<article>" + TEXT + "</article>");
    assertEquals("Jane Doe", parts.byline());
    Article several =
        read(
            TITLE
                + "<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"author\":"
                + "[{\"@type\":\"Person\",\"name\":\"Jane Doe\"},\"John Roe\"]}</script>",
            "<article>" + TEXT + "</article>");
    assertEquals("Jane Doe; John Roe", several.byline());
  }

  @Test
  void looselyWrittenJsonLdBlocksAreStillRead() throws BadDocumentException {
    Article commented =
        read(
            TITLE
                + "<script type=application/ld+json><!-- {\"@type\":\"WebSite\",\"name\":\"HB\"}"
                + "{\"@type\":\"Article\",\"author\":{\"@type\":\"Person\",\"name\":\"Jane"
                + " O\\'Doe\"}} --></script>",
            "<article>" + TEXT + "</article>");
    assertEquals("Jane O'Doe", commented.byline());
  }

  @Test
  void aTwitterCardLabelledWrittenByNamesTheAuthor() throws BadDocumentException {
    Article article =
        read(
            TITLE
                + "<meta name='twitter:label1' content='Verfasst von'>"
                + "<meta name='twitter:data1' content='Anna Berg'>"
                + "<meta name='twitter:label2' content='Geschätzte Lesezeit'>"
                + "<meta name='twitter:data2' content='3 Minuten'>",
            "<article>" + TEXT + "</article>");
    assertEquals("Anna Berg", article.byline());
  }

  @Test
  void aJobTitleAfterACommaEndsTheNamesInAnyLanguage() {
    assertEquals("Anna Berg", BylineNames.person("Anna Berg, Wirtschaftsredakteurin", null));
    assertEquals("Ana Berg", BylineNames.person("Por Ana Berg, corresponsal", null));
    assertEquals("Jean Roe", BylineNames.person("Jean Roe, envoyé spécial", null));
    assertEquals("Jane Doe", BylineNames.person("Jane Doe, Senior Port Correspondent", null));
    assertEquals("Ana Berg", BylineNames.person("Escribe: Ana Berg", null));
    assertEquals("Иван Петров", BylineNames.person("Автор: Иван Петров", null));
  }

  @Test
  void aJobInLowerCaseAfterACommaEndsTheNamesWithTheFirmItIsAt() {
    assertEquals(
        "Corin Vale", BylineNames.person("By Corin Vale, chief executive of Lathmere Funds", null));
    assertEquals("Ada Quist", BylineNames.person("Ada Quist, independent consultant", null));
    // names after a comma stay: capitals are no job
    assertEquals("Jane Doe, John Roe", BylineNames.person("Jane Doe, John Roe", null));
  }

  @Test
  void aLinkToAnAuthorsPageIsTheBylineOfAPageThatMarksNoOther() throws BadDocumentException {
    Article article =
        read(
            TITLE,
            "<article><h1>Harbour delays dredging</h1><div class=x1><a"
                + " href='https://hb.example/author/jane-doe/'>Jane Doe</a> · 12. Mai</div>"
                + TEXT
                + "</article>");
    assertEquals("Jane Doe", article.byline());
  }

  @Test
  void theNameLinkedToAnAuthorsPageWinsOverATaggedAuthorNoSuchLinkNames()
      throws BadDocumentException {
    String body =
        "<article><h1>Harbour delays dredging</h1><div class=x1><a"
            + " href='/autoren/anna-berg'>Anna Berg</a></div>"
            + TEXT
            + "<ul class=x2><li><a href='/autoren/jens-koch'>Jens Koch</a></li></ul></article>";
    Article poster = read(TITLE + "<meta name=author content='Web Desk Hamburg'>", body);
    assertEquals("Anna Berg", poster.byline());
    // a tagged author whom a link names stands, whatever the other links name
    Article linked = read(TITLE + "<meta name=author content='Jens Koch'>", body);
    assertEquals("Jens Koch", linked.byline());
  }

  @Test
  void coAuthorsShownBesideTheTaggedAuthorAreKept() throws BadDocumentException {
    Article article =
        read(
            TITLE + "<meta name=author content='Anna Berg'>",
            "<article><h1>Harbour delays dredging</h1><p>Von Anna Berg und Jens Koch</p>"
                + TEXT
                + "</article>");
    assertEquals("Anna Berg und Jens Koch", article.byline());
  }

  @Test
  void anOrganisationTheAuthorTagsNameSignsAPageShowingNoAuthor() throws BadDocumentException {
    Article article =
        read(
            TITLE
                + "<meta property='og:site_name' content='Hafenblatt'>"
                + "<meta name=author content='Hafenblatt'>",
            "<article>" + TEXT + "</article>");
    assertEquals("Hafenblatt", article.byline());
  }

  @Test
  void aLineThatDatesThePageAndThenNamesItsAuthorIsAByline() throws BadDocumentException {
    for (String line :
        new String[] {
          "Veröffentlicht am 3. Mai 2020 von <a href='/u/7'>Anna Berg</a>",
          "Publié le 3 mai 2020 par Anne Berg"
        }) {
      Article article =
          read(
              TITLE,
              "<article><h1>Harbour delays dredging</h1><p class=x1>"
                  + line
                  + "</p>"
                  + TEXT
                  + "</article>");
      assertEquals(line.contains("Anna") ? "Anna Berg" : "Anne Berg", article.byline());
    }
  }

  @Test
  void theTaggedAuthorIsWrittenInTheLetterCaseThePageShows() throws BadDocumentException {
    Article article =
        read(
            TITLE + "<meta name=author content='Jane Doe'>",
            "<article><h1>Harbour delays dredging</h1><div class=byline>By JANE DOE</div>"
                + TEXT
                + "</article>");
    assertEquals("JANE DOE", article.byline());
    Article box =
        read(
            TITLE + "<meta name=author content='Jane Doe'>",
            "<article><h1>Harbour delays dredging</h1>"
                + TEXT
                + "<div class=x1><b>JANE DOE</b> covers the port.</div></article>");
    assertEquals("JANE DOE", box.byline());
  }

  @Test
  void aDatelineNamesAPlaceNotAnAuthor() throws BadDocumentException {
    Article article =
        read(
            TITLE,
            "<article><h1>Harbour delays dredging</h1><p><span class=dateline>KOBE – </span>The"
                + " harbour board met on Monday and voted to delay the dredging plan.</p>"
                + TEXT
                + "</article>");
    assertEquals(null, article.byline());
  }

  @Test
  void aWritersClassMarksTheByline() throws BadDocumentException {
    Article article =
        read(
            TITLE,
            "<article><h1>Harbour delays dredging</h1><span class=post-writer>Jane Doe</span>"
                + TEXT
                + "</article>");
    assertEquals("Jane Doe", article.byline());
  }
}
