package dev.pincite.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DiscourseContextTest {

  private final DiscourseContext context = DiscourseContext.load();

  private static TypeClassifier.Sentence said(String text, String speaker) {
    return new TypeClassifier.Sentence(text, null, false, false, speaker, speaker != null);
  }

  @Test
  void countsContentWordsSharedWithAnotherSpeakersEarlierSentence() {
    List<DiscourseContext.Place> places =
        context.of(
            List.of(
                said("The toll bridge will pay for itself within ten years.", "Ines Varga"),
                said("The bridge will never pay for itself.", null),
                said("The bridge will never pay for itself.", null)));
    assertEquals(0, places.get(0).otherVoiceEcho());
    // "bridge" and "pay" are shared; "the", "will", "for", "itself" are function words.
    assertEquals(2, places.get(1).otherVoiceEcho());
    // The third sentence repeats the second, by the same voice: only Varga's counts.
    assertEquals(2, places.get(2).otherVoiceEcho());
    assertFalse(places.get(1).attributed());
    assertTrue(places.get(0).attributed());
  }

  @Test
  void theSameSpeakerIsNoEcho() {
    List<DiscourseContext.Place> places =
        context.of(
            List.of(
                said("Freight volumes are growing.", null),
                said("Freight volumes grew again in May.", null)));
    assertEquals(0, places.get(1).otherVoiceEcho());
  }

  @Test
  void classifiesConnectivesOpeningLaterClausesOnly() {
    List<DiscourseContext.Place> places =
        context.of(
            List.of(
                said("However, the fares are high.", null),
                said("The fares are high, but the trains are full; therefore it works.", null),
                said("HOST: But is that right?", null)));
    assertEquals(Set.of(), places.get(0).clauses());
    assertEquals(Set.of("contrast", "cause"), places.get(1).clauses());
    assertEquals(Set.of(), places.get(2).clauses(), "a transcript label's colon opens no clause");
  }
}
