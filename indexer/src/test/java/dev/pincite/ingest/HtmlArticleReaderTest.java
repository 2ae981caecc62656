package dev.pincite.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pincite.ingest.Block.Kind;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class HtmlArticleReaderTest {

  private final HtmlArticleReader reader = new HtmlArticleReader(BoilerplateRules.standard());

  private static final String P1 =
      "The harbour board met on Monday, and after a long debate it voted to delay the dredging"
          + " plan, citing costs, objections from fishermen, and a pending environmental review.";
  private static final String P2 =
      "Board members said the review, which began in the spring, would take at least another"
          + " six months, and that the budget for the project would be revisited in the autumn.";
  private static final String P3 =
      "Local businesses, which had hoped for larger ships by next year, said the delay would"
          + " cost them customers, though some welcomed a closer look at the environmental risks.";

  private static String page(String head, String body) {
    return "<!DOCTYPE html><html lang=\"en-GB\"><head>"
        + head
        + "</head><body>"
        + body
        + "</body></html>";
  }

  private Article read(String head, String body) throws BadDocumentException {
    return reader.read(page(head, body), "page.html");
  }

  /** The text of each block the article of a page with this body has, in order. */
  private List<String> blockTexts(String body) throws BadDocumentException {
    return read("<title>t</title>", body).blocks().stream().map(Block::text).toList();
  }

  /** A forum post: its header (the writer's link and user details), then its text. */
  private static String post(String writer, String details, String text) {
    return "<div class=\"post\"><div class=\"post-author\"><a class=\"username\" href=\"/members/"
        + writer
        + "\">"
        + writer
        + "</a><span class=\"user-meta\">"
        + details
        + "</span></div><div class=\"post-content\"><p>"
        + text
        + "</p></div></div>";
  }

  @Test
  void aForumPostsParagraphsAreItsWritersAndItsUserDetailsAreNoText() throws BadDocumentException {
    String body =
        "<h1>Harbour dredging, is the plan dead?</h1><div class=\"thread-posts\">"
            + post("tidewatcher", "Joined 2019 \u00b7 2,314 posts", P1)
            + post("quay_rat", "Joined 2021 \u00b7 418 posts", P2)
            + post("tidewatcher", "Joined 2019 \u00b7 2,314 posts", P3)
            + "</div>";
    Article article = read("<title>Harbour dredging, is the plan dead?</title>", body);
    assertEquals(
        List.of(
            Kind.POST_HEADER,
            Kind.PARAGRAPH,
            Kind.POST_HEADER,
            Kind.PARAGRAPH,
            Kind.POST_HEADER,
            Kind.PARAGRAPH),
        article.blocks().stream().map(Block::kind).toList());
    assertEquals(
        List.of("tidewatcher", "quay_rat", "tidewatcher"),
        article.paragraphs().stream().map(Paragraph::signer).toList());
    assertFalse(article.body().contains("Joined"), article.body());
    // the first post's writer is no byline of the page's
    assertNull(article.metadata().byline());
  }

  @Test
  void anAuthorMarkedOnceOrAfterTextHeadsNoPost() throws BadDocumentException {
    String oneAuthor =
        "<article><div class=\"author\"><a href=\"/people/ann-obi\">Ann Obi</a></div><p>"
            + P1
            + "</p><p>"
            + P2
            + "</p></article>";
    assertTrue(
        read("<title>t</title>", oneAuthor).blocks().stream()
            .noneMatch(b -> b.kind() == Kind.POST_HEADER));
    // teasers whose author follows their headline are no posts
    String teasers =
        "<article><p>"
            + P1
            + "</p><div class=\"teaser\"><p>Dredging delayed again</p><span class=\"author\">Ann"
            + " Obi</span></div><div class=\"teaser\"><p>Fishermen object</p><span"
            + " class=\"author\">Tom Reyes</span></div></article>";
    assertTrue(
        read("<title>t</title>", teasers).blocks().stream()
            .noneMatch(b -> b.kind() == Kind.POST_HEADER));
  }

  @Test
  void aCommentHeadersNameIsItsFormattedNameNotItsTimeLink() throws BadDocumentException {
    String comment =
        "<li class=\"comment\"><div class=\"comment-author vcard\"><a href=\"#c%d\">20.07.2015 //"
            + " 14:46</a> <cite class=\"fn\">%s</cite> <span class=\"says\">says:</span></div><p>%s</p>"
            + "</li>";
    String body =
        "<article><ol class=\"comment-list\">"
            + String.format(Locale.ROOT, comment, 1, "Ivar Ivarson", P1)
            + String.format(Locale.ROOT, comment, 2, "Miss Manners", P2)
            + "</ol></article>";
    List<Block> blocks = read("<title>t</title>", body).blocks();
    assertEquals(
        List.of("Ivar Ivarson", "Miss Manners"),
        blocks.stream().filter(b -> b.kind() == Kind.POST_HEADER).map(Block::text).toList());
  }

  @Test
  void aReplySetAsABlockQuoteIsSignedByTheDashedLineClosingIt() throws BadDocumentException {
    String body =
        "<main><article><p>"
            + P1
            + "</p><h2>The board replies</h2><blockquote><p>"
            + P2
            + "</p><p>"
            + P3
            + "</p><p>&mdash; Crispin Adeyemi-Lowe, Finance Director, Harbour Board</p>"
            + "</blockquote></article></main>";
    Article article = read("<title>Dredging</title>", body);
    assertEquals(Block.Kind.SIGNATURE, article.blocks().getLast().kind());
    assertEquals(
        Arrays.asList(null, "Crispin Adeyemi-Lowe", "Crispin Adeyemi-Lowe", "Crispin Adeyemi-Lowe"),
        article.paragraphs().stream().map(Paragraph::signer).toList());
  }

  @Test
  void aLetterFromItsSalutationToItsDashedSignatureIsItsSignersOnAWebPage()
      throws BadDocumentException {
    String body =
        "<main><article><p>Dear fellow shareholders,</p><p>"
            + P1
            + "</p><p>"
            + P2
            + "</p><p>&mdash; Leontyne Baptiste, Chief Executive Officer, Tidewell Streaming</p>"
            + "</article></main>";
    List<Paragraph> paragraphs = read("<title>Letter | Tidewell</title>", body).paragraphs();
    assertEquals(Block.Kind.SIGNATURE, read("<title>t</title>", body).blocks().get(3).kind());
    assertEquals(
        List.of("Leontyne Baptiste", "Leontyne Baptiste", "Leontyne Baptiste", "Leontyne Baptiste"),
        paragraphs.stream().map(Paragraph::signer).toList());
  }

  @Test
  void aReplyUnderItsHeadingIsSignedByTheDashedLineEvenWithTheEditorsNoteAfterIt()
      throws BadDocumentException {
    String body =
        "<main><article><p>"
            + P1
            + "</p><h2>Hillwire responds</h2><p>"
            + P2
            + "</p><p>&mdash; Marisol Everdene, chief executive, Hillwire Networks</p><p>"
            + P3
            + "</p></article></main>";
    Article article = read("<title>Broadband</title>", body);
    assertEquals(Block.Kind.SIGNATURE, article.blocks().get(3).kind());
    assertEquals(
        Arrays.asList(null, "Marisol Everdene", "Marisol Everdene", null),
        article.paragraphs().stream().map(Paragraph::signer).toList());
  }

  @Test
  void keepsTheArticleAndDropsPageFurniture() throws BadDocumentException {
    String body =
        "<header class=site-header><nav><a href=/>Home</a> <a href=/news>News</a></nav></header>"
            + "<div id=cookie-banner><p>We use cookies to improve your experience on this site, please accept them.</p></div>"
            + "<main><article>"
            + "<div class=share-bar><a href=#>Share on Facebook</a> <a href=#>Tweet</a></div>"
            + "<p>"
            + P1
            + "</p>"
            + "<div class=newsletter-signup><p>Sign up for our newsletter to get the best stories in your inbox.</p></div>"
            + "<p>"
            + P2
            + "</p>"
            + "<p>"
            + P3
            + "</p>"
            + "</article></main>"
            + "<aside class=sidebar><h3>Most read</h3><ul><li><a href=/a>Other story one</a></li><li><a href=/b>Other story two</a></li></ul></aside>"
            + "<section class=comments><p>Great article, I totally agree with everything said here about the harbour!</p></section>"
            + "<footer><p>© 2026 Harbour News. All rights reserved.</p></footer>";
    Article article = read("<title>Delay | Harbour News</title>", body);
    assertEquals(
        List.of(Block.paragraph(P1), Block.paragraph(P2), Block.paragraph(P3)), article.blocks());
  }

  @Test
  void picksTheArticleAmongSeveralCandidateBlocks() throws BadDocumentException {
    String teaser =
        "<div class=teaser><p><a href=/x>A short teaser for another story, with a link.</a></p></div>";
    String body =
        teaser
            + "<div class=post-content><p>"
            + P1
            + "</p><p>"
            + P2
            + "</p><p>"
            + P3
            + "</p></div>"
            + teaser;
    List<Block> blocks = read("<title>t</title>", body).blocks();
    assertEquals(List.of(Block.paragraph(P1), Block.paragraph(P2), Block.paragraph(P3)), blocks);
  }

  private static final String P4 =
      "The council will hear the fishermen again in June, after the first results of the"
          + " review, and the mayor said that no decision on the harbour would be taken before then.";

  private static final String P5 =
      "Engineers hired by the board estimate that the dredging, once approved, would take two"
          + " winters, because the channel can only be worked on between November and March.";
  private static final String P6 =
      "Opponents of the plan, among them two members of the board, asked that the money be spent"
          + " on the old quay instead, which has been closed to traffic since the storms of 2023.";

  /** A part of an article set in a section of its own, as pages made of blocks do. */
  private static String part(String tag, String heading, String content) {
    return "<"
        + tag
        + " class=\"outline part\"><h2>"
        + heading
        + "</h2><div class=copy>"
        + content
        + "</div></"
        + tag
        + ">";
  }

  @Test
  void anArticleSplitIntoSiblingSectionsIsKeptWhole() throws BadDocumentException {
    String body =
        "<div id=layout>"
            + part("div", "Introduction", "<p>" + P1 + "</p>")
            + part(
                "div",
                "The review",
                "<p>" + P2 + "</p><p>" + P3 + "</p><p>" + P5 + "</p><p>" + P6 + "</p>")
            + part("div", "Next steps", "<ul><li>A hearing in June.</li><li>A vote.</li></ul>")
            + part("div", "Outlook", "<p>" + P4 + "</p>")
            + "</div>"
            + "<div class=sidebar><ul><li><a href=/a>Other story one</a></li></ul></div>";
    assertEquals(
        List.of(
            Block.heading("Introduction"),
            Block.paragraph(P1),
            Block.heading("The review"),
            Block.paragraph(P2),
            Block.paragraph(P3),
            Block.paragraph(P5),
            Block.paragraph(P6),
            Block.heading("Next steps"),
            new Block(Kind.LIST_ITEM, "A hearing in June."),
            new Block(Kind.LIST_ITEM, "A vote."),
            Block.heading("Outlook"),
            Block.paragraph(P4)),
        read("<title>t</title>", body).blocks());
  }

  @Test
  void siblingStoriesOfTheSameClassWithTheirOwnHeadlineAreNotMerged() throws BadDocumentException {
    String story =
        "<div class=scrollblock><article><h1>%s</h1><div class=text>%s</div></article></div>";
    String body =
        "<div class=stories>"
            + String.format(
                Locale.ROOT,
                story,
                "Harbour plan delayed",
                "<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>")
            + String.format(Locale.ROOT, story, "Council hears fishermen", "<p>" + P4 + "</p>")
            + "</div>";
    String text = read("<title>Harbour plan delayed</title>", body).body();
    assertTrue(text.contains(P1) && text.contains(P3), text);
    assertFalse(text.contains(P4), text);
  }

  @Test
  void theStandfirstUnderTheHeadlineOutsideTheArticleTextIsKeptFirst() throws BadDocumentException {
    String standfirst =
        "The board wants another six months to weigh the costs of a deeper channel for larger ships";
    String body =
        "<header class=hero><h1>Harbour plan delayed</h1><p>"
            + standfirst
            + "</p><div class=when>12 May 2026</div></header>"
            + "<figure><img src=a.jpg><figcaption>The harbour at dawn, seen from the old quay on"
            + " the northern side of the town</figcaption></figure>"
            + "<div class=post-body><p>"
            + P1
            + "</p><p>"
            + P2
            + "</p><p>"
            + P3
            + "</p><p>"
            + P5
            + "</p></div>";
    assertEquals(
        List.of(
            Block.paragraph(standfirst),
            Block.paragraph(P1),
            Block.paragraph(P2),
            Block.paragraph(P3),
            Block.paragraph(P5)),
        read("<title>Harbour plan delayed | Harbour News</title>", body).blocks());
  }

  @Test
  void aLinkedTeaserAfterTheHeadlineIsNoStandfirst() throws BadDocumentException {
    String body =
        "<header><h1>Harbour plan delayed</h1><p><a href=/older>Earlier: the harbour board"
            + " approved the first study of the dredging plan last year</a></p></header>"
            + "<div class=post-body><p>"
            + P1
            + "</p><p>"
            + P2
            + "</p><p>"
            + P3
            + "</p><p>"
            + P5
            + "</p></div>";
    assertEquals(
        List.of(Block.paragraph(P1), Block.paragraph(P2), Block.paragraph(P3), Block.paragraph(P5)),
        read("<title>Harbour plan delayed</title>", body).blocks());
  }

  @Test
  void aBlockOfTextIllustratedWithFiguresIsKept() throws BadDocumentException {
    String figure = "<figure><img src=%s.jpg><figcaption>The quay in %s</figcaption></figure>";
    String body =
        "<div class=post-body><p>"
            + P1
            + "</p><p>"
            + P2
            + "</p><div class=block>"
            + String.format(Locale.ROOT, figure, "a", "spring")
            + "<p>"
            + P3
            + "</p>"
            + String.format(Locale.ROOT, figure, "b", "summer")
            + String.format(Locale.ROOT, figure, "c", "winter")
            + "</div><p>"
            + P5
            + "</p></div>";
    assertEquals(
        List.of(Block.paragraph(P1), Block.paragraph(P2), Block.paragraph(P3), Block.paragraph(P5)),
        read("<title>t</title>", body).blocks());
  }

  @Test
  void keepsHeadingsListsQuotesAndTableRowsInOrder() throws BadDocumentException {
    String body =
        "<article><p>"
            + P1
            + "</p><h2>What happens next</h2><p>"
            + P2
            + "</p>"
            + "<ul><li>First, a review.</li><li>Then, a vote.</li></ul>"
            + "<blockquote><p>We will not give up, said the chair.</p></blockquote>"
            + "<table><tr><th>Year</th><th>Ships</th></tr><tr><td>2024</td><td>12</td></tr></table>"
            + "<p>"
            + P3
            + "</p></article>";
    assertEquals(
        List.of(
            Block.paragraph(P1),
            Block.heading("What happens next"),
            Block.paragraph(P2),
            new Block(Kind.LIST_ITEM, "First, a review."),
            new Block(Kind.LIST_ITEM, "Then, a vote."),
            new Block(Kind.QUOTE, "We will not give up, said the chair."),
            new Block(Kind.TABLE_ROW, "Year | Ships"),
            new Block(Kind.TABLE_ROW, "2024 | 12"),
            Block.paragraph(P3)),
        read("<title>t</title>", body).blocks());
  }

  @Test
  void brRunsSeparateParagraphs() throws BadDocumentException {
    String body = "<div class=entry>" + P1 + "<br><br>" + P2 + "<br/><br/>\n<br>" + P3 + "</div>";
    assertEquals(
        List.of(Block.paragraph(P1), Block.paragraph(P2), Block.paragraph(P3)),
        read("<title>t</title>", body).blocks());
  }

  @Test
  void jsonLdInsideGraphIsTrustedFirst() throws BadDocumentException {
    String head =
        "<title>Other title - Site</title>"
            + "<meta property=\"og:title\" content=\"OG title\">"
            + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
            + "{\"@type\":\"WebSite\",\"name\":\"Harbour News\"},"
            + "{\"@type\":\"NewsArticle\",\"headline\":\"Harbour vote delayed\","
            + "\"author\":[{\"@type\":\"Person\",\"name\":\"Ana Ruiz\"},{\"@type\":\"Person\",\"name\":\"Tom Reid\"}],"
            + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Harbour News\"},"
            + "\"datePublished\":\"2025-03-03T08:00:00+01:00\"}]}</script>"
            + "<link rel=canonical href=\"https://example.org/harbour\">";
    Article article = read(head, "<article><p>" + P1 + "</p><p>" + P2 + "</p></article>");
    assertEquals("Harbour vote delayed", article.title());
    assertEquals("Ana Ruiz; Tom Reid", article.byline());
    assertEquals("Harbour News", article.site());
    assertEquals("2025-03-03T08:00:00+01:00", article.published());
    assertEquals("https://example.org/harbour", article.url());
    assertEquals("en-GB", article.lang());
  }

  @Test
  void metaTagsWhenThereIsNoJsonLd() throws BadDocumentException {
    String head =
        "<title>Harbour vote delayed | Harbour News</title>"
            + "<meta property=\"og:site_name\" content=\"Harbour News\">"
            + "<meta property=\"article:published_time\" content=\"2025-03-03\">"
            + "<meta name=\"author\" content=\"Ana Ruiz\">";
    Article article = read(head, "<article><p>" + P1 + "</p></article>");
    assertEquals("Harbour vote delayed", article.title());
    assertEquals("Ana Ruiz", article.byline());
    assertEquals("Harbour News", article.site());
    assertEquals("2025-03-03", article.published());
  }

  @Test
  void timeElementAndVisibleBylineAsLastResorts() throws BadDocumentException {
    String body =
        "<article><p class=byline>By Ana Ruiz | March 3, 2025</p>"
            + "<time datetime=\"2025-03-03T10:00:00Z\">March 3</time>"
            + "<p>"
            + P1
            + "</p><p>"
            + P2
            + "</p></article>";
    Article article = read("<title>Harbour vote delayed - Harbour News</title>", body);
    assertEquals("Ana Ruiz", article.byline());
    assertEquals("2025-03-03T10:00:00Z", article.published());
    assertEquals("Harbour vote delayed", article.title());
    assertFalse(article.body().contains("By Ana Ruiz"), article.body());
  }

  @Test
  void staffIsNotABylineAndTheSiteOnlyWhenThePageShowsNoOther() throws BadDocumentException {
    String head =
        "<meta property=\"og:site_name\" content=\"Harbour News\"><meta name=author content=\"Staff\">";
    assertNull(read(head, "<article><p>" + P1 + "</p></article>").byline());
    String head2 =
        "<meta property=\"og:site_name\" content=\"Harbour News\"><meta name=author content=\"Harbour News\">";
    assertEquals(
        "Jane Doe", read(head2, "<article><p>By Jane Doe</p><p>" + P1 + "</p></article>").byline());
    // an organisation that signs the page in its author tag, when the page shows no author
    assertEquals("Harbour News", read(head2, "<article><p>" + P1 + "</p></article>").byline());
  }

  @Test
  void absentFieldsAreNull() throws BadDocumentException {
    Article article =
        reader.read("<html><body><article><p>" + P1 + "</p></article></body></html>", "p.html");
    assertNull(article.title());
    assertNull(article.byline());
    assertNull(article.site());
    assertNull(article.published());
    assertNull(article.url());
    assertNull(article.lang());
    assertTrue(article.warnings().isEmpty());
  }

  @Test
  void relatedLinkListIsDropped() throws BadDocumentException {
    String body =
        "<article><p>"
            + P1
            + "</p><p>"
            + P2
            + "</p><h3>Related posts</h3>"
            + "<ul><li>Ships in winter</li><li>Ports and prices</li></ul></article>";
    List<Block> blocks = read("<title>t</title>", body).blocks();
    assertEquals(List.of(Block.paragraph(P1), Block.paragraph(P2)), blocks);
  }

  @Test
  void newsletterBoxAndAdLabelInsideTheArticleAreDroppedWithoutClassHints()
      throws BadDocumentException {
    String body =
        "<article><p>"
            + P1
            + "</p>"
            + "<div><h3>Sign up for the morning briefing</h3>"
            + "<form action=/subscribe><input type=email name=email><button>Subscribe</button></form></div>"
            + "<p>"
            + P2
            + "</p>"
            + "<div><p>Advertisement</p></div>"
            + "<p>"
            + P3
            + "</p></article>";
    assertEquals(
        List.of(Block.paragraph(P1), Block.paragraph(P2), Block.paragraph(P3)),
        read("<title>t</title>", body).blocks());
  }

  @Test
  void graphReferencesByIdGiveTheAuthorAndThePublisher() throws BadDocumentException {
    String head =
        "<title>Harbour vote delayed | Harbour News</title>"
            + "<script type=application/ld+json>{\"@context\":\"https://schema.org\",\"@graph\":["
            + "{\"@type\":\"NewsMediaOrganization\",\"@id\":\"#org\",\"name\":\"Harbour News\"},"
            + "{\"@type\":\"Person\",\"@id\":\"#ana\",\"name\":\"Ana Ruiz\"},"
            + "{\"@type\":\"NewsArticle\",\"headline\":\"Harbour vote delayed\","
            + "\"author\":[{\"@id\":\"#ana\"}],\"publisher\":{\"@id\":\"#org\"}}]}</script>";
    Article article = read(head, "<article><p>" + P1 + "</p></article>");
    assertEquals("Ana Ruiz", article.byline());
    assertEquals("Harbour News", article.site());
  }

  @Test
  void siteBeforeAColonIsCutFromTheTitle() throws BadDocumentException {
    String body = "<h2>Restoring a 1950s valve radio</h2><p>" + P1 + "</p>";
    assertEquals(
        "Restoring a 1950s valve radio",
        read("<title>Harold's Workshop :: Restoring a 1950s valve radio</title>", body).title());
    assertEquals(
        "Daring Fireball: Colophon",
        read("<title>Daring Fireball: Colophon</title>", body).title());
  }

  @Test
  void unmarkedByLineAndPostedOnLineGiveBylineAndDate() throws BadDocumentException {
    String body =
        "<div><i>by Harold Finch</i><br>Posted on March 12, 2004<br><br>"
            + P1
            + "<br><br>"
            + P2
            + "</div>";
    Article article = read("<title>Restoring a radio</title>", body);
    assertEquals("Harold Finch", article.byline());
    assertEquals("2004-03-12", article.published());
    assertEquals(List.of(Block.paragraph(P1), Block.paragraph(P2)), article.blocks());
  }

  @Test
  void guestPostByLineGivesTheGuestAsBylineAndIsNoBody() throws BadDocumentException {
    String body =
        "<main><h1>Skis</h1><p class=post-meta><em>Guest post by Ilse Varga</em> · February 24,"
            + " 2026</p><p>"
            + P1
            + "</p><p>"
            + P2
            + "</p></main>";
    Article article = read("<title>Skis</title>", body);
    assertEquals("Ilse Varga", article.byline());
    assertEquals(List.of(Block.paragraph(P1), Block.paragraph(P2)), article.blocks());
  }

  @Test
  void writtenByLineEndsTheNameBeforeTheDate() throws BadDocumentException {
    String body =
        "<div class=post__info>Written by <span>Aino Lehtinen</span> on"
            + " <time datetime=2024-09-09>9 September 2024</time></div><p>"
            + P1
            + "</p>";
    Article article = read("<title>Lakes</title>", body);
    assertEquals("Aino Lehtinen", article.byline());
    assertEquals("2024-09-09", article.published());
  }

  @Test
  void aHeadingWhoseClassNamesAHeaderIsKept() throws BadDocumentException {
    String body =
        "<article><p>"
            + P1
            + "</p><h2 class=header-anchor-post>What the board said</h2><p>"
            + P2
            + "</p></article>";
    assertEquals(
        List.of(Block.paragraph(P1), Block.heading("What the board said"), Block.paragraph(P2)),
        read("<title>t</title>", body).blocks());
  }

  @Test
  void countersReadingTimesAndDateLinesAreDroppedButAFormulaIsKept() throws BadDocumentException {
    String body =
        "<article><p>1.2K</p><p>6 min read</p><p>14 January 2025 • 6:00am</p><p>"
            + P1
            + "</p><p>a + b = c</p><p>"
            + P2
            + "</p><p>Share</p></article>";
    assertEquals(
        List.of(Block.paragraph(P1), Block.paragraph("a + b = c"), Block.paragraph(P2)),
        read("<title>t</title>", body).blocks());
  }

  @Test
  void aReadAlsoLinkInsideTheTextIsDroppedInAnyLanguage() throws BadDocumentException {
    String body =
        "<article><p>"
            + P1
            + "</p><p>Lea también: <a href=\"/otra\">Otra noticia sobre el puerto y su futuro</a></p>"
            + "<p>We can draw it <a href=\"/chart\">as a bar chart of the data</a> as follows:</p>"
            + "<p>"
            + P2
            + "</p><p>"
            + P1
            + "</p></article>";
    List<Block> blocks = read("<title>t</title>", body).blocks();
    assertEquals(
        // long enough for the first, fully cleaning attempt to be kept
        List.of(P1, "We can draw it as a bar chart of the data as follows:", P2, P1),
        blocks.stream().map(Block::text).toList());
  }

  @Test
  void aParagraphOrOneItemListThatIsOnlyALinkToAnotherArticleIsDropped()
      throws BadDocumentException {
    String body =
        "<article><p>"
            + P1
            + "</p><p><a href=\"/other-story\">Another story about the harbour and its"
            + " future</a></p><p>"
            + P2
            + "</p><ul><li><a href=\"https://example.org/timeline\"><strong>The latest news"
            + " about the harbour works</strong></a></li></ul><p>"
            + P3
            + "</p></article>";
    assertEquals(List.of(P1, P2, P3), blockTexts(body));
  }

  @Test
  void aLinkThatIsAnAddressOrAPlaceOnThePageStaysText() throws BadDocumentException {
    String body =
        "<article><p>"
            + P1
            + "</p><p>Write to the harbour office at:</p>"
            + "<p><a href=\"mailto:office@harbour.example\">office@harbour.example</a></p>"
            + "<p><a href=\"https://harbour.example/report-2026.pdf\">harbour.example/report-2026"
            + "</a></p><p><a href=\"#costs\">What the new inspection rules cost</a></p><p>"
            + P2
            + "</p><p>"
            + P3
            + "</p></article>";
    assertEquals(
        List.of(
            P1,
            "Write to the harbour office at:",
            "office@harbour.example",
            "harbour.example/report-2026",
            "What the new inspection rules cost",
            P2,
            P3),
        blockTexts(body));
  }

  @Test
  void figureCaptionsAndPhotoCreditsAreDroppedFromTheText() throws BadDocumentException {
    String body =
        "<article><p>"
            + P1
            + "</p><figure><img src=a.jpg><figcaption>The harbour at dawn. Photo: A. Person"
            + "</figcaption></figure><p>"
            + P2
            + "</p><div class=wp-caption><img src=b.jpg><p class=wp-caption-text>Fishing boats"
            + " in the harbour</p></div><p>"
            + P3
            + "</p><p class=image-credit>Picture agency</p></article>";
    assertEquals(List.of(P1, P2, P3), blockTexts(body));
  }

  @Test
  void aLineRepeatingAPicturesAltTextIsItsCaptionWithOrWithoutACredit()
      throws BadDocumentException {
    String body =
        "<article><h2>Fishing boats in the harbour at dawn</h2><p>"
            + P1
            + "</p><div><img src=a.jpg alt='Fishing boats in the harbour at dawn'><div class=legend>"
            + "<span>Fishing boats in the harbour at dawn</span></div></div><p>"
            + P2
            + "</p><a href=b.jpg title='The old quay on the northern side'><img src=b.jpg></a>"
            + "<p><small>The old quay on the northern side (Photo: Agency)</small></p><p>"
            + P3
            + "</p></article>";
    assertEquals(List.of("Fishing boats in the harbour at dawn", P1, P2, P3), blockTexts(body));
  }

  @Test
  void aCaptionWhosePictureDescriptionIsCutShortGoesWithTheCreditBesideIt()
      throws BadDocumentException {
    String body =
        "<article><p>"
            + P1
            + "</p><div class=picture><img src=a.jpg alt='The old quay on the northern side of the"
            + " town, where ...'><div class=text><div>The old quay on the northern side of the town,"
            + " where the ferries once docked.</div><div>Pictured by <b>A. Person</b></div></div>"
            + "</div><p>"
            + P2
            + "</p><p>"
            + P3
            + "</p></article>";
    assertEquals(List.of(P1, P2, P3), blockTexts(body));
  }

  @Test
  void aTableOfContentsAndAJumpBarOfLinksWithinThePageAreDropped() throws BadDocumentException {
    String body =
        "<article><div class=bar><a href='#card'>Jump to the card</a> <a href='#card'>Print"
            + " the card</a></div><p>"
            + P1
            + "</p><div class=contents><p>Contents of this page</p><nav><ul><li><a href='#one'>"
            + "The vote on the plan</a></li><li><a href='#two'>What the board said</a></li></ul>"
            + "</nav></div><h2 id=one>The vote on the plan</h2><p>"
            + P2
            + " See <a href='#two'>below</a>.</p><h2 id=two>What the board said</h2><p>"
            + P3
            + "</p></article>";
    assertEquals(
        List.of(P1, "The vote on the plan", P2 + " See below.", "What the board said", P3),
        blockTexts(body));
  }

  @Test
  void anAuthorBoxThatTheSchemaOrgDataDescribesIsDropped() throws BadDocumentException {
    String head =
        "<title>t</title><script type=application/ld+json>{\"@context\":\"https://schema.org\","
            + "\"@graph\":[{\"@type\":\"Article\",\"headline\":\"t\"},{\"@type\":\"Person\","
            + "\"name\":\"Ann Other\",\"description\":\"Ann writes about harbours, ferries and the"
            + " people who work on them.\"}]}</script>";
    String body =
        "<article><p>"
            + P1
            + "</p><p>"
            + P2
            + "</p><p>"
            + P3
            + "</p><div><h3>About Ann</h3><p>Ann writes about harbours, ferries and the people who"
            + " work on them.</p></div></article>";
    assertEquals(List.of(P1, P2, P3), read(head, body).blocks().stream().map(Block::text).toList());
  }

  @Test
  void aPageAboutThePersonItsSchemaOrgDataDescribesKeepsTheirDescription()
      throws BadDocumentException {
    String head =
        "<title>t</title><script type=application/ld+json>{\"@type\":\"Person\",\"name\":"
            + "\"Ann Other\",\"description\":\""
            + P1
            + "\"}</script>";
    String body = "<article><p>" + P1 + "</p><p>" + P2 + "</p></article>";
    assertEquals(List.of(P1, P2), read(head, body).blocks().stream().map(Block::text).toList());
  }

  @Test
  void theStandfirstThePageDeclaresAsItsDescriptionIsKeptFromAHeaderContainer()
      throws BadDocumentException {
    String standfirst =
        "The harbour board delays the dredging plan by six months while a review of its"
            + " environmental risks goes on.";
    String head =
        "<title>Dredging delayed</title><meta property=og:description content='"
            + standfirst
            + "'>";
    String body =
        "<div class=page-header><h1>Dredging delayed</h1><div class=header-abstract>"
            + standfirst
            + "</div></div><article><p>"
            + P1
            + "</p><p>"
            + P2
            + "</p><p>"
            + P3
            + "</p></article>";
    assertEquals(
        List.of(standfirst, P1, P2, P3),
        read(head, body).blocks().stream().map(Block::text).toList());
  }

  @Test
  void aDeclaredDescriptionThatLinksElsewhereIsNotTakenAsTheStandfirst()
      throws BadDocumentException {
    String teaser =
        "The harbour board delays the dredging plan by six months while a review of its"
            + " environmental risks goes on.";
    String head = "<title>Dredging delayed</title><meta name=description content='" + teaser + "'>";
    String body =
        "<div class=page-header><h1>Dredging delayed</h1><div class=header-abstract><a"
            + " href=/other>"
            + teaser
            + "</a></div></div><article><p>"
            + P1
            + "</p><p>"
            + P2
            + "</p><p>"
            + P3
            + "</p></article>";
    assertEquals(List.of(P1, P2, P3), read(head, body).blocks().stream().map(Block::text).toList());
  }

  @Test
  void aParagraphLongerThanAPicturesAltTextStaysText() throws BadDocumentException {
    String body =
        "<article><p>"
            + P1
            + "</p><img src=a.jpg alt='The harbour board met on Monday'><p>"
            + P2
            + "</p><p>"
            + P3
            + "</p></article>";
    assertEquals(List.of(P1, P2, P3), blockTexts(body));
  }

  @Test
  void captionsThatMakeMostOfAPhotoEssayAreItsText() throws BadDocumentException {
    String body =
        "<article><p>"
            + P1
            + "</p><figure><img src=a.jpg><figcaption>"
            + P2
            + "</figcaption></figure><figure><img src=b.jpg><figcaption>"
            + P3
            + "</figcaption></figure></article>";
    assertEquals(List.of(P1, P2, P3), blockTexts(body));
  }

  @Test
  void aParagraphAfterAPictureInTheArticleStaysText() throws BadDocumentException {
    String body =
        "<article><p>"
            + P1
            + "</p><img src=a.jpg alt=\"The harbour\"><p>"
            + P2
            + "</p><p>"
            + P3
            + "</p></article>";
    assertEquals(List.of(P1, P2, P3), blockTexts(body));
  }

  @Test
  void rubyReadingsAreNotMixedIntoTheText() throws BadDocumentException {
    String sentence = "子どもへの虐待をなくすための法律ができました。";
    String ruby =
        "<ruby>子<rp>(</rp><rt>こ</rt><rp>)</rp></ruby>どもへの<ruby>虐待<rt>ぎゃくたい</rt></ruby>"
            + "をなくすための<ruby>法律<rt>ほうりつ</rt></ruby>ができました。";
    String body = "<article><p>" + ruby + "</p><p>" + P1 + "</p><p>" + P2 + "</p></article>";
    List<String> texts = blockTexts(body);
    assertEquals(List.of(sentence, P1, P2), texts);
  }

  @Test
  void aLoginFormIsNeverTakenForTheArticle() throws BadDocumentException {
    String message =
        "<p>There is no account for this e-mail address, or the password you gave is wrong,"
            + " so please try again, or ask for a new password to be sent to you.</p>";
    String body =
        "<form action=/login><h2>Log in</h2>"
            + message.repeat(2)
            + "<input type=email name=email><input type=password name=password></form>"
            + "<div class=story><p>"
            + P1
            + "</p><p>"
            + P2
            + "</p><p>"
            + P3
            + "</p></div>";
    assertEquals(List.of(P1, P2, P3), blockTexts(body));
  }

  @Test
  void aFormWrappingTheWholePageKeepsItsArticle() throws BadDocumentException {
    String body =
        "<form action=/page><input type=text name=q><div class=story><p>"
            + P1
            + "</p><p>"
            + P2
            + "</p><p>"
            + P3
            + "</p></div></form>";
    assertEquals(List.of(P1, P2, P3), blockTexts(body));
  }

  @Test
  void aPaywallBoxAtTheArticlesEndIsDropped() throws BadDocumentException {
    String body =
        "<article><p>"
            + P1
            + "</p><p>"
            + P2
            + "</p><p>"
            + P3
            + "</p><p>To read the whole story, please subscribe to the Harbour News.</p>"
            + "<p>You can choose a yearly plan or a weekly pass.</p>"
            + "<p>Already a member? Then you have full access.</p></article>";
    assertEquals(List.of(P1, P2, P3), blockTexts(body));
  }

  @Test
  void aCallToActionFollowedByArticleTextIsKept() throws BadDocumentException {
    String call = "The board will publish its newsletter on the review next month.";
    String body =
        "<article><p>" + P1 + "</p><p>" + call + "</p><p>" + P2 + "</p><p>" + P3 + "</p></article>";
    assertEquals(List.of(P1, call, P2, P3), blockTexts(body));
  }

  @Test
  void callsToActionAreReadInThePagesLanguage() {
    BoilerplateRules german = BoilerplateRules.standard().forLanguage("de");
    assertTrue(german.isCallToAction("Jetzt den Newsletter bestellen und nichts verpassen."));
    assertTrue(german.isCallToAction("Hier können Sie sich anmelden."));
    assertFalse(german.isCallToAction("Der Ausschuss tagte am Montag im Rathaus."));
    BoilerplateRules spanish = BoilerplateRules.standard().forLanguage("es");
    assertTrue(spanish.isCallToAction("¿Ya sabías que tenemos canal de Telegram? Únete aquí."));
  }
}
