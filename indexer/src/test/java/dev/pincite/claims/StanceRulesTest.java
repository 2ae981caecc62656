package dev.pincite.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class StanceRulesTest {

  private final StanceRules rules = new StanceRules(CueFile.load("stance-cues.txt"));

  private Stance stance(String sentence) {
    return rules.stance(new StanceClassifier.Sentence(sentence, ClaimType.CLAIM, Set.of(), true));
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
  void theClauseAfterButWeighsMore() {
    assertEquals(Stance.BEARISH, stance("The trains are good, but the fleet is failing."));
  }

  @Test
  void contextIsAlwaysNeutral() {
    assertEquals(
        Stance.NEUTRAL,
        rules.stance(
            new StanceClassifier.Sentence(
                "A strong, profitable quarter.", ClaimType.CONTEXT, Set.of(), true)));
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
}
