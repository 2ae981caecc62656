package dev.pincite.search;

/**
 * A search stopped because whoever asked for it has gone (the HTTP client closed its connection):
 * its answer would be read by no one, so the work is not finished. Unchecked, like {@link
 * SearchTimeoutException}, because it can be thrown from any search.
 */
public final class SearchAbandonedException extends RuntimeException {

  /** Any {@link SearchBackend} that can stop a search midway throws this one. */
  public SearchAbandonedException() {
    super("The search was stopped: whoever asked for it has gone.");
  }
}
