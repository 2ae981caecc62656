package dev.pincite.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IntroducedNamesTest {

  private final PersonNames forms =
      new PersonNames(
          CueFile.load("speaker-cues.txt"), CueFile.load("company-cues.txt"), Registry.empty());

  private IntroducedNames names(String byline, String... organisations) {
    return new IntroducedNames(
        Registry.empty(), forms, new DocumentOrganisations(Set.of(organisations)), byline);
  }

  private static void read(IntroducedNames names, String sentence) {
    names.learn(sentence, NameSpan.find(sentence, Set.of(), Set.of()));
  }

  @Test
  void aSurnameAndAFirstNameReferBackToTheFullName() {
    IntroducedNames names = names(null);
    read(names, "Lena Park runs the credit desk.");
    assertEquals("Lena Park", names.withFullName("Park"));
    assertEquals("Lena Park", names.withFullName("Lena"));
  }

  @Test
  void aSurnameOfSeveralWordsReferBackToTheOneNameItEnds() {
    IntroducedNames names = names(null);
    read(names, "The analyst Rafael Okamoto Lins of Banco Austral disagrees.");
    names.introduce("Hélène de la Fontaine-Ba");
    names.introduce("Dr Lucia Bramwell");
    assertEquals("Rafael Okamoto Lins", names.withFullName("Okamoto Lins"));
    assertEquals("Hélène de la Fontaine-Ba", names.withFullName("De la Fontaine-Ba"));
    assertEquals("Lucia Bramwell", names.withFullName("Lucia Bramwell"));
    assertEquals("Tom Lins", names.withFullName("Tom Lins"));
  }

  @Test
  void aLabelInCapitalsWithoutAccentsIsTheSurnameWithThem() {
    // Made up: "STRAUSS:" and "YILDIRIM-HOFMANN:" title-cased, as labels reach the names.
    IntroducedNames names = names(null);
    read(names, "Konstantin Strauß and Emre Yıldırım-Hofmann disagree.");
    assertEquals("Konstantin Strauß", names.withFullName("Strauss"));
    assertEquals("Emre Yıldırım-Hofmann", names.withFullName("Yildirim-Hofmann"));
  }

  @Test
  void aLabelOfInitialsIsTheOnePersonWhoseNameSpellsThem() {
    // Made up: the interviewer is the byline; each part of a double surname gives an initial.
    IntroducedNames names = names("Sigrún Hallvarðsdóttir");
    read(names, "Its chief executive, Rafael Bautista-Ocampo, disagrees with Ruth Bell.");
    assertEquals(Optional.of("Sigrún Hallvarðsdóttir"), names.byInitials("SH"));
    assertEquals(Optional.of("Rafael Bautista-Ocampo"), names.byInitials("RBO"));
    assertEquals(Optional.empty(), names.byInitials("RB"), "two people spell it");
    assertEquals(Optional.empty(), names.byInitials("Q"), "one letter is no initials");
  }

  @Test
  void aSurnameTwoPeopleShareResolvesToNeither() {
    IntroducedNames names = names(null);
    read(names, "Lena Park and Joon Park disagree.");
    assertEquals("Park", names.withFullName("Park"));
  }

  @Test
  void theBylinesSurnameIsTheAuthor() {
    assertEquals("Ji-woo Park", names("Ji-woo Park").withFullName("Park"));
  }

  @Test
  void anAppositiveGivesAPersonARoleTheDescriptionLaterNames() {
    IntroducedNames names = names(null);
    read(names, "Lena Park, a credit analyst at Northvale, is cautious.");
    assertEquals(Optional.of("Lena Park"), names.roleHolder("analyst"));
    assertTrue(names.peopleWithRoles().contains("Lena Park"));
  }

  @Test
  void aRoleGivenBeforeTheNameIsThePersonsToo() {
    IntroducedNames names = names(null);
    read(names, "The meeting was opened by the society's chair, Gwilym Rees-Parry, on Tuesday.");
    read(names, "Chief executive Imani Selwyn credited a new partnership.");
    assertEquals(Optional.of("Gwilym Rees-Parry"), names.roleHolder("chair"));
    assertEquals(Optional.of("Imani Selwyn"), names.roleHolder("executive"));
  }

  @Test
  void aPhraseBeforeANameThatIsNoRoleGivesNone() {
    IntroducedNames names = names(null);
    read(names, "In the first quarter, Dana Whitlock sold shares.");
    read(names, "Shares rose after Corbin Hale spoke.");
    assertFalse(names.anyRoles());
  }

  @Test
  void anOrganisationOfTheDocumentHasNoPersonsForm() {
    IntroducedNames names = names(null, "Quillon Labs");
    assertFalse(names.hasFullNameForm("Quillon Labs"));
    assertTrue(names.hasFullNameForm("Dev Patel"));
  }

  @Test
  void aPersonTakenAsSpeakerIsKnownBySurname() {
    IntroducedNames names = names(null);
    names.introduce("Tom Reyes");
    assertEquals(Optional.of("Tom Reyes"), names.known("Reyes"));
    assertTrue(names.isPerson("Tom Reyes"));
  }
}
