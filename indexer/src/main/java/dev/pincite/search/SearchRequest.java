package dev.pincite.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A claim search: a query in Lucene syntax, facet filters, a month range, a page and a sort.
 *
 * @param query the query text; blank matches every claim
 * @param filters selected values per facet dimension (see {@link dev.pincite.index.IndexSchema}
 *     facet names); several values of one dimension are ORed, dimensions are ANDed
 * @param fromMonth first month included, {@code yyyy-MM}, or null
 * @param toMonth last month included, {@code yyyy-MM}, or null
 * @param page the page number, from 1
 * @param pageSize hits per page, 1 to 100
 * @param sort relevance or date
 * @param newSince only claims first indexed at or after this instant, or null for all
 */
public record SearchRequest(
    String query,
    Map<String, List<String>> filters,
    String fromMonth,
    String toMonth,
    int page,
    int pageSize,
    Sort sort,
    Instant newSince) {

  /** Result order. */
  public enum Sort {
    RELEVANCE,
    DATE_DESC,
    DATE_ASC
  }

  public SearchRequest {
    query = query == null ? "" : query.strip();
    filters = Map.copyOf(filters);
    if (page < 1) {
      throw new IllegalArgumentException("page must be >= 1, got " + page);
    }
    if (pageSize < 1 || pageSize > 100) {
      throw new IllegalArgumentException("pageSize must be 1..100, got " + pageSize);
    }
  }

  /** A search of claims whatever their first-indexed date. */
  public SearchRequest(
      String query,
      Map<String, List<String>> filters,
      String fromMonth,
      String toMonth,
      int page,
      int pageSize,
      Sort sort) {
    this(query, filters, fromMonth, toMonth, page, pageSize, sort, null);
  }

  /**
   * @param since the least first-indexed instant, or null for all
   * @return this search limited to claims first indexed since then
   */
  public SearchRequest withNewSince(Instant since) {
    return new SearchRequest(query, filters, fromMonth, toMonth, page, pageSize, sort, since);
  }

  /** A first-page relevance search for a query, with no filters. */
  public static SearchRequest of(String query) {
    return new SearchRequest(query, Map.of(), null, null, 1, 10, Sort.RELEVANCE);
  }
}
