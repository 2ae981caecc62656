package dev.pincite.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which claims of different documents answer each other, and which is the answer. */
class AnswerMatcherTest {

  private final AnswerMatcher matcher = new AnswerMatcher();

  private static AnswerMatcher.Side side(
      String id, String doc, long day, String speaker, Stance stance, String text) {
    return new AnswerMatcher.Side(
        id,
        doc,
        doc + ".md",
        day,
        speaker,
        List.of("Tarrow Mills"),
        ClaimType.CLAIM,
        stance,
        AnswerMatcher.contentWords(text),
        text);
  }

  private static final String BULL = "Tarrow Mills will raise its paper margins next year.";
  private static final String BEAR = "Tarrow Mills will see its paper margins fall next year.";

  @Test
  void oppositeStancesOnTheSameSubjectAnswerAndTheLaterDocumentIsTheAnswer() {
    var early = side("a", "d1", 100, "Ines Holm", Stance.BULLISH, BULL);
    var late = side("b", "d2", 120, "Oskar Bain", Stance.BEARISH, BEAR);
    AnswerMatcher.Pair pair = matcher.match(early, late, w -> 1.0);
    assertNotNull(pair);
    assertEquals("b", pair.answer().id());
    assertEquals("a", pair.answered().id());
    assertEquals("b", matcher.match(late, early, w -> 1.0).answer().id(), "either order");
  }

  @Test
  void aPairsSimilarityIsTheSameToTheLastBitWhicheverClaimIsTheSeed() {
    var early = side("a", "d1", 100, "Ines Holm", Stance.BULLISH, BULL);
    var late = side("b", "d2", 120, "Oskar Bain", Stance.BEARISH, BEAR);
    // idf values whose sum depends on the order they are added in
    java.util.function.ToDoubleFunction<String> idf = w -> 0.1 + (w.hashCode() & 0xff) / 7.0;
    assertEquals(
        Double.doubleToLongBits(matcher.match(early, late, idf).similarity()),
        Double.doubleToLongBits(matcher.match(late, early, idf).similarity()));
    assertEquals(
        List.copyOf(new java.util.TreeSet<>(early.words())),
        List.copyOf(early.words()),
        "the words are summed in one order: sorted");
  }

  @Test
  void theSameStanceTheSameDocumentOrNoSideAreNotAnswers() {
    var bull = side("a", "d1", 100, null, Stance.BULLISH, BULL);
    assertNull(matcher.match(bull, side("b", "d2", 120, null, Stance.BULLISH, BEAR), w -> 1.0));
    assertNull(matcher.match(bull, side("b", "d1", 120, null, Stance.BEARISH, BEAR), w -> 1.0));
    assertNull(matcher.match(bull, side("b", "d2", 120, null, Stance.NEUTRAL, BEAR), w -> 1.0));
  }

  @Test
  void namingTheOtherSpeakerNeedsLessSharedWording() {
    var claim = side("a", "d1", 100, "Ines Holm", Stance.BULLISH, BULL);
    // As in an archive: the company's words are common, "margin" fairly common, the rest rare.
    java.util.function.ToDoubleFunction<String> idf =
        w ->
            switch (w) {
              case "tarrow", "mill" -> 0.1;
              case "margin" -> 0.7;
              default -> 1.0;
            };
    String named = "Holm ignores that pulp costs will eat Tarrow Mills' margins.";
    String unnamed = "Critics ignore that pulp costs will eat Tarrow Mills' margins.";
    assertNotNull(
        matcher.match(claim, side("b", "d2", 120, "Oskar Bain", Stance.BEARISH, named), idf));
    assertNull(
        matcher.match(claim, side("c", "d2", 120, "Oskar Bain", Stance.BEARISH, unnamed), idf));
  }

  @Test
  void undatedDocumentsAreOrderedByPath() {
    var x = side("a", "d1", Long.MIN_VALUE, null, Stance.BULLISH, BULL);
    var y = side("b", "d2", 300, null, Stance.BEARISH, BEAR);
    assertEquals("b", matcher.match(x, y, w -> 1.0).answer().id());
  }
}
