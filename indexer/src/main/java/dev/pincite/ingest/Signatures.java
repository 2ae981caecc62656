package dev.pincite.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A signature on a line of its own after what it signs: a dash, a person's name and perhaps a place
 * or a title after a comma ("— Hollis Barrow, Fenmouth", "-- Wenna Trelawny"). A letters page signs
 * each letter so, and a block quotation is credited so. Recognised by the dash and the name's form,
 * never by a name. Stateless.
 */
final class Signatures {

  private static final Pattern SIGNATURE =
      Pattern.compile(
          "^(?:\u2014|\u2013|--?)\\s*("
              + NameForms.FULL_NAME
              + ")"
              + "(?:\\s*,\\s*[^.!?]{1,60})?$");

  private Signatures() {}

  /**
   * The signer of a letter saved as text or Markdown, who is its author: a document with exactly
   * one signature line, one of its last two paragraphs, is one signed letter ("— Petra Hallgarth,
   * Managing Partner, Ravenglass Partners" closing a fund's letter); null otherwise (a letters page
   * signs every letter, and no one signer speaks for the page).
   *
   * @param blocks the body's blocks, in reading order
   */
  static String soleSigner(List<Block> blocks) {
    String signer = null;
    int signatures = 0;
    int paragraphs = 0;
    int signedAt = -1;
    for (Block block : blocks) {
      if (block.isHeading()) {
        continue;
      }
      paragraphs++;
      String name = signer(block.text());
      if (name != null) {
        signatures++;
        signer = name;
        signedAt = paragraphs;
      }
    }
    return signatures == 1 && signedAt >= paragraphs - 1 ? signer : null;
  }

  /**
   * The person a signature line names ("— Hollis Barrow, Fenmouth" gives "Hollis Barrow"), or null
   * when the line is no signature.
   */
  static String signer(String line) {
    Matcher m = SIGNATURE.matcher(line.strip());
    return m.matches() ? m.group(1) : null;
  }
}
