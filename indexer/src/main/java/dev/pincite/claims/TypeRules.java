package dev.pincite.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a sentence's type is found, in this order:
 *
 * <ol>
 *   <li>The first row of a table (its header) is {@code context}.
 *   <li>Bull and bear cases ({@code [bull-case]}/{@code [bear-case]} of {@code section-cues.txt}):
 *       a sentence, table row or section that opens a case. Cases pair up in reading order: the
 *       first of a pair is a {@code claim}, the second, answering it, a {@code counterclaim} (see
 *       {@link Decision#answersCase()}); each case also fixes the stance.
 *   <li>The section heading the sentence stands under ({@code [section]}, "What to watch" gives
 *       {@code prediction}), then a label opening the paragraph ({@code [label]}, "Our take:" gives
 *       {@code claim}) for the paragraph's first sentence.
 *   <li>A question in an interview's question turn ({@code [question-labels]}, "Q: Why ...?") is
 *       {@code context}.
 *   <li>A sceptic announced by the sentence before ({@code [counter-intro]}), or a transcript turn
 *       opening with a denial right after another speaker's turn (not answering a question), is a
 *       {@code counterclaim}.
 *   <li>Discourse structure that sets the sentence against an earlier one is a {@code counterclaim}
 *       (its vocabulary is in {@code type-cues.txt}, the structures in {@link
 *       #discourseStructures}): a contrastive connective opening the sentence or its main clause
 *       ("However, ...", "The costs, however, ..."), a concession clause followed by the main
 *       clause ("Although X, Y"), a concession marker ("Admittedly, ..."; "Of course X" only with a
 *       contrast after it, in the sentence or opening the next), a reported concession with a
 *       "but", a verb of disagreeing, or of rejecting with a view or a clause as its object
 *       ("rejects the idea that ..."), a demonstrative subject with a rejecting predicate ("That
 *       misses ..."), an objection ("The problem with that is ..."), opponents or an unnamed side
 *       as the source ("critics counter", "others argue").
 *   <li>Cue expressions of {@code type-cues.txt}, list by list in file order.
 *   <li>Otherwise {@code claim}.
 * </ol>
 *
 * Discourse structure needs something to answer: before the first sentence that is not {@code
 * context} (the document opens with the other side's view), the later steps decide.
 *
 * <p>Thread safe: the per-document state (how many cases were opened, the last transcript label
 * ...) lives in one {@link #classify} call.
 */
public final class TypeRules implements TypeClassifier {

  /** A transcript label opening a paragraph ("ALEX KIM: ..."), removed before cue matching. */
  public static final Pattern TRANSCRIPT_LABEL =
      Pattern.compile("^\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019.-]*){0,3}:\\s+");

  private record Rule(Pattern pattern, ClaimType type, Stance stance) {}

  private static final Pattern DENIAL =
      Pattern.compile(
          "\\b(?:\\p{L}+n['\u2019]t|not|never|nothing|no one|nobody)\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private final List<Rule> sectionRules;
  private final List<Rule> labelRules;
  // The type lists of type-cues.txt in file order, read in one scan; cueTypes gives their types.
  private final OrderedWordCues cueLists;
  private final List<ClaimType> cueTypes;
  // Any of the counter-intro expressions: which one matched does not matter.
  private final WordCue counterIntro;

  /** The list of {@code type-cues.txt} whose sentences announce pushback in the next one. */
  static final String COUNTER_INTRO = "counter-intro";

  /** The list of {@code type-cues.txt} naming the question turns of an interview ("Q:"). */
  static final String QUESTION_LABELS = "question-labels";

  private final Pattern questionLabel;

  /** The lists of {@code type-cues.txt} that are discourse vocabulary, not types. */
  static final Set<String> VOCABULARY_LISTS =
      Set.of(
          "contrast-connectives",
          "contrast-parentheticals",
          "concession-subordinators",
          "concession-markers",
          "weak-concession-markers",
          "concession-verbs",
          "disagreement-verbs",
          "rejecting-verbs",
          "view-nouns",
          "rejection-predicates",
          "rejection-adjectives",
          "objection-nouns",
          "opponents",
          "unnamed-sources",
          "arguing-verbs");

  // Built once from the vocabulary lists (see discourseStructures): one scan per sentence.
  private final WordCue counterStructure;
  private final WordCue contrastOpening;
  private final WordCue weakConcession;

  private final Pattern bullCase;
  private final Pattern bearCase;

  /**
   * @param typeCues the parsed {@code type-cues.txt}
   * @param sectionCues the parsed {@code section-cues.txt}
   */
  public TypeRules(CueFile typeCues, CueFile sectionCues) {
    this.sectionRules = structureRules(sectionCues.list("section"));
    this.labelRules = structureRules(sectionCues.list("label"));
    List<String> intros = typeCues.list(COUNTER_INTRO);
    this.counterIntro = intros.isEmpty() ? null : new WordCue(intros);
    this.questionLabel =
        Pattern.compile(
            "^(?:" + String.join("|", typeCues.list(QUESTION_LABELS)) + ")\\s*:",
            Pattern.CASE_INSENSITIVE);
    this.counterStructure = new WordCue(discourseStructures(typeCues));
    this.contrastOpening =
        new WordCue("^(?:" + alternation(typeCues, "contrast-connectives") + ")");
    this.weakConcession =
        new WordCue("^(?:" + alternation(typeCues, "weak-concession-markers") + "),? \\w+");
    List<List<String>> cueExpressions = new ArrayList<>();
    List<ClaimType> types = new ArrayList<>();
    for (Map.Entry<String, List<String>> list : typeCues.lists().entrySet()) {
      if (list.getKey().equals(COUNTER_INTRO)
          || list.getKey().equals(QUESTION_LABELS)
          || VOCABULARY_LISTS.contains(list.getKey())) {
        continue;
      }
      // The first list with a match gives the type, so which of its expressions matched does
      // not matter; all lists are read in one scan of the sentence (OrderedWordCues).
      if (!list.getValue().isEmpty()) {
        cueExpressions.add(list.getValue());
        types.add(ClaimType.fromLabel(list.getKey()));
      }
    }
    this.cueLists = new OrderedWordCues(cueExpressions);
    this.cueTypes = List.copyOf(types);
    this.bullCase = casePattern(sectionCues.list("bull-case"));
    this.bearCase = casePattern(sectionCues.list("bear-case"));
  }

  /** A list's entries (regular-expression fragments) as one alternation, without group. */
  private static String alternation(CueFile cues, String list) {
    return String.join("|", cues.list(list));
  }

  /**
   * The structures that make a sentence a counterclaim, each an expression over the vocabulary of
   * {@code type-cues.txt}, matched on the sentence without its transcript label or thread number.
   *
   * @param cues the parsed {@code type-cues.txt}
   * @return the expressions
   */
  static List<String> discourseStructures(CueFile cues) {
    String connective = alternation(cues, "contrast-connectives");
    String parenthetical = alternation(cues, "contrast-parentheticals");
    String demonstrative = "(?:that|this|these|those|such)";
    String view =
        "(?:the|this|that|these|those|such|his|her|their|its|any|\\w+['\u2019]s)"
            + "(?: [\\w-]+){0,3}? (?:"
            + alternation(cues, "view-nouns")
            + ")";
    return List.of(
        // "However, ..." / "ALEX: But ..."
        "^(?:" + connective + ")",
        // "The costs, however, are high." / "In the long run, though, ..." / "It is cheap, though."
        "^[^,;:?]{1,80}, (?:" + parenthetical + ")(?:,|[.!?]?$)",
        "(?<=; )(?:" + parenthetical + ")",
        // "Although fares are low, the service is poor."
        "^(?:" + alternation(cues, "concession-subordinators") + ") [^,;]{3,120}, \\w+",
        // "Admittedly, the plan is costly." / "Of course it is costly, but ..."
        "^(?:" + alternation(cues, "concession-markers") + "),? \\w+",
        "^(?:" + alternation(cues, "weak-concession-markers") + ")(?:,? but|(?:,| )[^;]*?[,;] but)",
        // "She conceded the point but said ..."
        "(?:"
            + alternation(cues, "concession-verbs")
            + ")(?! to) [^.;]*?(?:, but| but (?:\\w+ )?(?:said|says|argued|argues|added|adds"
            + "|insisted|insists|noted|notes|warned|warns|thinks|thought|maintained|maintains))",
        // "Reyes disagreed." / "Critics counter that ..."
        "(?:" + alternation(cues, "disagreement-verbs") + ")",
        "(?:" + alternation(cues, "opponents") + ")",
        // "rejects the idea that ...", "questions whether ..."
        "(?<!(?:the|an?|open|key|big|real) )(?:"
            + alternation(cues, "rejecting-verbs")
            + ") (?:that|whether|"
            + view
            + ")",
        // "That misses the point." / "This argument is too rosy."
        "^"
            + demonstrative
            + "(?: [\\w-]+){0,2}? (?:"
            + alternation(cues, "rejection-predicates")
            + ")",
        "^"
            + demonstrative
            + "(?:['\u2019]s|(?: [\\w-]+){0,2}? (?:is|are|was|were|seems?|sounds?|looks?))"
            + "(?: \\w+)? (?:"
            + alternation(cues, "rejection-adjectives")
            + ")",
        // "The problem with that is ...", "The catch: ..."
        "^(?:the|one|another|my|our)(?: (?:big|bigger|biggest|real|main|only|obvious|basic))? (?:"
            + alternation(cues, "objection-nouns")
            + ")(?: with [\\w'\u2019 -]{1,40}?)?(?: is| here is|:)",
        // "Others argue ...", "One could object ...", "It could be argued ..."
        "^(?:"
            + alternation(cues, "unnamed-sources")
            + ")(?: [\\w-]+){0,2}? (?:"
            + alternation(cues, "arguing-verbs")
            + ")");
  }

  private static Pattern casePattern(List<String> expressions) {
    return Pattern.compile(
        "^(?:" + String.join("|", expressions) + ")\\b",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  private static List<Rule> structureRules(List<String> lines) {
    List<Rule> rules = new ArrayList<>();
    for (String line : lines) {
      String[] parts = line.split("=>", 2);
      if (parts.length != 2) {
        throw new IllegalStateException("section-cues.txt: expected 'regex => type': " + line);
      }
      String[] target = parts[1].strip().split("\\s+");
      Stance stance = target.length > 1 ? Stance.fromLabel(target[1]) : null;
      rules.add(
          new Rule(
              Pattern.compile(parts[0].strip(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
              ClaimType.fromLabel(target[0]),
              stance));
    }
    return rules;
  }

  private static final Pattern QUOTES = Pattern.compile("[\u201C\u201D\"]");
  private static final Pattern TABLE_ROW_START = Pattern.compile("^\\|\\s*");
  private static final Pattern BULLISH_CELL = Pattern.compile("^bullish\\s*(?:\\||:).*");
  private static final Pattern BEARISH_CELL = Pattern.compile("^bearish\\s*(?:\\||:).*");

  /**
   * The sentence as the cues read it: no thread number, transcript label or double quotes. Each
   * expression runs only where it can match (a thread number opens with a digit, a label ends with
   * a colon, the quotes are there): most sentences have none of them.
   */
  private static String cueText(String sentence) {
    String unlabelled =
        startsWithDigit(sentence)
            ? NameSpan.THREAD_NUMBER.matcher(sentence).replaceFirst("")
            : sentence;
    if (unlabelled.indexOf(':') >= 0) {
      unlabelled =
          NameSpan.POST_LABEL
              .matcher(TRANSCRIPT_LABEL.matcher(unlabelled).replaceFirst(""))
              .replaceFirst("");
    }
    if (QuotationRuns.hasDoubleMark(unlabelled)) {
      unlabelled = QUOTES.matcher(unlabelled).replaceAll("");
    }
    return unlabelled.strip();
  }

  /** Whether a text opens with an ASCII digit, as {@code ^\\d} needs. */
  private static boolean startsWithDigit(String text) {
    return !text.isEmpty() && text.charAt(0) >= '0' && text.charAt(0) <= '9';
  }

  @Override
  public List<Decision> classify(List<Sentence> document) {
    List<String> texts = document.stream().map(s -> cueText(s.text())).toList();
    Document state = new Document();
    List<Decision> out = new ArrayList<>(document.size());
    boolean somethingToAnswer = false;
    for (int i = 0; i < document.size(); i++) {
      Sentence s = document.get(i);
      boolean contrastNext = i + 1 < texts.size() && contrastOpening.foundIn(texts.get(i + 1));
      Decision d =
          state.next(
              s.text(),
              texts.get(i),
              s.section(),
              s.paragraphStart(),
              s.tableHeader(),
              contrastNext,
              somethingToAnswer);
      somethingToAnswer |= d.type() != ClaimType.CONTEXT;
      out.add(d);
    }
    return out;
  }

  /** Type state of one document: how many bull/bear cases have been opened. */
  private final class Document {
    private int cases;
    private String lastCaseSection;
    private boolean labelled;
    private boolean pushbackAnnounced;
    private String lastLabel;
    private boolean questionTurn;
    private boolean previousAsked;

    private Document() {}

    /**
     * The type of the next sentence.
     *
     * @param sentence the sentence
     * @param text the sentence as the cues read it ({@link #cueText})
     * @param section the heading it stands under, or null
     * @param paragraphStart true for the paragraph's first sentence
     * @param tableHeader true for the first row of a table
     * @param contrastNext true when the next sentence opens with a contrastive connective
     * @param somethingToAnswer true when an earlier sentence is not context: discourse structure
     *     makes a counterclaim only then
     * @return the decision
     */
    Decision next(
        String sentence,
        String text,
        String section,
        boolean paragraphStart,
        boolean tableHeader,
        boolean contrastNext,
        boolean somethingToAnswer) {
      if (tableHeader) {
        return new Decision(ClaimType.CONTEXT, Stance.NEUTRAL, false, false);
      }
      Stance caseStance = caseOpened(sentence, section, paragraphStart);
      if (caseStance != null) {
        boolean answers = cases % 2 == 1;
        cases++;
        return new Decision(
            answers ? ClaimType.COUNTERCLAIM : ClaimType.CLAIM, caseStance, true, answers);
      }
      if (paragraphStart) {
        labelled = false;
        for (Rule rule : labelRules) {
          if (rule.pattern().matcher(sentence).find()) {
            labelled = true;
            return new Decision(rule.type(), rule.stance(), false, false);
          }
        }
      }
      // A labelled paragraph ("Our take: ...") speaks for itself, whatever heading it is under.
      if (section != null && !labelled) {
        for (Rule rule : sectionRules) {
          if (rule.pattern().matcher(section.strip()).find()) {
            return new Decision(rule.type(), rule.stance(), false, false);
          }
        }
      }
      boolean asked = previousAsked;
      previousAsked = sentence.strip().endsWith("?");
      if (paragraphStart) {
        questionTurn = questionLabel.matcher(sentence).lookingAt();
      }
      if (questionTurn && previousAsked) {
        return new Decision(ClaimType.CONTEXT, Stance.NEUTRAL, false, false);
      }
      boolean announced = pushbackAnnounced && !paragraphStart;
      pushbackAnnounced = false;
      if (counterIntro != null && counterIntro.foundIn(text)) {
        pushbackAnnounced = true;
        return new Decision(ClaimType.CONTEXT, Stance.NEUTRAL, false, false);
      }
      if (announced) {
        return new Decision(ClaimType.COUNTERCLAIM, null, false, false);
      }
      if (!asked && !previousAsked && repliesWithADenial(sentence, paragraphStart, text)) {
        return new Decision(ClaimType.COUNTERCLAIM, null, false, false);
      }
      if (somethingToAnswer
          && (counterStructure.foundIn(text) || contrastNext && weakConcession.foundIn(text))) {
        return new Decision(ClaimType.COUNTERCLAIM, null, false, false);
      }
      int cueList = cueLists.firstFoundIn(text);
      return new Decision(
          cueList < 0 ? ClaimType.CLAIM : cueTypes.get(cueList), null, false, false);
    }

    /**
     * A transcript turn that opens by denying something, right after another speaker's turn
     * ("DEREK: Cheaper parts don't fix reliability."), pushes back on that turn; the caller leaves
     * out questions and answers to a question.
     */
    private boolean repliesWithADenial(String sentence, boolean paragraphStart, String text) {
      if (!paragraphStart) {
        return false;
      }
      Matcher label = TRANSCRIPT_LABEL.matcher(sentence);
      Matcher post = NameSpan.POST_LABEL.matcher(sentence);
      String previous = lastLabel;
      lastLabel =
          label.lookingAt()
              ? label.group().strip()
              : post.lookingAt() ? post.group().strip() : null;
      return lastLabel != null
          && previous != null
          && !previous.equals(lastLabel)
          && DENIAL.matcher(text).find();
    }

    /** The stance of the bull or bear case the sentence opens, or null. */
    private Stance caseOpened(String sentence, String section, boolean paragraphStart) {
      String text = TABLE_ROW_START.matcher(sentence).replaceFirst("").toLowerCase(Locale.ROOT);
      Stance s = caseOf(text);
      if (s != null) {
        return s;
      }
      if (section != null && paragraphStart && !section.equals(lastCaseSection)) {
        Stance fromSection = caseOf(section.strip().toLowerCase(Locale.ROOT));
        if (fromSection != null) {
          lastCaseSection = section;
          return fromSection;
        }
      }
      return null;
    }

    private Stance caseOf(String text) {
      if (bullCase.matcher(text).find() || BULLISH_CELL.matcher(text).matches()) {
        return Stance.BULLISH;
      }
      if (bearCase.matcher(text).find() || BEARISH_CELL.matcher(text).matches()) {
        return Stance.BEARISH;
      }
      return null;
    }
  }
}
