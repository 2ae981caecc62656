package dev.pincite.search;

/**
 * A search that ran out of its time budget ({@link ClaimSearcher#DEFAULT_SEARCH_BUDGET} unless the
 * searcher was opened with another): its answer would be incomplete, so none is given. The web
 * layer answers 503; trying again later, or with a narrower query, may succeed. Unchecked, like
 * Lucene's own {@code ExitingReaderException}, because it can be thrown from any search.
 */
public final class SearchTimeoutException extends RuntimeException {

  SearchTimeoutException() {
    super(
        "The search took longer than its time budget and was stopped. Try a narrower query, or"
            + " again in a moment.");
  }
}
