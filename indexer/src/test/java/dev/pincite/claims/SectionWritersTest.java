package dev.pincite.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SectionWritersTest {

  private final CueFile cues = CueFile.load("speaker-cues.txt");
  private final PersonNames forms =
      new PersonNames(cues, CueFile.load("company-cues.txt"), Registry.empty());
  private final DocumentOrganisations organisations =
      new DocumentOrganisations(Set.of("Carriers Association"));
  private final IntroducedNames names =
      new IntroducedNames(Registry.empty(), forms, organisations, null);
  private final SectionWriters sections =
      new SectionWriters(
          Registry.empty(),
          forms,
          new StatementHeadings(cues),
          organisations,
          names,
          names::withFullName);

  private static List<NameSpan> spans(String heading) {
    return NameSpan.find(heading, Set.of(), Set.of());
  }

  @Test
  void aCallTranscriptsSpeakerLineOpensThatPersonsTurn() {
    assertEquals(
        "Ingrid Solheim", sections.turnWriter("Ingrid Solheim -- Chief Executive Officer"));
    assertNull(sections.turnWriter("Outlook for the second half"));
  }

  @Test
  void byNamesTheSectionsWriterWhereverItStands() {
    String heading = "The bull case, by Ottilie Brunswick";
    assertEquals("Ottilie Brunswick", sections.byWriter(heading, spans(heading)));
    assertEquals("Ottilie Brunswick", sections.writerAtEnd(heading, spans(heading)));
  }

  @Test
  void aNameAfterADashIsTheWriterOnlyWhenTheDocumentKnowsThePerson() {
    String heading = "Yes \u2014 Mira Solt";
    assertNull(sections.writerAtEnd(heading, spans(heading)));
    names.introduce("Mira Solt");
    assertEquals("Mira Solt", sections.writerAtEnd(heading, spans(heading)));
  }

  @Test
  void aStatementHeadingGivesTheOrganisationItIsFrom() {
    assertEquals(
        "Carriers Association",
        sections.statementWriter("Statement from the Carriers Association"));
  }

  @Test
  void aPageOfHeadingsEachANameAndWhereTheyWriteFromIsAPageOfLetters() {
    // Made up: a letters page set in capitals, the headings' names never written again.
    List<String> page =
        List.of("ORLA PENNICK, HARBOURSIDE", "DEXTER MALLORY-OKAFOR, RETIRED ENGINEER, FENWICK");
    assertNull(sections.letterWriter(page.get(0)), "not before the page is learned");
    sections.learnLetterHeadings(page);
    assertEquals("Orla Pennick", sections.letterWriter(page.get(0)));
    assertEquals("Dexter Mallory-Okafor", sections.letterWriter(page.get(1)));
  }

  @Test
  void oneSuchHeadingOrANumberedSeriesIsNoPageOfLetters() {
    sections.learnLetterHeadings(List.of("Ines Valcourt, the quiet dealmaker"));
    assertNull(sections.letterWriter("Ines Valcourt, the quiet dealmaker"));
    List<String> series = List.of("CLAIM ONE, THE NEWSROOM", "CLAIM TWO, AUDIENCE GROWTH");
    sections.learnLetterHeadings(series);
    assertNull(sections.letterWriter(series.get(0)));
  }
}
