package dev.pincite.cite;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Deep links that make a browser scroll to and highlight a sentence of the original page: URL text
 * fragments as the WICG "Text Fragments" draft defines them ({@code
 * #:~:text=[prefix-,]textStart[,textEnd][,-suffix]}).
 *
 * <p>Each term is percent-encoded from its UTF-8 bytes. Besides everything that is not URL-safe,
 * the draft's own syntax characters {@code -}, {@code &} and {@code ,} are always encoded, and so
 * are parentheses and quotes, so that the link survives inside Markdown and HTML attributes. A
 * sentence of more than {@value #WHOLE_SENTENCE_WORDS} words is matched as a range: its first and
 * last {@value #RANGE_WORDS} words as {@code textStart,textEnd}, which keeps the URL short and
 * still highlights the whole sentence.
 */
public final class TextFragment {

  /** Sentences up to this many words are matched whole. */
  public static final int WHOLE_SENTENCE_WORDS = 10;

  /** Words at each end of a longer sentence that make {@code textStart} and {@code textEnd}. */
  public static final int RANGE_WORDS = 4;

  private static final String UNENCODED =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._~!*";

  private TextFragment() {}

  /**
   * The original page's URL with a text fragment for the sentence; any fragment the URL already has
   * is replaced.
   *
   * @param url the page's URL
   * @param sentence the sentence to highlight
   * @return the deep link
   */
  public static String link(String url, String sentence) {
    int hash = url.indexOf('#');
    String base = hash < 0 ? url : url.substring(0, hash);
    return base + "#:~:" + directive(sentence);
  }

  /**
   * The {@code text=} directive for a sentence.
   *
   * @param sentence the sentence (whitespace is normalised)
   * @return {@code text=start} or {@code text=start,end}, encoded
   * @throws IllegalArgumentException for a blank sentence
   */
  public static String directive(String sentence) {
    if (sentence == null || sentence.isBlank()) {
      throw new IllegalArgumentException("no sentence to link to: '" + sentence + "'");
    }
    List<String> words = Arrays.asList(sentence.strip().split("\\s+"));
    if (words.size() <= WHOLE_SENTENCE_WORDS) {
      return "text=" + encode(String.join(" ", words));
    }
    String start = String.join(" ", words.subList(0, RANGE_WORDS));
    String end = String.join(" ", words.subList(words.size() - RANGE_WORDS, words.size()));
    return "text=" + encode(start) + "," + encode(end);
  }

  /**
   * Percent-encodes one term of a text directive.
   *
   * @param term the text
   * @return its encoding: unreserved ASCII kept, {@code -}, {@code &}, {@code ,} and all else as
   *     {@code %XX} of the UTF-8 bytes
   */
  public static String encode(String term) {
    StringBuilder out = new StringBuilder(term.length() * 2);
    for (byte b : term.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c < 0x80 && UNENCODED.indexOf(c) >= 0) {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
        out.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }
}
