package dev.pincite.search;

import dev.pincite.index.DocumentInfo;
import dev.pincite.index.StoredClaim;
import dev.pincite.ingest.Block;
import dev.pincite.search.SearchResult.FacetCount;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A whole document, for the document page.
 *
 * @param info the document's metadata
 * @param blocks the body in reading order, headings included; paragraph {@code n} is the n-th
 *     non-heading block
 * @param claims every claim of the document in reading order
 * @param speakers the document's speakers with their claim counts
 */
public record DocumentView(
    DocumentInfo info, List<Block> blocks, List<StoredClaim> claims, List<FacetCount> speakers) {

  /**
   * A document's view with its speakers counted from its claims: most claims first, then by name.
   */
  public static DocumentView of(DocumentInfo info, List<Block> blocks, List<StoredClaim> claims) {
    Map<String, Long> speakers = new TreeMap<>();
    for (StoredClaim claim : claims) {
      if (claim.claim().speaker() != null) {
        speakers.merge(claim.claim().speaker(), 1L, Long::sum);
      }
    }
    List<FacetCount> counts =
        speakers.entrySet().stream()
            .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
            .map(e -> new FacetCount(e.getKey(), e.getValue(), false))
            .toList();
    return new DocumentView(info, blocks, claims, counts);
  }
}
