package dev.pincite.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RoleLabelsTest {

  private final RoleLabels labels = new RoleLabels(CueFile.load("speaker-cues.txt"));

  @Test
  void theAndAWordIsARoleWhetherListedOrNot() {
    assertEquals(Optional.of("witness"), labels.role("THE WITNESS"));
    assertEquals(Optional.of("chair"), labels.role("THE CHAIRMAN"));
    assertEquals(Optional.of("arbitrator"), labels.role("THE PRESIDING ARBITRATOR"));
    assertEquals(Optional.of("defendant"), labels.role("THE DEFENDANT"));
    assertTrue(labels.isTheLabel("THE COURT"));
  }

  @Test
  void aWordAloneIsARoleOnlyWhenListedAndANameIsNone() {
    assertEquals(Optional.of("moderator"), labels.role("MODERATOR"));
    assertEquals(Optional.empty(), labels.role("ROSA"));
    assertEquals(Optional.empty(), labels.role("NORA LINDQVIST"));
    assertFalse(labels.isTheLabel("MODERATOR"));
  }

  @Test
  void anUnheldRoleReadsAsItsLabelInTitleCase() {
    assertEquals("The Witness", RoleLabels.readable("THE WITNESS"));
  }

  @Test
  void theRoleIsNameIntroducesTheHolder() {
    RoleLabels.Cast cast = labels.cast();
    cast.learn("The witness is Oona Fairley, the lessor's treasurer, questioned by counsel.");
    assertEquals(Optional.of("Oona Fairley"), cast.holder("witness"));
  }

  @Test
  void aVerbFormBeforeByIntroducesTheHolderWithoutTitles() {
    RoleLabels.Cast cast = labels.cast();
    cast.learn("The panel is chaired by Professor Anders Vik.");
    cast.learn("The hearing was presided over by Judge Mira Solt.");
    assertEquals(Optional.of("Anders Vik"), cast.holder("chair"));
    assertEquals(Optional.of("Mira Solt"), cast.holder("court"));
  }

  @Test
  void anAppositiveAndARoleBeforeTheNameIntroduceTheHolder() {
    RoleLabels.Cast cast = labels.cast();
    cast.learn("Bram Okafor, the evening's moderator, opened the debate.");
    cast.learn("Questions went to Interviewer Hala Dane at the end.");
    assertEquals(Optional.of("Bram Okafor"), cast.holder("moderator"));
    assertEquals(Optional.of("Hala Dane"), cast.holder("interviewer"));
  }

  @Test
  void aRoleWordInsideAnOrganisationsNameIntroducesNobody() {
    RoleLabels.Cast cast = labels.cast();
    cast.learn("Transcript prepared by Halden Court Reporting.");
    assertEquals(Optional.empty(), cast.holder("court"));
  }

  @Test
  void theFirstIntroductionOfARoleWins() {
    RoleLabels.Cast cast = labels.cast();
    cast.learn("The witness is Oona Fairley.");
    cast.learn("The witness is Piet Laar.");
    assertEquals(Optional.of("Oona Fairley"), cast.holder("witness"));
  }

  @Test
  void aSpeakerNamingThemselvesInFullInTheirRolesTurnHoldsIt() {
    RoleLabels.Cast cast = labels.cast();
    cast.learnSelf("host", "Good evening, I'm Tamsin Roe.");
    cast.learnSelf("moderator", "I'm Glad you came.");
    assertEquals(Optional.of("Tamsin Roe"), cast.holder("host"));
    assertEquals(Optional.empty(), cast.holder("moderator"));
  }

  @Test
  void aTurnHandingOverToSomeoneGivesThemToTheNextLabelThatSpeaksFirst() {
    RoleLabels.Cast cast = labels.cast();
    assertEquals(Optional.empty(), cast.holder("host"), "the host speaks first, unnamed");
    cast.learn("With me is Dr. Wendell Ashcroft, who covers mining for a brokerage.");
    assertEquals(Optional.empty(), cast.holder("host"), "the one introducing is not introduced");
    assertEquals(Optional.of("Wendell Ashcroft"), cast.holder("guest"));
    cast.learn("Joining us now is Corvane's chief executive, Ilka Morrow.");
    assertEquals(Optional.of("Ilka Morrow"), cast.holder("ceo"));
  }

  @Test
  void aBroadcasterSigningOnAndAReporterBeforeTheNameHoldTheirRoles() {
    RoleLabels.Cast cast = labels.cast();
    cast.learnSelf("host", "Good evening, this is Isla Merrow with Evening Business.");
    cast.learn("Our reporter Tomas Ellwood has been to the mill.");
    assertEquals(Optional.of("Isla Merrow"), cast.holder("host"));
    assertEquals(Optional.of("Tomas Ellwood"), cast.holder("reporter"));
  }
}
