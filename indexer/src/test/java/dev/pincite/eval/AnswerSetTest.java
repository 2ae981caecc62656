package dev.pincite.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Answers found across documents stay at or above the floors reached on the labelled pairs ({@code
 * eval/answers/pairs.jsonl}): set {@code answers} of {@code eval/floors.yaml}, which {@code
 * score-claims --set answers} prints too.
 */
class AnswerSetTest {

  @Test
  void answersAcrossDocumentsStayAtOrAboveTheFloorsReached() throws Exception {
    Path root = Path.of(System.getProperty("pincite.root"));
    AnswerScorer.Score score =
        new AnswerScorer(root).score(root.resolve("eval/answers/pairs.jsonl"));
    Floors floors = ClaimGoldSetTest.floors();
    FloorCheck check = floors.check(score.figures("answers"));
    System.out.print(check.table());
    score.corpora().forEach(System.out::println);
    if (Boolean.getBoolean("answers.verbose")) {
      score.wrong().forEach(w -> System.out.println("not labelled: " + w));
      score.missed().forEach(m -> System.out.println("missed: " + m));
    }
    assertFalse(floors.of("answers").isEmpty(), "no answers floors in " + floors.file());
    assertTrue(
        check.passed(),
        "below the floor in " + floors.file() + ": " + check.failures() + "\n" + check.table());
  }
}
