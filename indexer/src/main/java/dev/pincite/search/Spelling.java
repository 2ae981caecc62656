package dev.pincite.search;

import static dev.pincite.index.IndexSchema.SPELL;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/** Spelling suggestions for a query that found nothing, from the index's own terms. Thread safe. */
final class Spelling {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]{3,}");

  private final DirectSpellChecker spellChecker = new DirectSpellChecker();

  /**
   * A corrected query, word by word; field names and operators are left alone.
   *
   * @param text the query as typed
   * @param reader the index to take the words from
   * @return the corrected query, or nothing when no word was corrected
   * @throws IOException on index failure
   */
  List<String> suggest(String text, IndexReader reader) throws IOException {
    return suggest(
        text,
        word -> {
          SuggestWord[] suggestions =
              spellChecker.suggestSimilar(
                  new Term(SPELL, word), 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
          return suggestions.length > 0 ? suggestions[0].string : null;
        });
  }

  /** Corrects one lower-case word, or answers null when it knows no better word. */
  interface WordCorrector {
    String correct(String word) throws IOException;
  }

  /**
   * A corrected query, word by word, with the words taken from any source.
   *
   * @param text the query as typed
   * @param corrector the better word for one word, or null
   * @return the corrected query, or nothing when no word was corrected
   * @throws IOException when the corrector cannot read its words
   */
  static List<String> suggest(String text, WordCorrector corrector) throws IOException {
    if (text.isBlank()) {
      return List.of();
    }
    StringBuilder corrected = new StringBuilder();
    boolean changed = false;
    Matcher words = WORD.matcher(text);
    int last = 0;
    while (words.find()) {
      corrected.append(text, last, words.start());
      String word = words.group();
      boolean isField = words.end() < text.length() && text.charAt(words.end()) == ':';
      String replacement = word;
      if (!isField && !isOperator(word)) {
        String better = corrector.correct(word.toLowerCase(Locale.ROOT));
        if (better != null) {
          replacement = better;
          changed = true;
        }
      }
      corrected.append(replacement);
      last = words.end();
    }
    corrected.append(text.substring(last));
    return changed ? List.of(corrected.toString()) : List.of();
  }

  private static boolean isOperator(String word) {
    return word.equals("AND") || word.equals("OR") || word.equals("NOT");
  }
}
