package dev.pincite.ingest;

/**
 * Something described by a {@link DocumentMetadata}, with its fields as accessors of its own
 * ({@code article.title()}, {@code doc.title} in a template), so the six fields are declared once.
 */
public interface HasMetadata {

  /**
   * @return the metadata, never null
   */
  DocumentMetadata metadata();

  /**
   * @return the title, or null
   */
  default String title() {
    return metadata().title();
  }

  /**
   * @return the author(s), or null
   */
  default String byline() {
    return metadata().byline();
  }

  /**
   * @return the outlet, or null
   */
  default String site() {
    return metadata().site();
  }

  /**
   * @return the ISO-8601 date or date-time of publication, or null
   */
  default String published() {
    return metadata().published();
  }

  /**
   * @return the canonical URL of the original, or null
   */
  default String url() {
    return metadata().url();
  }

  /**
   * @return the language tag, or null
   */
  default String lang() {
    return metadata().lang();
  }
}
