package dev.pincite.ingest;

/**
 * A corpus file that cannot be read as an article. The reindex counts it, reports the reason and
 * goes on with the rest of the corpus; it is never fatal.
 */
public final class BadDocumentException extends Exception {

  /** Why a file was skipped. */
  public enum Reason {
    EMPTY("empty file"),
    BINARY("binary content, not text"),
    ENCODING("broken character encoding"),
    TOO_LARGE("file too large"),
    TOO_SLOW("took too long to read"),
    UNREADABLE("file cannot be read"),
    UNSUPPORTED("unsupported file type"),
    INTERNAL("internal error");

    private final String label;

    Reason(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  private final String path;
  private final Reason reason;

  public BadDocumentException(String path, Reason reason, String detail) {
    super(
        path
            + ": "
            + reason.label()
            + (detail == null || detail.isBlank() ? "" : " (" + detail + ")"));
    this.path = path;
    this.reason = reason;
  }

  public BadDocumentException(String path, Reason reason, String detail, Throwable cause) {
    this(path, reason, detail);
    initCause(cause);
  }

  public String path() {
    return path;
  }

  public Reason reason() {
    return reason;
  }
}
