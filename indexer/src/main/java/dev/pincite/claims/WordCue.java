package dev.pincite.claims;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A list of cue expressions found only where a word starts: never right after a letter or a number,
 * and never followed by one. ASCII letters match in either case (cues are English words).
 *
 * <p>It answers what {@code find()} of {@code (?<![\p{L}\p{N}])(?:E1|E2|...)(?![\p{L}\p{N}])}
 * answers, but tries the expressions only at the places where a match may start, and at each only
 * those that can start with the character there ({@link AlternationIndex}): with a hundred and more
 * cues per sentence, scanning every character with every cue was most of the cost of claim
 * extraction. {@code ^} still means the start of the sentence. Immutable and thread safe.
 */
final class WordCue {

  /** What may not follow a cue: a letter or a number. */
  static final String WORD_END = "(?![\\p{L}\\p{N}])";

  private final AlternationIndex index;
  private final String expression;

  /** One cue expression. */
  WordCue(String expression) {
    this(List.of(expression));
  }

  /** Any of several cue expressions. */
  WordCue(List<String> expressions) {
    this.index = new AlternationIndex(expressions, "", WORD_END, Pattern.CASE_INSENSITIVE);
    this.expression = String.join("|", expressions);
  }

  /** Whether the cue occurs in the text. */
  boolean foundIn(String text) {
    AlternationIndex.Scan scan = index.scan(text);
    for (int i = 0; i <= text.length(); i++) {
      boolean wordStart = i == 0 || !AliasMatcher.isWordChar(text.codePointBefore(i));
      if (wordStart && scan.endAt(i) >= 0) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return expression;
  }
}
