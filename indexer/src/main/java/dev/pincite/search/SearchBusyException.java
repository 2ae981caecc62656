package dev.pincite.search;

/**
 * An expensive search (a regular expression, wildcard or fuzzy term: {@link QueryCost#isExpensive})
 * refused because as many as the searcher allows are running already, so that ordinary searches
 * keep their speed. The web layer answers 503 with {@code Retry-After}; trying again in a moment,
 * or without the pattern, succeeds. Unchecked, like {@link SearchTimeoutException}.
 */
public final class SearchBusyException extends RuntimeException {

  SearchBusyException(int running) {
    super(
        "Too many searches with patterns (regular expressions, wildcards or fuzzy terms) are"
            + " running: "
            + running
            + " at a time. Try again in a moment, or search for plain words.");
  }
}
