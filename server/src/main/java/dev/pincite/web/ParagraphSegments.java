package dev.pincite.web;

import dev.pincite.index.StoredClaim;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a paragraph's text into the claims it holds and the text between them, so a page can mark
 * each claim (by type, by speaker, as the current one) while showing the paragraph exactly as
 * written. Claim texts are whitespace-normalised sentences of the paragraph, found in reading
 * order; a claim whose text cannot be found is appended after the paragraph rather than dropped.
 */
public final class ParagraphSegments {

  /**
   * A piece of a paragraph.
   *
   * @param text the text to show
   * @param claim the claim it is, or null for text between claims
   */
  public record Segment(String text, StoredClaim claim) {}

  private ParagraphSegments() {}

  /**
   * @param paragraph the paragraph text
   * @param claims the paragraph's claims in reading order
   * @return segments covering the whole paragraph, in order
   */
  static List<Segment> of(String paragraph, List<StoredClaim> claims) {
    List<Segment> segments = new ArrayList<>();
    List<StoredClaim> unplaced = new ArrayList<>();
    int cursor = 0;
    for (StoredClaim stored : claims) {
      String text = stored.claim().text();
      int at = text.isEmpty() ? -1 : paragraph.indexOf(text, cursor);
      if (at < 0) {
        unplaced.add(stored);
        continue;
      }
      if (at > cursor) {
        segments.add(new Segment(paragraph.substring(cursor, at), null));
      }
      segments.add(new Segment(text, stored));
      cursor = at + text.length();
    }
    if (cursor < paragraph.length()) {
      segments.add(new Segment(paragraph.substring(cursor), null));
    }
    for (StoredClaim stored : unplaced) {
      segments.add(new Segment(" ", null));
      segments.add(new Segment(stored.claim().text(), stored));
    }
    return segments;
  }
}
