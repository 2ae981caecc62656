package dev.pincite.ingest;

import static dev.pincite.ingest.MetadataPages.TEXT;
import static dev.pincite.ingest.MetadataPages.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Bylines as the open web writes them, in kinds the extraction-dev pages have few or none of (issue
 * 14): names in capitals, several authors joined in many languages, lead-ins per language, what
 * trails the names (a role, a date, an e-mail address, "| Updated"), the site's own name or host in
 * the author tag, and the standard author marks (parsely, sailthru, Dublin Core, {@code
 * rel=author}, hAtom's hCard, a schema.org Person referenced by {@code @id}). Each page is
 * hand-written, in the shape only.
 */
class OpenWebBylinesTest {

  private static final String TITLE = "<title>Harbour delays dredging</title>";

  private static String byline(String head, String bylineHtml) throws BadDocumentException {
    return read(
            TITLE + head,
            "<article><h1>Harbour delays dredging</h1>" + bylineHtml + TEXT + "</article>")
        .byline();
  }

  private static String byline(String bylineHtml) throws BadDocumentException {
    return byline("", bylineHtml);
  }

  @Test
  void namesInCapitalsStayInCapitalsWithoutTheirLeadIn() throws BadDocumentException {
    assertEquals("JANE DOE", byline("<p class=byline>By JANE DOE</p>"));
    assertEquals("JANE DOE", byline("<p>BY JANE DOE</p>"));
    assertEquals("JANE DOE", byline("<div class=author>WRITTEN BY JANE DOE</div>"));
    assertEquals("JANE DOE AND JOHN ROE", byline("<p>BY JANE DOE AND JOHN ROE</p>"));
  }

  @Test
  void severalAuthorsJoinedByTheWordForAndOfTheirLanguageAreOneByline()
      throws BadDocumentException {
    assertEquals("Jane Doe and John Roe", byline("<p>By Jane Doe and John Roe</p>"));
    assertEquals("Anna Berg und Jan Muster", byline("<p>Von Anna Berg und Jan Muster</p>"));
    assertEquals("Ana Berg y Juan Pérez", byline("<p>Por Ana Berg y Juan Pérez</p>"));
    assertEquals("Jean Roe et Marie Doe", byline("<p>Par Jean Roe et Marie Doe</p>"));
    assertEquals("Anna Rossi e Marco Bianchi", byline("<p>di Anna Rossi e Marco Bianchi</p>"));
    assertEquals("Anna Berg och Erik Lund", byline("<p>Av Anna Berg och Erik Lund</p>"));
    assertEquals(
        "Kari Nordmann og Ola Nordmann", byline("<p>Av Kari Nordmann og Ola Nordmann</p>"));
    assertEquals("Anna Nowak i Jan Kowalski", byline("<p>Autor: Anna Nowak i Jan Kowalski</p>"));
    assertEquals(
        "Иван Петров и Анна Смирнова", byline("<p>Авторы: Иван Петров и Анна Смирнова</p>"));
  }

  @Test
  void threePeopleMayTakeMoreWordsThanOneNameButABoxOfOneNameDoesNot() throws BadDocumentException {
    assertEquals(
        "Jane Doe, John Roe and Mary Major", byline("<p>By Jane Doe, John Roe and Mary Major</p>"));
    assertEquals(
        "Anna van Berg en Jan de Vries", byline("<p>Door Anna van Berg en Jan de Vries</p>"));
    assertEquals(true, BylineCues.STANDARD.isNames("Jane Doe, John Roe and Mary Major"));
    // an author box's name, its "all posts" link and its contact link: seven words, no joiner
    assertEquals(false, BylineCues.STANDARD.isNames("Jane Doe Alle Texte Jane Doe Kontakt"));
  }

  @Test
  void leadInsOfEachLanguageAreDroppedAndNamesWithoutLetterCaseAreRead()
      throws BadDocumentException {
    assertEquals("Jan Muster", byline("<p>Autor: Jan Muster</p>"));
    assertEquals("Ana Berg", byline("<p>Texto: Ana Berg</p>"));
    assertEquals("Anna Rossi", byline("<p>Di Anna Rossi</p>"));
    assertEquals("Иван Петров", byline("<p>Автор: Иван Петров</p>"));
    // Chinese and Japanese names have no capitals: a short word of their script after the lead-in
    assertEquals("山田太郎", byline("<p>著者：山田太郎</p>"));
    assertEquals("山田 太郎", byline("<p>著者: 山田 太郎</p>"));
    assertEquals(true, BylineCues.STANDARD.opensByline("作者：张伟"));
    // a sentence of such a script runs on without spaces: longer than a name's part
    assertEquals(false, BylineCues.STANDARD.isNames("港务局周一开会后投票决定推迟疏浚计划理由是成本过高"));
  }

  @Test
  void whatTrailsTheNamesIsCut() throws BadDocumentException {
    assertEquals("Jane Doe", byline("<p class=byline>By Jane Doe | Updated 3 hours ago</p>"));
    assertEquals("Jane Doe", byline("<p>By Jane Doe Updated: March 3, 2024</p>"));
    assertEquals("Jane Doe", byline("<p class=byline>By Jane Doe — March 3, 2024</p>"));
    assertEquals("Jane Doe", byline("<p class=byline>By Jane Doe, Staff Writer</p>"));
    // an e-mail address is cut whole, not from its "@" on
    assertEquals("Jane Doe", byline("<p class=byline>By Jane Doe jane.doe@example.com</p>"));
    assertEquals("Jane Doe", byline("<p class=byline>By Jane Doe (jane.doe@example.com)</p>"));
    assertEquals("Jane Doe", byline("<p class=byline>By Jane Doe, jdoe@example.com</p>"));
    assertEquals("Jane Doe", BylineNames.person("Jane Doe@janedoe", null));
    // the outlet after a comma is not one of the names
    assertEquals("Jane Doe", BylineNames.person("By Jane Doe, Harbour Weekly", "Harbour Weekly"));
    assertEquals("Jane Doe, John Roe", BylineNames.person("Jane Doe, John Roe", "Harbour Weekly"));
  }

  @Test
  void theSitesNameOrHostInTheAuthorTagIsNotAPerson() throws BadDocumentException {
    String site = "<meta property=og:site_name content='Harbour Weekly'>";
    assertEquals(
        "Jane Doe",
        byline(site + "<meta name=author content='Harbour Weekly'>", "<p>By Jane Doe</p>"));
    String hostTag =
        "<meta name=author content='harbourweekly.example'>"
            + "<link rel=canonical href='https://www.harbourweekly.example/news/dredging'>";
    assertEquals("Jane Doe", byline(hostTag, "<p>By Jane Doe</p>"));
    // with no other byline, the host signs the page as the site's name does
    assertEquals("harbourweekly.example", byline(hostTag, ""));
    // the site's name with its place after a comma is the site too
    assertEquals(
        "Jane Doe",
        byline(
            site + "<meta name=author content='Harbour Weekly, Hamburg, Germany'>",
            "<p>By Jane Doe</p>"));
  }

  @Test
  void theStandardAuthorMarksNameTheAuthor() throws BadDocumentException {
    assertEquals("Jane Doe", byline("<meta name=parsely-author content='Jane Doe'>", ""));
    assertEquals("Jane Doe", byline("<meta name=sailthru.author content='Jane Doe'>", ""));
    assertEquals("Jane Doe", byline("<meta name=DC.creator content='Jane Doe'>", ""));
    assertEquals("Jane Doe", byline("<meta name=dcterms.creator content='Jane Doe'>", ""));
    assertEquals(
        "Jane Doe", byline("<p>Posted in News by <a rel=author href='/u/7'>Jane Doe</a></p>"));
    assertEquals(
        "Jane Doe",
        byline(
            "<span class=x>Posted by <span class='author vcard'><a class='url fn n'"
                + " href='/u/7'>Jane Doe</a></span></span>"));
  }

  @Test
  void aSchemaOrgPersonInTheGraphIsFoundByItsId() throws BadDocumentException {
    String graph =
        "<script type=application/ld+json>{\"@context\":\"https://schema.org\",\"@graph\":["
            + "{\"@type\":\"Article\",\"@id\":\"#a\",\"author\":[{\"@id\":\"#p\"},{\"@id\":\"#q\"}]},"
            + "{\"@type\":\"Person\",\"@id\":\"#p\",\"name\":\"Jane Doe\"},"
            + "{\"@type\":\"Person\",\"@id\":\"#q\",\"name\":\"John Roe\"}]}</script>";
    assertEquals("Jane Doe; John Roe", byline(graph, ""));
    String twoBlocks =
        "<script type=application/ld+json>{\"@type\":\"Article\",\"author\":"
            + "{\"@id\":\"https://x.example/#/schema/person/1\"}}</script>"
            + "<script type=application/ld+json>{\"@graph\":[{\"@type\":[\"Person\"],"
            + "\"@id\":\"https://x.example/#/schema/person/1\",\"name\":\"Jane Doe\"}]}</script>";
    assertEquals("Jane Doe", byline(twoBlocks, ""));
  }
}
