package dev.pincite.search;

import java.util.function.BooleanSupplier;
import org.apache.lucene.search.Query;

/**
 * The time budget of the search running on the current thread. One instance serves a {@link
 * ClaimSearcher} and every commit it opens; searches run concurrently on their callers' threads
 * (the snapshots have no executor), so the deadline is kept per thread. Lucene's own {@code
 * IndexSearcher#setTimeout} cannot be used: its time-limited bulk scorer scores a segment in
 * slices, which drill sideways refuses ("maxDoc must be Integer.MAX_VALUE"), and its timed-out flag
 * belongs to the searcher, which is shared.
 *
 * <p>A search is also stopped when whoever asked for it has gone (an HTTP client that closed its
 * connection): the thread's {@link #abandonWhen abandonment test} is asked at most every {@link
 * #PROBE_INTERVAL_NANOS} while a search runs, since asking may cost a system call. Thread safe.
 */
final class SearchDeadline {

  private static final long NONE = Long.MAX_VALUE;

  /** How often a running search asks whether it is still wanted: 50 ms. */
  static final long PROBE_INTERVAL_NANOS = 50_000_000L;

  private static final BooleanSupplier NEVER = () -> false;

  private static final class State {
    long deadline = NONE;
    BooleanSupplier abandoned = NEVER;
    long nextProbe;
  }

  private final ThreadLocal<State> state = ThreadLocal.withInitial(State::new);

  /**
   * Starts the budget of a search on this thread.
   *
   * @param budgetNanos the budget, more than zero
   */
  void start(long budgetNanos) {
    long now = System.nanoTime();
    State current = state.get();
    current.deadline = budgetNanos >= NONE - now ? NONE : now + budgetNanos;
    current.nextProbe = now;
  }

  /**
   * Sets what tells that the searches later run on this thread are no longer wanted, until it is
   * set again.
   *
   * @param abandoned true once the search's answer has nowhere to go; null for never
   */
  void abandonWhen(BooleanSupplier abandoned) {
    state.get().abandoned = abandoned == null ? NEVER : abandoned;
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
   * @throws SearchAbandonedException when the search is no longer wanted
   */
  void check() {
    State current = state.get();
    if (current.deadline == NONE) {
      return;
    }
    long now = System.nanoTime();
    if (now - current.deadline >= 0) {
      throw new SearchTimeoutException();
    }
    if (current.abandoned != NEVER && now - current.nextProbe >= 0) {
      current.nextProbe = now + PROBE_INTERVAL_NANOS;
      if (current.abandoned.getAsBoolean()) {
        throw new SearchAbandonedException();
      }
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
