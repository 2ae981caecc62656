package dev.pincite.index;

import dev.pincite.claims.Claim;

/**
 * A claim as the index returns it, with the document it stands in.
 *
 * @param claim the claim
 * @param document its document
 */
public record StoredClaim(Claim claim, DocumentInfo document) {}
