package dev.pincite.search;

import dev.pincite.index.IndexSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

/**
 * Reads what a person typed into a Lucene query over the claim fields, and explains in words what
 * is wrong with a query it cannot read. Thread safe: the classic parser is not, so each thread gets
 * its own, reused across requests.
 */
public final class ClaimQueryParser {

  private static final int MAX_QUERY_LENGTH = 1000;

  /** Determinization steps a wildcard or regular expression may take before it is refused. */
  private static final int MAX_DETERMINIZE_WORK = 10_000;

  private final Analyzer analyzer;
  private final ThreadLocal<QueryParser> parsers = ThreadLocal.withInitial(this::newParser);

  /**
   * @param analyzer the index's analyzer
   */
  ClaimQueryParser(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /**
   * @param text the query text; blank matches everything
   * @return the Lucene query
   * @throws BadQueryException with a message a person understands
   */
  Query parse(String text) throws BadQueryException {
    if (text == null || text.isBlank()) {
      return new MatchAllDocsQuery();
    }
    if (text.length() > MAX_QUERY_LENGTH) {
      throw new BadQueryException(
          "The query is too long ("
              + text.length()
              + " characters; the limit is "
              + MAX_QUERY_LENGTH
              + ").",
          null);
    }
    try {
      return everythingExcept(parsers.get().parse(text));
    } catch (ParseException e) {
      throw new BadQueryException(explain(text), e);
    } catch (TooCostly e) {
      throw new BadQueryException(e.getMessage(), e);
    } catch (TooComplexToDeterminizeException e) {
      throw new BadQueryException(
          "A wildcard or regular expression in the query is too complex to search for; make it"
              + " simpler or more specific.",
          e);
    } catch (IndexSearcher.TooManyClauses e) {
      throw new BadQueryException(
          "The query expands to too many terms; make wildcards more specific.", e);
    } catch (RuntimeException e) {
      // The classic parser throws a few unchecked errors (e.g. for odd fuzzy or range syntax).
      throw new BadQueryException(
          "The query “" + text + "” could not be read: " + e.getMessage(), e);
    }
  }

  /**
   * A query that only excludes ({@code NOT speaker:"X"}, {@code -type:context}) means every claim
   * except those: Lucene alone would match nothing, as nothing is required.
   */
  static Query everythingExcept(Query query) {
    if (!(query instanceof BooleanQuery bool)
        || bool.clauses().isEmpty()
        || !bool.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.MUST_NOT)) {
      return query;
    }
    BooleanQuery.Builder all =
        new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
    bool.clauses().forEach(all::add);
    return all.build();
  }

  /**
   * The words of a query the parser rejected, without its syntax, for "search these as plain
   * words": operators, field names and special characters dropped.
   *
   * @param text what was typed
   * @return the words, space-separated, or empty when none is left
   */
  public static String plainWords(String text) {
    List<String> words = new ArrayList<>();
    for (String token : text.split("\\s+")) {
      if (token.equals("AND") || token.equals("OR") || token.equals("NOT")) {
        continue;
      }
      int colon = token.indexOf(':');
      String word = colon > 0 && colon < token.length() - 1 ? token.substring(colon + 1) : token;
      word = word.replaceAll("[^\\p{L}\\p{N}'’.-]+", " ").strip();
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return String.join(" ", words).replaceAll("\\s+", " ").strip();
  }

  /** What is most likely wrong with a query the parser rejected, in a person's words. */
  static String explain(String text) {
    long quotes = text.chars().filter(c -> c == '"').count();
    if (quotes % 2 == 1) {
      return "The query has an unclosed quotation mark: close the phrase with a second \".";
    }
    long open = text.chars().filter(c -> c == '(').count();
    long close = text.chars().filter(c -> c == ')').count();
    if (open != close) {
      return "The query's parentheses do not match: "
          + open
          + " opening and "
          + close
          + " closing.";
    }
    String trimmed = text.strip();
    if (trimmed.endsWith("AND")
        || trimmed.endsWith("OR")
        || trimmed.endsWith("NOT")
        || trimmed.startsWith("AND ")
        || trimmed.startsWith("OR ")) {
      return "AND, OR and NOT need a word or phrase on both sides.";
    }
    if (trimmed.startsWith("*") || trimmed.startsWith("?")) {
      return "A word cannot start with * or ?: put at least one letter first.";
    }
    return "The query “"
        + text
        + "” could not be read. Use words, \"phrases\", AND/OR/NOT, "
        + "field:value (speaker, company, type, stance, outlet, section) and parentheses; "
        + "put a backslash before special characters such as : or /.";
  }

  private QueryParser newParser() {
    Map<String, Float> boosts = IndexSchema.defaultSearchFields();
    MultiFieldQueryParser parser =
        new BoundedParser(
            boosts.keySet().stream().sorted().toArray(String[]::new), analyzer, boosts);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    parser.setAllowLeadingWildcard(false);
    parser.setSplitOnWhitespace(true);
    // Lucene's default (10,000) bounds determinization; spelled out because it is a cost limit.
    parser.setDeterminizeWorkLimit(MAX_DETERMINIZE_WORK);
    return parser;
  }

  /** A regular expression refused before its automaton is built, with the reason for a person. */
  private static final class TooCostly extends RuntimeException {
    TooCostly(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * The multi-field parser with every regular expression checked by {@link QueryCost} before Lucene
   * builds its automaton (once per searched field).
   */
  private static final class BoundedParser extends MultiFieldQueryParser {
    BoundedParser(String[] fields, Analyzer analyzer, Map<String, Float> boosts) {
      super(fields, analyzer, boosts);
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
      String refusal;
      try {
        refusal = QueryCost.refusal(termStr);
      } catch (IllegalArgumentException e) {
        throw new TooCostly(
            "The regular expression /" + termStr + "/ could not be read: " + e.getMessage());
      }
      if (refusal != null) {
        throw new TooCostly(refusal);
      }
      return super.getRegexpQuery(field, termStr);
    }
  }
}
