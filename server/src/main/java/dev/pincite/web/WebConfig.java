package dev.pincite.web;

import java.time.Duration;
import java.util.Objects;

/**
 * How the web app behaves, independent of where it listens.
 *
 * @param baseUrl the public address the archive is reached at (for citations and the OpenSearch
 *     description), without a trailing slash, e.g. {@code http://127.0.0.1:7070}; null to use the
 *     address each request came in on
 * @param pageSize hits per search page, 1 to 100
 * @param refreshInterval how often, at most, a request makes the searcher look for a newer index
 *     commit; {@link Duration#ZERO} checks on every request
 */
public record WebConfig(String baseUrl, int pageSize, Duration refreshInterval) {

  public WebConfig {
    Objects.requireNonNull(refreshInterval, "refreshInterval");
    if (pageSize < 1 || pageSize > 100) {
      throw new IllegalArgumentException("pageSize must be 1..100, got " + pageSize);
    }
    if (refreshInterval.isNegative()) {
      throw new IllegalArgumentException(
          "refreshInterval must not be negative: " + refreshInterval);
    }
    if (baseUrl != null && baseUrl.endsWith("/")) {
      baseUrl = baseUrl.substring(0, baseUrl.length() - 1);
    }
  }

  /** Ten hits a page, the request's own address, a refresh check at most once a second. */
  public static WebConfig defaults() {
    return new WebConfig(null, 10, Duration.ofSeconds(1));
  }

  /** The same configuration with another base URL. */
  public WebConfig withBaseUrl(String value) {
    return new WebConfig(value, pageSize, refreshInterval);
  }
}
