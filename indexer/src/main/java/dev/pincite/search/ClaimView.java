package dev.pincite.search;

import dev.pincite.index.StoredClaim;
import dev.pincite.ingest.Paragraph;
import java.util.List;

/**
 * A claim in its context, for the claim page.
 *
 * @param stored the claim and its document
 * @param paragraph the paragraph it stands in
 * @param paragraphClaims every claim of that paragraph in reading order (the claim included)
 * @param counters the claim this one answers, or null
 * @param counterclaims the claims of its document that answer this one
 * @param answeredElsewhere the claims of other documents that answer this one
 * @param answersElsewhere the claims of other documents this one answers
 */
public record ClaimView(
    StoredClaim stored,
    Paragraph paragraph,
    List<StoredClaim> paragraphClaims,
    StoredClaim counters,
    List<StoredClaim> counterclaims,
    List<StoredClaim> answeredElsewhere,
    List<StoredClaim> answersElsewhere) {

  /** A claim page without answers across documents. */
  public ClaimView(
      StoredClaim stored,
      Paragraph paragraph,
      List<StoredClaim> paragraphClaims,
      StoredClaim counters,
      List<StoredClaim> counterclaims) {
    this(stored, paragraph, paragraphClaims, counters, counterclaims, List.of(), List.of());
  }
}
