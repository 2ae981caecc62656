package dev.pincite.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StanceRulesTest {

  private final StanceRules rules = new StanceRules(CueFile.load("stance-cues.txt"));

  private Stance stance(String sentence) {
    return rules.stance(sentence, ClaimType.CLAIM, true);
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
        Stance.NEUTRAL, rules.stance("A strong, profitable quarter.", ClaimType.CONTEXT, true));
  }
}
