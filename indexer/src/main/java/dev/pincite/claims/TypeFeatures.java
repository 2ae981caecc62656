package dev.pincite.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The features a trained type model ({@link TypeModel}) reads for one sentence of a document. No
 * word list: the model learns which words matter from the labelled sentences. A sentence is
 * described by its words (lower case, as unigrams and with the next word), its first words (where
 * modals, connectives and imperatives stand), its shape (numbers, percentages, money, a question, a
 * colon, quotation marks, a table row, a transcript label, its length), where it stands (paragraph
 * start, under a heading and that heading's words, its relative position), the shape of its
 * document, and what the rules ({@link TypeRules}) decided for it and for the sentences beside it;
 * and, when given, its place in the discourse ({@link DiscourseContext}): whether another speaker
 * said something sharing its words before, and the class of a connective opening one of its
 * clauses.
 *
 * <p>Where a sentence stands means different things in documents of different shapes: the first
 * sentence of a long article with headings often frames it ({@code context}), the first sentence of
 * a four-sentence argument is usually its thesis, and a one-sentence news item is all there is. So
 * the position features are only given together with the document's shape (its length in sentences
 * and paragraphs, bucketed, and whether it has headings), never alone: what the model learns about
 * the opening of a long article does not carry to a short text.
 *
 * <p>Stateless and thread safe.
 */
final class TypeFeatures {

  /**
   * What a word goes on over after its first letter besides letters: a word is {@code
   * \p{L}[\p{L}'’-]*|\p{N}+} ({@link #scan}).
   */
  private static final String WORD_INSIDE = "'\u2019-";

  private static final Pattern PERCENT = Pattern.compile("\\d\\s*(?:%|per ?cent|percent)");
  private static final Pattern MONEY = Pattern.compile("[$€£¥]\\s*\\d|\\d\\s*(?:bn|m)\\b");
  private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d\\d\\b");
  private static final Pattern LABEL = TypeRules.TRANSCRIPT_LABEL;

  private TypeFeatures() {}

  /**
   * The features of each sentence of a document.
   *
   * @param document the document's sentences
   * @param rules the rules' decision for each sentence
   * @param ruleFeatures whether the rules' decisions are features
   * @param places each sentence's place in the discourse, or null for no such features
   * @return one feature array per sentence
   */
  static List<String[]> of(
      List<TypeClassifier.Sentence> document,
      List<TypeClassifier.Decision> rules,
      boolean ruleFeatures,
      List<DiscourseContext.Place> places) {
    List<String[]> out = new ArrayList<>(document.size());
    // the shape is the document's: computed once, not once per sentence (quadratic in long ones)
    String shape = shape(document);
    // a section's words are read once for the run of sentences under it
    String section = null;
    List<String> sectionWords = List.of();
    for (int i = 0; i < document.size(); i++) {
      String s = document.get(i).section();
      if (s != null && !s.equals(section)) {
        sectionWords = words(s);
      }
      section = s;
      String[] own = of(document, shape, ruleFeatures ? rules : null, i, sectionWords);
      out.add(places == null ? own : withPlace(own, places.get(i)));
    }
    return out;
  }

  private static String[] of(
      List<TypeClassifier.Sentence> document,
      String shape,
      List<TypeClassifier.Decision> rules,
      int i,
      List<String> sectionWords) {
    TypeClassifier.Sentence s = document.get(i);
    List<String> f = new ArrayList<>();
    f.add("doc=" + shape);
    if (rules != null) {
      f.add("rule=" + rules.get(i).type().label());
      f.add("rule-prev=" + (i == 0 ? "none" : rules.get(i - 1).type().label()));
      f.add("rule-next=" + (i + 1 == rules.size() ? "none" : rules.get(i + 1).type().label()));
    }
    Matcher label = LABEL.matcher(s.text());
    boolean labelled = label.lookingAt();
    String text = labelled ? s.text().substring(label.end()) : s.text();
    if (labelled) {
      f.add("transcript-label");
    }
    if (s.paragraphStart()) {
      f.add("paragraph-start@" + shape);
    }
    if (i == 0) {
      f.add("document-start@" + shape);
    }
    if (i + 1 == document.size()) {
      f.add("document-end@" + shape);
    }
    f.add("position=" + (i * 4 / document.size()) + "@" + shape);
    if (s.tableHeader()) {
      f.add("table-header");
    }
    if (text.startsWith("|")) {
      f.add("table-row");
    }
    if (s.section() != null) {
      f.add("section");
      for (String w : sectionWords) {
        f.add("section-word=" + w);
      }
    }
    List<String> words = words(text);
    f.add("length=" + Math.min(words.size() / 5, 6));
    for (int k = 0; k < words.size(); k++) {
      f.add("w=" + words.get(k));
      if (k + 1 < words.size()) {
        f.add("ww=" + words.get(k) + "_" + words.get(k + 1));
      }
    }
    f.add("first=" + (words.isEmpty() ? "" : words.get(0)));
    if (words.size() > 1) {
      f.add("first2=" + words.get(0) + "_" + words.get(1));
    }
    String stripped = text.strip();
    if (stripped.endsWith("?")) {
      f.add("question");
    }
    if (stripped.endsWith(":")) {
      f.add("ends-colon");
    }
    if (i > 0 && document.get(i - 1).text().strip().endsWith("?")) {
      f.add("after-question");
    }
    if (QuotationRuns.hasDoubleMark(text)) {
      f.add("quotation");
    }
    // Percentages, money and years all need a digit: most sentences have none and skip them.
    boolean number = hasDigit(text);
    if (number && PERCENT.matcher(text).find()) {
      f.add("percent");
    }
    if (number && MONEY.matcher(text).find()) {
      f.add("money");
    }
    if (number) {
      f.add("number");
    }
    if (number && YEAR.matcher(text).find()) {
      f.add("year");
    }
    return f.toArray(String[]::new);
  }

  /**
   * A sentence's features with those of its place in the discourse: how many content words an
   * earlier sentence by another speaker shares with it (0 to 3), crossed with its own voice
   * (attributed or the document's), and the class of each connective opening one of its later
   * clauses, alone and crossed with that echo ("..., but ..." after another voice argued the
   * point). Other context features were measured and left out ({@code docs/claims.md}, 4 December,
   * late evening): the voice and a change of speaker alone, the paragraph position, a company
   * shared with another speaker, the connective opening the sentence.
   */
  private static String[] withPlace(String[] own, DiscourseContext.Place p) {
    List<String> f = new ArrayList<>(List.of(own));
    String voice = p.attributed() ? "attributed" : "own";
    f.add("echo-other=" + p.otherVoiceEcho() + "@" + voice);
    for (String c : p.clauses()) {
      f.add("clause=" + c);
      f.add("clause=" + c + "@echo-other=" + Math.min(p.otherVoiceEcho(), 2));
    }
    return f.toArray(String[]::new);
  }

  /**
   * The document's shape: its length in sentences and in paragraphs, bucketed, and whether it has
   * headings; "1s" is a one-sentence item, "2-8s1p" a short text of one paragraph.
   */
  static String shape(List<TypeClassifier.Sentence> document) {
    int sentences = document.size();
    int paragraphs = 0;
    boolean headings = false;
    for (TypeClassifier.Sentence s : document) {
      paragraphs += s.paragraphStart() ? 1 : 0;
      headings |= s.section() != null;
    }
    String length =
        sentences <= 1
            ? "1s"
            : sentences <= 3
                ? "2-3s"
                : sentences <= 8 ? "4-8s" : sentences <= 20 ? "9-20s" : "21+s";
    if (sentences <= 1) {
      return length;
    }
    String paras = paragraphs <= 1 ? "1p" : paragraphs <= 3 ? "2-3p" : "4+p";
    return length + paras + (headings ? "h" : "");
  }

  /** A text's words: letters with apostrophes and hyphens inside, or numbers. */
  static WordScan scan(String text) {
    return new WordScan(text, WORD_INSIDE, true);
  }

  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    WordScan m = scan(text);
    while (m.find()) {
      String w = m.group().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
      out.add(hasDigit(w) ? "<num>" : w);
    }
    return out;
  }

  /**
   * Whether the text holds an ASCII digit: what {@code \\d} finds (without {@link
   * Pattern#UNICODE_CHARACTER_CLASS}), without a matcher per word.
   */
  static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }
}
