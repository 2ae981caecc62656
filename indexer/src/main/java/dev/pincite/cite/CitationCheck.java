package dev.pincite.cite;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.pincite.index.ClosestClaim;
import dev.pincite.index.StoredClaim;
import java.util.List;
import java.util.Locale;

/**
 * What became of one citation in a memo.
 *
 * @param citation the citation
 * @param status whether it is unchanged, changed or removed
 * @param current the claim its id resolves to now, or null when the id no longer exists
 * @param former what the id said when it was last indexed, when it no longer exists and the lookup
 *     keeps history; otherwise null
 * @param suggestion for a changed or removed citation, the closest current claim of the same
 *     document; null when there is none (or the citation is unchanged)
 * @param nearId for an id that was never indexed, the current claim whose id differs from it by one
 *     character (a likely typo); otherwise null
 * @param answers the claims answering the cited claim (or its successor) that were first indexed
 *     after the memo's date, each with its citation ready to paste; empty when none, or when the
 *     memo has no date
 */
public record CitationCheck(
    MemoCitation citation,
    Status status,
    StoredClaim current,
    StoredClaim former,
    ClosestClaim.Match suggestion,
    StoredClaim nearId,
    List<Answer> answers) {

  public CitationCheck {
    answers = List.copyOf(answers);
  }

  /** A check with no near id and no answers since the memo's date. */
  public CitationCheck(
      MemoCitation citation,
      Status status,
      StoredClaim current,
      StoredClaim former,
      ClosestClaim.Match suggestion) {
    this(citation, status, current, former, suggestion, null, List.of());
  }

  /**
   * A claim that answers a cited claim and is newer than the memo.
   *
   * @param claim the answering claim
   * @param citation its Markdown citation, ready to paste into the memo
   */
  public record Answer(StoredClaim claim, String citation) {}

  /** The verdict on a citation. */
  public enum Status {
    /** The id exists and the memo's quote, if any, is in its sentence. */
    UNCHANGED,
    /**
     * The cited text changed: the id exists but its sentence no longer contains the memo's quote,
     * or the id is gone and one current claim of its document clearly matches the old text.
     */
    CHANGED,
    /** The id is gone and no current claim clearly replaces it. */
    REMOVED,
    /**
     * The id is gone because its file was renamed or moved: the same sentence (the one the memo
     * quotes, if any) is now the claim {@link #suggestion} names, under a new id.
     */
    MOVED;

    /** The lower-case name printed by {@code cite} and written in its JSON. */
    @JsonValue
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * Whether {@code --fix} may rewrite this citation: it changed or moved and the suggestion is
   * clear.
   */
  public boolean fixable() {
    return (status == Status.CHANGED || status == Status.MOVED)
        && suggestion != null
        && suggestion.clear();
  }

  /**
   * Whether the writer should look at this citation: it changed, was removed or was answered. A
   * moved citation says what it said and its old link leads to the new claim: {@code --fix} updates
   * its id, but it needs no attention.
   */
  public boolean needsAttention() {
    return (status != Status.UNCHANGED && status != Status.MOVED) || !answers.isEmpty();
  }

  /**
   * The claim the citation stands for now: the claim its id resolves to, else a clear successor;
   * null when there is neither.
   */
  public StoredClaim standsFor() {
    if (current != null) {
      return current;
    }
    return suggestion != null && suggestion.clear() ? suggestion.claim() : null;
  }
}
