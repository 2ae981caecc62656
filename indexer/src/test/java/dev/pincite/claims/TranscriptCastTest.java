package dev.pincite.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TranscriptCastTest {

  private final ClaimExtractor extractor = Articles.extractor();

  private List<Claim> claims(String... blocks) {
    return extractor.extract(Articles.of(null, "Wire Radio", blocks));
  }

  @Test
  void aRoleLabelIsTheHostWhoIntroducesThemselvesInItsTurn() {
    List<Claim> c =
        claims(
            "HOST: Good evening. Tonight, ferry fares. I'm Dana Kim.", "HOST: Are fares too high?");
    assertEquals("Dana Kim", c.get(0).speaker());
    assertEquals("Dana Kim", c.get(3).speaker());
  }

  @Test
  void aGuestLabelIsThePersonIntroducedWhomNoOtherLabelNames() {
    List<Claim> c =
        claims(
            "HOST: I'm Dana Kim, and with me is Dr. Priya Rao, who covers shipping at Kelso Research.",
            "GUEST: Fares will rise again next year.");
    assertEquals("Priya Rao", c.get(1).speaker());
  }

  @Test
  void aRoleAfterANameInALabelBindsTheRole() {
    List<Claim> c =
        claims("OSKAR LINDE, ANCHOR: Good evening.", "ANCHOR: Fares will rise again next year.");
    assertEquals("Oskar Linde", c.get(0).speaker());
    assertEquals("Oskar Linde", c.get(1).speaker());
  }

  @Test
  void aHandleIsItselfUnlessItsPosterGivesAName() {
    List<Claim> c =
        claims(
            "@ferry_fan: Fares are a scandal.",
            "tidewatcher wrote: Same here. I'm Mara Quist and I chair the riders' group.");
    assertEquals("ferry_fan", c.get(0).speaker());
    assertEquals("Mara Quist", c.get(1).speaker());
  }

  @Test
  void aLabelInsideATurnOpensTheNextTurn() {
    List<Claim> c =
        claims(
            "Our reporter Ines Vale put questions to Tomas Berg, the ferry line's chair.",
            "VALE: Why raise fares? BERG: Because fuel costs doubled.");
    assertEquals("Ines Vale", c.get(1).speaker());
    assertEquals("Tomas Berg", c.get(2).speaker());
  }
}
