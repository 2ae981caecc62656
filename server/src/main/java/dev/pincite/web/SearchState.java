package dev.pincite.web;

import dev.pincite.index.IndexSchema;
import dev.pincite.search.SearchRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a search page shows, as it stands in the URL: query, facet filters, month range, page,
 * sort and the "new since" date. Builds the links that change one part of it (tick a facet value,
 * remove a chip, go to a page), so back, forward and bookmarks work without JavaScript. Immutable.
 *
 * @param query the query text, possibly empty
 * @param filters selected values per facet dimension, in URL order; never empty lists
 * @param from first month, {@code yyyy-MM}, or null
 * @param to last month, {@code yyyy-MM}, or null
 * @param page the page, from 1
 * @param sort {@link #RELEVANCE} (newest first when there are no words), {@link #DATE}, {@link
 *     #DATE_ASC} or {@link #CONTESTED}
 * @param newSince only claims first indexed on or after this day (UTC), {@code yyyy-MM-dd}, or null
 */
public record SearchState(
    String query,
    Map<String, List<String>> filters,
    String from,
    String to,
    int page,
    String sort,
    String newSince) {

  public static final String RELEVANCE = "relevance";
  public static final String DATE = "date";
  public static final String DATE_ASC = "date-asc";
  public static final String CONTESTED = "contested";

  /** Sort names in the URL, in the order the page offers them, with their labels. */
  public static final Map<String, String> SORTS = sortLabels();

  /** Facet dimensions that are also query fields, so a value can be excluded by the query. */
  static final List<String> EXCLUDABLE =
      List.of(
          IndexSchema.FACET_SPEAKER,
          IndexSchema.FACET_COMPANY,
          IndexSchema.FACET_TYPE,
          IndexSchema.FACET_STANCE,
          IndexSchema.FACET_OUTLET);

  /** The prefix of facet filter parameters: {@code f.speaker=Jordi Hays}. */
  public static final String FILTER_PREFIX = "f.";

  public SearchState {
    query = query == null ? "" : query;
    Map<String, List<String>> copy = new LinkedHashMap<>();
    filters.forEach(
        (dimension, values) -> {
          if (!values.isEmpty()) {
            copy.put(dimension, List.copyOf(values));
          }
        });
    filters = Collections.unmodifiableMap(copy);
  }

  /** A state with no "new since" filter. */
  public SearchState(
      String query,
      Map<String, List<String>> filters,
      String from,
      String to,
      int page,
      String sort) {
    this(query, filters, from, to, page, sort, null);
  }

  /** An empty search: every claim, first page, by relevance. */
  public static SearchState empty() {
    return new SearchState("", Map.of(), null, null, 1, RELEVANCE);
  }

  /**
   * The searcher's request for this state.
   *
   * @param pageSize hits per page
   * @return the request
   */
  public SearchRequest toRequest(int pageSize) {
    SearchRequest.Sort order =
        switch (sort) {
          case DATE -> SearchRequest.Sort.DATE_DESC;
          case DATE_ASC -> SearchRequest.Sort.DATE_ASC;
          case CONTESTED -> SearchRequest.Sort.CONTESTED;
          // Without words there is no relevance: browsing shows the newest claims first.
          default -> query.isBlank() ? SearchRequest.Sort.DATE_DESC : SearchRequest.Sort.RELEVANCE;
        };
    SearchRequest request = new SearchRequest(query, filters, from, to, page, pageSize, order);
    return newSince == null
        ? request
        : request.withNewSince(LocalDate.parse(newSince).atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  /** Whether any facet filter, month bound or "new since" date is set. */
  public boolean hasFilters() {
    return !filters.isEmpty() || from != null || to != null || newSince != null;
  }

  /** The link without the "new since" date, back on page 1. */
  public String withoutNewSince() {
    return new SearchState(query, filters, from, to, 1, sort, null).href();
  }

  /** Whether a dimension has this value selected. */
  public boolean isSelected(String dimension, String value) {
    return filters.getOrDefault(dimension, List.of()).contains(value);
  }

  /** The link that ticks or unticks one facet value, back on page 1. */
  public String toggle(String dimension, String value) {
    return isSelected(dimension, value) ? without(dimension, value) : with(dimension, value);
  }

  /** The link with one more facet value, back on page 1. */
  public String with(String dimension, String value) {
    Map<String, List<String>> next = new LinkedHashMap<>(filters);
    List<String> values = new ArrayList<>(next.getOrDefault(dimension, List.of()));
    if (!values.contains(value)) {
      values.add(value);
    }
    next.put(dimension, values);
    return new SearchState(query, next, from, to, 1, sort, newSince).href();
  }

  /** The link without one facet value, back on page 1. */
  public String without(String dimension, String value) {
    Map<String, List<String>> next = new LinkedHashMap<>(filters);
    List<String> values = new ArrayList<>(next.getOrDefault(dimension, List.of()));
    values.remove(value);
    next.put(dimension, values);
    return new SearchState(query, next, from, to, 1, sort, newSince).href();
  }

  /**
   * The link that leaves out one facet value's claims by adding {@code -dimension:"value"} to the
   * query (which then means "everything except" when it excludes only), back on page 1.
   *
   * @return the link, or null for a dimension or value the query syntax cannot name
   */
  public String excluding(String dimension, String value) {
    if (!EXCLUDABLE.contains(dimension) || value.equals(IndexSchema.NO_SPEAKER)) {
      return null;
    }
    String clause =
        "-" + dimension + ":\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    String next = query.isBlank() ? clause : query + " " + clause;
    if (next.length() > SearchParams.MAX_QUERY_LENGTH) {
      return null;
    }
    Map<String, List<String>> rest = new LinkedHashMap<>(filters);
    List<String> values = new ArrayList<>(rest.getOrDefault(dimension, List.of()));
    values.remove(value);
    rest.put(dimension, values);
    return new SearchState(next, rest, from, to, 1, sort).href();
  }

  /** The link without the month range, back on page 1. */
  public String withoutRange() {
    return new SearchState(query, filters, null, null, 1, sort, newSince).href();
  }

  /** The link for one month only, back on page 1. */
  public String onlyMonth(String month) {
    return new SearchState(query, filters, month, month, 1, sort, newSince).href();
  }

  /** The link with the same query and sort but no filters, no month range, no "new since". */
  public String withoutFilters() {
    return new SearchState(query, Map.of(), null, null, 1, sort).href();
  }

  /** The link with another query, keeping the filters, back on page 1. */
  public String withQuery(String newQuery) {
    return new SearchState(newQuery, filters, from, to, 1, sort, newSince).href();
  }

  /** The link to another page of the same search. */
  public String atPage(int newPage) {
    return new SearchState(query, filters, from, to, newPage, sort, newSince).href();
  }

  /** The URL of this state on the search page: {@code /?q=...&f.speaker=...}. */
  public String href() {
    String params = queryString();
    return params.isEmpty() ? "/" : "/?" + params;
  }

  /** This state as URL parameters, without the leading {@code ?}; defaults are left out. */
  public String queryString() {
    List<String> parts = new ArrayList<>();
    if (!query.isBlank()) {
      parts.add(param("q", query));
    }
    filters.forEach(
        (dimension, values) -> values.forEach(v -> parts.add(param(FILTER_PREFIX + dimension, v))));
    if (from != null) {
      parts.add(param("from", from));
    }
    if (to != null) {
      parts.add(param("to", to));
    }
    if (newSince != null) {
      parts.add(param("new_since", newSince));
    }
    if (!RELEVANCE.equals(sort)) {
      parts.add(param("sort", sort));
    }
    if (page > 1) {
      parts.add(param("page", Integer.toString(page)));
    }
    return String.join("&", parts);
  }

  private static String param(String name, String value) {
    return URLEncoder.encode(name, StandardCharsets.UTF_8)
        + "="
        + URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /**
   * The sort menu's labels for a query: without words there is nothing to rank by relevance, and
   * the default order is newest first, so the default entry says that.
   *
   * @param query the query text
   * @return sort key to label, in menu order
   */
  public static Map<String, String> sortsFor(String query) {
    if (query != null && !query.isBlank()) {
      return SORTS;
    }
    Map<String, String> labels = new LinkedHashMap<>(SORTS);
    labels.put(RELEVANCE, "Newest first (default)");
    return Collections.unmodifiableMap(labels);
  }

  private static Map<String, String> sortLabels() {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put(RELEVANCE, "Relevance");
    labels.put(DATE, "Newest first");
    labels.put(DATE_ASC, "Oldest first");
    labels.put(CONTESTED, "Most contested");
    return Collections.unmodifiableMap(labels);
  }
}
