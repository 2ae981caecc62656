package dev.pincite.search;

import dev.pincite.index.StoredClaim;
import java.util.List;

/**
 * One page of a claim search with its facet counts.
 *
 * @param total how many claims match (with every filter)
 * @param hits the claims of the requested page
 * @param facets one entry per facet dimension, in display order; counts are drill-sideways: a
 *     dimension's counts ignore that dimension's own filter so other values stay selectable
 * @param timeline claims per month and stance for the query and filters (except the month range)
 * @param spelling suggested query corrections when the query matches little, or empty
 * @param page the page number
 * @param pageSize hits per page
 */
public record SearchResult(
    long total,
    List<Hit> hits,
    List<FacetResult> facets,
    List<MonthCount> timeline,
    List<String> spelling,
    int page,
    int pageSize) {

  /**
   * A search hit.
   *
   * @param stored the claim and its document
   * @param highlighted the claim text as HTML: escaped, with matched words in {@code <mark>}
   * @param counterclaims how many claims answer this one
   */
  public record Hit(StoredClaim stored, String highlighted, int counterclaims) {}

  /**
   * The counts of one facet dimension.
   *
   * @param dimension the dimension name
   * @param values the values with counts, most frequent first
   * @param totalValues how many distinct values the dimension has for this search
   */
  public record FacetResult(String dimension, List<FacetCount> values, int totalValues) {}

  /**
   * One facet value.
   *
   * @param value the value
   * @param count matching claims
   * @param selected whether the request filters on it
   */
  public record FacetCount(String value, long count, boolean selected) {}

  /**
   * Claims of one month by stance.
   *
   * @param month {@code yyyy-MM}
   * @param bullish bullish claims
   * @param bearish bearish claims
   * @param neutral neutral claims
   */
  public record MonthCount(String month, long bullish, long bearish, long neutral) {}
}
