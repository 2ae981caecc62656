package dev.pincite.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The signature that closes a letter saved as text or Markdown ("— Petra Hallgarth, Managing
 * Partner, Ravenglass Partners"): a dash, a name of two to four capitalised words and, after a
 * comma, a role or a firm, with no sentence punctuation. A letter has no byline at the top; its
 * signer is its author. Only a document with exactly one such line among its paragraphs, one of its
 * last two, is signed: a letters page signs every letter, and no one signer speaks for the page.
 * The signature stays a paragraph of the body. Stateless.
 */
final class SignOff {

  private static final Pattern SIGNATURE =
      Pattern.compile(
          "^[—–-]{1,2}\\s*(\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){1,3})"
              + "(?:\\s*,\\s*[^.!?;:]{1,120})?$");

  private SignOff() {}

  /**
   * The signer of a letter, or null when the document is not one signed letter.
   *
   * @param blocks the body's blocks, in reading order
   */
  static String signer(List<Block> blocks) {
    String signer = null;
    int signatures = 0;
    int paragraphs = 0;
    int signedAt = -1;
    for (Block block : blocks) {
      if (block.isHeading()) {
        continue;
      }
      paragraphs++;
      Matcher m = SIGNATURE.matcher(block.text().strip());
      if (m.matches()) {
        signatures++;
        signer = m.group(1);
        signedAt = paragraphs;
      }
    }
    return signatures == 1 && signedAt >= paragraphs - 1 ? signer : null;
  }
}
