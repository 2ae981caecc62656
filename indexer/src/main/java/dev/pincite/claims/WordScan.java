package dev.pincite.claims;

/**
 * A text's words one by one, as {@link java.util.regex.Matcher#find()} of {@code \p{L}[\p{L}X]*},
 * or of {@code \p{L}[\p{L}X]*|\p{N}+} with numbers, finds them, {@code X} being a few characters a
 * word goes on over (apostrophes, the hyphen). Read by hand: the features read every sentence's
 * words several times, and the regex engine tried its alternatives at every character. Not thread
 * safe; one scan per text.
 */
final class WordScan {

  private final String text;
  private final String inside;
  private final boolean numbers;
  private int start = -1;
  private int end;

  /**
   * @param text the text
   * @param inside the characters besides letters a word goes on over after its first letter
   * @param numbers whether a run of numbers ({@code \p{N}+}) is a word too
   */
  WordScan(String text, String inside, boolean numbers) {
    this.text = text;
    this.inside = inside;
    this.numbers = numbers;
  }

  /** Finds the next word after the last one found; false when there is none. */
  boolean find() {
    // A place that opens no word is passed by one character, as the regex engine passes it.
    for (int i = end; i < text.length(); i++) {
      int c = text.codePointAt(i);
      if (Character.isLetter(c)) {
        start = i;
        end = endOfLetters(i + Character.charCount(c));
        return true;
      }
      if (numbers && isNumber(c)) {
        start = i;
        end = endOfNumbers(i + Character.charCount(c));
        return true;
      }
    }
    start = -1;
    end = text.length();
    return false;
  }

  /** Where the word found starts. */
  int start() {
    return start;
  }

  /** Where the word found ends. */
  int end() {
    return end;
  }

  /** The word found. */
  String group() {
    return text.substring(start, end);
  }

  private int endOfLetters(int from) {
    int i = from;
    while (i < text.length()) {
      int c = text.codePointAt(i);
      if (!Character.isLetter(c) && inside.indexOf(c) < 0) {
        break;
      }
      i += Character.charCount(c);
    }
    return i;
  }

  private int endOfNumbers(int from) {
    int i = from;
    while (i < text.length()) {
      int c = text.codePointAt(i);
      if (!isNumber(c)) {
        break;
      }
      i += Character.charCount(c);
    }
    return i;
  }

  /** What {@code \p{N}} matches: a decimal digit, a letter number or another number. */
  private static boolean isNumber(int c) {
    int type = Character.getType(c);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }
}
