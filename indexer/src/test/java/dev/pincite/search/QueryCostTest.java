package dev.pincite.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pincite.index.IndexSchema;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: the queries that enumerate the dictionary are known before they run, so that only a few
 * of them run at once and ordinary searches keep their speed.
 */
class QueryCostTest {

  private final ClaimQueryParser parser = new ClaimQueryParser(IndexSchema.analyzer());

  @Test
  void patternsAreExpensiveWhereverTheyAreInTheQuery() throws BadQueryException {
    for (String q :
        new String[] {
          "/ab[a-z]{1,50}/", "gizm*", "gi?mo", "gizmo~", "cheap AND (gizm* OR bolt)", "-/x.*/ bolt"
        }) {
      assertTrue(QueryCost.isExpensive(parser.parse(q)), q);
    }
  }

  @Test
  void wordsPhrasesAndFiltersAreNot() throws BadQueryException {
    for (String q :
        new String[] {"", "gizmo", "\"cheap gizmo\"", "cheap AND bolt", "speaker:lena"}) {
      assertFalse(QueryCost.isExpensive(parser.parse(q)), q);
    }
  }

  @Test
  void theTextOfEveryExpensiveQueryIsSeenAsPossiblyExpensiveBeforeItIsParsed()
      throws BadQueryException {
    for (String q :
        new String[] {
          "/ab[a-z]{1,50}/",
          "gizm*",
          "gi?mo",
          "gizmo~",
          "cheap AND (gizm* OR bolt)",
          "-/x.*/ bolt",
          "speaker:[a TO c]",
          "speaker:{a TO c}"
        }) {
      assertTrue(QueryCost.isExpensive(parser.parse(q)), q);
      assertTrue(QueryCost.mayBeExpensive(q), q);
    }
    for (String q : new String[] {"", "gizmo", "\"cheap gizmo\"", "speaker:lena", "-bolt"}) {
      assertFalse(QueryCost.mayBeExpensive(q), q);
    }
  }
}
