package dev.pincite.index;

import dev.pincite.claims.Claim;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;

/**
 * A claim as the index returns it, with the document it stands in.
 *
 * @param claim the claim
 * @param document its document
 * @param firstIndexed when the claim (or the sentence it replaced) was first indexed, as an
 *     ISO-8601 instant in UTC ({@code 2026-07-01T09:30:00Z}); null when not known (a claim that was
 *     never indexed, or an index written before dates were kept)
 */
public record StoredClaim(Claim claim, DocumentInfo document, String firstIndexed) {

  /**
   * By document path, then paragraph, then id: the order a claim's answers are listed in. The id
   * breaks ties within a paragraph, so that every backend lists them alike.
   */
  public static final Comparator<StoredClaim> BY_PLACE =
      Comparator.comparing((StoredClaim c) -> c.document().path())
          .thenComparingInt(c -> c.claim().paragraph())
          .thenComparing(c -> c.claim().id());

  /** A claim whose first-indexed date is not known. */
  public StoredClaim(Claim claim, DocumentInfo document) {
    this(claim, document, null);
  }

  /**
   * @return {@link #firstIndexed} as an instant, or empty when not known
   */
  public Optional<Instant> firstIndexedAt() {
    return firstIndexed == null ? Optional.empty() : Optional.of(Instant.parse(firstIndexed));
  }
}
