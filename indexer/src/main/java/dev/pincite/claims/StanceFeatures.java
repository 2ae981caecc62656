package dev.pincite.claims;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The features a trained stance model ({@link StanceModel}) reads for one sentence: what the rules
 * counted ({@link StanceRules.Evidence}: their decision and score, the cue words on each side, the
 * moves of {@link FinancialMoves} and whether a metric is named), two amounts compared ("from 5 to
 * 7"), the sentence's claim type, negation and hedging ({@code [negators]} and {@code [hedges]} of
 * {@code stance-cues.txt}), whether companies are named, the document's shape (sentences and
 * paragraphs, bucketed), whether the sentence reports someone or is the document's own voice, what
 * kind of number it has, and the sentence's words and word pairs (lower case, numbers as one
 * token). Which words matter is learned, not listed.
 *
 * <p>Immutable and thread safe.
 */
public final class StanceFeatures {

  /** Groups of features, so that cross-validation can leave one out. */
  public enum Group {
    RULES,
    MOVES,
    COMPARISON,
    TYPE,
    NEGATION,
    HEDGE,
    COMPANIES,
    WORDS,
    PAIRS,
    /**
     * The document's shape (sentences and paragraphs, bucketed) alone: a class prior per shape (a
     * one-line news item is mostly a move or neutral, an essay about policy neutral).
     */
    SHAPE,
    /**
     * The document's shape with the rules' decision and with the type: how far each holds there.
     */
    SHAPE_CROSSED,
    /** Reported speech or the document's own voice, alone and with the rules' decision. */
    VOICE,
    /** Whether the sentence has numbers, percentages or money, alone and with the moves' sign. */
    NUMBERS,
    /**
     * Not features of their own: the words and word pairs read a name as its role, {@code
     * <company>} for a capitalised word of an organisation the sentence discusses and {@code
     * <name>} for another capitalised word inside the sentence (a person, a place, a product), a
     * run of them as one, so that what is learned of "Halden rose" carries to "Skarn rose".
     */
    ROLES,
    /**
     * Whose figure each financial move is, with its polarity: a discussed organisation named before
     * the move in the sentence ({@code company}), another name there (a rival, a market, a person:
     * {@code other}), or none ({@code none}: "net sales fell", the company's own by default).
     */
    OWNER,
    /**
     * The words in a negation's scope (the three after a {@code [negators]} word), each marked as
     * negated: "not growing" is learned apart from "growing".
     */
    NEGATION_SCOPE
  }

  private static final Pattern PERCENT = Pattern.compile("\\d\\s*(?:%|per ?cent|percent)");
  private static final Pattern MONEY = Pattern.compile("[$€£¥]\\s*\\d|\\d\\s*(?:bn|m)\\b");

  /** What a capitalised word may follow without being a name: quotes, a colon, brackets, dashes. */
  private static final String OPENERS = "\"\u201c\u2018'(:[\u2014\u2013-";

  private static final int MAX_COUNT = 3;
  private static final int NEGATION_REACH = 3;
  private static final int MAX_SCORE = 4;

  private final Set<String> negators = new HashSet<>();
  private final Set<String> hedges = new HashSet<>();
  private final Set<Group> groups;

  /**
   * @param cues the parsed {@code stance-cues.txt}
   * @param groups the feature groups to use
   */
  StanceFeatures(CueFile cues, Set<Group> groups) {
    cues.list("negators").forEach(w -> negators.add(w.toLowerCase(Locale.ROOT)));
    cues.list("hedges").forEach(w -> hedges.add(w.toLowerCase(Locale.ROOT)));
    this.groups = groups.isEmpty() ? Set.of() : EnumSet.copyOf(groups);
  }

  /** The feature groups used, in their declared order. */
  Set<Group> groups() {
    return groups;
  }

  /**
   * The features of one sentence.
   *
   * @param sentence the sentence
   * @param evidence what the rules counted in it
   * @return its features
   */
  String[] of(StanceClassifier.Sentence sentence, StanceRules.Evidence evidence) {
    List<String> f = new ArrayList<>();
    f.add("bias");
    String rule = evidence.stance().label();
    if (groups.contains(Group.RULES)) {
      f.add("rule=" + rule);
      f.add("score=" + Math.clamp(evidence.score(), -MAX_SCORE, MAX_SCORE));
      f.add("bullish-cues=" + Math.min(evidence.bullishHits(), MAX_COUNT));
      f.add("bearish-cues=" + Math.min(evidence.bearishHits(), MAX_COUNT));
    }
    if (groups.contains(Group.MOVES)) {
      int moved = 0;
      for (FinancialMoves.Move m : evidence.figures().moves()) {
        f.add("move=" + m.sign());
        moved += m.sign();
      }
      f.add("moves-net=" + Integer.signum(moved));
      if (evidence.figures().mentionsMetric()) {
        f.add("metric");
      }
    }
    if (groups.contains(Group.OWNER)) {
      for (FinancialMoves.Move m : evidence.figures().moves()) {
        f.add("move-owner=" + m.sign() + "_" + owner(sentence, m.at()));
      }
    }
    if (groups.contains(Group.COMPARISON)) {
      for (int direction : evidence.figures().comparisons()) {
        f.add(direction > 0 ? "compared=up" : "compared=down");
      }
    }
    if (groups.contains(Group.TYPE)) {
      f.add("type=" + sentence.type().label());
      f.add("type-rule=" + sentence.type().label() + "_" + rule);
    }
    int net = 0;
    for (FinancialMoves.Move m : evidence.figures().moves()) {
      net += m.sign();
    }
    String shape = shape(sentence.document());
    if (groups.contains(Group.SHAPE)) {
      f.add("shape=" + shape);
    }
    if (groups.contains(Group.SHAPE_CROSSED)) {
      f.add("shape-rule=" + shape + "_" + rule);
      f.add("shape-type=" + shape + "_" + sentence.type().label());
    }
    if (groups.contains(Group.VOICE)) {
      String voice = sentence.attributed() ? "reported" : "own";
      f.add("voice=" + voice);
      f.add("voice-rule=" + voice + "_" + rule);
    }
    if (groups.contains(Group.NUMBERS)) {
      String text = sentence.text();
      // Percentages and money need a digit: most sentences have none and skip them.
      String numbers =
          !TypeFeatures.hasDigit(text)
              ? "none"
              : PERCENT.matcher(text).find()
                  ? "percent"
                  : MONEY.matcher(text).find() ? "money" : "number";
      f.add("numbers=" + numbers);
      f.add("numbers-moves=" + numbers + "_" + Integer.signum(net));
    }
    List<String> words =
        groups.contains(Group.ROLES)
            ? roleWords(sentence)
            : TypeFeatures.words(sentence.text().replace('\u2019', '\''));
    if (groups.contains(Group.NEGATION)) {
      if (evidence.negatedHits() > 0) {
        f.add("negated-cue");
      }
      if (words.stream().anyMatch(negators::contains)) {
        f.add("negation");
        f.add("negation-rule=" + rule);
      }
    }
    if (groups.contains(Group.HEDGE) && words.stream().anyMatch(hedges::contains)) {
      f.add("hedge");
      f.add("hedge-rule=" + rule);
    }
    if (groups.contains(Group.COMPANIES)) {
      int named = sentence.companies().size();
      f.add("companies=" + (named == 0 ? "none" : named == 1 ? "one" : "several"));
      if (sentence.documentAboutCompanies()) {
        f.add("document-about-companies");
      }
      if (evidence.aboutCompany()) {
        f.add("about-company");
      }
    }
    int negated = 0; // words left in a negation's scope
    for (int k = 0; k < words.size(); k++) {
      if (groups.contains(Group.WORDS)) {
        f.add("w=" + words.get(k));
      }
      if (groups.contains(Group.NEGATION_SCOPE)) {
        if (negators.contains(words.get(k))) {
          negated = NEGATION_REACH;
        } else if (negated > 0) {
          f.add("not-w=" + words.get(k));
          negated--;
        }
      }
      if (groups.contains(Group.PAIRS) && k + 1 < words.size()) {
        f.add("ww=" + words.get(k) + "_" + words.get(k + 1));
      }
    }
    return f.toArray(String[]::new);
  }

  /**
   * The sentence's words as {@link TypeFeatures#words} gives them, with names read as their roles
   * ({@link Group#ROLES}). A capitalised word is a name unless it opens the sentence or follows an
   * opening quote, a colon or a bracket (where any word is capitalised), or is a single letter
   * ("I", "A"); a word of a discussed organisation's canonical name is {@code <company>} even
   * there.
   */
  private static List<String> roleWords(StanceClassifier.Sentence sentence) {
    Set<String> companyWords = new HashSet<>();
    for (String company : sentence.companies()) {
      companyWords.addAll(TypeFeatures.words(company));
    }
    String text = sentence.text().replace('\u2019', '\'');
    List<String> out = new ArrayList<>();
    Matcher m = TypeFeatures.WORD.matcher(text);
    while (m.find()) {
      String token = m.group();
      String word = token.toLowerCase(Locale.ROOT);
      String role = word;
      if (TypeFeatures.hasDigit(word)) {
        role = "<num>";
      } else if (Character.isUpperCase(token.charAt(0))) {
        if (companyWords.contains(word)) {
          role = "<company>";
        } else if (token.length() > 1 && !opensClause(text, m.start())) {
          role = "<name>";
        }
      }
      if (role.startsWith("<") && !role.equals("<num>") && !out.isEmpty()) {
        if (out.get(out.size() - 1).equals(role)) {
          continue; // "Jordi Hays" is one name
        }
      }
      out.add(role);
    }
    return out;
  }

  /**
   * Whose figure a move at character {@code at} is, by the names before it in the sentence: the
   * nearest name (a capitalised word that does not open a clause, or any word of a discussed
   * organisation) is a discussed organisation's ({@code company}) or not ({@code other}); {@code
   * none} when no name comes before.
   */
  private static String owner(StanceClassifier.Sentence sentence, int at) {
    String text = sentence.text();
    Set<String> companyWords = new HashSet<>();
    for (String company : sentence.companies()) {
      companyWords.addAll(TypeFeatures.words(company));
    }
    String owner = "none";
    Matcher m = TypeFeatures.WORD.matcher(text);
    while (m.find() && m.start() < at) {
      String token = m.group();
      if (!Character.isUpperCase(token.charAt(0))) {
        continue;
      }
      if (companyWords.contains(token.toLowerCase(Locale.ROOT))) {
        owner = "company";
      } else if (token.length() > 1 && !opensClause(text, m.start())) {
        owner = "other";
      }
    }
    return owner;
  }

  /**
   * Whether a word at {@code start} opens the sentence or a clause where any word is capitalised.
   */
  private static boolean opensClause(String text, int start) {
    for (int i = start - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c)) {
        return OPENERS.indexOf(c) >= 0;
      }
    }
    return true;
  }

  /**
   * A document's shape, bucketed: "1s" a one-sentence item, "2-3s" a brief, "4-8s1p" a short text
   * of one paragraph, and so on up to "21+s4+p".
   */
  static String shape(StanceClassifier.DocumentShape document) {
    int sentences = document.sentences();
    if (sentences <= 3) {
      return sentences == 1 ? "1s" : "2-3s";
    }
    String length = sentences <= 8 ? "4-8s" : sentences <= 20 ? "9-20s" : "21+s";
    int paragraphs = document.paragraphs();
    return length + (paragraphs <= 1 ? "1p" : paragraphs <= 3 ? "2-3p" : "4+p");
  }
}
