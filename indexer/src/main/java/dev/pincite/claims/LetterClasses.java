package dev.pincite.claims;

/**
 * Keeps the capital and small letter classes of a regular expression to their case when it is
 * compiled case-insensitively. Java's {@code CASE_INSENSITIVE} flag applies to character properties
 * too, so under it {@code \p{Lu}} matches a small letter and {@code \p{Ll}} a capital: the cue
 * patterns are case-insensitive for their words, but a name is what starts with a capital ("We
 * spoke with him about prices" once named "him about prices"). Stateless.
 */
final class LetterClasses {

  private static final String CAPITALS = "\\p{Lu}";
  private static final String SMALLS = "\\p{Ll}";

  private LetterClasses() {}

  /**
   * The expression with its capital and small letter classes ({@code \p{Lu}}, {@code \p{Ll}})
   * matching in their own case whatever the flags: each alone is wrapped in {@code (?-i:...)}, and
   * so is a bracket expression that holds one ({@code [\p{Ll}-]}).
   *
   * @param regex an expression
   * @return the same expression with its letter classes case-sensitive
   */
  static String caseSensitive(String regex) {
    StringBuilder out = new StringBuilder(regex.length() + 16);
    int i = 0;
    while (i < regex.length()) {
      char c = regex.charAt(i);
      if (c == '\\' && i + 1 < regex.length()) {
        if (regex.startsWith(CAPITALS, i) || regex.startsWith(SMALLS, i)) {
          out.append("(?-i:").append(regex, i, i + CAPITALS.length()).append(')');
          i += CAPITALS.length();
        } else {
          out.append(regex, i, i + 2);
          i += 2;
        }
        continue;
      }
      if (c == '[') {
        int end = bracketEnd(regex, i);
        String bracket = regex.substring(i, end);
        boolean cased = bracket.contains(CAPITALS) || bracket.contains(SMALLS);
        out.append(cased ? "(?-i:" + bracket + ")" : bracket);
        i = end;
        continue;
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  /** The index just after the bracket expression opening at {@code start}. */
  private static int bracketEnd(String regex, int start) {
    int depth = 0;
    int i = start;
    while (i < regex.length()) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i += 2;
        continue;
      }
      if (c == '[') {
        depth++;
      } else if (c == ']' && i > start + 1) {
        depth--;
        if (depth == 0) {
          return i + 1;
        }
      }
      i++;
    }
    return regex.length();
  }
}
