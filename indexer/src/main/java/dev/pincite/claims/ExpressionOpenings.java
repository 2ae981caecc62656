package dev.pincite.claims;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a regular expression's matches can open with and what they must contain, read from the
 * expression's text: the reading {@link AlternationIndex} keys its alternatives by. Conservative:
 * where the text cannot be read simply (a character class in the opening, an optional group, a
 * back-reference) the answer is "cannot tell" (null, or the empty opening), never a guess, so an
 * alternative is only ever left out where it cannot match. Stateless.
 */
final class ExpressionOpenings {

  private static final Set<String> DIGITS =
      Set.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

  /** Above this many openings an alternative's are read one character shorter. */
  private static final int MAX_PREFIXES = 256;

  private ExpressionOpenings() {}

  /** A character folded as ASCII case-insensitive matching folds it. */
  static char fold(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  /**
   * The first two characters (ASCII folded) a match of the expression can start with, or null when
   * that cannot be told simply (see {@link #leading}).
   */
  static Set<String> firstTwoChars(String regex) {
    return leading(regex, 2);
  }

  /**
   * The characters (ASCII folded) a match of the expression can start with, or null when that
   * cannot be told simply (see {@link #leading}).
   */
  static Set<Character> firstChars(String regex) {
    Set<String> firsts = leading(regex, 1);
    if (firsts == null) {
      return null;
    }
    Set<Character> chars = new TreeSet<>();
    firsts.forEach(f -> chars.add(f.charAt(0)));
    return chars;
  }

  /**
   * The strings of {@code n} characters (1 or 2, ASCII folded) a match of the expression can start
   * with, or null when that cannot be told simply. Read: top-level alternatives (the union), a
   * leading {@code ^}, word boundary or lookaround (they take no character), a group (each of its
   * alternatives followed by what comes after the group: {@code (?:x|y)z} is {@code xz|yz}), a
   * {@code \Q...\E} quote, and a literal, escaped punctuation mark or {@code \d} (followed, for
   * two, by what comes next). Anything else, an optional or repeated part included, is unknown.
   */
  private static Set<String> leading(String regex, int n) {
    List<String> tops = topLevelAlternatives(regex);
    if (tops.size() > 1) {
      Set<String> union = new TreeSet<>();
      for (String top : tops) {
        Set<String> some = leading(top, n);
        if (some == null) {
          return null;
        }
        union.addAll(some);
      }
      return union;
    }
    String r = regex.startsWith("^") ? regex.substring(1) : regex;
    if (r.isEmpty()) {
      return null;
    }
    if (r.startsWith("\\b")) {
      return leading(r.substring(2), n);
    }
    boolean lookaround =
        r.startsWith("(?=") || r.startsWith("(?!") || r.startsWith("(?<=") || r.startsWith("(?<!");
    boolean group = r.startsWith("(?:") || (r.charAt(0) == '(' && !r.startsWith("(?"));
    if (lookaround || group) {
      int close = closingParen(r, 0);
      if (close < 0 || mayRepeat(r, close + 1)) {
        return null;
      }
      String rest = r.substring(close + 1);
      if (lookaround) {
        return leading(rest, n);
      }
      Set<String> union = new TreeSet<>();
      for (String part : topLevelAlternatives(r.substring(r.startsWith("(?:") ? 3 : 1, close))) {
        Set<String> some = leading(part + rest, n);
        if (some == null) {
          return null;
        }
        union.addAll(some);
      }
      return union;
    }
    if (r.startsWith("\\Q")) {
      int end = r.indexOf("\\E");
      String quoted = end < 0 ? r.substring(2) : r.substring(2, end);
      return quoted.length() < n ? null : Set.of(folded(quoted.substring(0, n)));
    }
    Set<String> first;
    int next;
    char c = r.charAt(0);
    if (r.startsWith("\\d")) {
      first = DIGITS;
      next = 2;
    } else if (c == '\\' && r.length() > 1 && !Character.isLetterOrDigit(r.charAt(1))) {
      first = Set.of(String.valueOf(r.charAt(1))); // "\+", "\$": that mark
      next = 2;
    } else if ("\\[.()|?*+{$^".indexOf(c) < 0) {
      first = Set.of(String.valueOf(fold(c)));
      next = 1;
    } else {
      return null;
    }
    if (n == 1) {
      return mayRepeatZeroTimes(r, next) ? null : first;
    }
    Set<String> second = mayRepeat(r, next) ? null : leading(r.substring(next), 1);
    if (second == null) {
      return null;
    }
    Set<String> pairs = new TreeSet<>();
    for (String a : first) {
      for (String b : second) {
        pairs.add(a + b);
      }
    }
    return pairs;
  }

  /**
   * The literal openings (ASCII folded, at most {@code n} characters each) one of which every match
   * of the expression starts with; an opening shorter than {@code n}, the empty one included, means
   * that what follows it cannot be told simply. Read as {@link #leading} reads, with the same
   * constructs; where {@code leading} would give up, the opening read so far ends there.
   */
  static Set<String> prefixes(String regex, int n) {
    Map<String, Set<String>> memo = new HashMap<>();
    Set<String> read = openings(regex, n, memo);
    // Too many combinations (groups after groups): one character shorter, until few enough.
    for (int shorter = n - 1; read.size() > MAX_PREFIXES; shorter--) {
      read = openings(regex, shorter, memo);
    }
    return read;
  }

  private static final Set<String> UNKNOWN = Set.of("");

  /**
   * Literals (ASCII folded) one of which every match of the expression contains, or null when none
   * can be told simply. Read left to right at the top level, up to the first construct not read: a
   * run of literal characters (letters, spaces, escaped marks) that no quantifier makes optional,
   * or a group that is neither optional nor a lookaround whose branches are all plain words ({@code
   * (?:convinced|sold on|sure)}); of those, the one whose shortest literal is longest. For
   * top-level alternatives, the union of theirs.
   */
  static Set<String> requiredLiterals(String regex) {
    List<String> tops = topLevelAlternatives(regex);
    if (tops.size() > 1) {
      Set<String> union = new TreeSet<>();
      for (String top : tops) {
        Set<String> some = requiredLiterals(top);
        if (some == null) {
          return null;
        }
        union.addAll(some);
      }
      return union;
    }
    Required required = new Required();
    StringBuilder run = new StringBuilder();
    int i = 0;
    while (i < regex.length()) {
      char c = regex.charAt(i);
      int next; // where the next token starts
      boolean literal = false;
      if (c == '(') {
        int close = closingParen(regex, i);
        if (close < 0) {
          break;
        }
        boolean capturing = !regex.startsWith("(?", i);
        if ((capturing || regex.startsWith("(?:", i)) && !mayRepeatZeroTimes(regex, close + 1)) {
          required.offer(plainWords(regex.substring(i + (capturing ? 1 : 3), close)));
        }
        next = close + 1;
      } else if (c == '\\' && i + 1 < regex.length()) {
        char escaped = regex.charAt(i + 1);
        if (escaped == 'Q' || escaped == 'p' || escaped == 'P' || escaped == 'u') {
          break; // quotes, properties and code points: not read
        }
        literal = !Character.isLetterOrDigit(escaped); // "\?", "\$"
        if (literal) {
          run.append(escaped);
        }
        next = i + 2;
      } else if (c == '[') {
        next = classEnd(regex, i);
        if (next < 0) {
          break;
        }
      } else if ("^$.".indexOf(c) >= 0) {
        next = i + 1;
      } else if ("\\|)?*+{}]".indexOf(c) >= 0 || Character.isSurrogate(c)) {
        break; // not where a token starts, or not read
      } else {
        literal = true;
        run.append(fold(c));
        next = i + 1;
      }
      boolean quantified = next < regex.length() && "?*+{".indexOf(regex.charAt(next)) >= 0;
      if (literal && quantified) {
        run.setLength(run.length() - 1); // "s?": maybe not there
      }
      if (!literal || quantified) {
        required.offer(run);
        run.setLength(0);
      }
      if (quantified) {
        next = quantifierEnd(regex, next);
        if (next < 0) {
          break;
        }
      }
      i = next;
    }
    required.offer(run);
    return required.best;
  }

  /** The best of the literal sets offered: the one whose shortest literal is longest. */
  private static final class Required {
    private Set<String> best;
    private int bestShortest;

    void offer(CharSequence run) {
      if (run.length() > 0) {
        offer(Set.of(run.toString()));
      }
    }

    void offer(Set<String> literals) {
      if (literals == null) {
        return;
      }
      int shortest = literals.stream().mapToInt(String::length).min().orElse(0);
      if (shortest > bestShortest) {
        best = literals;
        bestShortest = shortest;
      }
    }
  }

  /** Where what follows the character class opening at {@code open} starts, or -1. */
  private static int classEnd(String r, int open) {
    int j = open + 1;
    if (j < r.length() && r.charAt(j) == '^') {
      j++;
    }
    if (j < r.length() && r.charAt(j) == ']') {
      j++; // a "]" first is literal
    }
    for (; j < r.length(); j++) {
      char c = r.charAt(j);
      if (c == '\\') {
        j++;
      } else if (c == '[') {
        return -1; // nested: not read
      } else if (c == ']') {
        return j + 1;
      }
    }
    return -1;
  }

  /** Where what follows the quantifier at this place starts (a lazy or possessive mark too). */
  private static int quantifierEnd(String r, int at) {
    int end = at + 1;
    if (r.charAt(at) == '{') {
      end = r.indexOf('}', at);
      if (end < 0) {
        return -1;
      }
      end++;
    }
    return end < r.length() && "?+".indexOf(r.charAt(end)) >= 0 ? end + 1 : end;
  }

  /**
   * The branches of an alternation when each is a plain word or words (letters, spaces), else null.
   */
  private static Set<String> plainWords(String alternation) {
    Set<String> out = new TreeSet<>();
    for (String branch : topLevelAlternatives(alternation)) {
      if (branch.isEmpty()
          || !branch.chars().allMatch(c -> c == ' ' || c < 128 && Character.isLetter(c))) {
        return null;
      }
      out.add(folded(branch));
    }
    return out;
  }

  /**
   * {@link #prefixes} at this length, each expression read once: the groups of a long alternation
   * lead every branch into the same rest, which would otherwise be read again for each (a cue list
   * of a hundred words, each followed by the same expression).
   */
  private static Set<String> openings(String regex, int n, Map<String, Set<String>> memo) {
    String key = n + " " + regex;
    Set<String> read = memo.get(key);
    if (read == null) {
      read = read(regex, n, memo);
      memo.put(key, read);
    }
    return read;
  }

  private static Set<String> read(String regex, int n, Map<String, Set<String>> memo) {
    if (n <= 0) {
      return UNKNOWN;
    }
    List<String> tops = topLevelAlternatives(regex);
    if (tops.size() > 1) {
      Set<String> union = new TreeSet<>();
      for (String top : tops) {
        union.addAll(openings(top, n, memo));
      }
      return union;
    }
    String r = regex.startsWith("^") ? regex.substring(1) : regex;
    if (r.isEmpty()) {
      return UNKNOWN;
    }
    if (r.startsWith("\\b")) {
      return openings(r.substring(2), n, memo);
    }
    boolean lookaround =
        r.startsWith("(?=") || r.startsWith("(?!") || r.startsWith("(?<=") || r.startsWith("(?<!");
    boolean group = r.startsWith("(?:") || (r.charAt(0) == '(' && !r.startsWith("(?"));
    if (lookaround || group) {
      int close = closingParen(r, 0);
      boolean optional = group && close >= 0 && optionalEnd(r, close + 1) > 0;
      if (close < 0 || mayRepeat(r, close + 1) && !optional) {
        return UNKNOWN;
      }
      String rest = r.substring(optional ? optionalEnd(r, close + 1) : close + 1);
      if (lookaround) {
        return openings(rest, n, memo);
      }
      Set<String> union = new TreeSet<>();
      for (String part : topLevelAlternatives(r.substring(r.startsWith("(?:") ? 3 : 1, close))) {
        union.addAll(openings(part + rest, n, memo));
      }
      if (optional) {
        union.addAll(openings(rest, n, memo)); // "(?:more )?sure": "more sure" or "sure"
      }
      return union;
    }
    if (r.startsWith("\\Q")) {
      int end = r.indexOf("\\E");
      String quoted = end < 0 ? r.substring(2) : r.substring(2, end);
      if (quoted.isEmpty() || Character.isSurrogate(quoted.charAt(0))) {
        return UNKNOWN;
      }
      // One quoted character at a time: the rest of the quote, then what follows it.
      String rest = quoted.length() > 1 ? "\\Q" + quoted.substring(1) + "\\E" : "";
      rest += end < 0 ? "" : r.substring(end + 2);
      return prepend(Set.of(String.valueOf(fold(quoted.charAt(0)))), rest, n, memo);
    }
    Set<String> first;
    int next;
    char c = r.charAt(0);
    int classEnd = c == '[' ? r.indexOf(']', 1) : -1;
    Set<String> classChars = classEnd < 0 ? null : classChars(r.substring(1, classEnd));
    if (classChars != null) {
      first = classChars; // "[-\u2212\u2013]": one of those
      next = classEnd + 1;
    } else if (r.startsWith("\\d")) {
      first = DIGITS;
      next = 2;
    } else if (c == '\\' && r.length() > 1 && !Character.isLetterOrDigit(r.charAt(1))) {
      first = Set.of(String.valueOf(r.charAt(1))); // "\+", "\$": that mark
      next = 2;
    } else if ("\\[.()|?*+{$^".indexOf(c) < 0 && !Character.isSurrogate(c)) {
      first = Set.of(String.valueOf(fold(c)));
      next = 1;
    } else {
      return UNKNOWN;
    }
    if (optionalEnd(r, next) > 0) {
      // "remains?": "remains" or "remain"
      Set<String> union = new TreeSet<>(prepend(first, r.substring(optionalEnd(r, next)), n, memo));
      union.addAll(openings(r.substring(optionalEnd(r, next)), n, memo));
      return union;
    }
    if (mayRepeatZeroTimes(r, next)) {
      return UNKNOWN;
    }
    if (mayRepeat(r, next)) {
      return first; // "a+", "a{2}": the first character is known, not what follows it
    }
    return prepend(first, r.substring(next), n, memo);
  }

  /**
   * The characters (ASCII folded) of a character class's inside when it lists them one by one:
   * characters that need no escape and {@code \\uXXXX} escapes, a hyphen first or last; null for
   * anything else (a range, a negation, a nested class, an escape such as {@code \\w}).
   */
  static Set<String> classChars(String inside) {
    Set<String> out = new TreeSet<>();
    for (int i = 0; i < inside.length(); i++) {
      char c = inside.charAt(i);
      if (c == '\\' && inside.startsWith("u", i + 1) && i + 6 <= inside.length()) {
        try {
          c = (char) Integer.parseInt(inside.substring(i + 2, i + 6), 16);
        } catch (NumberFormatException e) {
          return null;
        }
        i += 5;
      } else if ("\\[]^&".indexOf(c) >= 0
          || c == '-' && i > 0 && i < inside.length() - 1
          || Character.isSurrogate(c)) {
        return null;
      }
      out.add(String.valueOf(fold(c)));
    }
    return out.isEmpty() ? null : out;
  }

  /**
   * Where what follows a {@code ?} quantifier at this place starts ({@code ?}, {@code ??} or {@code
   * ?+}), or 0 when there is none: the part before it is there once or not at all.
   */
  private static int optionalEnd(String r, int at) {
    if (at >= r.length() || r.charAt(at) != '?') {
      return 0;
    }
    boolean lazyOrPossessive = at + 1 < r.length() && "?+".indexOf(r.charAt(at + 1)) >= 0;
    return lazyOrPossessive ? at + 2 : at + 1;
  }

  /** Each of the first characters followed by each opening of the rest. */
  private static Set<String> prepend(
      Set<String> first, String rest, int n, Map<String, Set<String>> memo) {
    Set<String> after = openings(rest, n - 1, memo);
    Set<String> out = new TreeSet<>();
    for (String a : first) {
      for (String b : after) {
        out.add(a + b);
      }
    }
    return out;
  }

  private static String folded(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      out.append(fold(s.charAt(i)));
    }
    return out.toString();
  }

  /** Whether a quantifier follows: then the next character is not simply the following one. */
  private static boolean mayRepeat(String r, int at) {
    return at < r.length() && "?*+{".indexOf(r.charAt(at)) >= 0;
  }

  private static boolean mayRepeatZeroTimes(String r, int at) {
    return at < r.length()
        && (r.charAt(at) == '?' || r.charAt(at) == '*' || r.startsWith("{0", at));
  }

  /** The index of the parenthesis closing the one at {@code open}, or -1. */
  private static int closingParen(String r, int open) {
    int[] depth = structure(r);
    for (int i = open + 1; i < r.length(); i++) {
      if (r.charAt(i) == ')' && depth[i] == depth[open]) {
        return i;
      }
    }
    return -1;
  }

  /** The parts of an expression split at its top-level {@code |}. */
  static List<String> topLevelAlternatives(String r) {
    int[] depth = structure(r);
    List<String> parts = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < r.length(); i++) {
      if (r.charAt(i) == '|' && depth[i] == 0) {
        parts.add(r.substring(from, i));
        from = i + 1;
      }
    }
    parts.add(r.substring(from));
    return parts;
  }

  /**
   * Each character's depth in parentheses (a parenthesis at the depth outside it), or -1 where the
   * character is escaped, quoted or inside a character class and so shapes nothing.
   */
  static int[] structure(String r) {
    int[] depth = new int[r.length()];
    Arrays.fill(depth, -1);
    int d = 0;
    boolean inClass = false;
    for (int i = 0; i < r.length(); i++) {
      char c = r.charAt(i);
      if (c == '\\') {
        int end = r.startsWith("\\Q", i) ? r.indexOf("\\E", i + 2) : i;
        i = end < 0 ? r.length() : end + 1;
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
      } else if (c == '(') {
        depth[i] = d++;
      } else if (c == ')') {
        depth[i] = --d;
      } else {
        depth[i] = d;
      }
    }
    return depth;
  }
}
