package dev.pincite.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StanceRulesTest {

  private final StanceRules rules = new StanceRules(CueFile.load("stance-cues.txt"));

  /** The rules do not read the document's shape or the voice. */
  private static final StanceClassifier.DocumentShape ONE_PARAGRAPH =
      new StanceClassifier.DocumentShape(3, 1);

  private Stance stance(String sentence) {
    return rules.stance(
        new StanceClassifier.Sentence(
            sentence, ClaimType.CLAIM, Set.of(), true, ONE_PARAGRAPH, false));
  }

  @Test
  void cueWordsGiveTheStance() {
    assertEquals(Stance.BULLISH, stance("The loyalty scheme is a durable advantage."));
    assertEquals(Stance.BEARISH, stance("The rollout was a costly failure."));
    assertEquals(Stance.NEUTRAL, stance("The depot opens on Tuesday."));
  }

  @Test
  void aNegatorFlipsTheCue() {
    assertEquals(Stance.BEARISH, stance("The plan is not viable."));
    assertEquals(Stance.BULLISH, stance("The debt is not a problem."));
  }

  @Test
  void theEvidenceCountsWhatTheStanceIsMadeOf() {
    StanceRules.Evidence e =
        rules.evidence(
            new StanceClassifier.Sentence(
                "The plan is not viable, and net sales fell.",
                ClaimType.CLAIM,
                Set.of(),
                true,
                ONE_PARAGRAPH,
                false));
    assertEquals(0, e.bullishHits());
    assertEquals(1, e.bearishHits(), "the negated cue counts for the other side");
    assertEquals(1, e.negatedHits());
    assertEquals(List.of(-1), e.figures().moves().stream().map(FinancialMoves.Move::sign).toList());
    assertEquals(Stance.BEARISH, e.stance());
    StanceRules.Evidence unrelated =
        rules.evidence(
            new StanceClassifier.Sentence(
                "The plan is not viable.", ClaimType.CLAIM, Set.of(), false, ONE_PARAGRAPH, false));
    assertFalse(unrelated.aboutCompany());
    assertEquals(Stance.NEUTRAL, unrelated.stance());
  }

  @Test
  void theClauseAfterButWeighsMore() {
    assertEquals(Stance.BEARISH, stance("The trains are good, but the fleet is failing."));
  }

  @Test
  void contextIsAlwaysNeutral() {
    assertEquals(
        Stance.NEUTRAL,
        rules.stance(
            new StanceClassifier.Sentence(
                "A strong, profitable quarter.",
                ClaimType.CONTEXT,
                Set.of(),
                true,
                ONE_PARAGRAPH,
                false)));
  }

  @Test
  void movesStatedAsFiguresCount() {
    assertEquals(
        Stance.BULLISH, stance("Revenue reached $210 million, up 64% from a year earlier."));
    assertEquals(Stance.BEARISH, stance("Bookings were down 12 percent in May."));
  }

  @Test
  void priceTargetsAndRivalsFortunesCount() {
    assertEquals(Stance.BULLISH, stance("She raised her price target on the shares to $88."));
    assertEquals(Stance.BEARISH, stance("He cut his price target after the call."));
    assertEquals(Stance.BEARISH, stance("This is a defensive deal dressed up as a growth story."));
  }

  @Test
  void neutralPhrasesMaskTheCueWordsInsideThem() {
    assertEquals(Stance.NEUTRAL, stance("The operator declined to comment."));
    assertEquals(Stance.NEUTRAL, stance("The line should hire a chief risk officer."));
    assertEquals(Stance.BEARISH, stance("Bookings declined in May."));
  }

  @Test
  void signedPercentagesAndAvoidCount() {
    assertEquals(Stance.BEARISH, stance("Sunfold | $220 million | -12%"));
    assertEquals(Stance.BULLISH, stance("Sunfold | $220 million | +8%"));
    assertEquals(Stance.BEARISH, stance("Investors should avoid the stock for now."));
    assertEquals(Stance.BULLISH, stance("Fares are low, but the network should not be dismissed."));
  }

  @Test
  void rangesAndSlowingCount() {
    assertEquals(Stance.BULLISH, stance("The offering priced above the expected range."));
    assertEquals(Stance.BULLISH, stance("Demand for power chips is not slowing down."));
  }

  @Test
  void lateDeliveriesAndUnpersuadedInvestorsAreBearish() {
    assertEquals(Stance.BEARISH, stance("The last order was delivered three years late."));
    assertEquals(Stance.BEARISH, stance("Investors did not seem persuaded by the plan."));
    assertEquals(Stance.BEARISH, stance("The board should say no."));
  }

  @Test
  void boomingDemandLowerFuelBurnAndFallingFares() {
    assertEquals(Stance.BULLISH, stance("Demand is booming, and new jets burn 20% less fuel."));
    assertEquals(Stance.BEARISH, stance("Fares are already falling on its busiest routes."));
  }

  @Test
  void aNameThatStartsLikeACueWordIsNotACue() {
    assertEquals(Stance.NEUTRAL, stance("Its partnership with Halvard Post starts in May."));
    assertEquals(Stance.BEARISH, stance("The stock could halve."));
  }

  /** A sentence in a document that names no organisation at all. */
  private Stance unnamed(String sentence) {
    return rules.stance(
        new StanceClassifier.Sentence(
            sentence, ClaimType.EVIDENCE, Set.of(), false, ONE_PARAGRAPH, false));
  }

  @Test
  void aMetricsMoveIsItsPolarityTimesTheDirection() {
    assertEquals(Stance.BEARISH, stance("Net sales fell 21% in the third quarter."));
    assertEquals(Stance.BULLISH, stance("Operating costs fell 8% in the quarter."));
    assertEquals(Stance.BULLISH, stance("The operating loss narrowed to EUR 1.2 million."));
    assertEquals(Stance.BEARISH, stance("The net loss widened sharply."));
    assertEquals(Stance.BEARISH, stance("Churn rose for a second year."));
  }

  @Test
  void theMetricAfterATransitiveDirectionIsItsObject() {
    assertEquals(Stance.BULLISH, stance("The retailer lifted its revenue outlook."));
    assertEquals(Stance.BEARISH, stance("The group cut its full-year guidance."));
    assertEquals(Stance.BULLISH, stance("The carrier cut its net debt."));
    assertEquals(Stance.BEARISH, stance("The mill will cut 300 jobs."));
    assertEquals(Stance.BULLISH, stance("Higher prices brought an increase in operating profit."));
    // a preposition ends the object: the questions are raised, not the margins
    assertEquals(Stance.BEARISH, stance("The filing raises questions about its margins."));
    assertEquals(Stance.BEARISH, stance("The group issued a profit warning."));
  }

  @Test
  void aNegatorFlipsTheMove() {
    assertEquals(Stance.BEARISH, stance("Quarterly revenue did not rise."));
    assertEquals(Stance.BEARISH, stance("Earnings failed to beat estimates."));
    assertEquals(Stance.BULLISH, stance("Costs did not increase."));
  }

  @Test
  void twoAmountsComparedGiveTheDirection() {
    assertEquals(Stance.BULLISH, stance("Order intake went from EUR 40 mn to EUR 52 mn."));
    assertEquals(Stance.BEARISH, stance("Net profit was EUR 7.5 mn, compared with EUR 9.1 mn."));
    assertEquals(Stance.BULLISH, stance("Net profit totalled EUR 3.2 mn (EUR 2.6 mn)."));
    assertEquals(Stance.BEARISH, stance("The net loss was EUR 4 million, versus EUR 1,500,000."));
  }

  @Test
  void aConversionOrARangeIsNotAMove() {
    assertEquals(Stance.NEUTRAL, stance("Net sales were EUR 5 mn (USD 6 mn)."));
    assertEquals(Stance.NEUTRAL, stance("Deliveries can take up to two weeks."));
    assertEquals(Stance.NEUTRAL, stance("Revenue is booked from 2024 to 2026."));
  }

  @Test
  void aFigureClauseWithoutAMetricTakesTheSentencesMetric() {
    assertEquals(Stance.BULLISH, stance("Revenue came to EUR 8 mn, up 6% on the year."));
    assertEquals(Stance.BEARISH, stance("Shares shed 4% by midday."));
  }

  @Test
  void aPercentageMoveWithoutAMetricIsTheCompanysOwn() {
    assertEquals(Stance.BEARISH, stance("Northvale shed 4% by midday."));
    assertEquals(Stance.BULLISH, stance("The group grew 12 percent last year."));
    // an amount says nothing of the company's own size
    assertEquals(Stance.NEUTRAL, stance("The lender added $200 million to reserves."));
  }

  @Test
  void aPairedDirectionIsNotAlsoACueWord() {
    // "fell" alone is a bearish cue word; costs falling is good news
    assertEquals(Stance.BULLISH, stance("Costs fell."));
    assertEquals(Stance.BEARISH, stance("Record losses followed."));
  }

  @Test
  void financialNewsNeedsNoNamedCompany() {
    assertEquals(Stance.BEARISH, unnamed("The company said net sales fell 21%."));
    assertEquals(Stance.BULLISH, unnamed("Operating profit rose to EUR 13.1 mn from EUR 8.7 mn."));
    // cue words count in such a sentence too, once it is about a company's figures
    assertEquals(Stance.BULLISH, unnamed("Margins held strong despite the costs."));
    // without a metric or a company, cue words alone do not make a stance
    assertEquals(Stance.NEUTRAL, unnamed("The weather was strong and sunny."));
  }
}
