package dev.pincite.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CounterLinkTest {

  private final ClaimExtractor extractor = Articles.extractor();

  @Test
  void aScepticAnswersTheOtherSpeakersClaim() {
    List<Claim> c =
        extractor.extract(
            Articles.of(
                "Mia Okoye",
                null,
                "Lucia Ferraro argued that the merger will lower fares. Regulators have cleared"
                    + " similar deals.",
                "Pavel Novak was sceptical that fares fall."));
    assertEquals(ClaimType.COUNTERCLAIM, c.get(2).type());
    assertEquals(c.get(0).id(), c.get(2).counters());
  }

  @Test
  void aButAnswersTheSentenceBefore() {
    List<Claim> c =
        extractor.extract(
            Articles.of(
                null,
                null,
                "The new timetable is popular. But it leaves the freight lines short of slots."));
    assertEquals(c.get(0).id(), c.get(1).counters());
  }

  @Test
  void onlyCounterclaimsLink() {
    List<Claim> c = extractor.extract(Articles.of(null, null, "Rail is back. Fares rose 3%."));
    assertNull(c.get(0).counters());
    assertNull(c.get(1).counters());
  }

  @Test
  void aReplyPointingAtWhatWasJustSaidAnswersTheSentenceBefore() {
    List<Claim> c =
        extractor.extract(
            Articles.of(
                null,
                "Rail Weekly",
                "ALEX KIM: Vantage Rail is the best-run line in the country.",
                "BEA NOOR: I don't buy it. Its fares cover only half of its costs.",
                "ALEX KIM: That's overstated."));
    assertEquals(c.get(0).id(), c.get(1).counters());
    assertEquals(c.get(2).id(), c.get(3).counters());
  }

  @Test
  void aScepticAnswersTheOtherSpeakersSentenceAboutTheSameCompany() {
    List<Claim> c =
        extractor.extract(
            Articles.of(
                "Mia Okoye",
                null,
                "Jonah Pell thinks the lease model will let Vantage Rail take share. Lease"
                    + " customers care about the monthly payment, he said.",
                "Not everyone buys the lease story. Ruth Adair noted that Vantage Rail funds its"
                    + " leases with costly debt."));
    assertEquals(ClaimType.COUNTERCLAIM, c.get(3).type());
    assertEquals(c.get(0).id(), c.get(3).counters());
  }

  @Test
  void aButAfterAConcessionAnswersTheClaimConceded() {
    List<Claim> c =
        extractor.extract(
            Articles.of(
                "Mia Okoye",
                null,
                "The pitch is simple: demand is booming. Both things are true. But the order would"
                    + " double the debt."));
    assertEquals(ClaimType.COUNTERCLAIM, c.get(2).type());
    assertEquals(c.get(0).id(), c.get(2).counters());
  }

  @Test
  void aButAfterAGrantWithAReservationAnswersTheViewGranted() {
    // "He may be right about ...", "... as far as it goes", "... works on paper": the grant is
    // the writer's own; the "But" after it disputes the view before the grant (issue 12, item 5).
    for (String grant :
        List.of(
            "He may be right about the riders.",
            "That is true as far as it goes.",
            "The maths works on paper.",
            "That is the strongest case for the order.")) {
      List<Claim> c =
          extractor.extract(
              Articles.of(
                  "Mia Okoye",
                  null,
                  "Tomas Berg, who runs the depot, argued that the new trams will fill every seat.",
                  grant + " But the order would double the debt of the line."));
      assertEquals(ClaimType.COUNTERCLAIM, c.get(2).type(), grant);
      assertEquals(c.get(0).id(), c.get(2).counters(), grant);
    }
  }

  @Test
  void aButAfterAPointJudgedFairAnswersThePointNotTheJudgement() {
    // "That is a fair worry.", "That concession is welcome.", with or without a transcript's
    // speaker label: the writer judges the point before; the "But" disputes that point (issue 12,
    // item 5, branch links18).
    CounterLinks links = new CounterLinks(CueFile.load("discourse-cues.txt"));
    for (String grant :
        List.of(
            "That is a fair worry, and the board shares it.",
            "That's a fair point on the depot.",
            "That concession is new, and it is welcome.",
            "That last point is true, as far as we know.",
            "ALEX KIM: That's a fair point.",
            "ALEX KIM: Fair enough.")) {
      assertTrue(
          CounterLinks.Terms.of(List.of(sentence(grant, ClaimType.CLAIM)), links).concessions()[0],
          grant);
    }
    for (String judgement :
        List.of("That is a fair price for the line.", "That point is where the plan fails.")) {
      assertFalse(
          CounterLinks.Terms.of(List.of(sentence(judgement, ClaimType.CLAIM)), links)
              .concessions()[0],
          judgement);
    }
    List<Claim> c =
        extractor.extract(
            Articles.of(
                "Mia Okoye",
                null,
                "Tomas Berg, who runs the depot, argued that the new trams will fill every seat.",
                "That is a fair worry, and the board shares it. But the order would double the"
                    + " debt of the line."));
    assertEquals(ClaimType.COUNTERCLAIM, c.get(2).type());
    assertEquals(c.get(0).id(), c.get(2).counters());
  }

  private static CounterLinks.Sentence sentence(String text, ClaimType type) {
    return new CounterLinks.Sentence(
        text,
        new TypeClassifier.Decision(type, null, false, false),
        new SpeakerRules.Attribution("Desk", false, false),
        Set.of(),
        true,
        1,
        Stance.NEUTRAL);
  }

  @Test
  void aSureButReplyAnswersTheTurnJustBeforeNotAnEarlierOne() {
    List<Claim> c =
        extractor.extract(
            Articles.of(
                null,
                "Rail Weekly",
                "ALEX KIM: Vantage Rail should buy the line.",
                "BEA NOOR: I don't buy it. Vantage Rail carries too much debt.",
                "ALEX KIM: That's overstated.",
                "BEA NOOR: Kestrel spent two years on the same deal.",
                "ALEX KIM: Sure, but Vantage Rail has the cash."));
    assertEquals(c.get(4).id(), c.get(5).counters());
  }

  @Test
  void aCounterclaimAnswersTheEarlierClaimItSharesMostWordsWithNotTheNearest() {
    List<Claim> c =
        extractor.extract(
            Articles.of(
                null,
                "Rail Weekly",
                "The new timetable will cut journey times between the two cities.",
                "Ticket sales rose in March. The depots were sold to a landlord.",
                "Critics counter that the timetable adds no time savings between the cities."));
    assertEquals(ClaimType.COUNTERCLAIM, c.get(3).type());
    assertEquals(c.get(0).id(), c.get(3).counters());
  }

  @Test
  void anotherSpeakersClaimWinsOverTheCounterclaimsOwnSpeaker() {
    CounterLinks.Sentence counter =
        sentence("Novak disagreed about fares.", ClaimType.COUNTERCLAIM, "Pavel Novak");
    CounterLinks.Sentence own = sentence("Fares are high.", ClaimType.CLAIM, "Pavel Novak");
    CounterLinks.Sentence other = sentence("Fares are low.", ClaimType.CLAIM, "Ines Moreau");
    assertTrue(
        CounterLinks.score(counter, other, 2, 0.3) > CounterLinks.score(counter, own, 1, 0.3));
  }

  @Test
  void contentWordsAreStemmedWithoutStopWords() {
    assertEquals(
        Set.of("depot", "were", "sold", "landlord"),
        CounterLinks.contentWords("The depots were sold to a landlord."));
  }

  private static CounterLinks.Sentence sentence(String text, ClaimType type, String speaker) {
    return new CounterLinks.Sentence(
        text,
        new TypeClassifier.Decision(type, null, false, false),
        new SpeakerRules.Attribution(speaker, true, true),
        Set.of(),
        false,
        1,
        Stance.NEUTRAL);
  }
}
