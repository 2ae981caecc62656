package dev.pincite.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a sentence's stance is found, by rule: the stance classifier the extractor uses. Two kinds of
 * evidence are counted against each other:
 *
 * <ul>
 *   <li>moves of a company's figures ({@link FinancialMoves}): a metric paired with a direction in
 *       one clause, its polarity the metric's times the direction's ("costs fell" +1, "net sales
 *       fell" -1), each counting as two cue words; the words a move is made of count only there;
 *   <li>bullish and bearish cue words of {@code stance-cues.txt} (and figures: "up 64%", "down 12
 *       percent"), a negator up to three words before a cue flipping it.
 * </ul>
 *
 * Hits after ", but" count double. Positive totals are bullish, negative bearish, zero neutral.
 * Context sentences are neutral, and so are sentences that discuss no organisation, in a document
 * that discusses none, and name no metric: a sentence about "net sales" or "operating profit" is
 * about its document's company even when no name is found. A bull or bear case fixes the stance of
 * its opening sentence (see {@link TypeRules}). Thread safe.
 */
public final class StanceRules implements StanceClassifier {

  /** A metric moving counts for two cue words: it is what the sentence reports. */
  private static final int MOVE_WEIGHT = 2;

  private final AlternationIndex bullish;
  private final AlternationIndex bearish;
  private final AlternationIndex bullishFigures;
  private final AlternationIndex bearishFigures;
  private final AlternationIndex neutral;
  private final Pattern negatorBefore;
  private final FinancialMoves moves;

  /**
   * @param cues the parsed {@code stance-cues.txt}
   */
  public StanceRules(CueFile cues) {
    this.bullish = words(cues.list("bullish"));
    this.bearish = words(cues.list("bearish"));
    this.bullishFigures = expressions(cues.list("bullish-figures"));
    this.bearishFigures = expressions(cues.list("bearish-figures"));
    this.neutral = words(cues.list("neutral"));
    this.negatorBefore =
        Pattern.compile(
            "\\b(?:"
                + String.join("|", quoted(cues.list("negators")))
                + ")\\b(?:\\s+[\\p{L}'\u2019-]+){0,2}\\s+$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    this.moves = new FinancialMoves(cues);
  }

  private static List<String> quoted(List<String> entries) {
    List<String> out = new ArrayList<>();
    for (String e : entries) {
      out.add(Pattern.quote(e.toLowerCase(Locale.ROOT)));
    }
    return out;
  }

  private static AlternationIndex expressions(List<String> entries) {
    return new AlternationIndex(entries, "", "", Pattern.CASE_INSENSITIVE);
  }

  private static AlternationIndex words(List<String> entries) {
    List<String> parts = new ArrayList<>();
    List<String> sorted = new ArrayList<>(entries);
    sorted.sort((a, b) -> b.length() - a.length());
    for (String e : sorted) {
      boolean prefix = e.endsWith("*");
      String stem = prefix ? e.substring(0, e.length() - 1) : e;
      String quotedStem =
          Pattern.quote(stem.toLowerCase(Locale.ROOT))
              .replace(" * ", "\\E(?:\\s+\\S+){1,3}\\s+\\Q")
              .replace(" ", "\\E\\s+\\Q");
      parts.add(quotedStem + (prefix ? "[\\p{L}-]*" : ""));
    }
    // ASCII case folding: the cue words are English; Unicode folding costs far more.
    return new AlternationIndex(parts, "(?<![\\p{L}-])", "(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
  }

  /**
   * What the rules counted in a sentence, for a trained model to weigh ({@link StanceModel}).
   *
   * @param score the rules' total: positive bullish, negative bearish
   * @param bullishHits bullish cue words and figures counted (after negation)
   * @param bearishHits bearish cue words and figures counted (after negation)
   * @param negatedHits cue words a negator flipped
   * @param figures the sentence's financial moves
   * @param aboutCompany whether the sentence is about some company (named, of its document or of a
   *     metric); the rules leave a sentence that is not neutral, and count no cue in it
   */
  record Evidence(
      int score,
      int bullishHits,
      int bearishHits,
      int negatedHits,
      FinancialMoves.Result figures,
      boolean aboutCompany) {

    /** The rules' stance from this evidence. */
    Stance stance() {
      if (!aboutCompany || score == 0) {
        return Stance.NEUTRAL;
      }
      return score > 0 ? Stance.BULLISH : Stance.BEARISH;
    }
  }

  @Override
  public Stance stance(Sentence sentence) {
    if (sentence.type() == ClaimType.CONTEXT) {
      return Stance.NEUTRAL;
    }
    return evidence(sentence).stance();
  }

  /**
   * Counts the evidence of a sentence, whatever its type.
   *
   * @param sentence the sentence
   * @return what the rules found in it
   */
  Evidence evidence(Sentence sentence) {
    String text = sentence.text().replace('\u2019', '\'');
    FinancialMoves.Result figures = moves.find(text);
    // A sentence about a metric is about the finances of its document's company, named or not.
    boolean aboutCompany =
        !sentence.companies().isEmpty()
            || sentence.documentAboutCompanies()
            || figures.mentionsMetric();
    if (!aboutCompany) {
      return new Evidence(0, 0, 0, 0, figures, false); // neutral: no cue needs scanning
    }
    int but = text.indexOf(", but ");
    List<int[]> hits = new ArrayList<>();
    collect(text, bullish, true, 1, hits);
    collect(text, bearish, true, -1, hits);
    collect(text, bullishFigures, false, 1, hits);
    collect(text, bearishFigures, false, -1, hits);
    // A neutral phrase scores nothing but masks the cue words inside it ("declined to comment").
    collect(text, neutral, true, 0, hits);
    int score = 0;
    int bullishHits = 0;
    int bearishHits = 0;
    int negatedHits = 0;
    for (int[] hit : hits) {
      if (hit[2] == 0 || insideLonger(hit, hits) || insideMove(hit, figures.moves())) {
        continue; // "cut costs" is one bullish hit, not also a bearish "cut"
      }
      boolean negated = negatorBefore.matcher(text.substring(0, hit[0])).find();
      int sign = negated ? -hit[2] : hit[2];
      score += sign * weight(hit[0], but);
      negatedHits += negated ? 1 : 0;
      bullishHits += sign > 0 ? 1 : 0;
      bearishHits += sign < 0 ? 1 : 0;
    }
    for (FinancialMoves.Move move : figures.moves()) {
      score += move.sign() * MOVE_WEIGHT * weight(move.at(), but);
    }
    return new Evidence(score, bullishHits, bearishHits, negatedHits, figures, aboutCompany);
  }

  /** The clause after ", but" carries the point: its hits count double. */
  private static int weight(int at, int but) {
    return but >= 0 && at > but ? 2 : 1;
  }

  private static boolean insideMove(int[] hit, List<FinancialMoves.Move> moves) {
    for (FinancialMoves.Move move : moves) {
      for (int[] span : move.spans()) {
        if (hit[0] < span[1] && span[0] < hit[1]) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Every match of the cues, left to right, as {@code find()} of their alternation finds them.
   *
   * @param wordStarts try only where no letter or hyphen comes before, which the cue words' own
   *     lookbehind requires anyway
   */
  private static void collect(
      String text, AlternationIndex cues, boolean wordStarts, int sign, List<int[]> hits) {
    AlternationIndex.Scan scan = cues.scan(text);
    int i = 0;
    while (i <= text.length()) {
      boolean tryHere =
          !wordStarts
              || i == 0
              || !(Character.isLetter(text.codePointBefore(i)) || text.charAt(i - 1) == '-');
      int end = tryHere ? scan.endAt(i) : -1;
      if (end >= 0) {
        hits.add(new int[] {i, end, sign});
        i = end > i ? end : i + 1;
      } else {
        i++;
      }
    }
  }

  private static boolean insideLonger(int[] hit, List<int[]> hits) {
    for (int[] other : hits) {
      boolean longer = other[1] - other[0] > hit[1] - hit[0];
      if (longer && other[0] <= hit[0] && hit[1] <= other[1]) {
        return true;
      }
    }
    return false;
  }

  /**
   * The stance of a counterclaim the cue lists leave neutral: the opposite of the claim it answers.
   *
   * @param answered the stance of the answered claim
   * @return the opposite stance, or neutral
   */
  public static Stance opposite(Stance answered) {
    return switch (answered) {
      case BULLISH -> Stance.BEARISH;
      case BEARISH -> Stance.BULLISH;
      case NEUTRAL -> Stance.NEUTRAL;
    };
  }
}
