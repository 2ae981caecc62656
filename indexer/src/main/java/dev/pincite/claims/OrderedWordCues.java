package dev.pincite.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Lists of cue expressions in order of precedence, read as {@link WordCue}s: which list is the
 * first with a match anywhere in a text, found in one scan of the text instead of one per list.
 *
 * <p>The scan tries, at each place where a word starts, one alternation of every list's
 * expressions; only where it matches are the lists tried one by one, in order, to learn which of
 * them match there. The lowest list matching at any place is the first list a scan per list would
 * have found, since a list has a match in the text exactly when it matches at some place, and at a
 * place the alternation of every list matches exactly when one of the lists does. Most sentences
 * match no list at all, and are then read once instead of once per list. Immutable and thread safe.
 */
final class OrderedWordCues {

  private final AlternationIndex any;
  private final List<AlternationIndex> lists;

  /**
   * @param lists the lists of expressions, the first taking precedence; none empty
   */
  OrderedWordCues(List<List<String>> lists) {
    List<String> all = new ArrayList<>();
    List<AlternationIndex> indexes = new ArrayList<>();
    for (List<String> list : lists) {
      if (list.isEmpty()) {
        throw new IllegalArgumentException("an empty cue list among " + lists);
      }
      all.addAll(list);
      indexes.add(index(list));
    }
    this.any = index(all);
    this.lists = List.copyOf(indexes);
  }

  /** The index of a list as a {@link WordCue} builds it. */
  private static AlternationIndex index(List<String> expressions) {
    return new AlternationIndex(expressions, "", WordCue.WORD_END, Pattern.CASE_INSENSITIVE);
  }

  /**
   * The first list, in order of precedence, with a match in the text.
   *
   * @param text the text
   * @return its index, or -1 when no list matches
   */
  int firstFoundIn(String text) {
    AlternationIndex.Scan scan = any.scan(text);
    AlternationIndex.Scan[] listScans = new AlternationIndex.Scan[lists.size()];
    int first = lists.size();
    for (int i = 0; i <= text.length() && first > 0; i++) {
      boolean wordStart = i == 0 || !AliasMatcher.isWordChar(text.codePointBefore(i));
      if (!wordStart || scan.endAt(i) < 0) {
        continue;
      }
      for (int k = 0; k < first; k++) {
        if (listScans[k] == null) {
          listScans[k] = lists.get(k).scan(text);
        }
        if (listScans[k].endAt(i) >= 0) {
          first = k;
          break;
        }
      }
    }
    return first == lists.size() ? -1 : first;
  }
}
