package dev.pincite.web;

import dev.pincite.cite.CitationFormatter;
import io.javalin.http.Context;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;

/**
 * Hands out the {@link CitationFormatter} for the archive's public address: the configured base
 * URL, or else the address a request came in on (so a test server on a random port cites itself).
 * Formatters load CSL styles on first use, which is costly, so each base URL gets one, and at most
 * a few base URLs are kept: a client sending odd {@code Host} headers cannot grow this without
 * bound. Thread safe.
 */
final class Citations {

  private static final int MAX_BASES = 4;
  private static final Pattern HOST =
      Pattern.compile("[A-Za-z0-9.\\-]+(:\\d{1,5})?|\\[[0-9A-Fa-f:.]+\\](:\\d{1,5})?");
  private static final String FALLBACK_BASE = "http://127.0.0.1:7070";

  private final String configuredBase;
  private final ConcurrentMap<String, CitationFormatter> byBase = new ConcurrentHashMap<>();

  Citations(String configuredBase) {
    this.configuredBase = configuredBase;
  }

  /**
   * Loads the CSL styles of the configured (or default) base URL, a second or two: the app calls it
   * in the background at start-up, so the first claim page does not wait for it.
   */
  void loadStyles() {
    byBase.computeIfAbsent(base(), CitationFormatter::new).loadStyles();
  }

  private String base() {
    return configuredBase != null ? configuredBase : FALLBACK_BASE;
  }

  /** The formatter for this request's base URL. */
  CitationFormatter formatter(Context ctx) {
    String base = baseUrl(ctx);
    CitationFormatter known = byBase.get(base);
    if (known != null) {
      return known;
    }
    if (byBase.size() >= MAX_BASES) {
      return byBase.computeIfAbsent(base(), CitationFormatter::new);
    }
    return byBase.computeIfAbsent(base, CitationFormatter::new);
  }

  /** The archive's base URL as this request sees it, without a trailing slash. */
  String baseUrl(Context ctx) {
    if (configuredBase != null) {
      return configuredBase;
    }
    String host = ctx.host();
    String scheme = "https".equals(ctx.scheme()) ? "https" : "http";
    return host != null && HOST.matcher(host).matches() ? scheme + "://" + host : FALLBACK_BASE;
  }
}
