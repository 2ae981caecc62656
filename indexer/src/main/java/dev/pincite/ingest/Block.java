package dev.pincite.ingest;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Objects;

/**
 * One block of an article body in reading order: a heading, a paragraph, a list item, a block
 * quote, a table row, preformatted text, an interviewer's question set apart by emphasis or a
 * signature under a letter or quotation. The text is whitespace-normalised (single spaces, no
 * leading or trailing space) and never empty.
 *
 * @param kind what the block is
 * @param text the block's text
 */
public record Block(Kind kind, String text) {

  /** What a block is; a {@link #HEADING} is not a paragraph. */
  public enum Kind {
    HEADING,
    PARAGRAPH,
    LIST_ITEM,
    QUOTE,
    TABLE_ROW,
    PREFORMATTED,
    /**
     * An interviewer's question set apart by emphasis instead of a "Q:" label (a paragraph wholly
     * in bold, in an interview whose answers follow in plain text): a paragraph, the interviewer's.
     */
    QUESTION,
    /**
     * A signature on its own line under what it signs ("— Hollis Barrow, Fenmouth"): a paragraph of
     * its signer's, who is also the writer of the letter (or the speaker of the block quote) above
     * it ({@link Article#paragraphsOf}).
     */
    SIGNATURE,
    /**
     * The header naming a post's writer on a page of posts (a forum thread, a comment list; {@link
     * PostHeaders}) or a message's sender in a printed e-mail thread ({@link EmailHeaders}),
     * reduced to the writer's name: a heading, and the paragraphs under it, up to the next heading,
     * are that writer's ({@link Article#paragraphsOf}).
     */
    POST_HEADER
  }

  public Block {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      throw new IllegalArgumentException("empty " + kind + " block");
    }
  }

  public static Block heading(String text) {
    return new Block(Kind.HEADING, text);
  }

  public static Block paragraph(String text) {
    return new Block(Kind.PARAGRAPH, text);
  }

  @JsonIgnore
  public boolean isHeading() {
    return kind == Kind.HEADING || kind == Kind.POST_HEADER;
  }
}
