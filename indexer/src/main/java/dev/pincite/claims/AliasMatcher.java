package dev.pincite.claims;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds a fixed set of names in a text as whole words, case-sensitively, left to right, the longest
 * name first where several start at the same place; after a match the search goes on after it.
 *
 * <p>Names are indexed by their first word, so a text costs one map lookup per word whatever the
 * number of names: a regular-expression alternation of every name tries each of them at every
 * position, which dominated reindexing once a registry held thousands of names. A word is a run of
 * letters and numbers; the characters around a match must not be either. Immutable and thread safe.
 */
final class AliasMatcher {

  /** Where a name was found. */
  record Match(int start, int end, String name) {}

  private final Map<String, List<String>> byFirstWord = new HashMap<>();
  // The first words' hash codes, folded into FIRST_WORD_BITS bits: a word whose bit is clear
  // starts no name, and is passed without cutting it out of the text to look it up (most words
  // of a sentence; a JFR profile of a reindex of the bench's pages saw the substrings allocate
  // 195 MB, of 6.9 GB in all).
  private final BitSet firstWordHashes = new BitSet(1 << FIRST_WORD_BITS);

  private static final int FIRST_WORD_BITS = 16;
  // Names that do not start with a letter or a number (rare) are tried at every word boundary.
  private final List<String> unkeyed = new ArrayList<>();

  AliasMatcher(Collection<String> names) {
    Comparator<String> longestFirst =
        Comparator.comparingInt(String::length).reversed().thenComparing(s -> s);
    for (String name : names) {
      if (name.isEmpty()) {
        continue;
      }
      int end = wordEnd(name, 0);
      if (end == 0) {
        unkeyed.add(name);
      } else {
        byFirstWord.computeIfAbsent(name.substring(0, end), k -> new ArrayList<>()).add(name);
      }
    }
    byFirstWord.values().forEach(list -> list.sort(longestFirst));
    byFirstWord.keySet().forEach(word -> firstWordHashes.set(folded(word.hashCode())));
    unkeyed.sort(longestFirst);
  }

  /** Every match in the text, in order, none overlapping. */
  List<Match> find(String text) {
    List<Match> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (i > 0 && isWordChar(text.codePointBefore(i))) {
        i++;
        continue;
      }
      int wordEnd = wordEnd(text, i);
      String name = longestAt(text, i, wordEnd);
      if (name != null) {
        out.add(new Match(i, i + name.length(), name));
        i += name.length();
      } else {
        i = Math.max(wordEnd, i + 1);
      }
    }
    return out;
  }

  private String longestAt(String text, int start, int wordEnd) {
    if (wordEnd > start && !firstWordHashes.get(folded(hash(text, start, wordEnd)))) {
      return null;
    }
    List<String> keyed =
        wordEnd > start ? byFirstWord.get(text.substring(start, wordEnd)) : unkeyed;
    if (keyed == null) {
      return null;
    }
    for (String name : keyed) {
      int end = start + name.length();
      if (text.startsWith(name, start)
          && (end == text.length() || !isWordChar(text.codePointAt(end)))) {
        return name;
      }
    }
    return null;
  }

  /** {@code text.substring(from, to).hashCode()}, without the substring. */
  private static int hash(String text, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + text.charAt(i);
    }
    return h;
  }

  /** A hash code's bit in {@link #firstWordHashes}. */
  private static int folded(int hash) {
    return (hash ^ (hash >>> FIRST_WORD_BITS)) & ((1 << FIRST_WORD_BITS) - 1);
  }

  /** The end of the run of letters and numbers starting at {@code from} ({@code from} if none). */
  private static int wordEnd(String s, int from) {
    int i = from;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      if (!isWordChar(cp)) {
        break;
      }
      i += Character.charCount(cp);
    }
    return i;
  }

  /** What {@code [\p{L}\p{N}]} matches. */
  static boolean isWordChar(int cp) {
    if (Character.isLetter(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }
}
