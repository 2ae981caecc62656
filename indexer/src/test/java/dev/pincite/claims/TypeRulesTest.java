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
  void aPointGrantedAsRealOrTrueThenAnsweredWithButIsACounterclaim() {
    assertEquals(
        List.of(ClaimType.CLAIM, ClaimType.COUNTERCLAIM, ClaimType.COUNTERCLAIM),
        types(
            "Night trains are the best use of the rail budget.",
            "The ticket revenue is real, but it hardly covers the sleeper cars.",
            "We take the timetable worry seriously, but the line is empty after ten."));
  }

  @Test
  void aPointRejectedAsShowingOtherwiseIsACounterclaim() {
    assertEquals(
        List.of(
            ClaimType.CLAIM,
            ClaimType.COUNTERCLAIM,
            ClaimType.COUNTERCLAIM,
            ClaimType.COUNTERCLAIM),
        types(
            "Night trains are the best use of the rail budget.",
            "The figures from the northern line say otherwise.",
            "Tomas Lind, who runs a ferry company, sees it differently.",
            "The opposite is true on the southern routes."));
  }

  @Test
  void notFindingAnArgumentConvincingIsACounterclaim() {
    assertEquals(
        List.of(ClaimType.CLAIM, ClaimType.COUNTERCLAIM),
        types(
            "Night trains are the best use of the rail budget.",
            "I did not find that argument convincing."));
  }

  @Test
  void aPointCalledRealWithoutAContrastIsNoCounterclaim() {
    assertEquals(
        List.of(ClaimType.CLAIM, ClaimType.CLAIM),
        types(
            "Night trains are the best use of the rail budget.",
            "The sleeper cars are real, and they are comfortable."));
  }

  @Test
  void aTableHeaderIsContext() {
    assertEquals(
        List.of(ClaimType.CONTEXT, ClaimType.CLAIM),
        types("| Case | Outcome", "| Bullish | The network becomes a monopoly"));
  }

  @Test
  void repliesThatRejectTheLastTurnAreCounterclaims() {
    assertEquals(
        List.of(ClaimType.COUNTERCLAIM, ClaimType.COUNTERCLAIM, ClaimType.COUNTERCLAIM),
        types(
            "ALEX KIM: I don\u2019t buy it.",
            "BEA NOOR: That's overstated.",
            "ALEX KIM: Sure, but the fleet is new."));
  }

  @Test
  void scepticalIntrosMayNameWhoDoubtsAndWhat() {
    assertEquals(
        List.of(ClaimType.CONTEXT, ClaimType.COUNTERCLAIM, ClaimType.CONTEXT),
        types(
            "Not everyone on the board agrees. Ines Moreau said the merger is a defensive move.",
            "Not all investors are convinced the savings will arrive."));
  }

  @Test
  void introductionsAndEpisodeFramingAreContext() {
    assertEquals(
        List.of(ClaimType.CONTEXT, ClaimType.CONTEXT),
        types(
            "The finance chief put it bluntly on the call:",
            "On this week's episode, the hosts debated whether Vantage Rail should buy buses."));
  }

  @Test
  void notTheTimeToIsARecommendation() {
    assertEquals(
        List.of(ClaimType.RECOMMENDATION),
        types("If you own Vantage Rail, this is not the year to sell."));
  }

  @Test
  void moreFactsAndForecastShapes() {
    assertEquals(
        List.of(
            ClaimType.EVIDENCE,
            ClaimType.EVIDENCE,
            ClaimType.EVIDENCE,
            ClaimType.PREDICTION,
            ClaimType.PREDICTION,
            ClaimType.CLAIM),
        types(
            "Tallow did not respond to a request for comment.",
            "Freight volumes have fallen for six straight quarters.",
            "It pays a partner about two cents on every dollar.",
            "The merger would add a lot to operating profit.",
            "Kestrel may have to sell some routes.",
            "The line trades at a rich multiple of next year's earnings."));
  }

  @Test
  void whatToWatchItemsAreNeutral() {
    List<Stance> stances =
        extractor
            .extract(
                Articles.of(
                    null,
                    "Rail Weekly",
                    "Vantage Rail carried 41 million passengers last year.",
                    "# What to watch",
                    "- Whether Vantage Rail cuts its fares for a weak winter."))
            .stream()
            .map(Claim::stance)
            .toList();
    assertEquals(Stance.NEUTRAL, stances.get(1));
  }

  @Test
  void aTurnOpeningWithADenialAfterAnotherSpeakersTurnIsACounterclaim() {
    assertEquals(
        List.of(ClaimType.CLAIM, ClaimType.COUNTERCLAIM, ClaimType.CLAIM, ClaimType.CLAIM),
        types(
            "ALEX KIM: Nobody rides the night trains.",
            "BEA NOOR: Empty trains don't make the line a failure.",
            "BEA NOOR: The day trains aren't empty at all.",
            "Vantage Rail isn't a bad business."));
  }

  @Test
  void anInterviewsQuestionsAreContextAndAnAnswerIsNoPushback() {
    assertEquals(
        List.of(ClaimType.CONTEXT, ClaimType.CONTEXT, ClaimType.CLAIM, ClaimType.EVIDENCE),
        types(
            "We spoke with Ilka Maren about the merger.",
            "Q: Isn't the market big enough for two lines?",
            "A: It is not big enough for three.",
            "Vantage Rail shares have tripled this year."));
  }

  @Test
  void headingIntoAndAboutToArePredictionsAndOrdersForNextYearAreNot() {
    assertEquals(
        List.of(ClaimType.PREDICTION, ClaimType.PREDICTION, ClaimType.EVIDENCE, ClaimType.CONTEXT),
        types(
            "Installers are heading into their worst quarter in years.",
            "The market is about to shrink.",
            "Orders for next year have already dropped by a third.",
            "Not everyone buys the lease story."));
  }

  @Test
  void pricesWorriesOfUnnamedPeopleAndEpistemicShould() {
    assertEquals(
        List.of(ClaimType.EVIDENCE, ClaimType.COUNTERCLAIM, ClaimType.PREDICTION),
        types(
            "Vireo priced its offering at $28 a share.",
            "Some bankers involved in the deal worry that the stock has little room left.",
            "Colwick said losses should peak next year."));
  }

  @Test
  void disclosuresWouldInsteadAndNextSummer() {
    assertEquals(
        List.of(ClaimType.CONTEXT, ClaimType.RECOMMENDATION, ClaimType.PREDICTION),
        types(
            "Disclosure: the author owns no shares in either airline.",
            "We would buy back shares and lease planes instead.",
            "Tessel Jet is adding capacity on the same routes next summer."));
  }

  @Test
  void threadPostsLessGloomyRepliesTestsAndPersonalAdvice() {
    assertEquals(
        List.of(
            ClaimType.CLAIM,
            ClaimType.COUNTERCLAIM,
            ClaimType.PREDICTION,
            ClaimType.RECOMMENDATION),
        types(
            "3/ Ines Maren put it well: they are buying sales with margin.",
            "4/ I'm less gloomy than that.",
            "5/ The real test is the holiday quarter.",
            "6/ Until then, I'd keep any position small."));
  }

  @Test
  void notEveryIntroWatchingAndVotes() {
    assertEquals(
        List.of(ClaimType.CONTEXT, ClaimType.COUNTERCLAIM, ClaimType.CONTEXT, ClaimType.EVIDENCE),
        types(
            "Not every operator is convinced. Teo Baines argued that noise will cap flights.",
            "Regulators are watching too.",
            "Two suburbs have already voted to limit flights."));
  }

  @Test
  void aContrastiveConnectiveOpeningTheSentenceOrItsMainClauseMakesACounterclaim() {
    assertEquals(
        List.of(
            ClaimType.CLAIM,
            ClaimType.COUNTERCLAIM,
            ClaimType.COUNTERCLAIM,
            ClaimType.COUNTERCLAIM,
            ClaimType.COUNTERCLAIM),
        types(
            "The new timetable makes the network far stronger.",
            "Nevertheless, the night trains are empty.",
            "The depots, on the other hand, are falling apart.",
            "In the long run, however, the line needs new rolling stock.",
            "The fleet is old, though."));
  }

  @Test
  void aConcessionClauseBeforeTheMainClauseMakesACounterclaim() {
    assertEquals(
        List.of(ClaimType.CLAIM, ClaimType.COUNTERCLAIM, ClaimType.COUNTERCLAIM),
        types(
            "The timetable is the best the line has had.",
            "Although the trains are punctual, the stations are dirty.",
            "Even if fares stay low, commuters prefer the bus."));
  }

  @Test
  void aConcessionMarkerGrantsTheOtherSidesPointButAnEmphasisDoesNot() {
    assertEquals(
        List.of(
            ClaimType.CLAIM,
            ClaimType.COUNTERCLAIM,
            ClaimType.COUNTERCLAIM,
            ClaimType.COUNTERCLAIM,
            ClaimType.CLAIM),
        types(
            "The timetable is the best the line has had.",
            "Admittedly, the trains are slower at night.",
            "Of course the fleet is old. But the engines were rebuilt.",
            "Of course the depots matter most."));
  }

  @Test
  void reportedDisagreementAndRejectionAreCounterclaims() {
    assertEquals(
        List.of(
            ClaimType.CLAIM,
            ClaimType.COUNTERCLAIM,
            ClaimType.COUNTERCLAIM,
            ClaimType.COUNTERCLAIM,
            ClaimType.COUNTERCLAIM,
            ClaimType.COUNTERCLAIM,
            ClaimType.COUNTERCLAIM),
        types(
            "Ines Moreau argued that the depot sale pays for the new fleet.",
            "Pavel Novak was not persuaded that buyers will pay that much.",
            "Critics counter that the depots are the line's only assets.",
            "Novak rejects the idea that a sale is needed at all.",
            "That misses the cost of leasing the depots back.",
            "The problem with that plan is the lease.",
            "She conceded the point but said the lease is cheap."));
  }

  @Test
  void rejectingVerbsNeedAViewOrAClauseAsTheirObject() {
    assertEquals(
        List.of(ClaimType.CLAIM, ClaimType.EVIDENCE, ClaimType.CLAIM),
        types(
            "The tender is the line's best chance.",
            "The board rejected the offer in 2024.",
            "The open question is whether the line can pay for it."));
  }

  @Test
  void aCounterclaimWithNothingBeforeItToAnswerIsAClaim() {
    assertEquals(
        List.of(ClaimType.CLAIM, ClaimType.COUNTERCLAIM),
        types(
            "Critics argue that the line loses money on every night train.",
            "However, the night trains carry the freight that pays for them."));
  }

  @Test
  void aTypeClassifierTypesEverySentenceOfTheDocumentInOrder() {
    TypeClassifier rules =
        new TypeRules(CueFile.load("type-cues.txt"), CueFile.load("section-cues.txt"));
    List<TypeClassifier.Decision> decisions =
        rules.classify(
            List.of(
                new TypeClassifier.Sentence("The line is well run.", null, true, false),
                new TypeClassifier.Sentence("However, it is slow.", null, false, false),
                new TypeClassifier.Sentence("Fares will rise.", null, false, false)));
    assertEquals(
        List.of(ClaimType.CLAIM, ClaimType.COUNTERCLAIM, ClaimType.PREDICTION),
        decisions.stream().map(TypeClassifier.Decision::type).toList());
  }
}
