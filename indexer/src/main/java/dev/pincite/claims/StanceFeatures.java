package dev.pincite.claims;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The features a trained stance model ({@link StanceModel}) reads for one sentence: what the rules
 * counted ({@link StanceRules.Evidence}: their decision and score, the cue words on each side, the
 * moves of {@link FinancialMoves} and whether a metric is named), two amounts compared ("from 5 to
 * 7"), the sentence's claim type, negation and hedging ({@code [negators]} and {@code [hedges]} of
 * {@code stance-cues.txt}), whether companies are named, the document's shape (sentences and
 * paragraphs, bucketed), whether the sentence reports someone or is the document's own voice, what
 * kind of number it has, the sentence's words and word pairs (lower case, numbers as one token),
 * and the discourse around it ({@link StanceClassifier.Discourse}: how the document's, the
 * speaker's and the paragraph's other sentences and its neighbours were decided). Which words
 * matter is learned, not listed.
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
    NEGATION_SCOPE,
    /**
     * The lean of the document's other sentences as the rules decided them ({@link
     * StanceClassifier.Discourse#document}, bucketed: {@link #lean}), alone, with the rules'
     * decision of the sentence and with its type: a bear piece's sentences lean bearish.
     */
    DISCOURSE_DOCUMENT,
    /**
     * The lean of the same speaker's other sentences, alone and with the rules' decision and the
     * voice: a speaker keeps a side.
     */
    DISCOURSE_SPEAKER,
    /** The lean of the same paragraph's other sentences, alone and with the rules' decision. */
    DISCOURSE_PARAGRAPH,
    /**
     * The rules' decisions of the sentences just before and just after, each with the sentence's
     * own rules' decision.
     */
    DISCOURSE_NEIGHBOURS,
    /**
     * Not features of their own: the discourse groups read the stances a first model (trained on
     * every other group) decided of the other sentences, instead of the rules' ({@link StanceModel}
     * trains that first pass, and reads each training document's discourse from a first pass not
     * trained on it).
     */
    STACKED
  }

  /** The discourse groups, which a stacked model's first pass goes without. */
  private static final Set<Group> DISCOURSE =
      EnumSet.of(
          Group.DISCOURSE_DOCUMENT,
          Group.DISCOURSE_SPEAKER,
          Group.DISCOURSE_PARAGRAPH,
          Group.DISCOURSE_NEIGHBOURS,
          Group.STACKED);

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

  /**
   * The groups a stacked model's first pass is trained on: these without the discourse ones.
   *
   * @param groups a stacked model's groups
   * @return the first pass's
   */
  static Set<Group> firstPassGroups(Set<Group> groups) {
    Set<Group> out = EnumSet.noneOf(Group.class);
    out.addAll(groups);
    out.removeAll(DISCOURSE);
    return out;
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
    discourse(sentence, rule, f);
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
   * A stacked model's second-pass features: its first pass's and the discourse's ({@link
   * Group#STACKED}), so that the first pass's are counted once for both.
   *
   * @param first the sentence's first-pass features ({@link #of} of a first pass's features)
   * @param sentence the sentence, with the discourse the first pass read
   * @param evidence what the rules counted in it
   * @return the first-pass features followed by the discourse's of this one's groups
   */
  String[] withDiscourse(
      String[] first, StanceClassifier.Sentence sentence, StanceRules.Evidence evidence) {
    List<String> f = new ArrayList<>(Arrays.asList(first));
    discourse(sentence, evidence.stance().label(), f);
    return f.toArray(String[]::new);
  }

  /**
   * The discourse features ({@link Group#DISCOURSE_DOCUMENT} and the others); a sentence with no
   * discourse read (alone, as in Financial PhraseBank) has {@code none} for each group used.
   */
  private void discourse(StanceClassifier.Sentence sentence, String rule, List<String> f) {
    StanceClassifier.Discourse d = sentence.discourse();
    String type = sentence.type().label();
    if (groups.contains(Group.DISCOURSE_DOCUMENT)) {
      String lean = d.known() ? lean(d.document()) : "none";
      f.add("doc-lean=" + lean);
      f.add("doc-lean-rule=" + lean + "_" + rule);
      f.add("doc-lean-type=" + lean + "_" + type);
    }
    if (groups.contains(Group.DISCOURSE_SPEAKER)) {
      String lean = d.known() ? lean(d.speaker()) : "none";
      String voice = sentence.attributed() ? "reported" : "own";
      f.add("speaker-lean=" + lean + "_" + voice);
      f.add("speaker-lean-rule=" + lean + "_" + rule);
    }
    if (groups.contains(Group.DISCOURSE_PARAGRAPH)) {
      String lean = d.known() ? lean(d.paragraph()) : "none";
      f.add("para-lean=" + lean);
      f.add("para-lean-rule=" + lean + "_" + rule);
    }
    if (groups.contains(Group.DISCOURSE_NEIGHBOURS)) {
      String previous = !d.known() ? "none" : d.previous() == null ? "start" : d.previous().label();
      String next = !d.known() ? "none" : d.next() == null ? "end" : d.next().label();
      f.add("prev-rule=" + previous + "_" + rule);
      f.add("next-rule=" + next + "_" + rule);
    }
  }

  /**
   * A scope's lean, bucketed by how many more sentences the rules decided bullish than bearish:
   * {@code empty} (no other sentence), {@code flat} (none decided either way), {@code bull2} (two
   * or more), {@code bull1}, {@code even}, {@code bear1}, {@code bear2}.
   */
  static String lean(StanceClassifier.Lean lean) {
    int decided = lean.bullish() + lean.bearish();
    if (decided + lean.neutral() == 0) {
      return "empty";
    }
    if (decided == 0) {
      return "flat";
    }
    int net = lean.bullish() - lean.bearish();
    return net >= 2
        ? "bull2"
        : net == 1 ? "bull1" : net == 0 ? "even" : net == -1 ? "bear1" : "bear2";
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
    WordScan m = TypeFeatures.scan(text);
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
    WordScan m = TypeFeatures.scan(text);
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
