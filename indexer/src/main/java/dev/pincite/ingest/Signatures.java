package dev.pincite.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A signature on a line of its own after what it signs: a dash, a person's name and perhaps a place
 * or a title after a comma ("— Hollis Barrow, Fenmouth", "-- Wenna Trelawny"), or a body of an
 * organisation and the organisation ("— Dockside staff council, Harbour Porters' Guild", whose
 * signer is the guild: {@code [en signing-body]} of {@code bylines.txt}). A letters page signs each
 * letter so, a block quotation is credited so, and a page of signed statements signs each one so,
 * sometimes on the statement's last line after its last sentence ({@link #trailing}). Recognised by
 * the dash and the name's form, never by a name. Stateless.
 */
final class Signatures {

  private static final Pattern SIGNATURE =
      Pattern.compile(
          "^(?:\u2014|\u2013|--?)\\s*("
              + NameForms.FULL_NAME
              + ")"
              + "(?:\\s*,\\s*[^.!?]{1,60})?$");

  private static final String DASH = "(?:\u2014|\u2013|--?)";
  // "— Dockside staff council, Harbour Porters' Guild": the body (words ending in a signing
  // body's noun), then the organisation it belongs to, in capitalised words.
  private static final Pattern BODY_SIGNATURE =
      Pattern.compile(
          "^"
              + DASH
              + "\\s*([\\p{L}][\\p{L}'\u2019-]*(?:\\s+[\\p{L}][\\p{L}'\u2019-]*){0,5})\\s*,\\s*"
              + "(\\p{Lu}[\\p{L}'\u2019&.-]*(?:\\s+(?:of|the|for|and|&|\\p{Lu}[\\p{L}'\u2019&.-]*)){0,6})$");
  // Where a signature may stand at the end of a statement's last line: after its last sentence.
  private static final Pattern TRAILING_DASH =
      Pattern.compile("(?<=[.!?][\"\u201D\u2019)]?)\\s+(?=" + DASH + "\\s*\\p{L})");

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
    if (m.matches()) {
      return m.group(1);
    }
    Matcher body = BODY_SIGNATURE.matcher(line.strip());
    return body.matches() && BylineCues.STANDARD.signingBody().matcher(body.group(1)).find()
        ? body.group(2)
        : null;
  }

  /**
   * Where a signature that ends a line of text begins ("... Strike now. — Dockside staff council,
   * Harbour Porters' Guild"): after the line's last sentence, a dash and a signature to the end; -1
   * when the line does not end so.
   *
   * @param line a paragraph's text, whitespace normalised
   */
  static int trailing(String line) {
    Matcher m = TRAILING_DASH.matcher(line);
    int found = -1;
    while (m.find()) {
      found = m.end();
    }
    return found > 0 && signer(line.substring(found)) != null ? found : -1;
  }
}
