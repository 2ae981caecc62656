package dev.pincite.claims;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;
import dev.pincite.ingest.Block;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a paragraph into sentences with ICU's sentence {@link BreakIterator}, wrapped by a {@link
 * FilteredBreakIteratorBuilder} that suppresses breaks after titles and other abbreviations that
 * never end a sentence ({@code abbreviations.txt}; lower-case ones are checked on a word boundary
 * afterwards, since the filter would also match "weakest."), plus these fixes:
 *
 * <ul>
 *   <li>a table row is one sentence, whatever its punctuation;
 *   <li>after an abbreviation that can end a sentence ("U.S.", "Inc.") a break is kept only when
 *       the next word is a common sentence opener ("The", "But" ...);
 *   <li>after "No." a break is undone only before a number ("No. 10"; "No. The price is fair");
 *   <li>a break before a lower-case word or a digit is undone (ellipses "... and then", decimals
 *       ICU missed);
 *   <li>a break inside an open quotation is undone when the quotation closes after a short fragment
 *       and is followed by more of the sentence ({@code “We are short. Very short,” she said.});
 *   <li>a full stop after a word, before a number and a lower-case word, is a break ICU missed.
 * </ul>
 *
 * Thread safe: each call clones the prototype iterator.
 */
public final class SentenceSplitter {

  private final BreakIterator prototype;

  /** A capitalised word, then one capital letter and a full stop: a middle initial. */
  // Compiled once: String.split compiles its expression on every call.
  private static final Pattern FIRST_WORD_END = Pattern.compile("[\\s,]");

  /** A lower-case word, a full stop, then a number and a lower-case word: two sentences. */
  private static final Pattern END_THEN_NUMBER =
      Pattern.compile("(?<![\\p{L}.])(\\p{Ll}{2,})\\.\\s+(?=[$£€]?\\d[\\d,.]*%?\\s+\\p{Ll})");

  /** The most words a quotation's closing fragment has to join the sentence before it. */
  private static final int MAX_QUOTED_FRAGMENT_WORDS = 5;

  private static final Pattern MIDDLE_INITIAL =
      Pattern.compile("(?<![\\p{L}.])\\p{Lu}\\p{Ll}+ \\p{Lu}\\.$");

  /** A piece that is one capital letter and a full stop. */
  private static final Pattern LONE_LETTER = Pattern.compile("\\p{Lu}\\.");

  private final List<String> maybeFinal;
  private final List<String> neverFinal;
  private final List<String> beforeNumbers;
  private final Set<String> openers;

  /**
   * @param abbreviations the parsed {@code abbreviations.txt}
   */
  public SentenceSplitter(CueFile abbreviations) {
    this.neverFinal = withCapitals(abbreviations.list("never-final"));
    FilteredBreakIteratorBuilder builder = FilteredBreakIteratorBuilder.getEmptyInstance();
    for (String abbreviation : neverFinal) {
      suppress(builder, abbreviation);
    }
    for (String abbreviation : abbreviations.list("maybe-final")) {
      suppress(builder, abbreviation);
    }
    this.prototype =
        builder.wrapIteratorWithFilter(BreakIterator.getSentenceInstance(ULocale.ENGLISH));
    this.maybeFinal = abbreviations.list("maybe-final");
    this.beforeNumbers = withCapitals(abbreviations.list("before-numbers"));
    this.openers = new HashSet<>(abbreviations.list("openers"));
  }

  /**
   * The abbreviations with the capitalised ones also in capitals: transcripts and hearing records
   * set their speaker labels in capitals ("SEN. HALVORSEN:"), and a title never ends a sentence
   * there either.
   */
  private static List<String> withCapitals(List<String> abbreviations) {
    Set<String> out = new LinkedHashSet<>(abbreviations);
    for (String abbreviation : abbreviations) {
      if (Character.isUpperCase(abbreviation.codePointAt(0))) {
        out.add(abbreviation.toUpperCase(Locale.ROOT));
      }
    }
    return List.copyOf(out);
  }

  /**
   * ICU's filter matches the end of a word, so a lower-case abbreviation would also hold a break
   * after an ordinary word ("est." after "weakest."); those are left to {@link #continues}, which
   * checks the word boundary.
   */
  private static void suppress(FilteredBreakIteratorBuilder builder, String abbreviation) {
    if (Character.isUpperCase(abbreviation.codePointAt(0))) {
      builder.suppressBreakAfter(abbreviation);
    }
  }

  /**
   * Splits a paragraph.
   *
   * @param text the paragraph text, whitespace-normalised
   * @param kind the paragraph's kind: a table row is never split
   * @return the sentences, stripped, none empty
   */
  public List<String> split(String text, Block.Kind kind) {
    String stripped = text.strip();
    if (stripped.isEmpty()) {
      return List.of();
    }
    if (kind == Block.Kind.TABLE_ROW) {
      return List.of(stripped);
    }
    List<String> pieces = new ArrayList<>();
    for (String piece : icuPieces(stripped)) {
      for (String part : breakAfterFinalAbbreviation(piece)) {
        pieces.addAll(breakBeforeNumber(part));
      }
    }
    return mergeContinuations(pieces);
  }

  private List<String> icuPieces(String text) {
    BreakIterator it = prototype.clone();
    it.setText(text);
    List<String> out = new ArrayList<>();
    for (int start = it.first(), end = it.next();
        end != BreakIterator.DONE;
        start = end, end = it.next()) {
      String s = text.substring(start, end).strip();
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * Breaks where a sentence ends on a word and the next opens with a number ("I see it. 22% is
   * below ..."): ICU reads on past a full stop until the next capital letter, and a number has
   * none. A word of the abbreviation lists before the stop ("approx.", "no.") keeps the piece
   * whole.
   */
  private List<String> breakBeforeNumber(String piece) {
    List<String> out = new ArrayList<>();
    int from = 0;
    if (numberAfterStop(piece)) {
      Matcher m = END_THEN_NUMBER.matcher(piece);
      while (m.find()) {
        String word = m.group(1);
        if (neverFinal.contains(word + ".") || maybeFinal.contains(word + ".")) {
          continue;
        }
        out.add(piece.substring(from, m.end(1) + 1).strip());
        from = m.end(1) + 1;
      }
    }
    out.add(piece.substring(from).strip());
    out.removeIf(String::isEmpty);
    return out;
  }

  /**
   * Whether a full stop is followed by whitespace and a number (after a currency sign, if any):
   * where {@link #END_THEN_NUMBER} can match at all. Most pieces have none, and the expression,
   * tried at every character, is not run on them.
   */
  private static boolean numberAfterStop(String piece) {
    for (int stop = piece.indexOf('.'); stop >= 0; stop = piece.indexOf('.', stop + 1)) {
      int i = stop + 1;
      while (i < piece.length() && AlternationIndex.isSpace(piece.charAt(i))) {
        i++;
      }
      if (i == stop + 1 || i == piece.length()) {
        continue;
      }
      char c = piece.charAt(i);
      if ((c == '$' || c == '\u00A3' || c == '\u20AC') && i + 1 < piece.length()) {
        c = piece.charAt(i + 1);
      }
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  /** Breaks after "U.S." or "Inc." when a sentence opener follows (the filter suppressed it). */
  private List<String> breakAfterFinalAbbreviation(String piece) {
    List<String> out = new ArrayList<>();
    int from = 0;
    for (String abbreviation : maybeFinal) {
      int at = piece.indexOf(abbreviation + " ", from);
      while (at >= 0) {
        int next = at + abbreviation.length() + 1;
        String rest = piece.substring(next);
        String firstWord = FIRST_WORD_END.split(rest, 2)[0];
        if (openers.contains(firstWord)) {
          out.add(piece.substring(from, next).strip());
          from = next;
        }
        at = piece.indexOf(abbreviation + " ", next);
      }
    }
    out.add(piece.substring(from).strip());
    out.removeIf(String::isEmpty);
    return out;
  }

  private List<String> mergeContinuations(List<String> pieces) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < pieces.size(); i++) {
      String piece = pieces.get(i);
      if (!out.isEmpty() && continues(out.get(out.size() - 1), piece)) {
        out.set(out.size() - 1, out.get(out.size() - 1) + " " + piece);
      } else {
        out.add(piece);
      }
    }
    return out;
  }

  private boolean continues(String previous, String piece) {
    int first = piece.codePointAt(0);
    if (Character.isLowerCase(first)) {
      return true;
    }
    if (LONE_LETTER.matcher(previous).matches()) {
      // "Q. Are the bonds mispriced?", "A. Yes.": one letter alone is an interview's label or a
      // list's mark, never a sentence of its own.
      return true;
    }
    // ICU's filter misses some dotted abbreviations ("U.S."): apply the same lists here.
    String firstWord = FIRST_WORD_END.split(piece, 2)[0];
    for (String abbreviation : neverFinal) {
      if (endsWithWord(previous, abbreviation)) {
        return true;
      }
    }
    for (String abbreviation : maybeFinal) {
      if (endsWithWord(previous, abbreviation) && !openers.contains(firstWord)) {
        return true;
      }
    }
    for (String abbreviation : beforeNumbers) {
      if (Character.isDigit(first) && endsWithWord(previous, abbreviation)) {
        return true;
      }
    }
    if (MIDDLE_INITIAL.matcher(previous).find() && !openers.contains(firstWord)) {
      // "James B." + "Ortiz said ...": an initial between two names, not the end of a sentence.
      return true;
    }
    if (openQuote(previous)) {
      // Only when the quotation closes within this piece, after a fragment ("Very short,” she
      // said."), and the sentence goes on after it; a whole second sentence of a quotation ("If
      // we do not build now, we will be rationing water,” he said.) stands on its own.
      int close = closingQuote(piece);
      return close >= 0
          && close < piece.length() - 1
          && words(piece.substring(0, close)) <= MAX_QUOTED_FRAGMENT_WORDS;
    }
    return false;
  }

  private static int words(String text) {
    return text.isBlank() ? 0 : text.strip().split("\\s+").length;
  }

  private static boolean endsWithWord(String text, String abbreviation) {
    if (!text.endsWith(abbreviation)) {
      return false;
    }
    int before = text.length() - abbreviation.length() - 1;
    return before < 0 || !Character.isLetterOrDigit(text.charAt(before));
  }

  private static boolean openQuote(String s) {
    long open = s.chars().filter(c -> c == '\u201C').count();
    long close = s.chars().filter(c -> c == '\u201D').count();
    if (open != close) {
      return open > close;
    }
    return s.chars().filter(c -> c == '"').count() % 2 == 1;
  }

  private static int closingQuote(String s) {
    int curly = s.indexOf('\u201D');
    return curly >= 0 ? curly : s.indexOf('"');
  }
}
