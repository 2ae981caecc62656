package dev.pincite.ingest;

/** Whitespace normalisation as {@link Block} requires it: single spaces, stripped. */
final class Whitespace {

  private Whitespace() {}

  /**
   * @param text any text, or null
   * @return the text with runs of whitespace (Unicode spaces included) as single spaces, no
   *     zero-width characters, and no leading or trailing space; empty for null
   */
  static String normalise(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    boolean pendingSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isInvisible(c)) {
        continue;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        pendingSpace = !out.isEmpty();
        continue;
      }
      if (pendingSpace) {
        out.append(' ');
        pendingSpace = false;
      }
      out.append(c);
    }
    return out.toString();
  }

  /** Zero-width characters only separate nothing; a soft hyphen is invisible too. */
  private static boolean isInvisible(char c) {
    return c == '\u200b'
        || c == '\u200c'
        || c == '\u200d'
        || c == '\u2060'
        || c == '\ufeff'
        || c == '\u00ad';
  }

  /** Null for blank text, else the normalised text. */
  static String orNull(String text) {
    String normalised = normalise(text);
    return normalised.isEmpty() ? null : normalised;
  }
}
