package dev.pincite.claims;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where a quotation runs over several sentences of a paragraph: {@code "Prices will rise. Margins
 * will not," she said.} The sentences inside an open quotation are the words of whoever the
 * sentence that closes it names, so a speaker found there reaches back over them (the contract's
 * rule 2, by the layout of the quotation rather than by a pronoun). Curly quotation marks tell an
 * opening from a closing one; straight ones are counted, an odd number opening or closing.
 * Stateless.
 */
final class QuotationRuns {

  private QuotationRuns() {}

  /**
   * For each sentence, the index of the sentence that closes the quotation it stands in, when it
   * opens or continues one that a later sentence of the same paragraph closes; else -1.
   *
   * @param sentences the document's sentences in reading order
   * @param paragraphStarts for each sentence, whether it opens a paragraph (quotations never run
   *     across paragraphs here: a new paragraph that opens with a quotation mark is a new
   *     quotation)
   * @return the index of the closing sentence, or -1, per sentence
   */
  static int[] closers(List<String> sentences, List<Boolean> paragraphStarts) {
    int[] out = new int[sentences.size()];
    Arrays.fill(out, -1);
    List<Integer> run = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      if (paragraphStarts.get(i)) {
        run.clear();
      }
      int balance = balance(sentences.get(i));
      if (run.isEmpty()) {
        if (balance > 0) {
          run.add(i);
        }
      } else if (balance < 0) {
        for (int k : run) {
          out[k] = i;
        }
        run.clear();
      } else if (balance == 0) {
        run.add(i);
      } else {
        run.clear();
        run.add(i);
      }
    }
    return out;
  }

  /**
   * Whether a place of a sentence is inside a quotation the sentence opens and closes: after an
   * opening mark (a curly one, or an odd straight one) whose closing mark follows.
   *
   * @param sentence the sentence
   * @param position an offset in it
   */
  static boolean quotedAt(String sentence, int position) {
    int open = -1;
    for (int i = 0; i < position; i++) {
      char ch = sentence.charAt(i);
      if (ch == '\u201C' || ch == '"' && open < 0) {
        open = i;
      } else if (ch == '\u201D' || ch == '"') {
        open = -1;
      }
    }
    if (open < 0) {
      return false;
    }
    char close = sentence.charAt(open) == '"' ? '"' : '\u201D';
    return sentence.indexOf(close, position) >= 0;
  }

  /**
   * Whether a sentence has a quotation mark of any kind: straight, curly, or two apostrophes (as
   * some wire texts print a double quotation mark). Looked up mark by mark: a regular expression
   * tried at every character cost more, on every sentence.
   */
  static boolean hasMark(String sentence) {
    return hasDoubleMark(sentence) || sentence.contains("''");
  }

  /**
   * Whether a text has a double quotation mark, straight or curly: what {@code find()} of {@code
   * ["“”]} answers, looked up mark by mark.
   */
  static boolean hasDoubleMark(String text) {
    return text.indexOf('"') >= 0 || text.indexOf('\u201C') >= 0 || text.indexOf('\u201D') >= 0;
  }

  /**
   * How a sentence leaves the quotation state: 1 when it opens a quotation it does not close, -1
   * when it closes one it did not open, 0 otherwise.
   */
  static int balance(String sentence) {
    int open = 0;
    int close = 0;
    int straight = 0;
    int firstStraight = -1;
    for (int i = 0; i < sentence.length(); i++) {
      char c = sentence.charAt(i);
      if (c == '\u201C') {
        open++;
      } else if (c == '\u201D') {
        close++;
      } else if (c == '"') {
        straight++;
        if (firstStraight < 0) {
          firstStraight = i;
        }
      }
    }
    if (open != close) {
      return open > close ? 1 : -1;
    }
    if (straight % 2 == 0) {
      return 0;
    }
    // One straight mark too many: it opens when it stands before a word ("Prices ...), closes
    // when it follows one (... rise," she said).
    boolean opens =
        firstStraight + 1 < sentence.length()
            && Character.isLetterOrDigit(sentence.charAt(firstStraight + 1))
            && (firstStraight == 0 || Character.isWhitespace(sentence.charAt(firstStraight - 1)));
    return opens ? 1 : -1;
  }
}
