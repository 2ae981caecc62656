package dev.pincite.search;

import dev.pincite.index.StoredClaim;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Finds claims by id and by document: what citations need. Implemented over the index folder
 * ({@link ClaimSearcher}) and over a running server's JSON API.
 */
public interface ClaimLookup {

  /** How many replacements {@link #successor} follows: a claim moved more often is not followed. */
  int MAX_SUCCESSIONS = 16;

  /**
   * @param id a claim id
   * @return the claim, or empty when no current claim has that id
   * @throws IOException when the index or server cannot be read
   */
  Optional<StoredClaim> claim(String id) throws IOException;

  /**
   * @param documentPrefix the first 6 characters of a claim or document id
   * @return the document's current claims in reading order; empty when there is no such document
   * @throws IOException when the index or server cannot be read
   */
  List<StoredClaim> claimsOfDocument(String documentPrefix) throws IOException;

  /**
   * A claim that existed under this id in an earlier reindex and no longer does: its last known
   * text and place. Lets a broken permalink or citation suggest the closest current claim.
   *
   * @param id a claim id that no longer resolves
   * @return the former claim, or empty when the id was never indexed (or this lookup keeps no
   *     history)
   * @throws IOException when the index or server cannot be read
   */
  default Optional<StoredClaim> formerClaim(String id) throws IOException {
    return Optional.empty();
  }

  /**
   * The current claim that replaced a former claim: the clear successor the reindex found when the
   * claim's file was edited, renamed or moved, followed through later replacements. A renamed
   * file's claims keep their text under new ids, which the claims of the old document alone cannot
   * show.
   *
   * @param formerId a claim id that no longer resolves
   * @return the current successor, or empty when there is none (or this lookup keeps no history)
   * @throws IOException when the index or server cannot be read
   */
  default Optional<StoredClaim> successor(String formerId) throws IOException {
    return Optional.empty();
  }

  /**
   * The document prefixes there are, so a mistyped id can be matched to a document; empty when this
   * lookup cannot list them.
   *
   * @return the first 6 characters of every document id
   * @throws IOException when the index or server cannot be read
   */
  default List<String> documentPrefixes() throws IOException {
    return List.of();
  }

  /**
   * The claims that answer a claim (counterclaims linked to it), in the same document or elsewhere.
   *
   * @param claimId a claim id
   * @return its answers; empty when it has none, no such claim exists, or this lookup cannot tell
   * @throws IOException when the index or server cannot be read
   */
  default List<StoredClaim> answersTo(String claimId) throws IOException {
    return List.of();
  }
}
