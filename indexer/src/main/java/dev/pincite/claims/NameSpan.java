package dev.pincite.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A run of capitalised words in a sentence: the raw material of speaker and organisation detection.
 * A run stops at a lower-case word, at punctuation other than {@code & . - '}, and after a
 * possessive word ("Meta's"), which is reported by {@link #possessive()}. A lone {@code &} between
 * capitalised words stays in the run ("Fenwick & Rowe").
 *
 * @param start start offset in the sentence
 * @param end end offset (after the possessive ending, if any)
 * @param text the words without the possessive ending
 * @param possessive true when the run ends in {@code 's} or {@code s'}
 */
public record NameSpan(int start, int end, String text, boolean possessive) {

  static final Pattern WORD =
      Pattern.compile(
          "[\\p{Lu}\\p{N}][\\p{L}\\p{N}&.\\-'\u2019]*|(?:de|van|von|der|den|ter|ten|da|del|della|dela|di|du|dos|das|la|le|bin|binti|al|'t|\u2019t)(?![\\p{L}])"
              + "|&(?=\\s+\\p{Lu})|@[\\p{L}\\p{N}_]*[\\p{L}\\p{N}]");

  /** The particles of {@link #WORD}, in its order. */
  private static final List<String> PARTICLES =
      List.of(
          "de", "van", "von", "der", "den", "ter", "ten", "da", "del", "della", "dela", "di", "du",
          "dos", "das", "la", "le", "bin", "binti", "al", "'t", "\u2019t");

  /** The small words an institution's name goes on over after its head noun. */
  private static final Set<String> CONNECTIVE_WORDS = Set.of("of", "for");

  /** {@link #CONNECTIVE_WORDS} as a regular-expression alternation. */
  static final String CONNECTIVES = String.join("|", CONNECTIVE_WORDS);

  /** Between an institution's head noun and the rest of its name: " of ", " for ". */
  private static final Pattern OF_GAP = Pattern.compile(" (?:" + CONNECTIVES + ") ");

  /**
   * After a handle, the second person: "@tallpines you can like the bike ..." replies to the
   * handle, which is then no name the sentence speaks of.
   */
  private static final Pattern ADDRESSED = Pattern.compile(",?\\s+(?:you|your)\\b");

  /** Initials: "J.", "J.K." */
  static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.)+");

  /**
   * Abbreviated company forms that end a name with their full stop, kept as written inside a
   * sentence ("Analysts at Quarrington & Co. said"). At a sentence's end the stop may be the
   * sentence's alone ("... owned by Ravel & Co."), and the name is left without it. Person suffixes
   * ("Jr.") are not among them: a surname is found by a name's last word.
   */
  private static final Set<String> COMPANY_FORMS = Set.of("Co.", "Inc.", "Corp.", "Ltd.", "Bros.");

  private static final Pattern TRAILING_STOPS = Pattern.compile("[.,]+$");

  /** A thread post's number opening a sentence ("1/ ", "2/7 "): not part of the sentence. */
  static final Pattern THREAD_NUMBER = Pattern.compile("^\\d{1,3}/(?:\\d{1,3})?\\s+");

  /**
   * A question's number opening a committee transcript's turn ("Q41 Chair: ...", "Q42 Ms Ruiz:
   * ..."): the record's numbering, not part of the label after it.
   */
  static final Pattern QUESTION_NUMBER = Pattern.compile("^Q\\d{1,4}\\s+(?=\\p{Lu})");

  /**
   * A post's or letter's lead-in, "ridgeline_ev wrote: ", "@ridgeline_ev: " or "Sara Lund, a reader
   * in Ohio, writes: " (see {@code [post-verbs]} of speaker-cues.txt): not part of the sentence's
   * own words, like a thread number.
   */
  static final Pattern POST_LABEL =
      Pattern.compile(
          "^(?:@[\\p{L}\\p{N}_]+|@?[\\p{L}\\p{N}_.-]*[\\p{L}\\p{N}_](?:\\s+\\p{Lu}[\\p{L}'\u2019.-]*){0,3}"
              + "(?:,[^,:]{1,80},)?\\s+(?:wrote|writes|posted|replied|commented)):\\s+");

  /**
   * Where a sentence's own words start: after a thread number, a question's number or a post's
   * lead-in, if any.
   *
   * @param sentence the sentence
   * @return the offset of its first word
   */
  public static int lead(String sentence) {
    Matcher m = THREAD_NUMBER.matcher(sentence);
    if (m.lookingAt()) {
      return m.end();
    }
    Matcher question = QUESTION_NUMBER.matcher(sentence);
    if (question.lookingAt()) {
      return question.end();
    }
    // A lead-in always ends with a colon: without one, the expression is not tried.
    if (sentence.indexOf(':') < 0) {
      return 0;
    }
    Matcher post = POST_LABEL.matcher(sentence);
    return post.lookingAt() ? post.end() : 0;
  }

  /**
   * Whether a run's words went on over a connective ("Bank of Northmere"): only {@link #find} with
   * head nouns joins one, so such a run is an institution's name.
   *
   * @param words the run's words ({@link #wordsOf})
   */
  static boolean joinedOverConnective(String[] words) {
    for (String w : words) {
      if (CONNECTIVE_WORDS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** Number of words. */
  public int words() {
    return wordsOf(text).length;
  }

  /**
   * The words of a name, or of any run of text, split at runs of whitespace: the one way the
   * package's rules split names (String.split compiles its expression per call). The answer is what
   * {@code Pattern.compile("\\s+").split(text)} gives (a leading empty word when the text opens
   * with whitespace, none at its end), cut by hand: the regex engine's split cost more than the
   * rules that read the words, and this runs for every name of every sentence.
   *
   * @param text a name or text
   * @return its words
   */
  static String[] wordsOf(String text) {
    List<String> words = null;
    int start = 0;
    for (int i = 0; i < text.length(); ) {
      if (!AlternationIndex.isSpace(text.charAt(i))) {
        i++;
        continue;
      }
      if (words == null) {
        words = new ArrayList<>();
      }
      words.add(text.substring(start, i));
      while (i < text.length() && AlternationIndex.isSpace(text.charAt(i))) {
        i++;
      }
      start = i;
    }
    if (words == null) {
      return new String[] {text}; // no whitespace: the text itself, even when empty
    }
    words.add(text.substring(start));
    int size = words.size();
    while (size > 0 && words.get(size - 1).isEmpty()) {
      size--; // as split drops trailing empty strings
    }
    return words.subList(0, size).toArray(new String[0]);
  }

  /**
   * Finds the capitalised runs of a sentence.
   *
   * @param sentence the sentence
   * @param leadingNotNames capitalised words dropped from the start of a run ("The", "For")
   * @return the runs, left to right
   */
  public static List<NameSpan> find(String sentence, Set<String> leadingNotNames) {
    return find(sentence, leadingNotNames, Set.of());
  }

  /**
   * Finds the capitalised runs of a sentence, a run ending in one of some institutions' head nouns
   * going on over "of" or "for" into the capitalised words after it: "Bank of Northmere", "Office
   * for Rail Statistics", "University of Calder" are one name each, as their owners write them.
   *
   * @param sentence the sentence
   * @param leadingNotNames capitalised words dropped from the start of a run ("The", "For")
   * @param ofHeads the head nouns a name goes on after ("Bank", "Office", "University")
   * @return the runs, left to right
   */
  public static List<NameSpan> find(
      String sentence, Set<String> leadingNotNames, Set<String> ofHeads) {
    List<NameSpan> spans = new ArrayList<>();
    int runStart = -1;
    int runEnd = -1;
    List<String> words = new ArrayList<>();
    // "Q41 Chair:": the question's number is no word of the label's name
    Matcher question = QUESTION_NUMBER.matcher(sentence);
    int searchFrom = question.lookingAt() ? question.end() : 0;
    for (int at = findWord(sentence, searchFrom); at >= 0; at = findWord(sentence, searchFrom)) {
      int wordEnd = wordEnd(sentence, at);
      searchFrom = wordEnd;
      String word = sentence.substring(at, wordEnd);
      boolean particle = isParticle(word) || word.equals("&");
      String gap = runStart >= 0 ? sentence.substring(runEnd, at) : "";
      boolean adjacent = runStart >= 0 && gap.equals(" ");
      if (runStart >= 0
          && !particle
          && OF_GAP.matcher(gap).matches()
          && ofHeads.contains(words.get(words.size() - 1))) {
        // "Bank of Northmere": the connective joins the run, as a particle would.
        words.add(gap.strip());
        adjacent = true;
      }
      boolean boundaryBefore = at == 0 || !Character.isLetterOrDigit(sentence.charAt(at - 1));
      if (word.charAt(0) == '@') {
        // A handle ("@ledgerwolf") is a name of its own, never part of a run of capitals.
        flush(spans, sentence, runStart, runEnd, words, leadingNotNames);
        words.clear();
        runStart = -1;
        if (boundaryBefore
            && !ADDRESSED.matcher(sentence).region(wordEnd, sentence.length()).lookingAt()) {
          spans.add(new NameSpan(at, wordEnd, word, false));
        }
        continue;
      }
      if (!boundaryBefore || (particle && !adjacent)) {
        flush(spans, sentence, runStart, runEnd, words, leadingNotNames);
        runStart = -1;
        words.clear();
        continue;
      }
      if (!adjacent) {
        flush(spans, sentence, runStart, runEnd, words, leadingNotNames);
        words.clear();
        runStart = at;
      }
      words.add(word);
      runEnd = wordEnd;
      if (continuesAfterPluralPossessive(word, sentence, wordEnd)) {
        continue;
      }
      if (isPossessive(word) || word.endsWith(".") && !INITIALS.matcher(word).matches()) {
        flush(spans, sentence, runStart, runEnd, words, leadingNotNames);
        runStart = -1;
        words.clear();
      }
    }
    flush(spans, sentence, runStart, runEnd, words, leadingNotNames);
    return spans;
  }

  /**
   * Where {@code find(from)} of {@link #WORD} finds a word, or -1: tried only where one of its
   * alternatives can start (a capital or a number, the first letter of a particle, "&", "@"), and
   * read there by hand ({@link #wordEnd}): the regex engine's own scan tried all of them at every
   * character, and this runs several times per sentence.
   */
  static int findWord(String sentence, int from) {
    for (int i = from; i < sentence.length(); i++) {
      if (mayStartWord(sentence.codePointAt(i)) && wordEnd(sentence, i) >= 0) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Where a match of {@link #WORD} starting at this place ends, or -1 when none starts there: its
   * alternatives start with different characters, so at most one applies.
   */
  static int wordEnd(String sentence, int at) {
    int c = sentence.codePointAt(at);
    int type = Character.getType(c);
    if (type == Character.UPPERCASE_LETTER || isNumber(type)) {
      // [\p{Lu}\p{N}][\p{L}\p{N}&.\-'’]*
      int i = at + Character.charCount(c);
      while (i < sentence.length()) {
        int d = sentence.codePointAt(i);
        if (!Character.isLetter(d)
            && !isNumber(Character.getType(d))
            && "&.-'\u2019".indexOf(d) < 0) {
          break;
        }
        i += Character.charCount(d);
      }
      return i;
    }
    if (c == '&') {
      // &(?=\s+\p{Lu})
      int i = at + 1;
      while (i < sentence.length() && AlternationIndex.isSpace(sentence.charAt(i))) {
        i++;
      }
      boolean capitalAfterSpace =
          i > at + 1
              && i < sentence.length()
              && Character.getType(sentence.codePointAt(i)) == Character.UPPERCASE_LETTER;
      return capitalAfterSpace ? at + 1 : -1;
    }
    if (c == '@') {
      // @[\p{L}\p{N}_]*[\p{L}\p{N}]: up to the run's last letter or number
      int end = -1;
      int i = at + 1;
      while (i < sentence.length()) {
        int d = sentence.codePointAt(i);
        boolean letterOrNumber = Character.isLetter(d) || isNumber(Character.getType(d));
        if (!letterOrNumber && d != '_') {
          break;
        }
        i += Character.charCount(d);
        if (letterOrNumber) {
          end = i;
        }
      }
      return end;
    }
    // (?:de|van|...|'t|’t)(?![\p{L}]), the first of them in
    // this order that fits
    for (String particle : PARTICLES) {
      int end = at + particle.length();
      if (sentence.startsWith(particle, at)
          && (end == sentence.length() || !Character.isLetter(sentence.codePointAt(end)))) {
        return end;
      }
    }
    return -1;
  }

  /** A name's lower-case particle ("de", "van", "bin"), or the Dutch "'t" of "van 't Hoff". */
  static boolean isParticle(String word) {
    char c = word.charAt(0);
    return Character.isLowerCase(c) || c == '\'' || c == '\u2019';
  }

  /** What {@code \p{N}} matches: a decimal digit, a letter number or another number. */
  private static boolean isNumber(int type) {
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  private static boolean mayStartWord(int c) {
    return switch (Character.getType(c)) {
      case Character.UPPERCASE_LETTER,
          Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER,
          Character.OTHER_NUMBER ->
          true;
      default ->
          c == 'd'
              || c == 'v'
              || c == 'b'
              || c == 'a'
              || c == 't'
              || c == 'l'
              || c == '\''
              || c == '\u2019'
              || c == '&'
              || c == '@';
    };
  }

  /**
   * Whether a plural possessive is inside a name rather than its end: "Retail Grocers’
   * Association", "Steelworkers’ Guild": a capitalised word follows it after one space. A singular
   * possessive always ends the name ("Meta’s Llama" is a firm and its product).
   */
  private static boolean continuesAfterPluralPossessive(String word, String sentence, int end) {
    return (word.endsWith("s'") || word.endsWith("s\u2019"))
        && word.length() > 2
        && end + 1 < sentence.length()
        && sentence.charAt(end) == ' '
        && Character.isUpperCase(sentence.charAt(end + 1));
  }

  private static boolean isPossessive(String word) {
    return word.endsWith("'s")
        || word.endsWith("\u2019s")
        || word.endsWith("s'")
        || word.endsWith("s\u2019");
  }

  /** A reporting period written as a code: "Q3", "H1", "FY2026", "FY26". */
  private static final Pattern PERIOD = Pattern.compile("Q[1-4]|H[12]|FY(?:\\d{2}|\\d{4})?");

  /**
   * A word of figures alone ("10" of "09:10 A Pennywhistle spokeswoman", "1" of a numbered list)
   * opens no name: "3M" or "Vela 3" keep theirs.
   */
  private static final Pattern NUMBER_ONLY = Pattern.compile("[\\p{N}.,:'’-]+");

  private static void flush(
      List<NameSpan> spans,
      String sentence,
      int runStart,
      int runEnd,
      List<String> words,
      Set<String> leadingNotNames) {
    if (runStart < 0 || words.isEmpty()) {
      return;
    }
    List<String> kept = new ArrayList<>(words);
    int start = runStart;
    while (!kept.isEmpty()
        && (leadingNotNames.contains(kept.get(0)) || NUMBER_ONLY.matcher(kept.get(0)).matches())) {
      start = sentence.indexOf(kept.get(0), start) + kept.get(0).length();
      while (start < sentence.length() && sentence.charAt(start) == ' ') {
        start++;
      }
      kept.remove(0);
    }
    // Trailing lower-case particles are not part of a name, nor is a reporting period after it
    // ("Garnet Bay Foods Q3 adjusted EPS").
    while (!kept.isEmpty()
        && (isParticle(kept.get(kept.size() - 1))
            || kept.get(kept.size() - 1).equals("&")
            || PERIOD.matcher(kept.get(kept.size() - 1)).matches())) {
      kept.remove(kept.size() - 1);
    }
    if (kept.isEmpty()) {
      return;
    }
    String last = kept.get(kept.size() - 1);
    boolean possessive = isPossessive(last);
    if (possessive) {
      kept.set(kept.size() - 1, Registry.stripPossessive(last));
    }
    String text = TRAILING_STOPS.matcher(String.join(" ", kept)).replaceAll("");
    if (text.endsWith(".") || text.isEmpty()) {
      return;
    }
    boolean sentenceGoesOn = !sentence.substring(runEnd).isBlank();
    spans.add(new NameSpan(start, runEnd, keepFinalStop(text, kept, sentenceGoesOn), possessive));
  }

  /**
   * The name with the full stop of its final initials put back, or of its company form ("Co.") when
   * the sentence goes on after it.
   */
  private static String keepFinalStop(String text, List<String> kept, boolean sentenceGoesOn) {
    String last = kept.get(kept.size() - 1);
    boolean stopIsTheName =
        INITIALS.matcher(last).matches() || sentenceGoesOn && COMPANY_FORMS.contains(last);
    return stopIsTheName && !text.endsWith(".") ? text + "." : text;
  }
}
