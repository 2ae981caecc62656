package dev.pincite.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TypeRulesTest {

  private final ClaimExtractor extractor = Articles.extractor();

  private List<ClaimType> types(String... blocks) {
    return extractor.extract(Articles.of(null, "Rail Weekly", blocks)).stream()
        .map(Claim::type)
        .toList();
  }

  @Test
  void figuresAndReportsAreEvidence() {
    assertEquals(
        List.of(ClaimType.EVIDENCE, ClaimType.EVIDENCE),
        types(
            "Vantage Rail carried 41 million passengers last year.",
            "According to The Daily Ledger, the tender was delayed."));
  }

  @Test
  void futureAndModalFormsArePredictions() {
    assertEquals(
        List.of(ClaimType.PREDICTION, ClaimType.PREDICTION),
        types(
            "Fares will rise in the autumn.",
            "If fuel stays high, Kestrel may start cutting routes."));
  }

  @Test
  void shouldAndCouldInsteadAreRecommendations() {
    assertEquals(
        List.of(ClaimType.RECOMMENDATION, ClaimType.RECOMMENDATION),
        types(
            "Vantage Rail should sell the freight arm.",
            "The board could buy back shares instead of building depots."));
  }

  @Test
  void butScepticsAndPushbackAreCounterclaims() {
    assertEquals(
        List.of(
            ClaimType.CLAIM,
            ClaimType.COUNTERCLAIM,
            ClaimType.COUNTERCLAIM,
            ClaimType.COUNTERCLAIM),
        types(
            "The merger makes the network far stronger.",
            "But the regulator has blocked two similar deals.",
            "Pavel Novak was sceptical that savings appear.",
            "Unions pushed back on the timetable."));
  }

  @Test
  void aScepticalIntroIsContextAndTheNextSentenceAnswersTheClaimBeforeIt() {
    assertEquals(
        List.of(ClaimType.CLAIM, ClaimType.CONTEXT, ClaimType.COUNTERCLAIM),
        types(
            "The merger makes the network far stronger."
                + " Investors were less sure."
                + " Fares rarely fall after a merger."));
  }

  @Test
  void narrationIsContext() {
    assertEquals(
        List.of(ClaimType.CONTEXT, ClaimType.CONTEXT),
        types("They did not resolve that disagreement.", "What comes next?"));
  }

  @Test
  void headingsAndLabelsSetTheType() {
    assertEquals(
        List.of(ClaimType.PREDICTION, ClaimType.PREDICTION, ClaimType.CLAIM),
        types(
            "# What to watch",
            "- Whether the tender closes by June",
            "- The depot sale",
            "Our take: the network is worth more than the market thinks."));
  }

  @Test
  void theSecondCaseOfABullBearPairAnswersTheFirst() {
    List<Claim> claims =
        extractor.extract(
            Articles.of(
                null,
                null,
                "The bull case: Kestrel Air owns the best slots at the hub.",
                "The bear case: fuel costs will eat the margin."));
    assertEquals(ClaimType.CLAIM, claims.get(0).type());
    assertEquals(Stance.BULLISH, claims.get(0).stance());
    assertEquals(ClaimType.COUNTERCLAIM, claims.get(1).type());
    assertEquals(Stance.BEARISH, claims.get(1).stance());
    assertEquals(claims.get(0).id(), claims.get(1).counters());
  }

  @Test
  void aTableHeaderIsContext() {
    assertEquals(
        List.of(ClaimType.CONTEXT, ClaimType.CLAIM),
        types("| Case | Outcome", "| Bullish | The network becomes a monopoly"));
  }
}
