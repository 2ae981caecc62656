package dev.pincite.search;

import org.apache.lucene.search.Query;

/**
 * The time budget of the search running on the current thread. One instance serves a {@link
 * ClaimSearcher} and every commit it opens; searches run concurrently on their callers' threads
 * (the snapshots have no executor), so the deadline is kept per thread. Lucene's own {@code
 * IndexSearcher#setTimeout} cannot be used: its time-limited bulk scorer scores a segment in
 * slices, which drill sideways refuses ("maxDoc must be Integer.MAX_VALUE"), and its timed-out flag
 * belongs to the searcher, which is shared. Thread safe.
 */
final class SearchDeadline {

  private static final long NONE = Long.MAX_VALUE;

  private static final class State {
    long deadline = NONE;
  }

  private final ThreadLocal<State> state = ThreadLocal.withInitial(State::new);

  /**
   * Starts the budget of a search on this thread.
   *
   * @param budgetNanos the budget, more than zero
   */
  void start(long budgetNanos) {
    long now = System.nanoTime();
    state.get().deadline = budgetNanos >= NONE - now ? NONE : now + budgetNanos;
  }

  /** Ends the search on this thread: work on it afterwards has no budget. */
  void finish() {
    state.get().deadline = NONE;
  }

  /**
   * Throws when this thread's search is past its budget: called while matching documents ({@link
   * DeadlineQuery}) and between the steps of a search.
   *
   * @throws SearchTimeoutException when the budget ran out
   */
  void check() {
    long deadline = state.get().deadline;
    if (deadline != NONE && System.nanoTime() - deadline >= 0) {
      throw new SearchTimeoutException();
    }
  }

  /**
   * @param query a query
   * @return the query, stopped by {@link #check} every few hundred documents it matches
   */
  Query limit(Query query) {
    return new DeadlineQuery(query, this);
  }
}
