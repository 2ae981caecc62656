package dev.pincite.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pincite.claims.StanceClassifier.Discourse;
import dev.pincite.claims.StanceClassifier.Lean;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StanceDiscourseTest {

  private static final CueFile CUES = CueFile.load("stance-cues.txt");

  private static StanceClassifier.Sentence at(int paragraph, String speaker) {
    return at("Halden said something.", paragraph, speaker);
  }

  private static StanceClassifier.Sentence at(String text, int paragraph, String speaker) {
    return new StanceClassifier.Sentence(
        text,
        ClaimType.CLAIM,
        Set.of("Halden"),
        true,
        new StanceClassifier.DocumentShape(4, 2),
        speaker != null,
        new StanceClassifier.Place(paragraph, speaker),
        Discourse.NONE);
  }

  /** Paragraph 1: the author bullish, then Ines bearish; paragraph 2: Ines bearish, author. */
  private static List<Discourse> fourSentences() {
    return StanceDiscourse.of(
        List.of(at(1, null), at(1, "Ines"), at(2, "Ines"), at(2, null)),
        List.of(Stance.BULLISH, Stance.BEARISH, Stance.BEARISH, Stance.NEUTRAL));
  }

  @Test
  void theDocumentsLeanLeavesTheSentenceItselfOut() {
    List<Discourse> d = fourSentences();
    assertEquals(new Lean(0, 2, 1), d.get(0).document());
    assertEquals(new Lean(1, 1, 1), d.get(1).document());
    assertEquals(new Lean(1, 2, 0), d.get(3).document());
  }

  @Test
  void theSpeakersLeanCountsOnlyTheSameSpeakersOtherSentences() {
    List<Discourse> d = fourSentences();
    assertEquals(new Lean(0, 1, 0), d.get(1).speaker()); // Ines's other sentence
    assertEquals(new Lean(0, 0, 1), d.get(0).speaker()); // the author's other, neutral
    assertEquals(new Lean(1, 0, 0), d.get(3).speaker());
  }

  @Test
  void theParagraphsLeanCountsOnlyTheSameParagraphsOtherSentences() {
    List<Discourse> d = fourSentences();
    assertEquals(new Lean(0, 1, 0), d.get(0).paragraph());
    assertEquals(new Lean(0, 0, 1), d.get(2).paragraph());
  }

  @Test
  void theNeighboursAreTheSentencesJustBeforeAndAfter() {
    List<Discourse> d = fourSentences();
    assertNull(d.get(0).previous()); // the document's start
    assertEquals(Stance.BEARISH, d.get(0).next());
    assertEquals(Stance.BULLISH, d.get(1).previous());
    assertEquals(Stance.BEARISH, d.get(3).previous());
    assertNull(d.get(3).next()); // its end
    assertTrue(d.get(3).known());
  }

  @Test
  void aSentenceWithNoPlaceInADocumentReadsNoDiscourse() {
    StanceClassifier.Sentence alone =
        new StanceClassifier.Sentence(
            "Net sales fell 21%.",
            ClaimType.EVIDENCE, Set.of(), false, new StanceClassifier.DocumentShape(1, 1), false);
    Discourse d = StanceDiscourse.of(List.of(alone), List.of(Stance.BEARISH)).get(0);
    assertEquals(Discourse.NONE, d);
    assertFalse(d.known());
  }

  @Test
  void readingADocumentCountsTheRulesStancesOfTheOthers() {
    List<StanceClassifier.Sentence> read =
        new StanceDiscourse(CUES)
            .read(
                List.of(
                    at("Halden's net sales fell 21%.", 1, null),
                    at("Halden's operating profit fell sharply.", 1, null),
                    at("Halden met the board.", 2, null)));
    // The two falls are bearish under the rules; the meeting is neutral.
    assertEquals(new Lean(0, 2, 0), read.get(2).discourse().document());
    assertEquals(new Lean(0, 0, 0), read.get(2).discourse().paragraph());
    assertEquals(new Lean(0, 1, 1), read.get(0).discourse().document());
    assertEquals(Stance.BEARISH, read.get(2).discourse().previous());
  }
}
