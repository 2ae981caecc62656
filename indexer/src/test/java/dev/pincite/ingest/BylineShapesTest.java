package dev.pincite.ingest;

import static dev.pincite.ingest.MetadataPages.TEXT;
import static dev.pincite.ingest.MetadataPages.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The shapes in which pages write who wrote them (issue 14): the by-word and the names in separate
 * elements, names joined by the word for "and", tags naming the publisher, microdata in a post's
 * footer, user names and the names shown for them. Each page is hand-written, in the shape only.
 */
class BylineShapesTest {

  @Test
  void aByWordAloneInItsElementTakesTheNamesBesideItUpToADayOfTheWeek()
      throws BadDocumentException {
    Article article =
        read(
            "<title>Harbour delays dredging</title>",
            "<article><h1>Harbour delays dredging</h1><div class=x1><span class=x2>By</span><span>"
                + "<a href='/staff/jd'>Jane Doe</a></span> Thursday, November 9, 2023 4:41AM</div>"
                + TEXT
                + "</article>");
    assertEquals("Jane Doe", article.byline());
    assertEquals(null, BylineNames.person("Donnerstag, 4. November 2021", null));
  }

  @Test
  void namesJoinedByTheWordForAndInAnyLanguageAreOneByline() throws BadDocumentException {
    for (String names : new String[] {"Anna Berg und Jens Koch", "Ana Berg y Juan Koch"}) {
      Article article =
          read(
              "<title>Hafen verschiebt Ausbau</title>",
              "<article>" + TEXT + "<p>Autores " + names + "</p></article>");
      assertEquals(names, article.byline());
    }
  }

  @Test
  void anAuthorTagThatNamesThePublisherGivesWayToTheVisibleByline() throws BadDocumentException {
    Article article =
        read(
            "<title>Hafen verschiebt Ausbau</title><meta name=author content='Hafenblatt (hb.example)'>"
                + "<meta name=publisher content='Hafenblatt (hb.example)'>",
            "<article>" + TEXT + "<p>Auteur : Anna Berg</p></article>");
    assertEquals("Anna Berg", article.byline());
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

  @Test
  void aUserNameInTheTagsGivesWayToTheNameOfAnUnmarkedAuthorLine() throws BadDocumentException {
    Article article =
        read(
            "<meta property=article:author content=jana_muster>",
            "<article><h1>Hafen verschiebt Ausbau</h1><ul><li class=submitted>"
                + "Author: <a href='/autoren/jana'>Jána Mustér</a>, Datum: 03.Mär.19</li></ul>"
                + TEXT
                + "</article>");
    assertEquals("Jána Mustér", article.byline());
    assertEquals("Jane Doe", BylineNames.person("Author: Jane Doe, Datum: 03.Mär.19", null));
  }

  @Test
  void anHAtomAuthorsHCardMayNameTheSiteItself() throws BadDocumentException {
    Article article =
        read(
            "<title>Hafen verschiebt Ausbau - Hafenverein</title>"
                + "<meta property=og:site_name content=Hafenverein>",
            "<article><h1>Hafen verschiebt Ausbau</h1><p class=meta><span class=authors>, par"
                + " <span class='vcard author'><a class='url fn' href='/auteur/hv'>Hafenverein</a>"
                + "</span></span></p>"
                + TEXT
                + "</article>");
    assertEquals("Hafenverein", article.byline());
  }

  @Test
  void aPostWithoutBylineIsByTheAuthorOfTheReplyMarkedAsThePostAuthors()
      throws BadDocumentException {
    String reply =
        "<li class='comment byuser comment-author-%s%s' id=c%s><div class='comment-author vcard'>"
            + "<p>Danke, das freut mich sehr, und bis zum nächsten Mal im neuen Jahr!</p>"
            + "<cite>Kommentar von <span class=fn><a href='/u/%s'>%s</a></span></cite></div></li>";
    Article article =
        read(
            "<title>Ins neue Jahr</title>",
            "<article><h1>Ins neue Jahr</h1>"
                + TEXT
                + "</article><ol class=commentlist>"
                + String.format(Locale.ROOT, reply, "leser", "", "1", "leser", "leser")
                + String.format(
                    Locale.ROOT, reply, "jmuster", " bypostauthor", "2", "jmuster", "jmuster")
                + "</ol>");
    assertEquals("jmuster", article.byline());
  }

  @Test
  void aReportOpeningWithAnAgencysDatelineIsSignedByTheAgency() throws BadDocumentException {
    Article article =
        read(
            "<title>Hafen verschiebt Ausbau</title>",
            "<article><h1>Hafen verschiebt Ausbau</h1><p>Kiel (dpa/lno) – Der Hafen verschiebt den"
                + " Ausbau um ein Jahr, wie die Hafenbehörde am Montag in Kiel mitteilte.</p>"
                + TEXT
                + "</article>");
    assertEquals("dpa/lno", article.byline());
    assertEquals(
        null,
        AuthorFinder.wireAgency(
            List.of(Block.paragraph("Rostow (Russland) – Der Hafen verschiebt den Ausbau."))));
    assertEquals(
        "EFE",
        AuthorFinder.wireAgency(
            List.of(Block.paragraph("MADRID, 3 may (EFE).- El puerto aplaza la obra."))));
  }

  @Test
  void theAuthorOfAPictureIsNotTheAuthorOfTheArticle() throws BadDocumentException {
    Article article =
        read(
            "<title>Hafen verschiebt Ausbau</title>",
            "<article><h1>Hafen verschiebt Ausbau</h1><div class=teaser-image><img src=h.jpg>"
                + "<span>Bild: </span><div class='field field-image-author'><a href='/'>Hafenfoto"
                + "</a></div></div><div class=user><span class=user-author-name><a href=/u/jm>Jana"
                + " Muster</a></span></div>"
                + TEXT
                + "<figure><img src=k.jpg><span class=author>Max Knipser</span></figure></article>");
    assertEquals("Jana Muster", article.byline());
  }

  @Test
  void anAuthorBoxIsTheNameOfItsHeading() throws BadDocumentException {
    Article article =
        read(
            "<title>Leasing oder Kauf?</title>",
            "<article><h1>Leasing oder Kauf?</h1>"
                + TEXT
                + "<div class=author-box><h3>Jana Muster</h3><img src=jm.jpg alt='Jana Muster'>"
                + "<p><a href=/autor/jm>Alles von Jana Muster</a> <a href='#'>Kontakt</a></p></div>"
                + "</article>");
    assertEquals("Jana Muster", article.byline());
  }

  @Test
  void anEditorOrAPhotographerIsNotTheAuthorAndADashMaySetTheBylineOff()
      throws BadDocumentException {
    assertEquals(null, BylineNames.person("Revised Edition Edited by Jane Doe", null));
    assertEquals(null, BylineNames.person("Medically reviewed by Jane Doe, MD", null));
    assertEquals(null, BylineNames.person("Photo by Jane Doe", null));
    assertEquals("Jane Doe", BylineNames.person("Politics by Jane Doe", null));
    Article article =
        read(
            "<title>Micropolitics</title>",
            "<article><h1>Micropolitics</h1><div><em>---- by Jana Muster</em></div>"
                + TEXT
                + "<p><span itemprop=author>Revised Edition Edited by Max Herausgeber</span></p>"
                + "</article>");
    assertEquals("Jana Muster", article.byline());
  }

  @Test
  void anAboutTheAuthorBoxNamesThePersonItsBiographyOpensWith() throws BadDocumentException {
    Article article =
        read(
            "<title>Gym contracts</title>",
            "<article><h1>Gym contracts</h1>"
                + TEXT
                + "</article><section class=author-box><h3>About the author</h3><p>Corinne"
                + " Whitlock-Ames spent fourteen years running clubs.</p></section>");
    assertEquals("Corinne Whitlock-Ames", article.byline());
  }

  @Test
  void aCoverSheetsAuthorRowNamesTheAuthor() throws BadDocumentException {
    Article article =
        read(
            "<title>Airport stake</title>",
            "<article><h1>Airport stake</h1><table><tr><th>Report of</th><td>Director of"
                + " Finance</td></tr><tr><th>Report author</th><td>Imelda Sorensen-Tait, Head of"
                + " Pensions Investment</td></tr></table>"
                + TEXT
                + "</article>");
    assertEquals("Imelda Sorensen-Tait", article.byline());
  }

  @Test
  void aNotesListOfAnalystsWithTheirDetailsNamesTheFirstAsAuthor() throws BadDocumentException {
    Article article =
        read(
            "<title>Quarry upgrade</title>",
            "<article><h1>Quarry upgrade</h1>"
                + TEXT
                + "</article><section class=contacts><h3>Analysts</h3><ul><li><strong>Wendell"
                + " Oyelaran</strong> &middot; Building Materials &middot; +44 20 7946 0555"
                + " &middot; w.o@example.com</li><li>Nadia Quist &middot; +44 20 7946 0556</li>"
                + "</ul></section>");
    assertEquals("Wendell Oyelaran", article.byline());
  }

  @Test
  void aListOfAuthorsWithoutContactDetailsNamesNoAuthor() throws BadDocumentException {
    Article article =
        read(
            "<title>Quarry upgrade</title>",
            "<article><h1>Quarry upgrade</h1>"
                + TEXT
                + "</article><aside><h3>Authors</h3><ul><li>Wendell Oyelaran</li></ul></aside>");
    assertNull(article.byline(), "a list of names alone may be anyone's: a reading list");
  }

  @Test
  void aDublinCorePublisherIsTheSiteWhenNothingElseNamesIt() throws BadDocumentException {
    Article article =
        read(
            "<title>Provisional decision</title><meta name=\"DC.publisher\" content=\"Orlin"
                + " Water Authority\">",
            "<article><h1>Provisional decision</h1>" + TEXT + "</article>");
    assertEquals("Orlin Water Authority", article.site());
  }

  @Test
  void anAddressElementsFirstLineNamesItsPersonAsAuthor() throws BadDocumentException {
    Article article =
        read(
            "<title>Kiln note</title>",
            "<article><h1>Kiln note</h1>"
                + TEXT
                + "<address>Ottoline Brask<br>Senior Analyst<br>Wexmoor Securities<br>"
                + "o.b@example.com</address></article>");
    assertEquals("Ottoline Brask", article.byline());
  }

  @Test
  void anAddressInTheFooterOrNamingAFirmNamesNoAuthor() throws BadDocumentException {
    Article footer =
        read(
            "<title>Kiln note</title>",
            "<article><h1>Kiln note</h1>"
                + TEXT
                + "</article><footer><address>Ottoline Brask<br>1 Quay Street</address></footer>");
    assertNull(footer.byline(), "a footer's address is the site's");
    Article firm =
        read(
            "<title>Kiln note</title>",
            "<article><h1>Kiln note</h1>"
                + TEXT
                + "<address>Wexmoor Securities Group<br>1 Quay Street</address></article>");
    assertNull(firm.byline(), "a firm's name is no person");
  }

  @Test
  void aTableOfAnalystsUnderItsHeadingNamesTheFirstAsAuthor() throws BadDocumentException {
    Article article =
        read(
            "<title>Boxboard note</title>",
            "<article><h1>Boxboard note</h1>"
                + TEXT
                + "<h3>Analysts</h3><table><tr><th>Analyst</th><th>Role</th><th>Contact</th></tr>"
                + "<tr><td>Wenna Scarth</td><td>Lead analyst</td><td>w.s@example.com</td></tr>"
                + "</table></article>");
    assertEquals("Wenna Scarth", article.byline());
  }

  @Test
  void aKeynoteSpeakerLineNamesTheAuthor() throws BadDocumentException {
    Article article =
        read(
            "<title>Opening keynote</title>",
            "<article><h1>Opening keynote</h1><p><strong>Keynote speaker:</strong> Eamon"
                + " Thistlewood, Chief Executive, Gorse Agri</p>"
                + TEXT
                + "</article>");
    assertEquals("Eamon Thistlewood", article.byline().split(",")[0]);
  }

  @Test
  void aLabelledCreditLineOrAWrittenByHeadingNamesTheAuthor() throws BadDocumentException {
    Article rating =
        read(
            "<title>Rating action</title>",
            "<article><h1>Rating action</h1>"
                + TEXT
                + "</article><aside><p>Primary analyst: Imke Farrow, Senior Director, +44 20 5550"
                + " 0147</p></aside>");
    assertEquals("Imke Farrow", rating.byline().split(",")[0]);
    Article blog =
        read(
            "<title>Royalty rise</title>",
            "<article><h1>Royalty rise</h1>"
                + TEXT
                + "</article><aside><h4>Written by</h4><p>Corinna Bastable</p></aside>");
    assertEquals("Corinna Bastable", blog.byline());
    Article notice =
        read(
            "<title>Pay notice</title>",
            "<article><h1>Pay notice</h1>"
                + TEXT
                + "<p><em>Issued by Roswitha Achter, General Secretary, on behalf of the"
                + " Executive</em></p></article>");
    assertEquals("Roswitha Achter", notice.byline().split(",")[0]);
  }
}
