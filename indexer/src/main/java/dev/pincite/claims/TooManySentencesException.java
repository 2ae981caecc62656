package dev.pincite.claims;

import dev.pincite.ingest.BadDocumentException;

/**
 * An article with more sentences than {@link ClaimExtractor#MAX_SENTENCES}: extraction keeps every
 * sentence of a file in memory at once, so the limit bounds the heap one file can take. Unchecked,
 * as extraction has no other failure; the reindex and {@code extract} turn it into the file's skip.
 */
public final class TooManySentencesException extends RuntimeException {

  private final String path;

  TooManySentencesException(String path, int limit) {
    super(path + ": more than " + limit + " sentences");
    this.path = path;
  }

  /** The file's skip, with the limit in the reason. */
  public BadDocumentException toBadDocument() {
    return new BadDocumentException(
        path,
        BadDocumentException.Reason.TOO_LARGE,
        "more than "
            + ClaimExtractor.MAX_SENTENCES
            + " sentences, the per-file limit; split the file",
        this);
  }
}
