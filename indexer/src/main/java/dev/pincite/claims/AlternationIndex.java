package dev.pincite.claims;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An alternation of cue expressions split by the first one or two characters each alternative can
 * start with, so that at a given place of a sentence only the alternatives that can match there are
 * tried.
 *
 * <p>A cue list compiled as one {@code (?:a|b|c...)} makes the regex engine try every alternative
 * at every place it looks, a hundred and more tries per word; most fail on their first characters.
 * Here, for each first character (and, where the alternatives tell it, each second character after
 * it), one pattern holds just the alternatives that may start so (in their original order), those
 * whose second character cannot be told, and those whose first cannot (a character class, an
 * optional group); a place whose characters no alternative starts with gets only the latter. At a
 * place, the pattern chosen answers exactly what the whole alternation answers there, first
 * matching alternative included, because an alternative left out cannot match there.
 *
 * <p>Leading characters are read from the expression conservatively: a literal (an escaped
 * punctuation mark or {@code \d} included), an alternation group of such followed into what comes
 * after it, a {@code \Q...\E} quote, after an optional {@code ^}, word boundary or lookaround;
 * anything else counts as "any character". Letters are folded as the flags fold them: ASCII ones
 * for {@link Pattern#CASE_INSENSITIVE}, all of them with {@link Pattern#UNICODE_CASE} too.
 * Immutable and thread safe; a {@link Scan} is not, and borrows its thread's matchers.
 */
final class AlternationIndex {

  private static final Set<String> DIGITS =
      Set.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

  /**
   * Where the text's character at a place leads: the slot when the next character has no entry of
   * its own, and the slots of the next characters that some alternative starts with after it.
   */
  private record Node(int fallback, int[] asciiSecond, Map<Character, Integer> otherSecond) {

    /** The slot when the next character is this one (folded). */
    int slot(char second) {
      if (second < asciiSecond.length) {
        int slot = asciiSecond[second];
        return slot == NO_ENTRY ? fallback : slot;
      }
      Integer slot = otherSecond.get(second);
      return slot == null ? fallback : slot;
    }
  }

  private static final int NO_ENTRY = -2;

  /** Nodes of the folded characters below 128; the others are in {@link #otherNode}. */
  private final Node[] asciiNode = new Node[128];

  private final Map<Character, Node> otherNode = new HashMap<>();
  private final boolean unicodeCase;
  // Every alternative starts with a word boundary: places inside a word are skipped unread.
  private final boolean boundaryFirst;
  private final int anySlot;
  private final Pattern[] patterns;
  private final ThreadLocal<Matcher[]> threadMatchers;
  // For an expression anchored at the text's end: at most how many runs of whitespace a match
  // spans, so that find() starts where the text's last runs begin; -1 to try every place.
  private final int tailRuns;

  /**
   * @param alternatives the expressions, in the order the alternation tries them
   * @param prefix put before the alternation in every pattern (a lookbehind, say)
   * @param suffix put after it (a lookahead)
   * @param flags the patterns' flags
   */
  AlternationIndex(List<String> alternatives, String prefix, String suffix, int flags) {
    this(alternatives, prefix, suffix, flags, -1);
  }

  private AlternationIndex(
      List<String> alternatives, String prefix, String suffix, int flags, int tailRuns) {
    this.tailRuns = tailRuns;
    this.boundaryFirst =
        !alternatives.isEmpty()
            && prefix.isEmpty()
            && alternatives.stream().allMatch(a -> a.replaceFirst("^\\^", "").startsWith("\\b"));
    this.unicodeCase =
        (flags & Pattern.CASE_INSENSITIVE) != 0 && (flags & Pattern.UNICODE_CASE) != 0;
    int n = alternatives.size();
    List<Set<Character>> ones = new ArrayList<>();
    List<Set<String>> twos = new ArrayList<>();
    Set<Character> firstKeys = new TreeSet<>();
    for (String alternative : alternatives) {
      Set<String> two = foldedTwo(firstTwoChars(alternative));
      Set<Character> one = folded(firstChars(alternative));
      if (two != null) {
        one = new TreeSet<>();
        for (String t : two) {
          one.add(t.charAt(0));
        }
      }
      ones.add(one);
      twos.add(two);
      if (one != null) {
        firstKeys.addAll(one);
      }
    }
    // Places whose alternatives are the same share one pattern.
    Map<List<Integer>, Integer> slots = new LinkedHashMap<>();
    List<Pattern> compiled = new ArrayList<>();
    Function<List<Integer>, Integer> slotOf =
        chosen ->
            chosen.isEmpty()
                ? -1
                : slots.computeIfAbsent(
                    chosen,
                    c -> {
                      compiled.add(compile(alternatives, c, prefix, suffix, flags));
                      return compiled.size() - 1;
                    });
    List<Integer> any = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (ones.get(i) == null) {
        any.add(i);
      }
    }
    this.anySlot = slotOf.apply(any);
    for (char first : firstKeys) {
      List<Integer> fallback = new ArrayList<>();
      Set<Character> seconds = new TreeSet<>();
      for (int i = 0; i < n; i++) {
        if (byFirstOnly(ones.get(i), twos.get(i), first)) {
          fallback.add(i);
        } else if (twos.get(i) != null) {
          for (String t : twos.get(i)) {
            if (t.charAt(0) == first) {
              seconds.add(t.charAt(1));
            }
          }
        }
      }
      int[] asciiSecond = new int[128];
      Arrays.fill(asciiSecond, NO_ENTRY);
      Map<Character, Integer> otherSecond = new HashMap<>();
      for (char second : seconds) {
        String pair = "" + first + second;
        List<Integer> chosen = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          if (byFirstOnly(ones.get(i), twos.get(i), first)
              || (twos.get(i) != null && twos.get(i).contains(pair))) {
            chosen.add(i);
          }
        }
        if (second < asciiSecond.length) {
          asciiSecond[second] = slotOf.apply(chosen);
          if (second >= 'a' && second <= 'z') {
            asciiSecond[second - ('a' - 'A')] = asciiSecond[second];
          }
        } else {
          otherSecond.put(second, slotOf.apply(chosen));
        }
      }
      Node node = new Node(slotOf.apply(fallback), asciiSecond, Map.copyOf(otherSecond));
      if (first < asciiNode.length) {
        asciiNode[first] = node;
      } else {
        otherNode.put(first, node);
      }
    }
    this.patterns = compiled.toArray(new Pattern[0]);
    this.threadMatchers = ThreadLocal.withInitial(() -> new Matcher[patterns.length]);
  }

  /**
   * Whether an alternative may match at a place whatever the next character: it may start with
   * anything, or its second character cannot be told and its first may be this one.
   */
  private static boolean byFirstOnly(Set<Character> one, Set<String> two, char first) {
    return one == null || (two == null && one.contains(first));
  }

  /**
   * A text's matcher: where one of the alternatives (with prefix and suffix) matches. It borrows
   * the calling thread's {@link Matcher}s of the patterns (creating a matcher costs more than most
   * tries), so a thread uses one scan of an index at a time; not thread safe.
   */
  final class Scan {
    private final String text;
    private final Matcher[] matchers = threadMatchers.get();
    private final boolean[] ready = new boolean[patterns.length];

    private Scan(String text) {
      this.text = text;
    }

    /**
     * Where a match starting at this place ends, the first alternative that matches deciding, as in
     * the whole alternation; -1 when none matches there. Lookbehinds see the text before the place;
     * {@code ^} and {@code $} mean the text's start and end.
     */
    int endAt(int at) {
      if (boundaryFirst && insideWord(text, at)) {
        return -1;
      }
      int slot = slot(text, at);
      if (slot < 0) {
        return -1;
      }
      Matcher m = matchers[slot];
      if (m == null) {
        m = patterns[slot].matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        matchers[slot] = m;
      } else if (!ready[slot]) {
        m.reset(text); // bounds' transparency and anchoring stay as set
      }
      ready[slot] = true;
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
    Node node = node(key(text.charAt(at)));
    if (node == null) {
      return anySlot;
    }
    if (at + 1 < text.length()) {
      char second = text.charAt(at + 1);
      return node.slot(second < 128 ? second : key(second));
    }
    return node.fallback();
  }

  private Node node(char key) {
    return key < asciiNode.length ? asciiNode[key] : otherNode.get(key);
  }

  /** A text's character as the keys hold it: folded as the patterns' case folding folds it. */
  private char key(char c) {
    if (c >= 'A' && c <= 'Z') {
      return (char) (c + ('a' - 'A'));
    }
    return c < 128 || !unicodeCase ? c : unicodeFold(c);
  }

  /** Whether the pattern's {@code find()} would find a match in the text. */
  boolean find(String text) {
    Scan scan = scan(text);
    for (int i = tailRuns < 0 ? 0 : tailStart(text, tailRuns); i <= text.length(); i++) {
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
    int runs = endAnchored(regex, flags) ? WhitespaceRuns.atMost(regex) : -1;
    // A match may also end before a line terminator closing the text: one more run.
    return new AlternationIndex(List.of(regex), "", "", flags, runs < 0 ? -1 : runs + 1);
  }

  /**
   * Whether every match of the expression ends where the text ends: it closes with a {@code $} that
   * is not escaped, it has no top-level alternative without it, and the flags keep {@code $} at the
   * end (not at each line's) and {@code \s} ASCII.
   */
  private static boolean endAnchored(String regex, int flags) {
    if ((flags & (Pattern.MULTILINE | Pattern.UNICODE_CHARACTER_CLASS | Pattern.COMMENTS)) != 0
        || !regex.endsWith("$")
        || topLevelAlternatives(regex).size() > 1) {
      return false;
    }
    int backslashes = 0;
    for (int i = regex.length() - 2; i >= 0 && regex.charAt(i) == '\\'; i--) {
      backslashes++;
    }
    int[] depth = structure(regex);
    return backslashes % 2 == 0 && depth[regex.length() - 1] == 0;
  }

  /**
   * The first place from which the rest of the text holds at most {@code runs} runs of whitespace
   * (the characters {@code \s} matches): a match that ends at the text's end and spans at most that
   * many cannot start before it.
   */
  static int tailStart(String text, int runs) {
    int seen = 0;
    for (int i = text.length() - 1; i >= 0; i--) {
      boolean runEnd =
          isSpace(text.charAt(i)) && (i + 1 == text.length() || !isSpace(text.charAt(i + 1)));
      if (runEnd && ++seen > runs) {
        return i + 1;
      }
    }
    return 0;
  }

  /** What {@code \s} matches without {@link Pattern#UNICODE_CHARACTER_CLASS}. */
  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** First two characters as the pattern's case folding sees them. */
  private Set<String> foldedTwo(Set<String> pairs) {
    if (pairs == null || !unicodeCase) {
      return pairs;
    }
    Set<String> out = new TreeSet<>();
    for (String pair : pairs) {
      out.add("" + unicodeFold(pair.charAt(0)) + unicodeFold(pair.charAt(1)));
    }
    return out;
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
  private static List<String> topLevelAlternatives(String r) {
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
  private static int[] structure(String r) {
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
