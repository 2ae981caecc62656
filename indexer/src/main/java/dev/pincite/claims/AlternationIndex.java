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
 * <p>Before any pattern runs, the text at the place is walked through a trie of the alternatives'
 * literal openings ({@link #prefixes}, up to 16 characters: "the opposite is true", "will"): at
 * most places of a sentence the first letters already rule every one of them out. Then only the
 * alternatives whose opening cannot be told are tried, and only if the text holds one of the
 * literals each of them needs ({@link #requiredLiterals}); most often nothing runs. The answers are
 * the same: an alternative is left out only where it cannot match.
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
  // The literal openings of the alternatives, as far as they can be told (up to PREFIX_DEPTH
  // characters, see prefixes): at most places a word's first letters already rule out every
  // alternative the slot's pattern would try, and no regular expression need run there. Kept
  // apart for the text's first place, the only one where an alternative opening with "^" can
  // match. The alternatives whose opening cannot be told at all are not in them: where the tries
  // rule out the others, the pattern of those is tried (unknownSlot; unknownUnanchoredSlot, those
  // not opening with "^", past the first place).
  private final PrefixTrie anywhere;
  private final PrefixTrie atStart;
  private final int unknownSlot;
  private final int unknownUnanchoredSlot;
  // What the text must contain for one of unknownSlot's (unknownUnanchoredSlot's) alternatives to
  // match anywhere in it: one of the literals each alternative cannot match without; null when
  // some alternative has none. Such an alternative would otherwise be tried at every place
  // ("\\w+n't ... (?:convinced|sure)"), though most texts hold none of its words.
  private final List<Set<String>> unknownNeeds;
  private final List<Set<String>> unknownUnanchoredNeeds;

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
    List<Set<String>> openings = new ArrayList<>();
    for (String alternative : alternatives) {
      Set<String> opening = foldedAll(prefixes(alternative, PREFIX_DEPTH));
      openings.add(opening);
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
    List<Integer> unknown = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (openings.get(i).contains("")) {
        unknown.add(i);
      }
    }
    List<Integer> unknownUnanchored =
        unknown.stream().filter(i -> !startAnchored(alternatives.get(i), flags)).toList();
    this.unknownSlot = slotOf.apply(unknown);
    this.unknownUnanchoredSlot = slotOf.apply(unknownUnanchored);
    this.unknownNeeds = needs(alternatives, unknown);
    this.unknownUnanchoredNeeds = needs(alternatives, unknownUnanchored);
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
    PrefixTrie.Builder anywhere = new PrefixTrie.Builder();
    PrefixTrie.Builder atStart = new PrefixTrie.Builder();
    for (int i = 0; i < n; i++) {
      if (unknown.contains(i)) {
        continue; // in unknownSlot, tried wherever the openings of the others rule them out
      }
      atStart.addAll(openings.get(i));
      if (!startAnchored(alternatives.get(i), flags)) {
        anywhere.addAll(openings.get(i));
      }
    }
    this.anywhere = anywhere.build();
    this.atStart = atStart.build();
  }

  /** Each alternative's {@link #requiredLiterals}, or null when one of them has none. */
  private List<Set<String>> needs(List<String> alternatives, List<Integer> chosen) {
    List<Set<String>> out = new ArrayList<>();
    for (int i : chosen) {
      Set<String> required = requiredLiterals(alternatives.get(i));
      if (required == null) {
        return null;
      }
      out.add(foldedAll(required));
    }
    return List.copyOf(out);
  }

  /** How many characters of an alternative's literal opening are read at most. */
  private static final int PREFIX_DEPTH = 16;

  /** Above this many openings an alternative's are read one character shorter. */
  private static final int MAX_PREFIXES = 256;

  /**
   * Whether every top-level alternative of the expression opens with {@code ^}: it can match only
   * where the text starts (matched without anchoring bounds, {@code ^} never holds at a region's
   * start); never with {@link Pattern#MULTILINE}, where {@code ^} holds at every line's start.
   */
  private static boolean startAnchored(String regex, int flags) {
    return (flags & Pattern.MULTILINE) == 0
        && topLevelAlternatives(regex).stream().allMatch(a -> a.startsWith("^"));
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
    // Whether an alternative of unknownSlot (unknownUnanchoredSlot) may match somewhere in the
    // text: null until asked.
    private Boolean unknownPossible;
    private Boolean unknownUnanchoredPossible;
    private String foldedText;

    private Scan(String text) {
      this.text = text;
    }

    /** The pattern of the alternatives whose opening cannot be told, or -1 when none may match. */
    private int fallbackSlot(int at) {
      if (at == 0) {
        if (unknownPossible == null) {
          unknownPossible = mayBeIn(unknownNeeds);
        }
        return unknownPossible ? unknownSlot : -1;
      }
      if (unknownUnanchoredPossible == null) {
        unknownUnanchoredPossible = mayBeIn(unknownUnanchoredNeeds);
      }
      return unknownUnanchoredPossible ? unknownUnanchoredSlot : -1;
    }

    /** Whether, for some alternative, the text holds one of the literals it needs. */
    private boolean mayBeIn(List<Set<String>> needs) {
      if (needs == null) {
        return true;
      }
      for (Set<String> literals : needs) {
        for (String literal : literals) {
          if (folded().contains(literal)) {
            return true;
          }
        }
      }
      return false;
    }

    /** The text folded as the keys are, so that a literal of a match is found in it. */
    private String folded() {
      if (foldedText == null) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
          out[i] = key(text.charAt(i));
        }
        foldedText = new String(out);
      }
      return foldedText;
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
      // Where no alternative whose opening is known fits the text, only the others may match.
      int slot = mayOpenAt(text, at) ? slot(text, at) : fallbackSlot(at);
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

  /**
   * Whether the text's characters from this place fit the literal opening of some alternative: when
   * they do not, none can match there.
   */
  private boolean mayOpenAt(String text, int at) {
    PrefixTrie trie = at == 0 ? atStart : anywhere;
    int node = 0;
    for (int i = at; !trie.open(node); i++) {
      if (i >= text.length()) {
        return false;
      }
      node = trie.child(node, key(text.charAt(i)));
      if (node < 0) {
        return false;
      }
    }
    return true;
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

  /** Openings as the pattern's case folding sees them. */
  private Set<String> foldedAll(Set<String> openings) {
    if (!unicodeCase) {
      return openings;
    }
    Set<String> out = new TreeSet<>();
    for (String opening : openings) {
      StringBuilder folded = new StringBuilder(opening.length());
      opening.chars().forEach(c -> folded.append(unicodeFold((char) c)));
      out.add(folded.toString());
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
