package dev.pincite.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Answers found across documents stay at or above the floors reached on the labelled pairs: set
 * {@code answers} of {@code eval/floors.yaml} for {@code eval/answers/pairs.jsonl}, and set {@code
 * answers2} and {@code answers3} for the frozen pairs written blind, {@code
 * eval/answers/pairs2.jsonl} and {@code pairs3.jsonl} (whose pairs are never printed), and set
 * {@code debates} for the development debates, {@code eval/answers/debates.jsonl}, as {@code
 * score-claims --set answers} (and the others) print them.
 */
class AnswerSetTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "answers, eval/answers/pairs.jsonl, false",
    "answers2, eval/answers/pairs2.jsonl, true",
    "answers3, eval/answers/pairs3.jsonl, true",
    "debates, eval/answers/debates.jsonl, false"
  })
  void answersAcrossDocumentsStayAtOrAboveTheFloorsReached(String set, String file, boolean frozen)
      throws Exception {
    Path root = Path.of(System.getProperty("pincite.root"));
    AnswerScorer.Score score = new AnswerScorer(root).score(root.resolve(file));
    Floors floors = ClaimGoldSetTest.floors();
    FloorCheck check = floors.check(score.figures(set));
    System.out.print(check.table());
    score.corpora().forEach(System.out::println);
    if (!frozen && Boolean.getBoolean("answers.verbose")) {
      score.wrong().forEach(w -> System.out.println("not labelled: " + w));
      score.missed().forEach(m -> System.out.println("missed: " + m));
    }
    assertFalse(floors.of(set).isEmpty(), "no " + set + " floors in " + floors.file());
    assertTrue(
        check.passed(),
        "below the floor in " + floors.file() + ": " + check.failures() + "\n" + check.table());
  }
}
