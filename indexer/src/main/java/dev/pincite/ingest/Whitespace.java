package dev.pincite.ingest;

import java.util.regex.Pattern;

/** Whitespace normalisation as {@link Block} requires it: single spaces, stripped. */
final class Whitespace {

  // \s with UNICODE_CHARACTER_CLASS covers no-break and other Unicode spaces; zero-width
  // characters are removed outright since they only separate nothing.
  private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern INVISIBLE =
      Pattern.compile("[\\u200b\\u200c\\u200d\\u2060\\ufeff\\u00ad]");

  private Whitespace() {}

  /**
   * @param text any text, or null
   * @return the text with runs of whitespace as single spaces and no leading or trailing space;
   *     empty for null
   */
  static String normalise(String text) {
    if (text == null) {
      return "";
    }
    String visible = INVISIBLE.matcher(text).replaceAll("");
    return SPACES.matcher(visible).replaceAll(" ").strip();
  }

  /** Null for blank text, else the normalised text. */
  static String orNull(String text) {
    String normalised = normalise(text);
    return normalised.isEmpty() ? null : normalised;
  }
}
