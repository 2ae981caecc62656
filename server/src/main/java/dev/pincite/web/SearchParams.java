package dev.pincite.web;

import dev.pincite.index.IndexSchema;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and validates the search parameters of a request ({@code q}, {@code f.<dimension>}, {@code
 * from}, {@code to}, {@code page}, {@code sort}, {@code new_since}) into a {@link SearchState}. The
 * search page and {@code /api/search} share it, so they accept exactly the same URLs. A bad value
 * fails with a message that names the parameter and says what would be accepted.
 */
final class SearchParams {

  /** Longer queries are refused: nobody types them, and they only cost parsing time. */
  static final int MAX_QUERY_LENGTH = 1000;

  /** Beyond this, paging is a crawler walking the whole index, not a reader. */
  static final int MAX_PAGE = 1000;

  static final int MAX_VALUES_PER_FACET = 50;
  static final int MAX_VALUE_LENGTH = 200;

  private SearchParams() {}

  /**
   * @param ctx the request
   * @return the validated state
   * @throws io.javalin.validation.ValidationException or {@link BadRequestResponse} for a bad value
   */
  static SearchState read(Context ctx) {
    String query =
        ctx.queryParamAsClass("q", String.class)
            .check(
                q -> q == null || q.length() <= MAX_QUERY_LENGTH,
                "the query is longer than " + MAX_QUERY_LENGTH + " characters")
            .getOrDefault("");
    // An empty field (page=) means the default, as a browser form sends it.
    int page =
        isBlank(ctx.queryParam("page"))
            ? 1
            : ctx.queryParamAsClass("page", Integer.class)
                .check(
                    p -> p == null || (p >= 1 && p <= MAX_PAGE),
                    "page must be a number from 1 to " + MAX_PAGE)
                .getOrDefault(1);
    String sort =
        ctx.queryParamAsClass("sort", String.class)
            .check(
                s -> s == null || s.isBlank() || SearchState.SORTS.containsKey(s),
                "sort must be one of " + String.join(", ", SearchState.SORTS.keySet()))
            .getOrDefault(SearchState.RELEVANCE);
    String from = month(ctx, "from");
    String to = month(ctx, "to");
    if (from != null && to != null && from.compareTo(to) > 0) {
      throw new BadRequestResponse(
          "The month range starts after it ends (from " + from + " to " + to + ").");
    }
    return new SearchState(
        query.strip(),
        filters(ctx),
        from,
        to,
        page,
        sort.isBlank() ? SearchState.RELEVANCE : sort,
        newSince(ctx));
  }

  /** {@code new_since}: a day, {@code yyyy-MM-dd}, as a browser's date field sends it. */
  private static String newSince(Context ctx) {
    String value =
        ctx.queryParamAsClass("new_since", String.class)
            .check(
                d -> d == null || d.isBlank() || isDay(d.strip()),
                "new_since must be a day written like 2026-07-01")
            .getOrDefault("")
            .strip();
    return value.isEmpty() ? null : value;
  }

  private static boolean isDay(String value) {
    try {
      return value.length() == 10 && LocalDate.parse(value) != null;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static String month(Context ctx, String name) {
    String value =
        ctx.queryParamAsClass(name, String.class)
            .check(
                m -> m == null || m.isBlank() || isMonth(m.strip()),
                name + " must be a month written like 2026-07")
            .getOrDefault("")
            .strip();
    return value.isEmpty() ? null : value;
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  private static boolean isMonth(String value) {
    try {
      IndexSchema.monthNumber(value);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static Map<String, List<String>> filters(Context ctx) {
    Map<String, List<String>> filters = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> param : ctx.queryParamMap().entrySet()) {
      String name = param.getKey();
      if (!name.startsWith(SearchState.FILTER_PREFIX)) {
        continue;
      }
      String dimension = name.substring(SearchState.FILTER_PREFIX.length());
      if (!IndexSchema.FACETS.contains(dimension)) {
        throw new BadRequestResponse(
            "There is no filter called \""
                + dimension
                + "\". Filters are: "
                + String.join(", ", IndexSchema.FACETS)
                + ".");
      }
      List<String> values = new ArrayList<>();
      for (String value : param.getValue()) {
        String v = value.strip();
        if (v.length() > MAX_VALUE_LENGTH) {
          throw new BadRequestResponse(
              "A " + dimension + " filter is longer than " + MAX_VALUE_LENGTH + " characters.");
        }
        if (!v.isEmpty() && !values.contains(v)) {
          values.add(v);
        }
      }
      if (values.size() > MAX_VALUES_PER_FACET) {
        throw new BadRequestResponse(
            "Too many " + dimension + " filters: at most " + MAX_VALUES_PER_FACET + " at once.");
      }
      filters.put(dimension, values);
    }
    return filters;
  }
}
