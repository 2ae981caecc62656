package dev.pincite.cite;

/**
 * One citation of a claim in a Markdown memo.
 *
 * @param kind a link to the archive or a citation key
 * @param id the cited claim id
 * @param line the line it is on, from 1
 * @param idOffset where the id starts in the memo (a char offset), for rewriting it
 * @param quote the sentence the memo quotes for it (link text in quotation marks, or the last
 *     quotation before it in the same line), unescaped; null when it quotes nothing
 * @param linkTextStart where a quoting link text starts in the memo (after {@code [}), or -1 when
 *     the quote is not the link text
 * @param linkTextEnd where that link text ends (at {@code ]}), or -1
 */
public record MemoCitation(
    Kind kind,
    String id,
    int line,
    int idOffset,
    String quote,
    int linkTextStart,
    int linkTextEnd) {

  /** How the memo cites. */
  public enum Kind {
    /** A link or bare URL to {@code …/claims/{id}} on any host. */
    LINK,
    /** A Pandoc citation key {@code [@id]}, alone or in a group {@code [@a; @b]}. */
    KEY
  }

  /** Whether the quote is the link's text, which {@code --fix} can rewrite with the id. */
  public boolean quoteIsLinkText() {
    return linkTextStart >= 0;
  }
}
