package dev.pincite.cite;

import dev.pincite.index.StoredClaim;

/**
 * What became of one citation in a memo.
 *
 * @param citation the citation
 * @param status whether it resolves, changed or is missing
 * @param current the claim its id resolves to now, or null when the id no longer exists
 * @param former what the id said when it was last indexed, when it no longer exists and the lookup
 *     keeps history; otherwise null
 * @param suggestion for a changed or missing citation, the closest current claim of the same
 *     document; null when there is none (or the citation resolves)
 * @param nearId for an id that was never indexed, the current claim whose id differs from it by one
 *     character (a likely typo); otherwise null
 */
public record CitationCheck(
    MemoCitation citation,
    Status status,
    StoredClaim current,
    StoredClaim former,
    ClosestClaim.Match suggestion,
    StoredClaim nearId) {

  /** A check with no near id. */
  public CitationCheck(
      MemoCitation citation,
      Status status,
      StoredClaim current,
      StoredClaim former,
      ClosestClaim.Match suggestion) {
    this(citation, status, current, former, suggestion, null);
  }

  /** The verdict on a citation. */
  public enum Status {
    /** The id exists and the memo's quote, if any, is in its sentence. */
    RESOLVES,
    /**
     * The cited text changed: the id exists but its sentence no longer contains the memo's quote,
     * or the id is gone and one current claim of its document clearly matches the old text.
     */
    CHANGED,
    /** The id is gone and no current claim clearly replaces it. */
    MISSING;

    /** The lower-case name printed by {@code cite}. */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Whether {@code --fix} may rewrite this citation: it changed and the suggestion is clear. */
  public boolean fixable() {
    return status == Status.CHANGED && suggestion != null && suggestion.clear();
  }
}
