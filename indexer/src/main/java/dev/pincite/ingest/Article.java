package dev.pincite.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * What ingestion takes out of one corpus file: the article body as blocks in reading order and the
 * metadata the file gives. A field the file does not give is null, never guessed.
 *
 * @param path the file's path relative to the corpus root, with {@code /} separators
 * @param title the article title, or null
 * @param byline the author or authors (people, not the site), or null
 * @param site the outlet or site name, or null
 * @param published an ISO-8601 date or date-time, or null
 * @param url the canonical URL, or null
 * @param lang a BCP 47 language tag such as {@code en}, or null
 * @param blocks the body in reading order: headings and paragraphs
 * @param warnings what a reader should know (no article found, metadata ignored ...)
 */
public record Article(
    String path,
    String title,
    String byline,
    String site,
    String published,
    String url,
    String lang,
    List<Block> blocks,
    List<String> warnings) {

  public Article {
    blocks = List.copyOf(blocks);
    warnings = List.copyOf(warnings);
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
   * stands under.
   *
   * @param blocks a body in reading order
   * @return its paragraphs
   */
  public static List<Paragraph> paragraphsOf(List<Block> blocks) {
    List<Paragraph> paragraphs = new ArrayList<>();
    String section = null;
    for (Block block : blocks) {
      if (block.isHeading()) {
        section = block.text();
      } else {
        paragraphs.add(new Paragraph(paragraphs.size() + 1, section, block.text(), block.kind()));
      }
    }
    return paragraphs;
  }

  /** The month of publication as {@code yyyy-MM}, or null when the date is unknown. */
  public String publishedMonth() {
    if (published == null || published.length() < 7) {
      return null;
    }
    return published.substring(0, 7);
  }
}
