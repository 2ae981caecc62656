package dev.pincite.search;

/** A query the parser cannot read; the message says what is wrong in words a person understands. */
public final class BadQueryException extends Exception {

  public BadQueryException(String message, Throwable cause) {
    super(message, cause);
  }
}
