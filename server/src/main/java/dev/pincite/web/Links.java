package dev.pincite.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The archive's URLs, built in one place so every page links the same way and every path segment
 * taken from corpus text is encoded.
 */
final class Links {

  private Links() {}

  /** {@code /claims/{id}}. */
  static String claim(String id) {
    return "/claims/" + segment(id);
  }

  /** {@code /documents/{id}}. */
  static String document(String id) {
    return "/documents/" + segment(id);
  }

  /** {@code /documents/{id}#p{n}}: a paragraph's anchor in its document. */
  static String paragraph(String documentId, int paragraph) {
    return document(documentId) + "#" + paragraphAnchor(paragraph);
  }

  /** The id of a paragraph's element on the document page. */
  static String paragraphAnchor(int paragraph) {
    return "p" + paragraph;
  }

  /** {@code /speakers/{name}}. */
  static String speaker(String name) {
    return "/speakers/" + segment(name);
  }

  /** The search page filtered on one facet value. */
  static String facet(String dimension, String value) {
    return "/?" + SearchState.FILTER_PREFIX + dimension + "=" + query(value);
  }

  /**
   * A URL from corpus metadata, if it is safe to put in an {@code href}: only absolute {@code http}
   * and {@code https} URLs pass, so a {@code javascript:} or {@code data:} URL never becomes a
   * link.
   *
   * @param url the URL as the document gives it
   * @return the URL, or null when it must not be linked
   */
  static String safeExternal(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    try {
      URI uri = new URI(url.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      boolean web = scheme.equals("http") || scheme.equals("https");
      return web && uri.getHost() != null ? uri.toASCIIString() : null;
    } catch (URISyntaxException e) {
      return null;
    }
  }

  /** Encodes a path segment: spaces as {@code %20}, never {@code +}. */
  static String segment(String value) {
    return query(value).replace("+", "%20");
  }

  /** Encodes a query parameter value. */
  static String query(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
