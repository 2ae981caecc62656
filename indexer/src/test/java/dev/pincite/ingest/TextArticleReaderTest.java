package dev.pincite.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pincite.ingest.Block.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextArticleReaderTest {

  private final TextArticleReader reader = new TextArticleReader(BoilerplateRules.standard());

  private static Block b(Kind kind, String text) {
    return new Block(kind, text);
  }

  @Test
  void firstShortLineWithoutFullStopIsTheTitle() {
    Article article =
        reader.read("Harbour plans stall again\nThe council delayed the vote.\n", "t.txt");
    assertEquals("Harbour plans stall again", article.title());
    assertEquals(List.of(Block.paragraph("The council delayed the vote.")), article.blocks());
  }

  @Test
  void aTitleWithALabelBeforeAColonIsStillTheTitle() {
    Article article =
        reader.read(
            "Annotated: the results statement, line by line\n\nBy Cas Whitlow\n\n"
                + "The company published its results on Thursday.\n",
            "t.txt");
    assertEquals("Annotated: the results statement, line by line", article.title());
    assertEquals("Cas Whitlow", article.byline());
    assertEquals(
        List.of(Block.paragraph("The company published its results on Thursday.")),
        article.blocks());
  }

  @Test
  void aTitleOrClosingLineThatCreditsAWorkNamesItsMaker() {
    Article speech =
        reader.read(
            "Text of a speech by Ingrid Svalberg, chair of the Fernholt Trust, to members\n\n"
                + "Good afternoon, and thank you for coming.\n",
            "speech.txt");
    assertEquals("Ingrid Svalberg", speech.byline());
    Article minutes =
        reader.read(
            "Minutes of the board meeting\n\nThe board approved the lease.\n\n"
                + "Minutes recorded by Orla Fenn, Company Secretary\n",
            "minutes.txt");
    assertTrue(minutes.byline().startsWith("Orla Fenn"));
    assertEquals(List.of(Block.paragraph("The board approved the lease.")), minutes.blocks());
    Article news =
        reader.read(
            "Shares hit by Tom Reyes tariff\n\nThe shares fell.\n\n"
                + "[Transcript by Harbourline Events. Edited for clarity.]\n",
            "news.txt");
    assertNull(news.byline());
  }

  @Test
  void aCreditAmongTheClosingLinesNamesTheAuthorThoughALineFollowsIt() {
    Article minutes =
        reader.read(
            "Minutes of the special meeting\n\nThe members approved the merger.\n\n"
                + "Minutes recorded by Hollis Penwarden, Secretary\n\n"
                + "Approved for circulation by the board on 22 January 2026\n",
            "minutes.txt");
    assertTrue(minutes.byline().startsWith("Hollis Penwarden"));
    assertTrue(minutes.blocks().stream().noneMatch(b -> b.text().contains("Hollis Penwarden")));
  }

  @Test
  void aSignOffAndTheNameUnderItNameTheAuthorOfATextWithoutASite() {
    Article letter =
        reader.read(
            "The Chainstay\n\nStock is piling up at the bike makers.\n\n"
                + "Until next week,\n\nRuth Amankwah\n\n"
                + "You are receiving this because you signed up.\n",
            "newsletter.txt");
    assertEquals("Ruth Amankwah", letter.byline());
    Article letters =
        reader.read(
            "Letters\n\nThe bridge toll is too high.\n\nYours,\n\nAnna Kell, Dunmore\n\n"
                + "The toll pays for the bridge.\n\nRegards,\n\nPiet Amsel, Ruddock\n",
            "letters.txt");
    assertNull(letters.byline(), "a page of letters, each signed: no one signer speaks for it");
  }

  @Test
  void aContactBlockAmongTheClosingLinesNamesTheAuthorAndIsNoBody() {
    Article note =
        reader.read(
            "Ashcombe: cutting to Sell\n\nWe cut Ashcombe to Sell.\n\nANALYST\n\n"
                + "Mireille Fanshawe, CFA\n\nKestrel Lane Research\n\n+44 20 7946 0312\n\n"
                + "mfanshawe@kestrellane.example\n\n"
                + "This note is for professional investors only.\n",
            "note.txt");
    assertEquals("Mireille Fanshawe", note.byline());
    assertEquals(
        List.of(
            Block.paragraph("We cut Ashcombe to Sell."),
            b(Kind.HEADING, "ANALYST"),
            Block.paragraph("This note is for professional investors only.")),
        note.blocks());
  }

  @Test
  void anAnalystsLineWithTheirNumberAndAddressNamesTheFirstAsAuthor() {
    Article note =
        reader.read(
            "Everdeen: downgrade to Reduce\n\nWe cut Everdeen to Reduce.\n\nANALYSTS\n\n"
                + "Marguerite Ellsworth-Tan, CFA    +44 20 7946 0312    m.tan@coldharbour.example\n"
                + "Robin Achterberg                 +44 20 7946 0377    r.a@coldharbour.example\n\n"
                + "IMPORTANT DISCLOSURES\n",
            "note.txt");
    assertEquals("Marguerite Ellsworth-Tan", note.byline());
    assertTrue(note.blocks().stream().noneMatch(b -> b.text().contains("7946")));
  }

  @Test
  void aContactLineIsNoTitleAndSite() {
    Article response =
        reader.read(
            "Response to the merger findings\n\nWe oppose the merger.\n\nCONTACT\n\n"
                + "policy@gip.example | 0113 496 0871\n",
            "response.txt");
    assertEquals("Response to the merger findings", response.title());
    assertNull(response.site());
  }

  @Test
  void aCreditedSpeakersTitleAndInstitutionAreNoPartOfTheName() {
    Article lecture =
        reader.read(
            "The Cardew Lecture 2026, delivered by Professor Anwen Stradling of Holmfirth"
                + " University, 12 November 2026\n\nThank you for the invitation.\n",
            "lecture.txt");
    assertEquals("Anwen Stradling", lecture.byline());
  }

  @Test
  void aHardWrappedTextKeepsTheLinesOfItsHeaderBlockApart() {
    String wrapped =
        "The Guild's response to the provisional findings\n\n"
            + "Submitted by the Guild of Independent Pharmacists\n22 January 2027\n\n"
            + "The Guild of Independent Pharmacists, which represents 2,140 community\n"
            + "pharmacies, opposes the merger of Harlow Medisupply and Pennine Pharma\n"
            + "Distribution in the form proposed, and asks the Fair Markets Board to\n"
            + "block it or to require the sale of the northern depots.\n";
    Article response = reader.read(wrapped, "response.txt");
    assertEquals("Guild of Independent Pharmacists", response.site());
    assertEquals(1, response.blocks().size());
    assertTrue(response.blocks().getFirst().text().startsWith("The Guild of Independent"));
  }

  @Test
  void aLetterheadOrTitlePageNamingAnOrganisationGivesTheIssuer() {
    Article statement =
        reader.read(
            "HARROWDEAN SEEDS GROUP\n\nSTATEMENT REGARDING THE SHORT REPORT\n\n"
                + "The group notes the report.\n",
            "statement.txt");
    assertEquals("Harrowdean Seeds Group", statement.site());
    Article bulletin =
        reader.read(
            "GUILD OF CRAFT BAKERS - MEMBERS' BULLETIN 41 - MARCH 2027\n\n"
                + "What the flour price rise means\n\nKersey Milling raised its price.\n",
            "bulletin.txt");
    assertEquals("Guild of Craft Bakers", bulletin.site());
    Article response =
        reader.read(
            "Consultation on the quarry extension\n\n"
                + "RESPONSE OF THE FENWOLD VALLEY RESIDENTS' ASSOCIATION\n\nWe object to it.\n",
            "response.txt");
    assertEquals("Fenwold Valley Residents' Association", response.site());
    Article addressed =
        reader.read(
            "Consultation on the quarry extension\n\nSUBMITTED TO THE MINERALS AUTHORITY\n\n"
                + "We object to it.\n",
            "addressed.txt");
    assertNull(addressed.site(), "a line linking the text to another body names no issuer");
  }

  @Test
  void anOrganisationACreditLineNamesIsTheIssuer() {
    Article response =
        reader.read(
            "Bus franchising in the Northmoor region\n\n"
                + "Submitted by the Northmoor Bus Users' Association\n\n"
                + "We support the authority's proposal.\n",
            "response.txt");
    assertNull(response.byline());
    assertEquals("Northmoor Bus Users' Association", response.site());
    assertEquals(
        List.of(Block.paragraph("We support the authority's proposal.")), response.blocks());
  }

  @Test
  void aHandleAndAColonOpeningALineAreAHeadingOverThePost() {
    Article article =
        reader.read(
            "Thread: the milk price\n\n@hillfarm_aled: The cut is the third since June.\n\n"
                + "@cows4coding: They said the same in 2023.\n",
            "thread.txt");
    assertEquals(
        List.of(
            Block.heading("@hillfarm_aled"),
            Block.paragraph("The cut is the third since June."),
            Block.heading("@cows4coding"),
            Block.paragraph("They said the same in 2023.")),
        article.blocks());
    assertEquals("hillfarm_aled", ThreadPosts.poster("@hillfarm_aled"));
  }

  @Test
  void aTranscriptsFirstLabelledLineIsNoTitle() {
    Article article = reader.read("HOST: Welcome back\nGUEST: Thanks for having me.\n", "t.txt");
    assertNull(article.title());
    assertEquals(2, article.blocks().size());
  }

  @Test
  void aChatLinesTimeAndWriterAreAHeadingOverThePost() {
    Article article =
        reader.read(
            "[09:31] dvale: 41% is better than anyone had.\n"
                + "[09:32] priya.k: Read the second paragraph. The 41% is one group only.\n",
            "chat.txt");
    assertEquals(
        List.of(
            Block.heading("[09:31] dvale"),
            Block.paragraph("41% is better than anyone had."),
            Block.heading("[09:32] priya.k"),
            Block.paragraph("Read the second paragraph. The 41% is one group only.")),
        article.blocks());
    assertEquals("priya.k", ThreadPosts.poster("[09:32] priya.k"));
  }

  @Test
  void aLettersSignatureGivesItsByline() {
    Article article =
        reader.read(
            "Letter to partners, third quarter\n\nDear partners,\n\n"
                + "The fund returned 4.1% in the quarter.\n\n"
                + "\u2014 Petra Hallgarth, Managing Partner, Ravenglass Partners\n",
            "letter.txt");
    assertEquals("Petra Hallgarth", article.byline());
    assertEquals(
        new Block(Kind.SIGNATURE, "\u2014 Petra Hallgarth, Managing Partner, Ravenglass Partners"),
        article.blocks().getLast());
  }

  @Test
  void aPageOfSeveralSignedLettersHasNoSigner() {
    Article article =
        reader.read(
            "Letters\n\nThe bridge is too expensive.\n\n\u2014 Ann Lowe, Harwich\n\n"
                + "The bridge is overdue.\n\n\u2014 Tom Reyes, Dover\n",
            "letters.txt");
    assertNull(article.byline());
  }

  @Test
  void lettersUnderTheirOwnLineSignaturesAreEachTheirSignersAfterThePagesIntroduction() {
    Article article =
        reader.read(
            "Letters\n\nYour report drew many letters. Here is a selection.\n\n"
                + "The bridge is too expensive.\n\n\u2014 Ann Lowe, Harwich\n\n"
                + "The bridge is overdue.\n\n\u2014 Tom Reyes, Dover\n",
            "letters.txt");
    List<Paragraph> paragraphs = article.paragraphs();
    assertNull(paragraphs.get(0).signer());
    assertEquals("Ann Lowe", paragraphs.get(1).signer());
    assertEquals("Tom Reyes", paragraphs.get(3).signer());
  }

  @Test
  void lettersSignedAtTheEndOfTheirLastLineAreEachTheirSigners() {
    Article article =
        reader.read(
            "Letters\n\nLast week a columnist argued for a land tax. Here is a selection.\n\n"
                + "THE LAND IS NOT HOARDED\n\n"
                + "Sir, the columnist is wrong to say that builders sit on land to keep prices up."
                + " Most of our sites waited years for sewers and roads. Moira Fairbanks, Grantham\n\n"
                + "A SMALL BUILDER'S VIEW\n\n"
                + "Sir, as someone who builds a dozen homes a year, I find both of your"
                + " correspondents partly right. Gwen Tallis, Tallis & Daughters, Melton Mowbray\n",
            "letters.txt");
    List<Paragraph> paragraphs = article.paragraphs();
    assertNull(paragraphs.get(0).signer());
    assertEquals(
        "Sir, the columnist is wrong to say that builders sit on land to keep prices up. Most of"
            + " our sites waited years for sewers and roads.",
        paragraphs.get(1).text());
    assertEquals("Moira Fairbanks", paragraphs.get(1).signer());
    assertEquals("Gwen Tallis", paragraphs.get(3).signer());
  }

  @Test
  void lettersFollowedByAnEditorsNoteAreStillEachTheirSigners() {
    Article article =
        reader.read(
            "Letters\n\nThe bridge is too expensive.\n\n\u2014 Ann Lowe, Harwich\n\n"
                + "The bridge is overdue.\n\n\u2014 Tom Reyes, Dover\n\n"
                + "Editor's note: the council declined to comment.\n",
            "letters.txt");
    List<Paragraph> paragraphs = article.paragraphs();
    assertEquals("Ann Lowe", paragraphs.get(0).signer());
    assertEquals("Tom Reyes", paragraphs.get(2).signer());
    assertNull(paragraphs.getLast().signer());
  }

  @Test
  void firstLineThatIsASentenceIsNotATitle() {
    Article article = reader.read("The council delayed the vote.\nIt will meet in May.\n", "t.txt");
    assertNull(article.title());
    assertEquals(2, article.blocks().size());
  }

  @Test
  void shortLinesFollowedByTextAreHeadings() {
    String text =
        "Title of the piece\nOpening paragraph of the piece.\nWhat changed\nThe rules changed.\n";
    assertEquals(
        List.of(
            Block.paragraph("Opening paragraph of the piece."),
            Block.heading("What changed"),
            Block.paragraph("The rules changed.")),
        reader.read(text, "t.txt").blocks());
  }

  @Test
  void shortLastLineIsAParagraphNotAHeading() {
    List<Block> blocks =
        reader.read("A sentence opens this.\nThanks for reading\n", "t.txt").blocks();
    assertEquals(Block.paragraph("Thanks for reading"), blocks.getLast());
  }

  @Test
  void bulletLinesAreListItems() {
    String text =
        "Some text first.\n- first point\n• second point\n* third point\n2. fourth point\n";
    assertEquals(
        List.of(
            Block.paragraph("Some text first."),
            b(Kind.LIST_ITEM, "first point"),
            b(Kind.LIST_ITEM, "second point"),
            b(Kind.LIST_ITEM, "third point"),
            b(Kind.LIST_ITEM, "fourth point")),
        reader.read(text, "t.txt").blocks());
  }

  @Test
  void dateOnlyLineGivesPublished() {
    Article article =
        reader.read(
            "Harbour plans stall\n\nMar 3, 2025\n\nThe council delayed the vote.\n", "t.txt");
    assertEquals("2025-03-03", article.published());
    assertEquals(List.of(Block.paragraph("The council delayed the vote.")), article.blocks());
  }

  @Test
  void titlePipeSiteLastLineGivesTitleAndSite() {
    Article article =
        reader.read(
            "The council delayed the vote again on Monday.\nHarbour plans stall | Coastal Weekly",
            "t.txt");
    assertEquals("Harbour plans stall", article.title());
    assertEquals("Coastal Weekly", article.site());
    assertEquals(
        List.of(Block.paragraph("The council delayed the vote again on Monday.")),
        article.blocks());
  }

  @Test
  void speakerLabelsStayInTheirParagraphs() {
    String text = "Interview notes\nANNA LEE: We expect growth.\nTom Reid: I doubt it.\n";
    assertEquals(
        List.of(
            Block.paragraph("ANNA LEE: We expect growth."),
            Block.paragraph("Tom Reid: I doubt it.")),
        reader.read(text, "t.txt").blocks());
  }

  @Test
  void promosAndTheirTaglinesAreDropped() {
    String text =
        "Get your free weekly market brief\n\n"
            + "We read the filings and send you the three that matter.\n\n"
            + "Prices rose for a third month, the agency said.\n\n"
            + "All the numbers, none of the noise.\n\n"
            + "Market Brief delivers summaries of the latest filings every weekday.\n";
    assertEquals(
        List.of(Block.paragraph("Prices rose for a third month, the agency said.")),
        reader.read(text, "t.txt").blocks());
  }

  @Test
  void subscribeLineIsDroppedButALongParagraphMentioningItStays() {
    String keep =
        "Readers who subscribe to the print edition pay more than those who read online, the"
            + " survey found, and the gap has grown every year since the paper raised its prices"
            + " for home delivery in the spring.";
    List<Block> blocks =
        reader.read("First paragraph here.\n" + keep + "\nSubscribe now\n", "t.txt").blocks();
    assertEquals(List.of(Block.paragraph("First paragraph here."), Block.paragraph(keep)), blocks);
  }

  @Test
  void relatedHeadingAndEverythingAfterItAreDropped() {
    String text =
        "The vote was delayed.\n\nRelated Insights\n\nAnother story about ports.\n\n"
            + "A third story about ships.\n";
    assertEquals(
        List.of(Block.paragraph("The vote was delayed.")), reader.read(text, "t.txt").blocks());
  }

  @Test
  void oneWordKickerBeforeTheTitleIsDropped() {
    Article article =
        reader.read(
            "Analysis\n\nWhy the harbour vote matters\n\nBecause it sets the budget.\n", "t.txt");
    assertEquals("Why the harbour vote matters", article.title());
    assertEquals(List.of(Block.paragraph("Because it sets the budget.")), article.blocks());
  }

  @Test
  void pipeTableLinesAreTableRows() {
    String text = "Results follow.\n| Year | Votes |\n|---|---|\n| 2024 | 12 |\n";
    assertEquals(
        List.of(
            Block.paragraph("Results follow."),
            b(Kind.TABLE_ROW, "Year | Votes"),
            b(Kind.TABLE_ROW, "2024 | 12")),
        reader.read(text, "t.txt").blocks());
  }

  @Test
  void hardWrappedParagraphsAreJoined() {
    String text =
        "The council met on Monday evening to discuss the harbour plan, which has\n"
            + "been delayed three times since the spring because of rising costs and\n"
            + "objections from the fishing cooperative.\n\n"
            + "A second paragraph, also wrapped at about seventy characters, follows\n"
            + "the first one and ends here with a full stop at the end of the line.\n";
    List<Block> blocks = reader.read(text, "t.txt").blocks();
    assertEquals(2, blocks.size());
    assertEquals(
        "The council met on Monday evening to discuss the harbour plan, which has been delayed"
            + " three times since the spring because of rising costs and objections from the"
            + " fishing cooperative.",
        blocks.getFirst().text());
  }

  @Test
  void textWithNothingLeftGivesAWarning() {
    Article article = reader.read("Subscribe now\n", "t.txt");
    assertEquals(List.of(), article.blocks());
    assertEquals(List.of("no article text found"), article.warnings());
  }

  @Test
  void byLineNearTheTopGivesTheByline() {
    Article article =
        reader.read(
            "Harbour plans stall\nBy Ana Ruiz and Tom Reid\nThe council delayed the vote.\n",
            "t.txt");
    assertEquals("Ana Ruiz and Tom Reid", article.byline());
    assertEquals(List.of(Block.paragraph("The council delayed the vote.")), article.blocks());
  }

  @Test
  void sentenceStartingWithByIsNotAByline() {
    Article article =
        reader.read(
            "Harbour plans stall\nBy Monday the council had delayed the vote twice, and "
                + "the harbour board had stopped answering questions about the plan.\n",
            "t.txt");
    assertNull(article.byline());
    assertEquals(1, article.blocks().size());
  }

  @Test
  void byAndSourceLinesUnderTheTitleGiveBylineAndSite() {
    Article article =
        reader.read(
            "Why the toaster boom will end\n\nBy Marta Quill\n\nSource: The Kitchen Ledger\n\n"
                + "Toaster sales rose 40% last year.\n\nI think the boom is over.\n",
            "t.txt");
    assertEquals("Marta Quill", article.byline());
    assertEquals("The Kitchen Ledger", article.site());
    assertEquals(
        List.of(
            Block.paragraph("Toaster sales rose 40% last year."),
            Block.paragraph("I think the boom is over.")),
        article.blocks());
  }

  @Test
  void aThreadsPostHeadersAreHeadingsAndItsFurnitureIsDropped() {
    Article article =
        reader.read(
            "Marta Quill @mquill · 6h\nToaster sales rose 40% last year.\n\n"
                + "David Orne @dorne · 5h\nReplying to @mquill\nDemand will hold.\n\n"
                + "12 replies · 40 likes\n",
            "t.txt");
    assertNull(article.title());
    assertEquals(
        List.of(
            Block.heading("Marta Quill @mquill · 6h"),
            Block.paragraph("Toaster sales rose 40% last year."),
            Block.heading("David Orne @dorne · 5h"),
            Block.paragraph("Demand will hold.")),
        article.blocks());
  }

  @Test
  void aTimeStampAndAPartsLabelOnTheirOwnLinesAreHeadings() {
    Article article =
        reader.read(
            "Call notes\n\nPrepared Remarks:\n\nOrders rose 9%.\n\n8:02 ET\n\nShares opened higher.\n",
            "t.txt");
    assertEquals(
        List.of(
            Block.heading("Prepared Remarks:"),
            Block.paragraph("Orders rose 9%."),
            Block.heading("8:02 ET"),
            Block.paragraph("Shares opened higher.")),
        article.blocks());
  }

  @Test
  void anEmailsHeaderGivesBylineTitleAndDateAndWithItsSignOffIsNoBody() {
    Article article =
        reader.read(
            "From: Marit Ekdahl <marit@example.org>\nTo: Readers <list@example.org>\n"
                + "Date: Tue, 3 Mar 2026 07:12:44 +0100\nSubject: Re: Notes #112: fares\n\n"
                + "Fares rose 18% on Monday.\n\nI think the timing is a mistake.\n\n"
                + "Until next week,\nMarit\n",
            "t.txt");
    assertEquals("Marit Ekdahl", article.byline());
    assertEquals("Notes #112: fares", article.title());
    assertEquals("2026-03-03T07:12:44+01:00", article.published());
    assertEquals(
        List.of(
            Block.paragraph("Fares rose 18% on Monday."),
            Block.paragraph("I think the timing is a mistake.")),
        article.blocks());
  }

  @Test
  void aMemosHeaderUnderItsCaptionGivesTheSenderAsByline() {
    Article article =
        reader.read(
            "MEMORANDUM\n\nTo: Investment Committee\nFrom: Ilse Marten, head of credit\n"
                + "Date: 4 November 2026\nSubject: Orrin Foods, proposed sale\n"
                + "Classification: Internal\n\n"
                + "I recommend selling the bonds.\n\nThe covenants are weak.\n",
            "t.txt");
    assertEquals("Ilse Marten", article.byline());
    assertEquals("Orrin Foods, proposed sale", article.title());
    assertEquals(
        List.of(
            Block.paragraph("I recommend selling the bonds."),
            Block.paragraph("The covenants are weak.")),
        article.blocks());
  }

  @Test
  void aMemosHeaderUnderItsTitleLineGivesTheSenderAsByline() {
    Article article =
        reader.read(
            "Harrow Lane brewhouse and the case for moving production\n\n"
                + "From: Gemma Strand, head of finance\nTo: Board of Directors\n"
                + "Date: 14 November 2026\nSubject: Harrow Lane, recommendation to close\n\n"
                + "I recommend that we close the brewhouse.\n",
            "t.txt");
    assertEquals("Gemma Strand", article.byline());
    assertEquals(
        List.of(Block.paragraph("I recommend that we close the brewhouse.")), article.blocks());
  }

  @Test
  void aStampedSpeakerLineIsAHeadingAndALeadingStampIsNoText() {
    Article article =
        reader.read(
            "Episode 41\n\nHelena Vasquez (00:00:04):\nWelcome back.\n\n"
                + "[00:01:14] Ossian Drake: Who buys the extra cells?\n",
            "t.txt");
    assertEquals(
        List.of(
            Block.heading("Helena Vasquez (00:00:04):"),
            Block.paragraph("Welcome back."),
            Block.paragraph("Ossian Drake: Who buys the extra cells?")),
        article.blocks());
  }

  @Test
  void aChatExportsDateAndTimeAreNoTextAndLeaveTheWritersLabel() {
    Article article =
        reader.read(
            "Franchisee group chat\n\n"
                + "14/03/2026, 08:02 - Dilys Parry: Has everyone seen the email?\n"
                + "[14/03/2026, 08:05:11] Rajan Meers: Seen it.\n"
                + "3/14/26, 8:07 AM - Colm Tierney: To be fair, app orders grew.\n",
            "t.txt");
    assertEquals(
        List.of(
            "Dilys Parry: Has everyone seen the email?",
            "Rajan Meers: Seen it.",
            "Colm Tierney: To be fair, app orders grew."),
        article.blocks().stream().map(Block::text).toList());
  }

  @Test
  void aPrintedThreadsMessageHeadersNameTheirSendersAndAreNoText() {
    Article article =
        reader.read(
            "Order book question, a printed thread\n\n"
                + "From: Oskar Brandt <o.brandt@example.org>\nSent: Monday, 2 November 2026 09:14\n"
                + "To: Bettina Kroll <bk@example.org>\nSubject: Order book\n\n"
                + "How many of the orders are firm?\n\n"
                + "From: Bettina Kroll <bk@example.org>\nSent: Monday, 9 November 2026 17:40\n"
                + "Subject: RE: Order book\n\n"
                + "Some 2,150 are firm orders.\n",
            "t.txt");
    assertEquals(
        List.of(
            new Block(Block.Kind.POST_HEADER, "Oskar Brandt"),
            Block.paragraph("How many of the orders are firm?"),
            new Block(Block.Kind.POST_HEADER, "Bettina Kroll"),
            Block.paragraph("Some 2,150 are firm orders.")),
        article.blocks());
    assertEquals(
        List.of("Oskar Brandt", "Bettina Kroll"),
        article.paragraphs().stream().map(Paragraph::signer).toList());
  }

  @Test
  void aLiveBlogsEntryTimesAreNoPartOfItsSentences() {
    Article article =
        reader.read(
            "Investor day, live\n\n10:04 Ida Marr is on stage. She opens with the target.\n\n"
                + "10:11 Marr says freight will grow.\n",
            "t.txt");
    assertEquals(
        List.of(
            Block.paragraph("Ida Marr is on stage. She opens with the target."),
            Block.paragraph("Marr says freight will grow.")),
        article.blocks());
  }

  @Test
  void aNewswireEntrysTimeGoesWithItsZoneAndDash() {
    Article article =
        reader.read(
            "Market talk\n\n10:04 GMT - Ida Marr sees freight growing.\n\n"
                + "10:11 GMT \u2013 Harbin shares open lower.\n",
            "t.txt");
    assertEquals(
        List.of(
            Block.paragraph("Ida Marr sees freight growing."),
            Block.paragraph("Harbin shares open lower.")),
        article.blocks());
  }

  @Test
  void aSentenceOpeningWithATimeKeepsItWhenNoOtherEntryDoes() {
    Article article =
        reader.read(
            "Markets today\n\n9:30 Is when trading opens.\n\nThe bell rang late.\n", "t.txt");
    assertEquals("9:30 Is when trading opens.", article.blocks().get(0).text());
  }

  @Test
  void subtitlesAreOneParagraphPerTurnWithoutCueNumbersOrTimings() {
    Article article =
        reader.read(
            "WEBVTT\n\n1\n00:00:01.200 --> 00:00:05.900\nJONAS BREITNER: Crumbhaus is closing\n"
                + "40 bakeries.\n\n2\n00:00:06.100 --> 00:00:11.400\nThe company blames costs.\n\n"
                + "3\n00:00:11.800 --> 00:00:16.300\n<v Esther Kolb>I read it the other way.\n",
            "t.txt");
    assertEquals(
        List.of(
            Block.paragraph(
                "JONAS BREITNER: Crumbhaus is closing 40 bakeries. The company blames costs."),
            Block.paragraph("Esther Kolb: I read it the other way.")),
        article.blocks());
  }

  @Test
  void aWireDatelineGivesTheSiteAndStaysInTheText() {
    Article article =
        reader.read(
            "Fjordlys to buy Nordkapp\n\nBERGEN, Norway, March 3, 2026 (Nordwire) — Fjordlys"
                + " said it would buy Nordkapp.\n\nThe deal needs approval.\n",
            "t.txt");
    assertEquals("Nordwire", article.site());
    assertEquals(
        "BERGEN, Norway, March 3, 2026 (Nordwire) — Fjordlys said it would buy Nordkapp.",
        article.blocks().getFirst().text());
  }

  @Test
  void aNameWithABareStampIsAHeadingAndADashedSignatureASignature() {
    Article article =
        reader.read(
            "Call notes\n\nAmira Costa  0:03\nThe trustees voted.\n\n"
                + "Rates are low.\n\n— Hollis Barrow, Fenmouth\n\nLetters\n\nOne.\n\n"
                + "— Ann Obi\n\nTwo.\n\n- Jane Doe, chair\n",
            "t.txt");
    assertEquals(
        List.of(
            Block.heading("Amira Costa 0:03"),
            Block.paragraph("The trustees voted."),
            Block.paragraph("Rates are low."),
            b(Kind.SIGNATURE, "— Hollis Barrow, Fenmouth"),
            Block.heading("Letters"),
            Block.paragraph("One."),
            Block.paragraph("— Ann Obi"),
            Block.paragraph("Two."),
            b(Kind.LIST_ITEM, "Jane Doe, chair")),
        article.blocks());
  }

  @Test
  void aSignatureEndingAStatementsLastLineStandsApartOnAPageOfSignedStatements() {
    Article article =
        reader.read(
            "Both sides set out their case.\n\nTHE STAFF VIEW\n\nPay is too low. Strike now."
                + " \u2014 Dockside staff council, Harbour Porters\u2019 Guild\n\nTHE OWNERS"
                + " REPLY\n\nPay is fair. Talk to us. \u2014 Ines Morrow, operations director\n\n"
                + "The vote is on Friday.\n",
            "statements.txt");
    assertEquals(
        List.of(
            Block.paragraph("Both sides set out their case."),
            Block.heading("THE STAFF VIEW"),
            Block.paragraph("Pay is too low. Strike now."),
            b(Kind.SIGNATURE, "\u2014 Dockside staff council, Harbour Porters\u2019 Guild"),
            Block.heading("THE OWNERS REPLY"),
            Block.paragraph("Pay is fair. Talk to us."),
            b(Kind.SIGNATURE, "\u2014 Ines Morrow, operations director"),
            Block.paragraph("The vote is on Friday.")),
        article.blocks());
    assertNull(article.byline());
  }

  @Test
  void aSignatureEndingALineThatTextFollowsStaysOnTheLineOnAPageSignedOnce() {
    Article article =
        reader.read(
            "Harbour notes\n\nThe board met on Monday.\n\nRates are low, and the harbour has"
                + " money enough for the new cranes this year. \u2014 Ines Morrow, treasurer\n\n"
                + "The vote is on Friday.\n",
            "t.txt");
    assertEquals(
        List.of(
            Block.paragraph("The board met on Monday."),
            Block.paragraph(
                "Rates are low, and the harbour has money enough for the new cranes this year."
                    + " \u2014 Ines Morrow, treasurer"),
            Block.paragraph("The vote is on Friday.")),
        article.blocks());
  }

  @Test
  void aBodyOfAnOrganisationSignsForTheOrganisation() {
    assertEquals(
        "Harbour Porters\u2019 Guild",
        Signatures.signer("\u2014 Dockside staff council, Harbour Porters\u2019 Guild"));
    assertEquals("Halden Mills", Signatures.signer("-- The board of directors, Halden Mills"));
    assertNull(Signatures.signer("\u2014 the quiet harbour, Harbour Porters\u2019 Guild"));
  }

  @Test
  void aLetterSignedWithNoDashIsItsSignersFromItsSalutationOn() {
    Article article =
        reader.read(
            "Fenwick Mills: letter to shareholders\n\nThe letter below was sent on Monday.\n\n"
                + "Dear shareholders,\n\nThe mill made money this year.\n\nWe expect more.\n\n"
                + "Yours sincerely,\n\nOrla Penhale, Chair, Fenwick Mills\n",
            "letter.txt");
    List<Paragraph> paragraphs = article.paragraphs();
    assertEquals(
        new Block(Kind.SIGNATURE, "Orla Penhale, Chair, Fenwick Mills"),
        article.blocks().getLast());
    assertNull(paragraphs.get(0).signer());
    for (int i = 1; i < paragraphs.size(); i++) {
      assertEquals("Orla Penhale", paragraphs.get(i).signer());
    }
    // an undashed signature is no byline: the page's own voice stays the site's
    assertNull(article.byline());
  }

  @Test
  void aLetterSignedOnceUnderItsOwnHeadingAfterThePagesOwnTextIsItsSigners() {
    List<Block> blocks =
        List.of(
            Block.paragraph("The levy is the wrong tax."),
            Block.paragraph("We have no quarrel with pricing carbon."),
            Block.heading("Letter: The levy is overdue"),
            Block.paragraph("Your editorial gets the levy wrong."),
            Block.paragraph("It will do what it is meant to do."),
            new Block(Kind.SIGNATURE, "Gwenna Tarrant, Kelmford"));
    List<Paragraph> paragraphs = Article.paragraphsOf(blocks);
    assertNull(paragraphs.get(0).signer());
    assertNull(paragraphs.get(1).signer());
    for (int i = 2; i < paragraphs.size(); i++) {
      assertEquals("Gwenna Tarrant", paragraphs.get(i).signer());
    }
  }

  @Test
  void aLetterHeadingFromItsWriterSignsNothingAboveIt() {
    List<Block> blocks =
        Signatures.withUndashed(
            List.of(
                Block.paragraph("We asked two fund managers to write to each other."),
                Block.heading("FROM AUGUSTINE MERRIWEATHER, HALDEN STREET CAPITAL"),
                Block.paragraph("Dear Celia,"),
                Block.paragraph("You sold Harwick last year, and I bought what you sold."),
                Block.heading("From Celia Okonjo-Varre, Thornbury Lane Investors"),
                Block.paragraph("Dear Augustine,"),
                Block.paragraph("I sold because universities are not students.")));
    assertTrue(blocks.stream().noneMatch(b -> b.kind() == Kind.SIGNATURE), blocks.toString());
    assertNull(Article.paragraphsOf(blocks).get(0).signer());
  }

  @Test
  void undashedSignaturesOnALettersPageCloseTheLettersNoHeadingSeparates() {
    List<Block> blocks =
        Signatures.withUndashed(
            List.of(
                Block.heading("Letters"),
                Block.paragraph("Your report on the bridge gets the cost wrong."),
                Block.paragraph("Tomas Quell, Mill Lane, Ashby"),
                Block.paragraph("I agree with the report."),
                Block.paragraph("Rhona Vale, Chief Engineer, Ashby Bridges"),
                Block.paragraph("Editor's note: the council replied on Friday.")));
    List<Paragraph> paragraphs = Article.paragraphsOf(blocks);
    assertEquals("Tomas Quell", paragraphs.get(0).signer());
    assertEquals("Rhona Vale", paragraphs.get(2).signer());
    assertNull(paragraphs.get(4).signer());
  }

  @Test
  void aNameLineBeforeTheNextLettersSalutationSignsTheLetterAbove() {
    Article article =
        reader.read(
            "Letters: the bed tax\n\nSir, your leader backed the levy.\n\n"
                + "The council has misjudged who pays.\n\n"
                + "Gideon Farrant, General Manager, Harbourside Grand Hotel, Varrow\n\n"
                + "Sir, Mr. Farrant wants the levy aimed at platforms like ours.\n\n"
                + "Philippa Dunn, Head of Public Policy, Roomquay\n",
            "letters.txt");
    List<String> signers =
        article.paragraphs().stream().map(p -> p.signer() + ": " + p.text()).toList();
    assertEquals("Gideon Farrant: Sir, your leader backed the levy.", signers.get(0));
    assertEquals("Gideon Farrant: The council has misjudged who pays.", signers.get(1));
    assertEquals(
        "Philippa Dunn: Sir, Mr. Farrant wants the levy aimed at platforms like ours.",
        signers.get(3));
  }

  @Test
  void anUndashedSignatureMayEndWithAParenthesisedCredit() {
    List<Block> blocks =
        Signatures.withUndashed(
            List.of(
                Block.heading("The delay is the ministry's"),
                Block.paragraph("Your report understated how far along Corvel is."),
                Block.paragraph("Paulo Meireles, Lisbon (former process engineer, Corvel Mining)"),
                Block.heading("Less water than a golf course?"),
                Block.paragraph("You reported that the refinery will use little water."),
                Block.paragraph("Ana Serrano, chair, Sorraia Growers")));
    List<Paragraph> paragraphs = Article.paragraphsOf(blocks);
    assertEquals("Paulo Meireles", paragraphs.get(0).signer());
    assertEquals("Paulo Meireles", paragraphs.get(1).signer());
    assertEquals("Ana Serrano", paragraphs.get(2).signer());
  }

  @Test
  void anExchangeOfLettersUnderHeadingsGivesEachLetterToItsSigner() {
    Article article =
        reader.read(
            "Review office and Harrow: correspondence\n\nThe office released the letters.\n\n"
                + "LETTER FROM THE REVIEW OFFICE, 11 AUGUST\n\nDear Ms. Holm,\n\n"
                + "Please explain the revenue policy.\n\nYours sincerely,\n\n"
                + "Linnea Marwood, Assistant Director, Review Office\n\n"
                + "RESPONSE FROM HARROW, 9 SEPTEMBER\n\nDear Ms. Marwood,\n\n"
                + "We disagree with the comment.\n\n"
                + "Kind regards, Beatrix Holm, Chief Financial Officer, Harrow\n\n"
                + "SECOND LETTER FROM THE REVIEW OFFICE\n\nWe note your response.\n\n"
                + "Linnea Marwood, Assistant Director\n",
            "letters.txt");
    List<String> signers =
        article.paragraphs().stream().map(p -> p.signer() + ": " + p.text()).toList();
    assertEquals(
        List.of(
            "null: The office released the letters.",
            "Linnea Marwood: Dear Ms. Holm,",
            "Linnea Marwood: Please explain the revenue policy.",
            "Linnea Marwood: Yours sincerely,",
            "Linnea Marwood: Linnea Marwood, Assistant Director, Review Office",
            "Beatrix Holm: Dear Ms. Marwood,",
            "Beatrix Holm: We disagree with the comment.",
            "Beatrix Holm: Kind regards, Beatrix Holm, Chief Financial Officer, Harrow",
            "Linnea Marwood: We note your response.",
            "Linnea Marwood: Linnea Marwood, Assistant Director"),
        signers);
  }

  @Test
  void aNameAndARoleHeadingOverItsOwnTextStaysAHeading() {
    List<Block> blocks =
        List.of(
            Block.paragraph("The panel met in the town hall."),
            Block.heading("Tomas Quell, Chief Engineer"),
            Block.paragraph("He spoke first."));
    assertEquals(blocks, Signatures.withUndashed(blocks));
  }

  @Test
  void aNameAndAPlaceBetweenParagraphsOfOneTextIsNoSignature() {
    List<Block> blocks =
        List.of(
            Block.paragraph("The panel met in the town hall."),
            Block.paragraph("Tomas Quell, Mill Lane, Ashby"),
            Block.paragraph("He spoke first."));
    assertEquals(blocks, Signatures.withUndashed(blocks));
    assertNull(Signatures.undashedSigner("By Tomas Quell, transport correspondent"));
    assertNull(Signatures.undashedSigner("The Harbour Hour, episode 12"));
    assertNull(Signatures.undashedSigner("Tomas Quell, who spoke first, said no."));
  }

  @Test
  void aPageOfQuotationsCreditsEachQuotationToTheDashedLineUnderIt() {
    Article article =
        reader.read(
            "What they said\n\nQuotes of the week, compiled by the desk.\n\n"
                + "\"Fares will rise within a year.\"\n\u2014 Jane Okafor, chief executive, Harbour"
                + " Lines\n\n\"We will fight it.\" \u2014 Tomas Quell, general secretary\n\n"
                + "The vote is on Friday.\n",
            "quotes.txt");
    List<Paragraph> paragraphs = article.paragraphs();
    assertEquals(
        List.of(
            Block.paragraph("Quotes of the week, compiled by the desk."),
            Block.paragraph("\"Fares will rise within a year.\""),
            b(Kind.SIGNATURE, "\u2014 Jane Okafor, chief executive, Harbour Lines"),
            Block.paragraph("\"We will fight it.\""),
            b(Kind.SIGNATURE, "\u2014 Tomas Quell, general secretary"),
            Block.paragraph("The vote is on Friday.")),
        article.blocks());
    assertNull(paragraphs.get(0).signer());
    assertEquals("Jane Okafor", paragraphs.get(1).signer());
    assertEquals("Tomas Quell", paragraphs.get(3).signer());
    assertNull(paragraphs.get(5).signer());
  }

  @Test
  void aWireHeaderBlocksFiledByLineNamesTheAuthor() {
    Article article =
        reader.read(
            "RAVENSHOLT COMMODITIES WIRE :: SOFTS\n"
                + "Filed by: Adaeze Okonkwo-Hart, West Africa correspondent\n\n"
                + "Savannea will idle three of its nine grinding lines from June.\n",
            "t.txt");
    assertEquals("Adaeze Okonkwo-Hart", article.byline());
  }

  @Test
  void aPreparedByOrBylineHeaderLineNamesTheAuthor() {
    for (String line : List.of("Prepared by: Ines Calloway", "Byline: Ines Calloway")) {
      Article article =
          reader.read(
              "Harbour plans stall again\n" + line + "\n\nThe council delayed the vote.\n",
              "t.txt");
      assertEquals("Ines Calloway", article.byline(), line);
    }
  }

  @Test
  void aPressReleasesContactsAreNoAuthorTheFirmFirstAmongThemIsTheIssuer() {
    Article release =
        reader.read(
            "Statement re press speculation\n\nThe Board notes recent press speculation.\n\n"
                + "For further information, please contact:\n\nMarrowfield Tiles plc\n"
                + "Odile Brankovic, Finance Director     +44 (0)20 7946 0100\n\n"
                + "Saltcote Partners (financial public relations)\n"
                + "Kit Ambrose                           +44 (0)20 7946 0101\n",
            "rns.txt");
    assertNull(release.byline(), "the finance director answers questions; she did not write it");
    assertEquals("Marrowfield Tiles plc", release.site());
    assertEquals(
        List.of(Block.paragraph("The Board notes recent press speculation.")), release.blocks());
  }

  @Test
  void aOneLineMediaContactOpensNoListOfContacts() {
    Article release =
        reader.read(
            "Merger agreed\n\nThe banks agreed to merge.\n\nMedia contact: Theo Vance, 555-0100\n",
            "r.txt");
    assertNull(release.site());
  }

  @Test
  void aSpeakerLineUnderALecturesTitleNamesItsAuthorWithoutTitle() {
    Article lecture =
        reader.read(
            "THE ANNUAL LECTURE ON PENSIONS\n\nSpeaker: Professor Ilsa Marchetti-Dunn, Chair"
                + " in Actuarial Science, University of Tolland\n\nThank you for coming.\n",
            "l.txt");
    assertEquals(
        "Ilsa Marchetti-Dunn, Chair in Actuarial Science, University of Tolland", lecture.byline());
    assertEquals(List.of(Block.paragraph("Thank you for coming.")), lecture.blocks());
  }

  @Test
  void aTitleSayingWhoseRecordTheTextIsGivesTheIssuer() {
    Article minutes =
        reader.read(
            "Minutes of the annual general meeting of Brackenholt Hop Growers' Co-operative\n\n"
                + "The chair opened the meeting.\n",
            "m.txt");
    assertEquals("Brackenholt Hop Growers' Co-operative", minutes.site());
    Article letter =
        reader.read(
            "Letter to the board of Brackenholt Holdings\n\nWe write about the dividend.\n",
            "l.txt");
    assertNull(letter.site(), "a letter's title names its addressee");
  }

  @Test
  void aTeamLineNamesItsFirstMemberWithoutTheNoteInBrackets() {
    Article notes =
        reader.read(
            "Store visit notes\n\nField team: Marit Oyelowo (lead), Ansel Brigg\n\n"
                + "We came away more positive.\n",
            "n.txt");
    assertEquals("Marit Oyelowo, Ansel Brigg", notes.byline());
  }

  @Test
  void anOfficeThatIssuedTheTextAndItsHolderUnderItNameTheAuthor() {
    Article circular =
        reader.read(
            "Pay offer: vote now\n\nThe ballot closes on Friday.\n\nIssued by the General"
                + " Secretary\n\nMorwen Tallis\nHarbour Porters' Union\n2 March 2026\n",
            "c.txt");
    assertEquals("Morwen Tallis", circular.byline());
    assertEquals(List.of(Block.paragraph("The ballot closes on Friday.")), circular.blocks());
  }

  @Test
  void anAuthorsTableWithBarsNamesTheFirstAuthor() {
    Article alert =
        reader.read(
            "Client alert: payment terms\n\nSuppliers will wait longer.\n\nAUTHORS\n\n"
                + "Oriel Vantongeren | Partner, Supply Chain | o.v@example.com\n"
                + "Lior Acheson | Director | l.a@example.com\n",
            "a.txt");
    assertEquals("Oriel Vantongeren", alert.byline());
    assertTrue(alert.blocks().stream().noneMatch(b -> b.text().contains("@")));
  }

  @Test
  void aFormalStatementsOpeningDeclarationNamesItsMaker() {
    Article statement =
        reader.read(
            "FIRST WITNESS STATEMENT OF ILSE MARCHBANKS\n\nINTRODUCTION\n\nI, Ilse"
                + " Marchbanks, of Greyfold Valuation LLP, make this statement on behalf of the"
                + " claimants. In my opinion the shares were worth more.\n",
            "s.txt");
    assertEquals("Ilse Marchbanks", statement.byline());
  }

  @Test
  void aNumberedStatementsDeclarationWithTheMakersRoleNamesItsMaker() {
    Article statement =
        reader.read(
            "Witness statement\n\n[1] I, Orla Brannock, am the operations director of Brenlow"
                + " Storage and make this statement in support of its claim.\n\n[2] The facts are"
                + " within my own knowledge.\n",
            "s.txt");
    assertEquals("Orla Brannock", statement.byline());
  }

  @Test
  void aReportWhoseFirstParagraphIntroducesItsWriterIsTheirs() {
    Article report =
        reader.read(
            "Report to the court\n\n[1] I am Aurelio Penrose-Watts, a partner of Cresswell Marr,"
                + " and I chaired the meetings.\n\n[2] The lenders voted for the plan.\n",
            "r.txt");
    assertEquals("Aurelio Penrose-Watts", report.byline());
  }

  @Test
  void anAffidavitsOathAfterTheMakersAddressAndRoleNamesItsMaker() {
    Article affidavit =
        reader.read(
            "Petition in the matter of Skerrow Ferries\n\n(1) I, Cormac Dunleavy, of 14 Quayside"
                + " Row, Port Ellery, Finance Director of Skerrow Ferries, make oath and say as"
                + " follows.\n\n(2) The debt is disputed.\n",
            "a.txt");
    assertEquals("Cormac Dunleavy", affidavit.byline());
  }

  @Test
  void aTitleNamingTheMakerOfItsWorkNamesTheAuthor() {
    Article report =
        reader.read(
            "Report of Rowena Tallis, Inspector appointed by the Minister\n\n1.1 I held an"
                + " inquiry over four days.\n\n1.2 The appeal should be allowed.\n",
            "r.txt");
    assertEquals("Rowena Tallis", report.byline());
    Article firm =
        reader.read(
            "Report of Corvell Glazing Limited to its creditors\n\nThe shop closed.\n", "f.txt");
    assertEquals(null, firm.byline());
  }

  @Test
  void anIssuedByLineUnderTheTitleNamesTheIssuer() {
    Article report =
        reader.read(
            "Report to creditors\n\nIssued by Corrigan Vale, joint administrators of Pellbrook"
                + " Ferries\n\n1.1 Pellbrook entered administration in March.\n",
            "a.txt");
    assertEquals("Corrigan Vale", report.byline());
  }

  @Test
  void aMemoUnderItsCaptionAndFirmWithAlignedFieldsAndARelineNamesItsSender() {
    Article memo =
        reader.read(
            "INTERNAL MEMORANDUM\n\nCALDER & VOSS LOGISTICS\n\nTO:    Executive Committee\n"
                + "FROM:  Ravi Oduya, Director of Strategy\nDATE:  3 February 2026\n"
                + "RE:    The price cut\n\nWe should not match the cut.\n",
            "m.txt");
    assertEquals("Ravi Oduya, Director of Strategy", memo.byline());
    assertEquals("The price cut", memo.title());
    assertEquals(List.of(Block.paragraph("We should not match the cut.")), memo.blocks());
  }
}
