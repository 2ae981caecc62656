package dev.pincite.bench;

import dev.pincite.search.SearchRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One query of the benchmark mix, as {@code /api/search} takes it and as raw Lucene runs it.
 *
 * @param kind what it stands for ("rare", "and+filter" ...)
 * @param query the query text in Lucene syntax
 * @param filters facet filters, dimension to values
 */
public record BenchQuery(String kind, String query, Map<String, List<String>> filters) {

  public BenchQuery {
    filters = Map.copyOf(filters);
  }

  /** The {@code /api/search} path and query string, first page, relevance order. */
  public String path() {
    StringBuilder out = new StringBuilder("/api/search?q=").append(encode(query));
    for (Map.Entry<String, List<String>> f : new TreeMap<>(filters).entrySet()) {
      for (String value : f.getValue()) {
        out.append("&f.").append(f.getKey()).append('=').append(encode(value));
      }
    }
    return out.toString();
  }

  /** The same search as a {@link SearchRequest}, ten hits a page like the server. */
  public SearchRequest request() {
    return new SearchRequest(query, filters, null, null, 1, 10, SearchRequest.Sort.RELEVANCE);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
