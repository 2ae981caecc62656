package dev.pincite.search;

import dev.pincite.index.StoredClaim;
import java.util.List;

/**
 * A claim with the claims that answer it, in its document and in others, for the Contested view and
 * the landing page.
 *
 * @param claim the claim
 * @param answers the claims answering it: first those of its document in reading order, then those
 *     of other documents
 */
public record Contested(StoredClaim claim, List<StoredClaim> answers) {

  public Contested {
    answers = List.copyOf(answers);
  }
}
