package dev.pincite.claims;

import java.util.Locale;
import java.util.Set;

/**
 * Names and labels set in capitals, written as names are ("ALEX KIM" as "Alex Kim", "BANK OF
 * ENGLAND" as "Bank of England", "NWACHUKWU-STEIN" as "Nwachukwu-Stein", "O'BRIEN" as "O'Brien"):
 * transcript labels, statement headings and role labels are often set so. One home for the rule, so
 * that a speaker written in capitals in one place and in a heading in another gets one facet value.
 * Stateless.
 */
final class TitleCase {

  /** Words kept lower-case inside a name ("of", "for", "and"), never as its first word. */
  private static final Set<String> JOINERS = Set.of("of", "for", "and");

  private TitleCase() {}

  /**
   * The text written as a name ({@link #of}) when it is set in capitals ("FROM AUGUSTINE
   * MERRIWEATHER"); as written otherwise.
   *
   * @param text a name, heading or label
   * @return the text so written
   */
  static String ifCapitals(String text) {
    return text.equals(text.toUpperCase(Locale.ROOT)) ? of(text) : text;
  }

  /**
   * The text with each word's first letter, and each letter after a hyphen or apostrophe, in upper
   * case and the rest in lower case; joiners after the first word in lower case.
   *
   * @param text words separated by whitespace
   * @return the words so written, separated by single spaces
   */
  static String of(String text) {
    StringBuilder out = new StringBuilder();
    for (String word : NameSpan.wordsOf(text.strip())) {
      if (word.isEmpty()) {
        continue;
      }
      String lower = word.toLowerCase(Locale.ROOT);
      if (!out.isEmpty()) {
        out.append(' ');
        if (JOINERS.contains(lower)) {
          out.append(lower);
          continue;
        }
      }
      boolean wordStart = true;
      for (int i = 0; i < lower.length(); i++) {
        char c = lower.charAt(i);
        out.append(wordStart ? Character.toUpperCase(c) : c);
        wordStart = c == '-' || c == '\'' || c == '\u2019';
      }
    }
    return out.toString();
  }
}
