package dev.pincite.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SentenceEncoderTest {

  @Test
  void readsTheModelFromItsJarAndGivesAParaphraseTheHigherCosine() {
    SentenceEncoder encoder = SentenceEncoder.shared();
    float[] claim = encoder.vector("Hyperscalers will keep their pricing power for a decade.");
    float[] paraphrase = encoder.vector("The big cloud providers can hold their prices for years.");
    float[] unrelated = encoder.vector("The council meets on Tuesday to discuss the parks budget.");
    assertEquals(384, claim.length);
    assertEquals(1.0, SentenceEncoder.cosine(claim, claim), 1e-6);
    assertTrue(
        SentenceEncoder.cosine(claim, paraphrase) > SentenceEncoder.cosine(claim, unrelated) + 0.2);
  }

  @Test
  void aRememberingEncoderGivesTheSameVectorAgain() {
    SentenceEncoder encoder = SentenceEncoder.remembering();
    float[] first = encoder.vector("But their biggest customers already design their own chips.");
    assertTrue(
        first == encoder.vector("But their biggest customers already design their own chips."));
  }
}
