package dev.pincite.ingest;

/**
 * What is known about a document beside its text: the one declaration of the six metadata fields
 * that a page's tags, a Markdown front matter, the catalog, an {@link Article} and the index's
 * document record all carry. A field nobody gives is null, never guessed.
 *
 * @param title the title, or null
 * @param byline the author or authors (people, not the site), or null
 * @param site the outlet or site name, or null
 * @param published an ISO-8601 date or date-time, or null
 * @param url the canonical URL of the original, or null
 * @param lang a BCP 47 language tag such as {@code en}, or null
 */
public record DocumentMetadata(
    String title, String byline, String site, String published, String url, String lang) {

  /** Nothing known. */
  public static final DocumentMetadata NONE =
      new DocumentMetadata(null, null, null, null, null, null);

  /**
   * This metadata completed by another: each field's value here, or the other's where this has
   * none. {@code catalogEntry.or(extracted)} lets the catalog override what extraction found.
   *
   * @param fallback the values to use where this has none
   * @return the merged metadata
   */
  public DocumentMetadata or(DocumentMetadata fallback) {
    return new DocumentMetadata(
        pick(title, fallback.title),
        pick(byline, fallback.byline),
        pick(site, fallback.site),
        pick(published, fallback.published),
        pick(url, fallback.url),
        pick(lang, fallback.lang));
  }

  /** A stable text form, part of a file's content hash so a catalog edit reindexes it. */
  public String fingerprint() {
    return String.join(
        "\u0001",
        String.valueOf(title),
        String.valueOf(byline),
        String.valueOf(site),
        String.valueOf(published),
        String.valueOf(url),
        String.valueOf(lang));
  }

  /** The month of publication as {@code yyyy-MM}, or null when the date is unknown. */
  public String publishedMonth() {
    if (published == null || published.length() < 7) {
      return null;
    }
    return published.substring(0, 7);
  }

  private static String pick(String preferred, String fallback) {
    return preferred != null ? preferred : fallback;
  }
}
