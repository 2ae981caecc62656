package dev.pincite.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pincite.claims.AnswerMatcher;
import dev.pincite.claims.ClaimType;
import dev.pincite.claims.Stance;
import dev.pincite.index.ClaimIndexWriter.Answer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The linking algorithm both backends run: what a seed searches, what it keeps, the merge. */
class AnswerFinderTest {

  private final AnswerFinder finder = new AnswerFinder();

  private static AnswerMatcher.Side side(
      String id, String doc, long day, Stance stance, String text) {
    return new AnswerMatcher.Side(
        id,
        doc,
        doc + ".md",
        day,
        null,
        List.of("Tarrow Mills"),
        ClaimType.CLAIM,
        stance,
        AnswerMatcher.contentWords(text),
        text);
  }

  private static final String BULL = "Tarrow Mills will raise its paper margins next year.";
  private static final String BEAR = "Tarrow Mills will see its paper margins fall next year.";
  private static final String OTHER = "A new chief of staff started work in Oslo in June.";

  @Test
  void aSeedAsksForTheOppositeStanceInOtherDocumentsAndKeepsTheCandidatesTheMatcherAccepts()
      throws Exception {
    var seed = side("a", "d1", 100, Stance.BULLISH, BULL);
    List<AnswerFinder.CandidateQuery> asked = new ArrayList<>();
    List<Answer> answers =
        finder.answersOf(
            seed,
            query -> {
              asked.add(query);
              return List.of(
                  side("b", "d2", 120, Stance.BEARISH, BEAR),
                  side("c", "d3", 130, Stance.BEARISH, OTHER));
            },
            w -> 1.0);
    AnswerFinder.CandidateQuery query = asked.getFirst();
    assertEquals(Stance.BEARISH, query.stance());
    assertEquals("d1", query.excludedDocument());
    assertEquals(List.of("Tarrow Mills"), query.companies());
    assertEquals(AnswerFinder.CANDIDATES, query.rows());
    assertTrue(query.names().contains("tarrow"), query.names()::toString);
    assertEquals(1, answers.size(), answers::toString);
    assertEquals("b", answers.getFirst().from(), "the later document answers");
    assertEquals("a", answers.getFirst().to());
  }

  @Test
  void aSeedThatTakesNoSideIsNotSearched() throws Exception {
    var neutral = side("a", "d1", 100, Stance.NEUTRAL, BULL);
    assertNull(
        finder.answersOf(
            neutral,
            query -> {
              throw new AssertionError("searched");
            },
            w -> 1.0));
  }

  @Test
  void aPairFoundFromBothOfItsClaimsIsOneAnswer() {
    Answer ab = new Answer("b", "d2.md", "a", "d1.md", 0.4);
    AnswerFinder.Merged merged = AnswerFinder.merge(Arrays.asList(List.of(ab), null, List.of(ab)));
    assertEquals(2, merged.searched());
    assertEquals(List.of(ab), merged.answers());
  }
}
