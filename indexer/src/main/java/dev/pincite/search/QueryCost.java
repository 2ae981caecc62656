package dev.pincite.search;

import java.util.function.Supplier;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.apache.lucene.util.automaton.RegExp;

/**
 * Refuses regular expressions whose automaton would be costly to build, before Lucene builds it.
 * {@code /a{1,100000}/} is 13 characters, but {@code RegExp.toAutomaton} concatenates 100,000
 * copies of {@code a} (about 50 s of CPU, growing with the square of the bound), and the query
 * parser's determinization limit only applies after that work is done. The check reads the parsed
 * expression's tree (cheap: linear in the text) and estimates the states the automaton would have
 * before determinization. Stateless and thread safe.
 */
final class QueryCost {

  /** The largest bound a repeat may have: {@code {1,100}} is fine, {@code {1,101}} is not. */
  static final int MAX_REPEAT = 100;

  /** The most states a regular expression's automaton may need before determinization. */
  static final long MAX_STATES = 2_000;

  private QueryCost() {}

  /**
   * Whether a query enumerates the index's terms to match a pattern (a regular expression,
   * wildcard, prefix or fuzzy term): its cost grows with the dictionary, not with its matches, so
   * the searcher runs only a few such at a time.
   *
   * @param query a parsed query
   * @return whether any part of it matches terms by a pattern
   */
  static boolean isExpensive(Query query) {
    boolean[] found = {false};
    query.visit(
        new QueryVisitor() {
          @Override
          public void consumeTermsMatching(
              Query q, String field, Supplier<ByteRunAutomaton> automaton) {
            found[0] = true;
          }

          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return this;
          }
        });
    return found[0];
  }

  /**
   * Whether a query's text may parse to an {@link #isExpensive expensive} query, read from the text
   * alone so that the decision comes before the parse, which for a pattern builds its automaton.
   * Errs on the side of yes: every character that starts a regular expression, wildcard, fuzzy term
   * or range counts, even quoted or escaped.
   *
   * @param text a query's text, possibly null
   * @return false only when parsing it cannot give an expensive query
   */
  static boolean mayBeExpensive(String text) {
    if (text == null) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      switch (text.charAt(i)) {
        case '/', '*', '?', '~', '[', '{' -> {
          return true;
        }
        default -> {}
      }
    }
    return false;
  }

  /**
   * @param regexp the regular expression of a query ({@code /.../} without the slashes)
   * @return why it is refused, for a person; null when it is cheap enough
   * @throws IllegalArgumentException when it is not a valid regular expression
   */
  static String refusal(String regexp) {
    RegExp parsed = new RegExp(regexp, RegExp.ALL);
    int repeat = largestRepeat(parsed);
    if (repeat > MAX_REPEAT) {
      return "A regular expression may repeat a part at most "
          + MAX_REPEAT
          + " times; /"
          + regexp
          + "/ asks for "
          + repeat
          + ".";
    }
    if (states(parsed) > MAX_STATES) {
      return "The regular expression /"
          + regexp
          + "/ is too complex to search for; use fewer or smaller repeats.";
    }
    return null;
  }

  /** The largest repeat bound anywhere in the expression. */
  private static int largestRepeat(RegExp r) {
    if (r == null) {
      return 0;
    }
    int own =
        switch (r.kind) {
          case REGEXP_REPEAT_MIN -> r.min;
          case REGEXP_REPEAT_MINMAX -> Math.max(r.min, r.max);
          default -> 0;
        };
    return Math.max(own, Math.max(largestRepeat(r.exp1), largestRepeat(r.exp2)));
  }

  /**
   * About how many states the automaton of an expression has before determinization, saturating
   * well above {@link #MAX_STATES} so nested repeats cannot overflow.
   */
  private static long states(RegExp r) {
    if (r == null) {
      return 0;
    }
    long states =
        switch (r.kind) {
          case REGEXP_UNION, REGEXP_CONCATENATION, REGEXP_INTERSECTION ->
              states(r.exp1) + states(r.exp2);
          case REGEXP_OPTIONAL, REGEXP_REPEAT, REGEXP_COMPLEMENT, REGEXP_DEPRECATED_COMPLEMENT ->
              states(r.exp1) + 1;
          case REGEXP_REPEAT_MIN -> states(r.exp1) * (r.min + 1L);
          case REGEXP_REPEAT_MINMAX -> states(r.exp1) * Math.max(1L, r.max);
          case REGEXP_STRING -> r.s.length();
          case REGEXP_INTERVAL -> 10L * Math.max(1, r.digits);
          case REGEXP_CHAR_CLASS -> r.from.length;
          default -> 1;
        };
    return Math.min(states, MAX_STATES * 1_000);
  }
}
