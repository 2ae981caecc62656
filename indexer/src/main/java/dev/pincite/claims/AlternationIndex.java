package dev.pincite.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An alternation of cue expressions split by the character each alternative can start with, so that
 * at a given place of a sentence only the alternatives that can match there are tried.
 *
 * <p>A cue list compiled as one {@code (?:a|b|c...)} makes the regex engine try every alternative
 * at every place it looks, a hundred and more tries per word; most fail on their first character.
 * Here, for each character some alternative starts with, one pattern holds just those alternatives
 * (in their original order) and the ones whose first character cannot be told (a character class,
 * an optional group, a lookaround); a character no alternative starts with gets only the latter. At
 * a place, the pattern for its character answers exactly what the whole alternation answers there,
 * first matching alternative included, because an alternative left out cannot match there.
 *
 * <p>First characters are read from the expression conservatively: a literal (an escaped
 * punctuation mark included), an alternation group of such, a {@code \Q...\E} quote, after an
 * optional {@code ^}, word boundary or lookaround; anything else counts as "any character". Letters
 * are folded as the flags fold them: ASCII ones for {@link Pattern#CASE_INSENSITIVE}, all of them
 * with {@link Pattern#UNICODE_CASE} too. Immutable and thread safe ({@link Scan} is not).
 */
final class AlternationIndex {

  private static final Set<Character> DIGITS =
      Set.of('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');

  /** Slot of a character below 128 (ASCII folded), -1 when none; others go through the map. */
  private final int[] asciiSlot = new int[128];

  private final Map<Character, Integer> otherSlot;
  private final boolean unicodeCase;
  // Every alternative starts with a word boundary: places inside a word are skipped unread.
  private final boolean boundaryFirst;
  private final int anySlot;
  private final Pattern[] patterns;

  /**
   * @param alternatives the expressions, in the order the alternation tries them
   * @param prefix put before the alternation in every pattern (a lookbehind, say)
   * @param suffix put after it (a lookahead)
   * @param flags the patterns' flags, without {@link Pattern#UNICODE_CASE}
   */
  AlternationIndex(List<String> alternatives, String prefix, String suffix, int flags) {
    this.boundaryFirst =
        !alternatives.isEmpty()
            && prefix.isEmpty()
            && alternatives.stream().allMatch(a -> a.replaceFirst("^\\^", "").startsWith("\\b"));
    this.unicodeCase =
        (flags & Pattern.CASE_INSENSITIVE) != 0 && (flags & Pattern.UNICODE_CASE) != 0;
    List<Set<Character>> firsts = new ArrayList<>();
    Set<Character> keys = new TreeSet<>();
    for (String alternative : alternatives) {
      Set<Character> first = folded(firstChars(alternative));
      firsts.add(first);
      if (first != null) {
        keys.addAll(first);
      }
    }
    // Characters whose alternatives are the same share one pattern.
    Map<List<Integer>, Integer> slots = new LinkedHashMap<>();
    List<Pattern> compiled = new ArrayList<>();
    Map<Character, Integer> other = new HashMap<>();
    java.util.Arrays.fill(asciiSlot, -1);
    for (char key : keys) {
      List<Integer> chosen = new ArrayList<>();
      for (int i = 0; i < alternatives.size(); i++) {
        if (firsts.get(i) == null || firsts.get(i).contains(key)) {
          chosen.add(i);
        }
      }
      int slot =
          slots.computeIfAbsent(
              chosen,
              c -> {
                compiled.add(compile(alternatives, c, prefix, suffix, flags));
                return compiled.size() - 1;
              });
      if (key < asciiSlot.length) {
        asciiSlot[key] = slot;
      } else {
        other.put(key, slot);
      }
    }
    List<Integer> any = new ArrayList<>();
    for (int i = 0; i < alternatives.size(); i++) {
      if (firsts.get(i) == null) {
        any.add(i);
      }
    }
    if (any.isEmpty()) {
      this.anySlot = -1;
    } else {
      compiled.add(compile(alternatives, any, prefix, suffix, flags));
      this.anySlot = compiled.size() - 1;
    }
    for (int c = 0; c < asciiSlot.length; c++) {
      if (asciiSlot[c] < 0 && !(c >= 'A' && c <= 'Z')) {
        asciiSlot[c] = anySlot;
      }
    }
    for (char c = 'A'; c <= 'Z'; c++) {
      asciiSlot[c] = asciiSlot[c + ('a' - 'A')];
    }
    this.otherSlot = Map.copyOf(other);
    this.patterns = compiled.toArray(new Pattern[0]);
  }

  /**
   * A text's matcher: where one of the alternatives (with prefix and suffix) matches. Reuses one
   * {@link Matcher} per pattern; not thread safe.
   */
  final class Scan {
    private final String text;
    private final Matcher[] matchers = new Matcher[patterns.length];

    private Scan(String text) {
      this.text = text;
    }

    /**
     * Where a match starting at this place ends, the first alternative that matches deciding, as in
     * the whole alternation; -1 when none matches there. Lookbehinds see the text before the place;
     * {@code ^} and {@code $} mean the text's start and end.
     */
    int endAt(int at) {
      int slot = slot(text, at);
      if (slot < 0 || (boundaryFirst && insideWord(text, at))) {
        return -1;
      }
      Matcher m = matchers[slot];
      if (m == null) {
        m = patterns[slot].matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        matchers[slot] = m;
      }
      return m.region(at, text.length()).lookingAt() ? m.end() : -1;
    }
  }

  /**
   * Whether a letter or digit comes before and at this place: no {@code \\b} can hold there, as
   * both sides are word characters to the regex engine.
   */
  private static boolean insideWord(String text, int at) {
    return at > 0
        && at < text.length()
        && Character.isLetterOrDigit(text.codePointBefore(at))
        && Character.isLetterOrDigit(text.codePointAt(at));
  }

  /** Starts matching a text. */
  Scan scan(String text) {
    return new Scan(text);
  }

  private int slot(CharSequence text, int at) {
    if (at >= text.length()) {
      return anySlot;
    }
    char c = text.charAt(at);
    char key = c < asciiSlot.length || !unicodeCase ? c : unicodeFold(c);
    if (key < asciiSlot.length) {
      return asciiSlot[key];
    }
    Integer slot = otherSlot.get(key);
    return slot != null ? slot : anySlot;
  }

  /** Whether the pattern's {@code find()} would find a match in the text. */
  boolean find(String text) {
    Scan scan = scan(text);
    for (int i = 0; i <= text.length(); i++) {
      if (scan.endAt(i) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * One expression indexed by its first characters: {@link #find} answers what {@code find()} of
   * the compiled expression answers, trying it only where it can start.
   */
  static AlternationIndex of(String regex, int flags) {
    return new AlternationIndex(List.of(regex), "", "", flags);
  }

  /** First characters as the pattern's case folding sees them. */
  private Set<Character> folded(Set<Character> chars) {
    if (chars == null || !unicodeCase) {
      return chars;
    }
    Set<Character> out = new TreeSet<>();
    for (char c : chars) {
      out.add(unicodeFold(c));
    }
    return out;
  }

  /**
   * The key under which {@link Pattern#UNICODE_CASE} matching treats a character: two characters
   * match case-insensitively exactly when these agree ("ſ" and "s", "K" (Kelvin) and "k").
   */
  private static char unicodeFold(char c) {
    return Character.toLowerCase(Character.toUpperCase(c));
  }

  private static Pattern compile(
      List<String> alternatives, List<Integer> chosen, String prefix, String suffix, int flags) {
    StringBuilder regex = new StringBuilder(prefix).append("(?:");
    for (int i = 0; i < chosen.size(); i++) {
      regex.append(i == 0 ? "" : "|").append("(?:").append(alternatives.get(chosen.get(i)));
      regex.append(')');
    }
    return Pattern.compile(regex.append(')').append(suffix).toString(), flags);
  }

  private static char fold(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  /**
   * The characters (ASCII folded) a match of the expression can start with, or null when that
   * cannot be told simply.
   */
  static Set<Character> firstChars(String regex) {
    String r = regex.startsWith("^") ? regex.substring(1) : regex;
    if (r.isEmpty()) {
      return null;
    }
    char c = r.charAt(0);
    if (r.startsWith("\\b")) {
      return firstChars(r.substring(2)); // a word boundary takes no character
    }
    if (r.startsWith("(?=")
        || r.startsWith("(?!")
        || r.startsWith("(?<=")
        || r.startsWith("(?<!")) {
      // A lookaround takes no character: the first one comes after it.
      int close = closingParen(r, 0);
      return close < 0 || mayRepeatZeroTimes(r, close + 1)
          ? null
          : firstChars(r.substring(close + 1));
    }
    if (r.startsWith("(?:") || (c == '(' && !r.startsWith("(?"))) {
      int open = r.startsWith("(?:") ? 3 : 1;
      int close = closingParen(r, 0);
      if (close < 0 || mayRepeatZeroTimes(r, close + 1)) {
        return null;
      }
      Set<Character> union = new TreeSet<>();
      for (String part : topLevelAlternatives(r.substring(open, close))) {
        Set<Character> first = firstChars(part);
        if (first == null) {
          return null;
        }
        union.addAll(first);
      }
      return union;
    }
    if (r.startsWith("\\Q")) {
      int end = r.indexOf("\\E");
      String quoted = end < 0 ? r.substring(2) : r.substring(2, end);
      return quoted.isEmpty() ? null : Set.of(fold(quoted.charAt(0)));
    }
    if (r.startsWith("\\d")) {
      return mayRepeatZeroTimes(r, 2) ? null : DIGITS;
    }
    if (c == '\\' && r.length() > 1 && !Character.isLetterOrDigit(r.charAt(1))) {
      // An escaped punctuation mark is that mark: "\\+", "\\$".
      return mayRepeatZeroTimes(r, 2) ? null : Set.of(r.charAt(1));
    }
    if ("\\[.()|?*+{$".indexOf(c) >= 0 || mayRepeatZeroTimes(r, 1)) {
      return null;
    }
    return Set.of(fold(c));
  }

  private static boolean mayRepeatZeroTimes(String r, int at) {
    return at < r.length()
        && (r.charAt(at) == '?' || r.charAt(at) == '*' || r.startsWith("{0", at));
  }

  /** The index of the parenthesis closing the one at {@code open}, or -1. */
  private static int closingParen(String r, int open) {
    int depth = 0;
    boolean inClass = false;
    for (int i = open; i < r.length(); i++) {
      char c = r.charAt(i);
      if (c == '\\') {
        if (r.startsWith("\\Q", i)) {
          int end = r.indexOf("\\E", i + 2);
          if (end < 0) {
            return -1;
          }
          i = end + 1;
        } else {
          i++;
        }
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /** The parts of an expression split at its top-level {@code |}. */
  private static List<String> topLevelAlternatives(String r) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    boolean inClass = false;
    int from = 0;
    for (int i = 0; i < r.length(); i++) {
      char c = r.charAt(i);
      if (c == '\\') {
        if (r.startsWith("\\Q", i)) {
          int end = r.indexOf("\\E", i + 2);
          i = end < 0 ? r.length() : end + 1;
        } else {
          i++;
        }
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        parts.add(r.substring(from, i));
        from = i + 1;
      }
    }
    parts.add(r.substring(from));
    return parts;
  }
}
