package dev.pincite.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pincite.ingest.Block.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownArticleReaderTest {

  private final MarkdownArticleReader reader = new MarkdownArticleReader();

  @Test
  void aStatementWithNoAuthorIsItsDeclarants() {
    String md =
        "---\ntitle: Witness statement\nmatter: Brenlow v Roskell\n---\n\n[1] I, Orla Brannock,"
            + " am the operations director of Brenlow Storage and make this statement in support"
            + " of its claim.\n\n[2] Roskell ended the contract.\n";
    assertEquals("Orla Brannock", reader.read(md, "w.md").byline());
  }

  @Test
  void aFirstPersonOpeningWithoutANameIsNoDeclaration() {
    String md = "---\ntitle: Notes\n---\n\nI am not sure the plan works.\n\nIt may.\n";
    assertEquals(null, reader.read(md, "n.md").byline());
  }

  @Test
  void frontMatterGivesTheMetadata() {
    String md =
        "---\ntitle: Harbour plans stall\nauthor: [Ana Ruiz, Tom Reid]\nsite: Coastal Weekly\n"
            + "date: 2025-03-03\nurl: https://example.org/harbour\nlang: en\n---\n\nThe vote was delayed.\n";
    Article article = reader.read(md, "a.md");
    assertEquals("Harbour plans stall", article.title());
    assertEquals("Ana Ruiz, Tom Reid", article.byline());
    assertEquals("Coastal Weekly", article.site());
    assertEquals("2025-03-03", article.published());
    assertEquals("https://example.org/harbour", article.url());
    assertEquals("en", article.lang());
    assertEquals(List.of(Block.paragraph("The vote was delayed.")), article.blocks());
  }

  @Test
  void aFrontMatterKeyWrittenAsABylinesLeadInNamesTheAuthor() {
    String md =
        "---\ntitle: Moving to subscriptions\nprepared_by: \"Ines Carvalho-Rudd, Chief Strategy"
            + " Officer\"\nstatus: For decision\n---\n\nThis paper asks the committee to approve.\n";
    assertEquals("Ines Carvalho-Rudd, Chief Strategy Officer", reader.read(md, "a.md").byline());
    String other = "---\ntitle: Moving\nstatus_by: Anna Kell\n---\n\nThe paper asks.\n";
    assertNull(reader.read(other, "b.md").byline());
  }

  @Test
  void labelledCoverLinesNearTheTopNameTheAuthorAndAreNoBody() {
    String md =
        "# Investment Committee Paper\n\n**Prepared by:** Solveig Arndt, Senior Analyst  \n"
            + "**Committee date:** 4 February 2027  \n**Decision sought:** Commitment\n\n"
            + "## Summary\n\nI recommend a commitment.\n";
    Article paper = reader.read(md, "a.md");
    assertEquals("Solveig Arndt", paper.byline());
    assertEquals(
        List.of(Block.heading("Summary"), Block.paragraph("I recommend a commitment.")),
        paper.blocks());
  }

  @Test
  void anItalicCreditLineUnderTheTitleNamesTheAuthorAndIsNoBody() {
    String md =
        "# The private-label squeeze\n\n*Professor Adaeze Munro, Kelton Business School —"
            + " delivered in the Rowan Theatre, 3 March 2026*\n\nEvery season someone says so.\n";
    Article lecture = reader.read(md, "a.md");
    assertEquals("Adaeze Munro", lecture.byline());
    assertEquals(List.of(Block.paragraph("Every season someone says so.")), lecture.blocks());
    String standfirst = "# Jobs\n\n*Jane Doe, 54, lost her job in March.*\n\nThe plant shut.\n";
    assertNull(reader.read(standfirst, "b.md").byline(), "a standfirst ends like a sentence");
  }

  @Test
  void anOrganisationACreditLineNamesIsTheIssuer() {
    String md =
        "# Groundwater licensing review\n\nSubmitted by the Association of Spring Water"
            + " Producers\n\nThe Association opposes the draft.\n";
    Article response = reader.read(md, "a.md");
    assertNull(response.byline());
    assertEquals("Association of Spring Water Producers", response.site());
  }

  @Test
  void leadingLevelOneHeadingIsTheTitleWithoutFrontMatter() {
    Article article = reader.read("# Harbour plans stall\n\nThe vote was delayed.\n", "a.md");
    assertEquals("Harbour plans stall", article.title());
    assertEquals(List.of(Block.paragraph("The vote was delayed.")), article.blocks());
  }

  @Test
  void structureBecomesBlocks() {
    String md =
        "Intro *with* `code` and [a link](https://example.org).\n\n"
            + "## Section\n\n"
            + "- one\n- two\n  - nested\n\n"
            + "> quoted words\n\n"
            + "| Year | Votes |\n|---|---|\n| 2024 | 12 |\n\n"
            + "```\nx = 1\n```\n";
    assertEquals(
        List.of(
            Block.paragraph("Intro with code and a link."),
            Block.heading("Section"),
            new Block(Kind.LIST_ITEM, "one"),
            new Block(Kind.LIST_ITEM, "two"),
            new Block(Kind.LIST_ITEM, "nested"),
            new Block(Kind.QUOTE, "quoted words"),
            new Block(Kind.TABLE_ROW, "Year | Votes"),
            new Block(Kind.TABLE_ROW, "2024 | 12"),
            new Block(Kind.PREFORMATTED, "x = 1")),
        reader.read(md, "a.md").blocks());
  }

  @Test
  void bylineAndSourceOnAdjacentLinesAreTwoHeaderLines() {
    Article article =
        reader.read(
            "# Can maker sues brewer\n\nBy Anselm Kirrane\nSource: The Law Report\n\n"
                + "The can maker has sued the brewer.\n",
            "a.md");
    assertEquals("Anselm Kirrane", article.byline());
    assertEquals("The Law Report", article.site());
    assertEquals(List.of(Block.paragraph("The can maker has sued the brewer.")), article.blocks());
  }

  @Test
  void aHeaderLineOpeningWithAnyBylinesWordsNamesTheAuthor() {
    for (String line :
        List.of(
            "**Text:** Ewan Halloran-Pike | **Photos:** Signe Marwick",
            "_Compiled by Tobiah Lanscombe · The Stalls Street Digest · 12 March 2026_",
            "Words by Ewan Halloran-Pike")) {
      Article article =
          reader.read(
              "# The yard that wants to electrify the firths\n\n"
                  + line
                  + "\n\nThe boatworks employs 86 people.\n",
              "a.md");
      String expected = line.contains("Tobiah") ? "Tobiah Lanscombe" : "Ewan Halloran-Pike";
      assertEquals(expected, article.byline(), line);
      assertEquals(List.of(Block.paragraph("The boatworks employs 86 people.")), article.blocks());
    }
  }

  @Test
  void brokenFrontMatterIsAWarningNotAFailure() {
    Article article = reader.read("---\ntitle: [unclosed\n---\n\nText.\n", "a.md");
    assertNull(article.title());
    assertEquals(List.of(Block.paragraph("Text.")), article.blocks());
    assertTrue(article.warnings().getFirst().startsWith("front matter is not valid YAML"));
  }

  @Test
  void aTitleQuotedAroundItsOwnQuotationKeepsTheBylineAndSite() {
    Article article =
        reader.read(
            "---\ntitle: \"\"Not yet\": a maker's chief on prices\"\nbyline: Ada Quill\n"
                + "site: The Trade Sheet\n---\n\nText.\n",
            "q.md");
    assertEquals("\"Not yet\": a maker's chief on prices", article.title());
    assertEquals("Ada Quill", article.metadata().byline());
    assertEquals("The Trade Sheet", article.metadata().site());
    assertTrue(article.warnings().getFirst().startsWith("front matter is not valid YAML"));
  }

  @Test
  void unclosedFrontMatterIsReadAsBodyWithAWarning() {
    Article article =
        new MarkdownArticleReader()
            .read("---\ntitle: Open\n\nThe body starts here. It goes on.\n", "open.md");
    assertTrue(
        article.warnings().stream().anyMatch(w -> w.contains("never closed")),
        article.warnings()::toString);
    assertTrue(article.body().contains("The body starts here."), article.body());
  }

  @Test
  void aListOfTitlesGivesItsFirstWithAWarning() {
    Article article =
        new MarkdownArticleReader()
            .read("---\ntitle:\n  - First\n  - Second\n---\n\nThe body.\n", "list.md");
    assertEquals("First", article.metadata().title());
    assertTrue(
        article.warnings().stream().anyMatch(w -> w.contains("title is a list of 2")),
        article.warnings()::toString);
  }

  @Test
  void byAndSourceLinesUnderTheTitleGiveBylineAndSiteAndAreNotBody() {
    String md =
        "# Why the toaster boom will end\n\nBy Marta Quill\n\n*Source: The Kitchen Ledger*\n\n"
            + "Toaster sales rose 40% last year.\n\nBy contrast, kettles fell.\n";
    Article article = reader.read(md, "a.md");
    assertEquals("Why the toaster boom will end", article.title());
    assertEquals("Marta Quill", article.byline());
    assertEquals("The Kitchen Ledger", article.site());
    assertEquals(
        List.of(
            Block.paragraph("Toaster sales rose 40% last year."),
            Block.paragraph("By contrast, kettles fell.")),
        article.blocks());
  }

  @Test
  void frontMatterWinsOverHeaderLinesAndAWebAddressIsNoSite() {
    String md =
        "---\nbyline: Ana Ruiz\n---\n\nBy Tom Reid\n\nSource: https://example.org/x\n\n"
            + "The vote was delayed.\n";
    Article article = reader.read(md, "a.md");
    assertEquals("Ana Ruiz", article.byline());
    assertNull(article.site());
    assertEquals(
        List.of(
            Block.paragraph("Source: https://example.org/x"),
            Block.paragraph("The vote was delayed.")),
        article.blocks());
  }

  @Test
  void writerAndPublicationKeysGiveTheBylineAndSite() {
    Article article =
        reader.read(
            "---\ntitle: T\nwriter: Tobias Merriweather\npublication: The Reefer Review\n"
                + "date: \"3 March 2026\"\n---\n\nText.\n",
            "a.md");
    assertEquals("Tobias Merriweather", article.byline());
    assertEquals("The Reefer Review", article.site());
    assertEquals("2026-03-03", article.published());
  }

  @Test
  void aNewsletterExportsLinkedNameDateLineAndButtonsAreNoBody() {
    Article article =
        reader.read(
            "# Paylark's price rise\n\n### Small firms will find out\n\n"
                + "[Noor Haddad](https://noorhaddad.example/)\n\nMar 3, 2026\n\n"
                + "Paylark raised its fee.\n\n[Subscribe now](https://noorhaddad.example/subscribe)\n",
            "a.md");
    assertEquals("Noor Haddad", article.byline());
    assertEquals("2026-03-03", article.published());
    assertEquals(
        List.of(
            Block.heading("Small firms will find out"), Block.paragraph("Paylark raised its fee.")),
        article.blocks());
  }

  @Test
  void paragraphsWhollyInBoldAreQuestionsOnlyInAnInterview() {
    List<Block> interview =
        reader
            .read("**Why close?**\n\nDemand fell.\n\n**And the staff?**\n\nThey stay.\n", "a.md")
            .blocks();
    assertEquals(new Block(Kind.QUESTION, "Why close?"), interview.get(0));
    assertEquals(Block.paragraph("Demand fell."), interview.get(1));
    List<Block> emphasis = reader.read("**This matters.**\n\nDemand fell.\n", "a.md").blocks();
    assertEquals(Block.paragraph("This matters."), emphasis.get(0));
  }

  @Test
  void aLetterSignedAboveAnEditorsNoteInItsSectionIsStillSigned() {
    Article article =
        reader.read(
            "## First letter\n\nThe toll is too high.\n\n— Hollis Barrow, Fenmouth\n\n"
                + "## A reply from the operator\n\nOur tolls are fair.\n\n"
                + "— Grace Tremayne, chief executive, Fenmouth Crossings\n\n"
                + "*Editor's note:* the ombudsman has 212 complaints.\n",
            "a.md");
    List<Paragraph> paragraphs = article.paragraphs();
    assertEquals("Grace Tremayne", paragraphs.get(2).signer());
    assertEquals("Grace Tremayne", paragraphs.get(3).signer());
    assertNull(paragraphs.get(4).signer());
  }

  @Test
  void aSignatureClosesTheLetterAboveItOrOnlyTheQuoteItCredits() {
    Article article =
        reader.read(
            "## First letter\n\nThe toll is too high.\n\nIt pays the dividend.\n\n"
                + "— Hollis Barrow, Fenmouth\n\n## Second letter\n\nTraffic rose.\n\n"
                + "> Tolls are fair.\n>\n> — Wenna Trelawny\n",
            "a.md");
    List<Paragraph> paragraphs = article.paragraphs();
    assertEquals(6, paragraphs.size());
    assertEquals("Hollis Barrow", paragraphs.get(0).signer());
    assertEquals("Hollis Barrow", paragraphs.get(1).signer());
    assertEquals("Hollis Barrow", paragraphs.get(2).signer()); // the signature line itself
    assertNull(paragraphs.get(3).signer());
    assertEquals("Wenna Trelawny", paragraphs.get(4).signer());
    assertEquals(5, paragraphs.get(4).n());
    assertEquals("Wenna Trelawny", paragraphs.get(5).signer());
    // signed once, and not under a quote: the writer's sign-off, no letter
    Article signedOnce = reader.read("Traffic rose.\n\nTolls are fair.\n\n— Ann Obi\n", "a.md");
    assertNull(signedOnce.paragraphs().get(1).signer());
    // a dashed name in the middle of a section is no signature
    assertEquals(3, reader.read("## A\n\nOne.\n\n— Ann Obi\n\nTwo.\n", "a.md").paragraphs().size());
  }

  @Test
  void showNotesNamingOnlyTheirShowInFrontMatterGiveItAsTheSite() {
    String md = "---\nshow: The Kerb Report\nepisode: 12\n---\n\nThis week we ask about rents.\n";
    assertEquals("The Kerb Report", reader.read(md, "a.md").site());
    String flag = "---\ntitle: Rents\nnewsletter: true\n---\n\nThis week we ask.\n";
    assertNull(reader.read(flag, "b.md").site(), "a flag names no show");
  }

  @Test
  void aTitleSayingWhoseMinutesTheTextIsGivesTheIssuerWhenNoOneSignsIt() {
    String md =
        "---\ntitle: \"Minutes of the general meeting of Sallowby Allotment Society\"\n---\n\n"
            + "The meeting opened at seven.\n";
    assertEquals("Sallowby Allotment Society", reader.read(md, "a.md").site());
  }

  @Test
  void anEventsHostOrAReportsOrganisationInFrontMatterIsTheSite() {
    assertEquals(
        "Pellmarsh Partners",
        reader.read("---\nhost: Pellmarsh Partners\n---\n\nThe webinar asked.\n", "a.md").site());
    assertEquals(
        "Ruddock Food Network",
        reader
            .read("---\norganisation: Ruddock Food Network\n---\n\nWe fed more.\n", "b.md")
            .site());
  }

  @Test
  void aFromTheDeskOfLineUnderTheTitleNamesTheAuthor() {
    String md =
        "# The Tinplate Letter\n\n*From the desk of Odile Farrant, editor*\n\nPrices rose.\n";
    assertEquals("Odile Farrant", reader.read(md, "a.md").byline());
  }

  @Test
  void aHeadingNamingTheClubWhoseMinutesFollowGivesTheIssuer() {
    String md =
        "---\ntitle: Minutes of the March meeting\n---\n\n# Brindle Vale Investment Club:"
            + " minutes of the March meeting\n\nEleven members were present.\n";
    assertEquals("Brindle Vale Investment Club", reader.read(md, "a.md").site());
  }

  @Test
  void noticesInItalicsAfterTheLastParagraphAreNoBody() {
    String md =
        "# Letter\n\nThe fund returned 4.8%.\n\n---\n\n_For existing partners only. Past"
            + " performance is no guide._\n";
    assertEquals(
        List.of(Block.paragraph("The fund returned 4.8%.")), reader.read(md, "a.md").blocks());
    assertEquals(
        List.of(Block.paragraph("*Only this.*").text().replace("*", "")),
        reader.read("*Only this.*\n", "b.md").blocks().stream().map(Block::text).toList(),
        "a text's only paragraph stays");
  }

  @Test
  void aFundManagerFieldNamesTheAuthor() {
    String md =
        "---\ntitle: Harbour Growth Fund\n---\n\n**Fund manager:** Odile Brackwater  \n"
            + "**Launch date:** 2014\n\nThe fund rose 3% in the quarter.\n";
    assertEquals("Odile Brackwater", reader.read(md, "a.md").byline());
  }

  @Test
  void aLetterSignedByTwoIsTheFirstSignersFromItsSalutation() {
    String md =
        "Dear partners,\n\nThe fund returned 4.8% in the quarter.\n\nYours sincerely,\n\n"
            + "Mirela Vantongeren and Tobias Orme, Managing Partners, Greyheron Value Partners\n";
    Article letter = reader.read(md, "a.md");
    Block signature = letter.blocks().getLast();
    assertEquals(Block.Kind.SIGNATURE, signature.kind());
    assertEquals("Mirela Vantongeren", Signatures.signerOf(signature));
  }
}
