package dev.pincite.claims;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Links each counterclaim of a document to the earlier sentence it answers (the contract's {@code
 * counters}):
 *
 * <ul>
 *   <li>the second case of a bull/bear pair answers the first case's opening sentence;
 *   <li>a counterclaim that names another speaker ("Osei's thesis ignores ...") answers that
 *       speaker's latest attributed sentence;
 *   <li>a sentence opening like a reply ({@code [answers-previous]} of {@code discourse-cues.txt}:
 *       "But ...", "Sure, but ...", "That's overstated.") answers the sentence before it, narration
 *       and bare concessions ({@code [concessions]}: "Both things are true.") skipped;
 *   <li>any other counterclaim (a sceptic, a pushback) answers, within the other speaker's latest
 *       run of sentences, the latest about an organisation it names too, else that speaker's latest
 *       explicitly attributed sentence, else the sentence before it.
 * </ul>
 *
 * Only sentences within {@value #WINDOW} sentences before the counterclaim are candidates. {@link
 * #withModel} puts a trained ranker ({@link CounterLinkModel}) in place of the rules (the last
 * item, or every item but the case pairing); the default extractor ships with one, which also reads
 * whether a candidate states a view ({@code [states-view]}: "X argues that ..."). Immutable and
 * thread safe.
 */
public final class CounterLinks {

  /** How many sentences back a counterclaim may answer. */
  static final int WINDOW = 12;

  /** What {@link #cueTarget} returns when no cue decides a counterclaim's target. */
  private static final int NO_CUE = -2;

  static final double RECENCY_COST = 0.02;
  static final double OTHER_SPEAKER_BONUS = 0.15;
  static final double EVIDENCE_COST = 0.05;
  static final double TOPIC_BONUS = 0.1;

  // Stemmed content words, stop words removed; thread safe (per-thread token streams).
  private static final Analyzer ANALYZER = new EnglishAnalyzer();

  /**
   * One typed and attributed sentence of a document.
   *
   * @param text the sentence
   * @param decision its type
   * @param attribution its speaker
   * @param companies the organisations it discusses
   * @param paragraphStart true for the first sentence of its paragraph
   * @param paragraph the number of its paragraph
   * @param stance its stance as the stance classifier gave it (before a neutral counterclaim takes
   *     the opposite of its target's)
   */
  public record Sentence(
      String text,
      TypeClassifier.Decision decision,
      SpeakerRules.Attribution attribution,
      Set<String> companies,
      boolean paragraphStart,
      int paragraph,
      Stance stance) {

    public Sentence {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(decision, "decision");
      Objects.requireNonNull(attribution, "attribution");
      Objects.requireNonNull(companies, "companies");
      Objects.requireNonNull(stance, "stance");
    }

    ClaimType type() {
      return decision.type();
    }
  }

  /**
   * A document's sentences as the links see them.
   *
   * @param sentences its sentences in reading order
   * @param people the people it names (canonical names)
   */
  public record Document(List<Sentence> sentences, Set<String> people) {

    public Document {
      sentences = List.copyOf(sentences);
      people = Set.copyOf(people);
    }
  }

  private final AlternationIndex answersPrevious;
  private final AlternationIndex concession;
  private final AlternationIndex statesView;
  private final CounterLinkModel model;

  /**
   * Links by the rules alone.
   *
   * @param discourseCues the parsed {@code discourse-cues.txt}
   */
  public CounterLinks(CueFile discourseCues) {
    this(
        anyOf(discourseCues.list("answers-previous")),
        anyOf(discourseCues.list("concessions")),
        anyOf(discourseCues.list("states-view")),
        null);
  }

  /**
   * Whether the sentence opens like a reply to the one before ("But ...", "That's overstated.").
   */
  boolean opensLikeAReply(String text) {
    return answersPrevious.find(TypeRules.TRANSCRIPT_LABEL.matcher(text).replaceFirst(""));
  }

  /** Whether the sentence only grants the point before it ("Both things are true."). */
  boolean concedes(String text) {
    return concession.find(text);
  }

  /**
   * Whether the sentence puts a view forward as its speaker's or a side's ("X argues that ...",
   * "Her argument was that ..."): a thesis rather than the evidence said for it.
   */
  boolean statesView(String text) {
    return statesView.find(text);
  }

  /**
   * Any of the cue expressions, ASCII letters in either case; tried only where one of them can
   * start ({@link AlternationIndex}): these run on every sentence of every document with a
   * counterclaim, and one compiled alternation tried at every character cost more than the linking
   * itself.
   */
  static AlternationIndex anyOf(List<String> expressions) {
    return new AlternationIndex(expressions, "", "", Pattern.CASE_INSENSITIVE);
  }

  /**
   * The sentence each counterclaim answers.
   *
   * @param document the document's sentences in reading order
   * @param people the people the document names (canonical names)
   * @return for each sentence, the index of the earlier sentence it answers, or -1 (for every
   *     sentence that is not a counterclaim, and for a counterclaim with nothing to answer)
   */
  public int[] targets(List<Sentence> document, Set<String> people) {
    int[] out = new int[document.size()];
    Arrays.fill(out, -1);
    Terms terms = null;
    for (int i = 0; i < document.size(); i++) {
      if (document.get(i).type() == ClaimType.COUNTERCLAIM) {
        if (terms == null) {
          terms =
              Terms.of(document, this); // only documents with a counterclaim pay for the analysis
        }
        out[i] = link(document, i, people, terms);
      }
    }
    return out;
  }

  /** Counterclaim i's target: the case pairing, then the ranker if there is one, else the rules. */
  private int link(List<Sentence> document, int i, Set<String> people, Terms terms) {
    int byCase = caseTarget(document, i);
    if (byCase >= 0) {
      return byCase;
    }
    if (model == null) {
      return target(document, i, people, terms);
    }
    if (model.keepsCueLinks()) {
      int byCue = cueTarget(document, i, people, terms, null);
      if (byCue != NO_CUE) {
        return byCue;
      }
    }
    int from = Math.max(0, i - WINDOW);
    if (model.weightsOnly()) {
      // The rules' structure stays; the ranker only orders the candidates each rule allows.
      return target(
          document, i, people, terms, model.probabilities(document, people, terms, i, from, this));
    }
    int rule = target(document, i, people, terms);
    return model.choose(document, people, terms, i, from, rule, this);
  }

  /**
   * The sentence this linker links sentence i to as if it were a counterclaim, whatever its type
   * (for training and measuring the links on labelled counterclaims).
   *
   * @param document the document
   * @param i a sentence index
   * @return the index of the sentence it answers, or -1
   */
  public int targetOf(Document document, int i) {
    List<Sentence> s = document.sentences();
    return link(s, i, document.people(), Terms.of(s, this));
  }

  /**
   * The same cues with a trained ranker ({@link CounterLinkModel}) choosing each counterclaim's
   * target, the bull/bear case pairing apart, and the cue links too unless the ranker keeps them
   * ({@link CounterLinkModel.Training#keepCueLinks}); measured by {@code pincite train-links}
   * ({@code docs/claims.md}).
   *
   * @param ranker the ranker, or null for the rules alone
   * @return the linker
   */
  public CounterLinks withModel(CounterLinkModel ranker) {
    return new CounterLinks(answersPrevious, concession, statesView, ranker);
  }

  private CounterLinks(
      AlternationIndex answersPrevious,
      AlternationIndex concession,
      AlternationIndex statesView,
      CounterLinkModel model) {
    this.answersPrevious = answersPrevious;
    this.concession = concession;
    this.statesView = statesView;
    this.model = model;
  }

  /** The second case of a bull/bear pair answers the first case's opening sentence; else -1. */
  static int caseTarget(List<Sentence> drafts, int i) {
    if (drafts.get(i).decision().answersCase()) {
      for (int j = i - 1; j >= 0; j--) {
        if (drafts.get(j).decision().opensCase()) {
          return j;
        }
      }
    }
    return -1;
  }

  /** The rules' target of counterclaim i, the case pairing apart. */
  int target(List<Sentence> drafts, int i, Set<String> people, Terms terms) {
    return target(drafts, i, people, terms, null);
  }

  /**
   * The rules' target of counterclaim i, the case pairing apart, choosing among the candidates each
   * rule allows by the ranker's probabilities when given (indexed from the window's first
   * sentence), else by the hand-set {@link #score}.
   */
  private int target(
      List<Sentence> drafts, int i, Set<String> people, Terms terms, double[] ranked) {
    int byCue = cueTarget(drafts, i, people, terms, ranked);
    if (byCue != NO_CUE) {
      return byCue;
    }
    Sentence d = drafts.get(i);
    int window = Math.max(0, i - WINDOW);
    if (d.attribution().attributed()) {
      // A sceptic answers the other speaker's latest sentence about an organisation it names too,
      // within that speaker's latest run of sentences; else one of the other speakers' stated
      // views (a sentence that names its speaker).
      int aboutTheSame = sameCompanyInOtherRun(drafts, i, window);
      if (aboutTheSame >= 0) {
        return aboutTheSame;
      }
      int stated = best(drafts, i, window, terms, ranked, e -> othersStatedView(d, e));
      if (stated >= 0) {
        return stated;
      }
    }
    return best(drafts, i, window, terms, ranked, e -> true);
  }

  /**
   * The rules' target of counterclaim i when a cue decides it: the latest claim of another speaker
   * it names, else, when it opens like a reply, the claim before it (bare concessions skipped, -1
   * when nothing is left); {@link #NO_CUE} when no cue decides.
   */
  private int cueTarget(
      List<Sentence> drafts, int i, Set<String> people, Terms terms, double[] ranked) {
    Sentence d = drafts.get(i);
    int window = Math.max(0, i - WINDOW);
    String speaker = d.attribution().speaker();
    // "Osei's thesis ignores ...": a counterclaim that names someone answers one of their claims.
    Set<String> named = new HashSet<>();
    for (String person : people) {
      if (!person.equals(speaker) && names(d.text(), person)) {
        named.add(person);
      }
    }
    int answersNamed =
        best(
            drafts,
            i,
            window,
            terms,
            ranked,
            e -> e.attribution().attributed() && named.contains(e.attribution().speaker()));
    if (answersNamed >= 0) {
      return answersNamed;
    }
    int nearest = nearestClaim(drafts, i, window);
    if (nearest >= 0 && opensLikeAReply(d.text())) {
      // "Both things are true. But ...": the "but" answers the claim conceded, not the concession.
      while (nearest > window && terms.concessions()[nearest]) {
        nearest = nearestClaim(drafts, nearest, window);
      }
      return nearest;
    }
    return NO_CUE;
  }

  /**
   * Whether e is a sentence where another speaker than d's is named as holding a view: a claim of
   * the other side, so not a fellow sceptic's counterclaim.
   */
  private static boolean othersStatedView(Sentence d, Sentence e) {
    return e.type() != ClaimType.COUNTERCLAIM
        && e.attribution().explicit()
        && e.attribution().attributed()
        && !e.attribution().speaker().equals(d.attribution().speaker());
  }

  /**
   * Within the latest run of sentences by another attributed speaker than the counterclaim's, the
   * latest that discusses an organisation the counterclaim discusses too; -1 if none.
   */
  private static int sameCompanyInOtherRun(List<Sentence> drafts, int i, int window) {
    Sentence d = drafts.get(i);
    String speaker = d.attribution().speaker();
    String other = null;
    for (int j = i - 1; j >= window; j--) {
      Sentence e = drafts.get(j);
      if (other != null && speaker.equals(e.attribution().speaker())) {
        break; // only the other speaker's latest run of sentences, not an earlier turn
      }
      if (!e.attribution().attributed() || speaker.equals(e.attribution().speaker())) {
        continue;
      }
      if (other == null) {
        other = e.attribution().speaker();
      }
      if (other.equals(e.attribution().speaker())
          && !Collections.disjoint(d.companies(), e.companies())) {
        return j;
      }
    }
    return -1;
  }

  /**
   * Among the earlier sentences within the window that are not context and pass the filter, the one
   * the counterclaim most likely answers (the highest {@link #score}); -1 if none.
   */
  private static int best(
      List<Sentence> drafts,
      int i,
      int window,
      Terms terms,
      double[] ranked,
      Predicate<Sentence> candidate) {
    int best = -1;
    double bestScore = Double.NEGATIVE_INFINITY;
    int topic = topic(drafts, i);
    for (int j = i - 1; j >= window; j--) {
      Sentence e = drafts.get(j);
      if (e.type() == ClaimType.CONTEXT || !candidate.test(e)) {
        continue;
      }
      double score;
      if (ranked != null) {
        score = ranked[j - window];
      } else {
        score = score(drafts.get(i), e, i - j, terms.similarity(i, j));
        if (j == topic) {
          score += TOPIC_BONUS; // a view set against a paragraph's point most often answers it
        }
      }
      if (score > bestScore) {
        best = j;
        bestScore = score;
      }
    }
    return best;
  }

  /**
   * How likely the counterclaim answers an earlier sentence: their content similarity, plus a bonus
   * when another speaker said it (pushback answers someone else), minus a small cost per sentence
   * of distance and a small one for a reported fact (a counterclaim answers a view more often).
   */
  static double score(Sentence counter, Sentence earlier, int distance, double similarity) {
    double score = similarity - RECENCY_COST * distance;
    String speaker = counter.attribution().speaker();
    String other = earlier.attribution().speaker();
    boolean anyAttributed =
        counter.attribution().attributed() || earlier.attribution().attributed();
    if (anyAttributed && !Objects.equals(speaker, other)) {
      score += OTHER_SPEAKER_BONUS;
    }
    if (earlier.type() == ClaimType.EVIDENCE) {
      score -= EVIDENCE_COST;
    }
    return score;
  }

  /** The first sentence of i's paragraph that is not context (its topic sentence), or -1. */
  static int topic(List<Sentence> drafts, int i) {
    int start = i;
    while (start > 0 && !drafts.get(start).paragraphStart()) {
      start--;
    }
    for (int j = start; j < i; j++) {
      if (drafts.get(j).type() != ClaimType.CONTEXT) {
        return j;
      }
    }
    return -1;
  }

  /** The latest sentence before i, within the window, that is not narration; -1 if none. */
  static int nearestClaim(List<Sentence> drafts, int i, int window) {
    for (int j = i - 1; j >= window; j--) {
      if (drafts.get(j).type() != ClaimType.CONTEXT) {
        return j;
      }
    }
    return -1;
  }

  /**
   * What the linker reads of each sentence of a document, read once for all its counterclaims (each
   * of which weighs every earlier sentence): the stemmed content words and their inverse document
   * frequency over the document's sentences, for an idf-weighted cosine similarity between two
   * sentences; and which sentences state a view ({@link #statesView}) and which only concede
   * ({@link #concedes}).
   */
  record Terms(
      List<Set<String>> words, Map<String, Double> idf, boolean[] views, boolean[] concessions) {

    static Terms of(List<Sentence> document, CounterLinks links) {
      int n = document.size();
      List<Set<String>> words = new ArrayList<>(n);
      Map<String, Integer> df = new HashMap<>();
      boolean[] views = new boolean[n];
      boolean[] concessions = new boolean[n];
      for (int i = 0; i < n; i++) {
        String text = document.get(i).text();
        // A transcript's speaker label is no part of what is said: "NAME: That's a fair point."
        String spoken = TypeRules.TRANSCRIPT_LABEL.matcher(text).replaceFirst("");
        Set<String> w = contentWords(spoken);
        words.add(w);
        w.forEach(t -> df.merge(t, 1, Integer::sum));
        views[i] = links.statesView(text);
        concessions[i] = links.concedes(spoken);
      }
      Map<String, Double> idf = new HashMap<>();
      df.forEach((t, f) -> idf.put(t, Math.log(1 + (n - f + 0.5) / (f + 0.5))));
      return new Terms(words, idf, views, concessions);
    }

    /** Cosine of the two sentences' idf-weighted word sets, 0 to 1. */
    double similarity(int a, int b) {
      return AnswerMatcher.similarity(words.get(a), words.get(b), idf::get);
    }
  }

  /** The stemmed content words of a text (Lucene's {@link EnglishAnalyzer}). */
  static Set<String> contentWords(String text) {
    Set<String> out = new HashSet<>();
    try (TokenStream ts = ANALYZER.tokenStream("", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("reading a string cannot fail", e);
    }
    return out;
  }

  /** Whether the text names the person, in full or by surname, as whole words. */
  static boolean names(String text, String person) {
    return containsWord(text, person) || containsWord(text, Registry.surname(person));
  }

  static boolean containsWord(String text, String words) {
    for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
      int end = at + words.length();
      boolean startOk = at == 0 || !Character.isLetter(text.codePointBefore(at));
      boolean endOk = end == text.length() || !Character.isLetter(text.codePointAt(end));
      if (startOk && endOk) {
        return true;
      }
    }
    return false;
  }
}
