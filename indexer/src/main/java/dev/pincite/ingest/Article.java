package dev.pincite.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What ingestion takes out of one corpus file: the article body as blocks in reading order and the
 * metadata the file gives. A field the file does not give is null, never guessed.
 *
 * @param path the file's path relative to the corpus root, with {@code /} separators
 * @param metadata title, byline, site, published, url and lang
 * @param blocks the body in reading order: headings and paragraphs
 * @param warnings what a reader should know (no article found, metadata ignored ...)
 * @param declaredTitle the title as the page's metadata declares it (JSON-LD, Open Graph, {@code
 *     <title>}), a site's name in it included, which is what Readability reports as the title;
 *     {@link #title()} is the article's own headline. Null when the file declares none.
 */
public record Article(
    String path,
    DocumentMetadata metadata,
    List<Block> blocks,
    List<String> warnings,
    String declaredTitle)
    implements HasMetadata {

  public Article {
    Objects.requireNonNull(metadata, "metadata");
    blocks = List.copyOf(blocks);
    warnings = List.copyOf(warnings);
  }

  /** An article whose declared title is its title (Markdown, text: a title is a title). */
  public Article(
      String path, DocumentMetadata metadata, List<Block> blocks, List<String> warnings) {
    this(path, metadata, blocks, warnings, metadata.title());
  }

  /**
   * @param value the metadata to use instead
   * @return this article with that metadata
   */
  public Article withMetadata(DocumentMetadata value) {
    return new Article(path, value, blocks, warnings, declaredTitle);
  }

  /**
   * @param value the warnings to use instead
   * @return this article with those warnings
   */
  public Article withWarnings(List<String> value) {
    return new Article(path, metadata, blocks, value, declaredTitle);
  }

  /** The body text: every block, headings included, separated by blank lines. */
  public String body() {
    return String.join("\n\n", blocks.stream().map(Block::text).toList());
  }

  /** The body's paragraphs numbered from 1, each with the heading it stands under. */
  public List<Paragraph> paragraphs() {
    return paragraphsOf(blocks);
  }

  /**
   * Numbers the paragraphs of a body: every block but headings, from 1, each with the heading it
   * stands under and the signer of the signature that closes it (a signature line is a paragraph of
   * its signer's). On a page signed more than once (letters), a signature closes the paragraphs
   * since the last heading or signature (a letter); a signature closes those since the letter's
   * salutation ("Dear investors,"), where there is one since the last signature; anywhere, one that
   * follows block quotes closes only those (a credited quotation). A post's paragraphs, under its
   * {@link Block.Kind#POST_HEADER}, are signed by its writer.
   *
   * @param blocks a body in reading order
   * @return its paragraphs
   */
  public static List<Paragraph> paragraphsOf(List<Block> blocks) {
    List<Paragraph> paragraphs = new ArrayList<>();
    String section = null;
    String poster = null;
    int unsigned = 0;
    int sinceSignature = 0;
    boolean lettersPage = blocks.stream().filter(b -> b.kind() == Block.Kind.SIGNATURE).count() > 1;
    for (Block block : blocks) {
      if (block.isHeading()) {
        section = block.text();
        poster = block.kind() == Block.Kind.POST_HEADER ? block.text() : null;
        unsigned = paragraphs.size();
      } else if (block.kind() == Block.Kind.SIGNATURE) {
        String signer = Signatures.signerOf(block);
        // A letter printed under its own heading after the page's own text ("## A reply from the
        // company" after an editorial) is its signer's, signed once or not.
        boolean letterSection = section != null && unsigned > 0;
        // "Dear fellow shareholders, ... — Ann Obi, Chief Executive": a letter, dashed or not.
        int salutation = salutation(paragraphs, sinceSignature);
        if (salutation >= 0) {
          // "Dear investors, ... Ann Obi, Managing Partner": the letter from its salutation on.
          sign(paragraphs, salutation, signer, true);
        } else {
          // The first letter of a page under no heading: a paragraph before it, when there are
          // two or more, is the page's own introduction ("Here is a selection.").
          boolean introduced =
              lettersPage && section == null && sinceSignature == 0 && paragraphs.size() >= 2;
          sign(
              paragraphs,
              introduced ? unsigned + 1 : unsigned,
              signer,
              lettersPage || letterSection);
        }
        // The signature line is body too (a context sentence of its signer's), numbered as any.
        paragraphs.add(
            new Paragraph(paragraphs.size() + 1, section, block.text(), block.kind(), signer));
        unsigned = paragraphs.size();
        sinceSignature = unsigned;
      } else {
        // A post's paragraphs are its writer's, as a signed letter's are its signer's.
        paragraphs.add(
            new Paragraph(paragraphs.size() + 1, section, block.text(), block.kind(), poster));
      }
    }
    return paragraphs;
  }

  /** The last paragraph from {@code from} on that opens a letter ("Dear investors,"), or -1. */
  private static int salutation(List<Paragraph> paragraphs, int from) {
    for (int i = paragraphs.size() - 1; i >= from; i--) {
      if (BylineCues.STANDARD.salutation().matcher(paragraphs.get(i).text()).find()) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Gives the paragraphs from {@code from} on a signer: only the last block quotes when the
   * signature credits them; otherwise all of them on a letters page, and none in a document signed
   * once (its writer's sign-off: the document's own voice, not a letter among letters).
   */
  private static void sign(
      List<Paragraph> paragraphs, int from, String signer, boolean lettersPage) {
    int start = lettersPage ? from : paragraphs.size();
    if (!paragraphs.isEmpty() && paragraphs.getLast().kind() == Block.Kind.QUOTE) {
      start = paragraphs.size() - 1;
      while (start > from && paragraphs.get(start - 1).kind() == Block.Kind.QUOTE) {
        start--;
      }
    } else if (!paragraphs.isEmpty() && paragraphs.getLast().isWholeQuotation()) {
      // a credited quotation in quotation marks: that paragraph only (a page of quotations
      // credits each, and one whose credit was lost is no part of the next one's)
      start = paragraphs.size() - 1;
    }
    for (int i = start; i < paragraphs.size(); i++) {
      Paragraph p = paragraphs.get(i);
      paragraphs.set(i, new Paragraph(p.n(), p.section(), p.text(), p.kind(), signer));
    }
  }
}
