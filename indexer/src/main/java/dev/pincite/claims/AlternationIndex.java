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
 * literal openings ({@link ExpressionOpenings#prefixes}, up to 16 characters: "the opposite is
 * true", "will"): at most places of a sentence the first letters already rule every one of them
 * out. Then only the alternatives whose opening cannot be told are tried, and only if the text
 * holds one of the literals each of them needs ({@link ExpressionOpenings#requiredLiterals}); most
 * often nothing runs. The answers are the same: an alternative is left out only where it cannot
 * match.
 *
 * <p>Leading characters are read from the expression conservatively: a literal (an escaped
 * punctuation mark or {@code \d} included), an alternation group of such followed into what comes
 * after it, a {@code \Q...\E} quote, after an optional {@code ^}, word boundary or lookaround;
 * anything else counts as "any character". Letters are folded as the flags fold them: ASCII ones
 * for {@link Pattern#CASE_INSENSITIVE}, all of them with {@link Pattern#UNICODE_CASE} too.
 * Immutable and thread safe; a {@link Scan} is not, and borrows its thread's matchers.
 */
final class AlternationIndex {

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
      Set<String> opening = foldedAll(ExpressionOpenings.prefixes(alternative, PREFIX_DEPTH));
      openings.add(opening);
      Set<String> two = foldedTwo(ExpressionOpenings.firstTwoChars(alternative));
      Set<Character> one = folded(ExpressionOpenings.firstChars(alternative));
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

  /**
   * Each alternative's {@link ExpressionOpenings#requiredLiterals}, or null when one of them has
   * none.
   */
  private List<Set<String>> needs(List<String> alternatives, List<Integer> chosen) {
    List<Set<String>> out = new ArrayList<>();
    for (int i : chosen) {
      Set<String> required = ExpressionOpenings.requiredLiterals(alternatives.get(i));
      if (required == null) {
        return null;
      }
      out.add(foldedAll(required));
    }
    return List.copyOf(out);
  }

  /** How many characters of an alternative's literal opening are read at most. */
  private static final int PREFIX_DEPTH = 16;

  /**
   * Whether every top-level alternative of the expression opens with {@code ^}: it can match only
   * where the text starts (matched without anchoring bounds, {@code ^} never holds at a region's
   * start); never with {@link Pattern#MULTILINE}, where {@code ^} holds at every line's start.
   */
  private static boolean startAnchored(String regex, int flags) {
    return (flags & Pattern.MULTILINE) == 0
        && ExpressionOpenings.topLevelAlternatives(regex).stream().allMatch(a -> a.startsWith("^"));
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
        || ExpressionOpenings.topLevelAlternatives(regex).size() > 1) {
      return false;
    }
    int backslashes = 0;
    for (int i = regex.length() - 2; i >= 0 && regex.charAt(i) == '\\'; i--) {
      backslashes++;
    }
    int[] depth = ExpressionOpenings.structure(regex);
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
}
