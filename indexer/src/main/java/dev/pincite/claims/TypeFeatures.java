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
 * start, under a heading and that heading's words, first sentence of the document) and what the
 * rules ({@link TypeRules}) decided for it and for the sentences beside it.
 *
 * <p>Stateless and thread safe.
 */
final class TypeFeatures {

  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'\u2019-]*|\\p{N}+");
  private static final Pattern PERCENT = Pattern.compile("\\d\\s*(?:%|per ?cent|percent)");
  private static final Pattern MONEY = Pattern.compile("[$€£¥]\\s*\\d|\\d\\s*(?:bn|m)\\b");
  private static final Pattern NUMBER = Pattern.compile("\\d");
  private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d\\d\\b");
  private static final Pattern QUOTE = Pattern.compile("[\"\u201C\u201D]");
  private static final Pattern LABEL = TypeRules.TRANSCRIPT_LABEL;

  private TypeFeatures() {}

  /**
   * The features of each sentence of a document.
   *
   * @param document the document's sentences
   * @param rules the rules' decision for each sentence
   * @param ruleFeatures whether the rules' decisions are features
   * @return one feature array per sentence
   */
  static List<String[]> of(
      List<TypeClassifier.Sentence> document,
      List<TypeClassifier.Decision> rules,
      boolean ruleFeatures) {
    List<String[]> out = new ArrayList<>(document.size());
    for (int i = 0; i < document.size(); i++) {
      out.add(of(document, ruleFeatures ? rules : null, i));
    }
    return out;
  }

  private static String[] of(
      List<TypeClassifier.Sentence> document, List<TypeClassifier.Decision> rules, int i) {
    TypeClassifier.Sentence s = document.get(i);
    List<String> f = new ArrayList<>();
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
      f.add("paragraph-start");
    }
    if (i == 0) {
      f.add("document-start");
    }
    if (s.tableHeader()) {
      f.add("table-header");
    }
    if (text.startsWith("|")) {
      f.add("table-row");
    }
    if (s.section() != null) {
      f.add("section");
      for (String w : words(s.section())) {
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
    if (QUOTE.matcher(text).find()) {
      f.add("quotation");
    }
    if (PERCENT.matcher(text).find()) {
      f.add("percent");
    }
    if (MONEY.matcher(text).find()) {
      f.add("money");
    }
    if (NUMBER.matcher(text).find()) {
      f.add("number");
    }
    if (YEAR.matcher(text).find()) {
      f.add("year");
    }
    return f.toArray(String[]::new);
  }

  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String w = m.group().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
      out.add(NUMBER.matcher(w).find() ? "<num>" : w);
    }
    return out;
  }
}
