package dev.pincite.search;

import dev.pincite.index.DocumentInfo;
import dev.pincite.index.StoredClaim;
import dev.pincite.ingest.Block;
import dev.pincite.search.SearchResult.FacetCount;
import java.util.List;

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
    DocumentInfo info, List<Block> blocks, List<StoredClaim> claims, List<FacetCount> speakers) {}
