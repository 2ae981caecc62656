package dev.pincite.ingest;

/**
 * Reads decoded text of one kind (HTML, Markdown, plain text) into an {@link Article}.
 * Implementations are stateless and thread safe.
 */
public interface ArticleReader {

  /**
   * Reads an article.
   *
   * @param text the file's decoded text, never blank
   * @param path the path to record in the article
   * @return the article; an article with no body carries a warning saying so
   * @throws BadDocumentException when the text is past a documented limit of the reader
   */
  Article read(String text, String path) throws BadDocumentException;
}
