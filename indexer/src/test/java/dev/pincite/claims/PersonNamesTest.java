package dev.pincite.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PersonNamesTest {

  private final PersonNames names =
      new PersonNames(
          CueFile.load("speaker-cues.txt"), CueFile.load("company-cues.txt"), Registry.empty());

  private List<String> runs(String sentence) {
    List<NameSpan> spans = NameSpan.find(sentence, Set.of(), Set.of());
    return names.withoutTitles(sentence, spans).stream().map(NameSpan::text).toList();
  }

  @Test
  void titlesAndRolesBeforeANameAreNotPartOfIt() {
    assertEquals("Ed Marsh", names.withoutTitles("Senate Majority Leader Ed Marsh"));
    assertEquals("Lucia Bramwell", names.withoutTitles("Dr Lucia Bramwell"));
    assertEquals("Hollis Adeyemi-Park", names.withoutTitles("Vice-chancellor Hollis Adeyemi-Park"));
  }

  @Test
  void aBylinesWriterIsTheNameWithoutTheRoleAndFirmAfterIt() {
    assertEquals(
        "Anneke Dorsey", names.bylineWriter("Anneke Dorsey, Senior Director, Halvard Ratings"));
    assertEquals("Mira Solt", names.bylineWriter("Mira Solt, Insurance Analyst"));
    assertEquals(
        "Mirela Sandoval",
        names.bylineWriter("Mirela Sandoval, Senior Fellow, Harbour Policy Forum"));
  }

  @Test
  void aBylineOfSeveralWritersIsItsFirstWriters() {
    assertEquals("Mira Solt", names.bylineWriter("Mira Solt, Tom Reyes and Ana Lind"));
    assertEquals("Mira Solt", names.bylineWriter("Mira Solt, Tom Reyes"));
    assertEquals("Piers Antrobus", names.bylineWriter("Piers Antrobus; Yewande Kosi"));
    assertEquals("Benedikt Sorley", names.bylineWriter("Benedikt Sorley and Anouk Fairweather"));
    assertEquals("Noor Castellane", names.bylineWriter("Noor Castellane & Felix Amberwick"));
  }

  @Test
  void aBylineOfNoPersonOrOfOneFirmIsKeptWhole() {
    assertEquals("Harbour Notes", names.bylineWriter("Harbour Notes"));
    assertEquals("Halvard Ratings Ltd, London", names.bylineWriter("Halvard Ratings Ltd, London"));
    assertEquals("Smith and Jones", names.bylineWriter("Smith and Jones"));
    assertEquals("John Lewis and Partners", names.bylineWriter("John Lewis and Partners"));
  }

  @Test
  void aTitleWithNoNameAfterItIsKeptWhole() {
    assertEquals("Chief Executive", names.withoutTitles("Chief Executive"));
  }

  @Test
  void aTitleStandingApartJoinsTheNameButNotItsText() {
    String sentence = "The plan is sound, said Mr. Ochoa on Friday.";
    List<NameSpan> spans =
        names.withoutTitles(sentence, NameSpan.find(sentence, Set.of(), Set.of()));
    NameSpan ochoa = spans.stream().filter(s -> s.text().equals("Ochoa")).findFirst().orElseThrow();
    assertEquals(sentence.indexOf("Mr."), ochoa.start());
  }

  @Test
  void aKindOfFirmBeforeAFirmsNameIsDropped() {
    assertTrue(runs("Reinsurer Westerly Re said prices rose.").contains("Westerly Re"));
  }

  @Test
  void aNameHasAPersonsFormOnlyWithoutDigitsCapitalsOrAFirmsSuffix() {
    assertTrue(names.looksLikePersonName(new String[] {"James", "B.", "Ortiz"}));
    assertFalse(names.looksLikePersonName(new String[] {"Route", "66"}));
    assertFalse(names.looksLikePersonName(new String[] {"ACME", "Lending"}));
    assertTrue(names.endsAsFirm(new String[] {"Castleford", "Holdings"}));
    assertFalse(names.endsAsFirm(new String[] {"Lena", "Park"}));
  }

  @Test
  void theHeadNounOfARoleTitleIsAPersonsRole() {
    assertTrue(names.personRole("executive"));
    assertFalse(names.personRole("firm"));
  }

  @Test
  void anInitialismRoleBeforeANameIsNoPartOfIt() {
    assertEquals(
        List.of("Saoirse Lindahl"),
        names.runs("3/ CEO Saoirse Lindahl opens the call.").stream().map(NameSpan::text).toList());
  }
}
