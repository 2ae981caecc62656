package dev.pincite.claims;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a document writes in lower case ("landlords", "permits"). A one-word run that only
 * opens a sentence and that the document also writes so is a common word capitalised by its place
 * ("Landlords questioned ...", "Permits traded at £74"), no name: the speaker rules and the company
 * rules both read it so. Immutable.
 */
final class LowerCaseWords {

  static final LowerCaseWords NONE = new LowerCaseWords(Set.of());

  private static final Pattern LOWER_CASE_WORD =
      Pattern.compile("(?<![\\p{L}'\u2019-])\\p{Ll}[\\p{L}'\u2019-]*");

  private final Set<String> words;

  private LowerCaseWords(Set<String> words) {
    this.words = words;
  }

  /**
   * @param sentences a document's sentences
   * @return the words they write in lower case
   */
  static LowerCaseWords of(List<String> sentences) {
    Set<String> words = new HashSet<>();
    for (String sentence : sentences) {
      Matcher m = LOWER_CASE_WORD.matcher(sentence);
      while (m.find()) {
        words.add(m.group());
      }
    }
    return new LowerCaseWords(Set.copyOf(words));
  }

  /** Whether the document writes this capitalised word in lower case too. */
  boolean writesLowerCase(String word) {
    return words.contains(word.toLowerCase(Locale.ROOT));
  }

  boolean isEmpty() {
    return words.isEmpty();
  }
}
