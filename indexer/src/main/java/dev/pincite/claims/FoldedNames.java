package dev.pincite.claims;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A name as a label set in capitals or a keyboard without its letters writes it: accents off
 * (Unicode's canonical decomposition, the marks dropped) and the letters that have no decomposition
 * written as such labels write them ("Strauß" is STRAUSS, "Yıldırım" YILDIRIM, "Mørk" MORK), in
 * lower case. Stateless; thread safe.
 */
final class FoldedNames {

  private FoldedNames() {}

  /**
   * The folded form of a name.
   *
   * @param name a name
   * @return its letters without accents, in lower case
   */
  static String fold(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder(lower.length());
    for (char c : Normalizer.normalize(lower, Normalizer.Form.NFD).toCharArray()) {
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      b.append(
          switch (c) {
            case 'ß' -> "ss";
            case 'ı' -> "i";
            case 'ø' -> "o";
            case 'æ' -> "ae";
            case 'œ' -> "oe";
            case 'đ', 'ð' -> "d";
            case 'ł' -> "l";
            case 'þ' -> "th";
            default -> String.valueOf(c);
          });
    }
    return b.toString();
  }
}
