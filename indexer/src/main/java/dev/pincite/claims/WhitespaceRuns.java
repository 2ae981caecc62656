package dev.pincite.claims;

import java.util.Set;

/**
 * At most how many runs of whitespace (the characters {@code \s} matches) one match of a regular
 * expression can span, read from the expression: what lets {@link AlternationIndex} try an
 * expression anchored at the text's end only over the text's last words.
 *
 * <p>Whitespace comes into a match only through {@code \s} and the literal space, each matching
 * whitespace and nothing else, so a stretch of text between two runs is matched by other parts and
 * one of them never covers two runs; a repeated {@code \s} or space stays inside one run. The bound
 * is then summed along the expression, the largest of its alternatives taken, a group counted as
 * often as it may occur. Anything that can match whitespace among other characters ({@code .},
 * {@code \W}, a negated or spacious character class), a repeated group that holds whitespace, a
 * back reference or inline flags make the bound unknown: -1. Stateless.
 */
final class WhitespaceRuns {

  /**
   * Escapes of one character class that never matches whitespace ({@code \\D} and {@code \\W} do).
   */
  private static final Set<Character> NON_SPACE_CLASSES = Set.of('d', 'w', 'S');

  /** Zero-width escapes. */
  private static final Set<Character> ZERO_WIDTH = Set.of('b', 'B', 'A', 'z', 'Z', 'G');

  /** Unicode classes that hold no whitespace. */
  private static final Set<String> NON_SPACE_PROPERTIES =
      Set.of("L", "Lu", "Ll", "Lt", "Lm", "Lo", "N", "Nd", "M", "Mn");

  private static final int UNKNOWN = -1;

  private final String r;
  private int at;

  private WhitespaceRuns(String regex) {
    this.r = regex;
  }

  /**
   * @param regex a regular expression, compiled without {@link java.util.regex.Pattern#COMMENTS} or
   *     {@link java.util.regex.Pattern#UNICODE_CHARACTER_CLASS}
   * @return the most runs of whitespace one match can span, or -1 when that cannot be told simply
   */
  static int atMost(String regex) {
    WhitespaceRuns reader = new WhitespaceRuns(regex);
    int runs = reader.alternation();
    return reader.at == regex.length() ? runs : UNKNOWN;
  }

  private int alternation() {
    int most = sequence();
    while (most != UNKNOWN && at < r.length() && r.charAt(at) == '|') {
      at++;
      int next = sequence();
      most = next == UNKNOWN ? UNKNOWN : Math.max(most, next);
    }
    return most;
  }

  private int sequence() {
    int sum = 0;
    while (at < r.length() && r.charAt(at) != '|' && r.charAt(at) != ')') {
      int start = at;
      int atom = atom();
      if (atom == UNKNOWN) {
        return UNKNOWN;
      }
      boolean spaceOnly = isSpaceAtom(r.substring(start, at));
      int times = quantifier();
      if (times == UNKNOWN) {
        return UNKNOWN;
      }
      if (atom == 0) {
        continue;
      }
      if (times == Integer.MAX_VALUE) {
        if (!spaceOnly) {
          return UNKNOWN; // a repeated group holding whitespace can span several runs
        }
        times = 1; // a repeated \s or space stays inside one run
      }
      sum += atom * times;
    }
    return sum;
  }

  private static boolean isSpaceAtom(String atom) {
    return atom.equals("\\s") || atom.equals(" ");
  }

  /** How many times the atom just read may occur: 1, a bound, or MAX_VALUE for unbounded. */
  private int quantifier() {
    if (at >= r.length()) {
      return 1;
    }
    char c = r.charAt(at);
    int times;
    if (c == '?') {
      at++;
      times = 1;
    } else if (c == '*' || c == '+') {
      at++;
      times = Integer.MAX_VALUE;
    } else if (c == '{') {
      int close = r.indexOf('}', at);
      if (close < 0) {
        return UNKNOWN;
      }
      String[] bounds = r.substring(at + 1, close).split(",", -1);
      at = close + 1;
      String upper = bounds[bounds.length - 1];
      if (!upper.chars().allMatch(Character::isDigit)) {
        return UNKNOWN;
      }
      times = upper.isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(upper);
    } else {
      return 1;
    }
    if (at < r.length() && (r.charAt(at) == '?' || r.charAt(at) == '+')) {
      at++; // lazy or possessive: the same matches can occur
    }
    return times;
  }

  /** Reads one atom: the runs of whitespace it can span, or UNKNOWN. */
  private int atom() {
    char c = r.charAt(at);
    if (c == '(') {
      return group();
    }
    if (c == '[') {
      return characterClass();
    }
    if (c == '\\') {
      return escape();
    }
    at++;
    if (c == '.') {
      return UNKNOWN;
    }
    if (c == '^' || c == '$') {
      return 0;
    }
    return c == ' ' ? 1 : c < ' ' ? UNKNOWN : 0;
  }

  private int group() {
    boolean lookaround = false;
    if (r.startsWith("(?:", at) || r.startsWith("(?>", at)) {
      at += 3;
    } else if (r.startsWith("(?=", at) || r.startsWith("(?!", at)) {
      at += 3;
      lookaround = true;
    } else if (r.startsWith("(?<=", at) || r.startsWith("(?<!", at)) {
      at += 4;
      lookaround = true;
    } else if (r.startsWith("(?", at)) {
      return UNKNOWN; // inline flags, named groups
    } else {
      at++;
    }
    int inside = alternation();
    if (inside == UNKNOWN || at >= r.length() || r.charAt(at) != ')') {
      return UNKNOWN;
    }
    at++;
    return lookaround ? 0 : inside;
  }

  /** A character class that holds no whitespace spans none; any other is unknown. */
  private int characterClass() {
    int i = at + 1;
    if (i < r.length() && r.charAt(i) == '^') {
      return UNKNOWN;
    }
    while (i < r.length() && r.charAt(i) != ']') {
      char c = r.charAt(i);
      if (c == '[' || c == '&' || c <= ' ') {
        return UNKNOWN;
      }
      if (c == '\\') {
        int end = escapeEnd(i);
        if (end < 0) {
          return UNKNOWN;
        }
        i = end;
      } else {
        i++;
      }
    }
    if (i >= r.length()) {
      return UNKNOWN;
    }
    at = i + 1;
    return 0;
  }

  /** An escape outside a class: {@code \s} spans one run, a non-space one none. */
  private int escape() {
    if (r.startsWith("\\s", at)) {
      at += 2;
      return 1;
    }
    if (r.startsWith("\\Q", at)) {
      // A quote (Pattern.quote, as CueFile builds its alternations): as many runs as spaces.
      int close = r.indexOf("\\E", at + 2);
      String quoted = close < 0 ? r.substring(at + 2) : r.substring(at + 2, close);
      at = close < 0 ? r.length() : close + 2;
      int spaces = 0;
      for (int i = 0; i < quoted.length(); i++) {
        if (quoted.charAt(i) < ' ') {
          return UNKNOWN;
        }
        spaces += quoted.charAt(i) == ' ' ? 1 : 0;
      }
      return spaces;
    }
    int end = escapeEnd(at);
    if (end < 0) {
      return UNKNOWN;
    }
    at = end;
    return 0;
  }

  /**
   * Where an escape that never matches whitespace ends (an escaped punctuation mark, {@code \d},
   * {@code \w}, {@code \S}, a letter or number property, a zero-width one), or -1 for any other.
   */
  private int escapeEnd(int from) {
    if (from + 1 >= r.length()) {
      return -1;
    }
    char e = r.charAt(from + 1);
    if (!Character.isLetterOrDigit(e)) {
      return AlternationIndex.isSpace(e) ? -1 : from + 2;
    }
    if (NON_SPACE_CLASSES.contains(e) || ZERO_WIDTH.contains(e)) {
      return from + 2;
    }
    if (e == 'p' && r.startsWith("{", from + 2)) {
      int close = r.indexOf('}', from);
      String property = close < 0 ? "" : r.substring(from + 3, close);
      return NON_SPACE_PROPERTIES.contains(property) ? close + 1 : -1;
    }
    return -1;
  }
}
