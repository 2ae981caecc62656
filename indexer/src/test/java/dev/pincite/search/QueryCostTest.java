package dev.pincite.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pincite.index.IndexSchema;
import java.time.Duration;
import java.util.List;
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

  @Test
  void everyWayOfBuildingAnAutomatonIsBoundedOrRefused() {
    // Wildcards, fuzzy terms, prefixes and regular expressions as long as a query may be (1,000
    // characters): each is parsed or refused with a reason, within the determinization limit. The
    // timeout only guards against a hang; it is no benchmark.
    StringBuilder stars = new StringBuilder();
    for (int i = 0; i < 450; i++) {
      stars.append((char) ('a' + i % 26)).append('*');
    }
    List<String> queries =
        List.of(
            stars.toString(),
            "a" + "?".repeat(900),
            "ab".repeat(450) + "~2",
            "ab".repeat(450) + "*",
            "/" + ".*a".repeat(300) + "/",
            "/" + "[^a]".repeat(240) + "/",
            "/(.{1,100}x){1,9}/",
            "/~(a{1,100})&(.{1,99}b)/");
    for (String q : queries) {
      assertTimeoutPreemptively(
          Duration.ofSeconds(60),
          () -> {
            try {
              parser.parse(q);
            } catch (BadQueryException e) {
              assertFalse(e.getMessage().isBlank(), q);
            }
          },
          q.substring(0, Math.min(20, q.length())));
    }
  }
}
