package dev.pincite.ingest;

/**
 * A numbered paragraph of an article body, as the claim contract defines it.
 *
 * @param n the paragraph number, from 1, in reading order
 * @param section the heading the paragraph stands under, or null before the first heading
 * @param text the paragraph's text
 * @param kind paragraph, list item, quote, table row, preformatted text or question
 * @param signer the person whose signature closes the letter or quotation this paragraph stands in
 *     ({@link Block.Kind#SIGNATURE}), or null
 */
public record Paragraph(int n, String section, String text, Block.Kind kind, String signer) {

  /** A paragraph no signature closes. */
  public Paragraph(int n, String section, String text, Block.Kind kind) {
    this(n, section, text, kind, null);
  }

  /**
   * Whether this is a plain paragraph that is one quotation from its first character to its last
   * ("“Nobody will pay these fares.”"): a quotation a signature under it credits, and in news the
   * words of the speaker the paragraph before named.
   */
  public boolean isWholeQuotation() {
    return kind == Block.Kind.PARAGRAPH && Signatures.wholeQuotation(text);
  }
}
