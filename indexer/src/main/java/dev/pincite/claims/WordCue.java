package dev.pincite.claims;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cue expression found only where a word starts: never right after a letter or a number, and
 * never followed by one. ASCII letters match in either case (cues are English words).
 *
 * <p>It answers what {@code find()} of {@code (?<![\p{L}\p{N}])(?:EXPR)(?![\p{L}\p{N}])} answers,
 * but tries the expression only at the places where a match may start instead of at every
 * character: with a hundred and more cues per sentence, that scan was most of the cost of claim
 * extraction. {@code ^} still means the start of the sentence. Immutable and thread safe.
 */
final class WordCue {

  private final Pattern pattern;

  WordCue(String expression) {
    this.pattern =
        Pattern.compile("(?:" + expression + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE);
  }

  /** Whether the cue occurs in the text. */
  boolean foundIn(String text) {
    Matcher m = pattern.matcher(text);
    // Lookbehinds inside a cue see the text before the region; ^ stays the text's start.
    m.useTransparentBounds(true).useAnchoringBounds(false);
    for (int i = 0; i <= text.length(); i++) {
      if (i > 0 && AliasMatcher.isWordChar(text.codePointBefore(i))) {
        continue;
      }
      if (m.region(i, text.length()).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return pattern.pattern();
  }
}
