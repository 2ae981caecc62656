package dev.pincite.ingest;

/**
 * Small German news pages for the metadata tests: one article's text, and a page built from the
 * head and body a test gives, read with the standard boilerplate rules.
 */
final class MetadataPages {

  /** Two paragraphs long enough to be the article wherever they stand. */
  static final String TEXT =
      "<p>The harbour board met on Monday, and after a long debate it voted to delay the dredging"
          + " plan, citing costs, objections from fishermen, and a pending environmental review.</p>"
          + "<p>Board members said the review, which began in the spring, would take at least"
          + " another six months, and that the budget would be revisited in the autumn.</p>";

  private MetadataPages() {}

  /** The article of a page with this head and body. */
  static Article read(String head, String body) throws BadDocumentException {
    return new HtmlArticleReader(BoilerplateRules.standard())
        .read(
            "<!DOCTYPE html><html lang=de><head>"
                + head
                + "</head><body>"
                + body
                + "</body></html>",
            "page.html");
  }
}
