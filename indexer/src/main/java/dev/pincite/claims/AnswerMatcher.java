package dev.pincite.claims;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

/**
 * Decides whether two claims of different documents answer each other, from structure alone: they
 * take opposite stances (bullish against bearish) on an organisation both discuss, neither is
 * narration, and they are about the same subject, measured as the idf-weighted cosine of their
 * stemmed content words. A claim that names the other claim's speaker ("Osei's thesis ignores …")
 * needs less shared wording: the reference says what it answers.
 *
 * <p>Which of the two is the answer is a matter of order: the claim of the later document (by
 * publication date, then by path when the dates are equal or unknown) answers the earlier one.
 * Immutable and thread safe.
 */
public final class AnswerMatcher {

  /** The least similarity at which two opposite claims on one organisation answer each other. */
  public static final double MIN_SIMILARITY = 0.10;

  /** The least similarity when one claim names the other's speaker. */
  public static final double MIN_SIMILARITY_NAMED = 0.05;

  /**
   * One side of a candidate pair.
   *
   * @param id the claim id
   * @param documentId its document's id
   * @param path its document's corpus path
   * @param date its document's publication day (days since 1970), {@link Long#MIN_VALUE} unknown
   * @param speaker its speaker, or null
   * @param companies the organisations it discusses
   * @param type its type
   * @param stance its stance
   * @param words its stemmed content words, see {@link #contentWords}
   * @param text its text, where a reference to the other claim's speaker is looked for
   */
  public record Side(
      String id,
      String documentId,
      String path,
      long date,
      String speaker,
      List<String> companies,
      ClaimType type,
      Stance stance,
      Set<String> words,
      String text) {

    public Side {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(documentId, "documentId");
      Objects.requireNonNull(path, "path");
      companies = List.copyOf(companies);
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(stance, "stance");
      // Sorted: the similarity sums over these words in their set's order, and a floating-point
      // sum depends on its order. Set.copyOf's order varies from one JVM to the next, so a pair
      // at the threshold was kept in one run and not the next, and its similarity differed in
      // the last bit with which of its claims was the seed.
      words = Collections.unmodifiableSortedSet(new TreeSet<>(words));
      Objects.requireNonNull(text, "text");
    }

    /** Whether this claim can take part in a debate across documents at all. */
    public boolean debatable() {
      return stance != Stance.NEUTRAL && type != ClaimType.CONTEXT && !companies.isEmpty();
    }

    /** The stance a claim answering this one takes. */
    public Stance opposite() {
      return switch (stance) {
        case BULLISH -> Stance.BEARISH;
        case BEARISH -> Stance.BULLISH;
        case NEUTRAL -> Stance.NEUTRAL;
      };
    }
  }

  /**
   * A decided pair: {@code answer} answers {@code answered}.
   *
   * @param answer the claim of the later document
   * @param answered the claim of the earlier one
   * @param similarity their similarity, 0 to 1
   */
  public record Pair(Side answer, Side answered, double similarity) {}

  /**
   * Whether two claims answer each other, and which answers which.
   *
   * @param a one claim
   * @param b another
   * @param idf the inverse document frequency of a stemmed word in the archive
   * @return the pair when they answer each other, else null
   */
  public Pair match(Side a, Side b, ToDoubleFunction<String> idf) {
    if (a.documentId().equals(b.documentId()) || !a.debatable() || !b.debatable()) {
      return null;
    }
    if (a.opposite() != b.stance() || Collections.disjoint(a.companies(), b.companies())) {
      return null;
    }
    double similarity = similarity(a.words(), b.words(), idf);
    boolean named = namesSpeakerOf(a, b) || namesSpeakerOf(b, a);
    if (similarity < (named ? MIN_SIMILARITY_NAMED : MIN_SIMILARITY)) {
      return null;
    }
    return later(a, b) ? new Pair(a, b, similarity) : new Pair(b, a, similarity);
  }

  /** Whether claim x names the speaker of claim y, who is not x's own speaker. */
  private static boolean namesSpeakerOf(Side x, Side y) {
    return y.speaker() != null
        && !y.speaker().equals(x.speaker())
        && CounterLinks.names(x.text(), y.speaker());
  }

  /** Whether a's document comes after b's: later date, else (same or unknown dates) later path. */
  static boolean later(Side a, Side b) {
    if (a.date() != b.date() && a.date() != Long.MIN_VALUE && b.date() != Long.MIN_VALUE) {
      return a.date() > b.date();
    }
    return a.path().compareTo(b.path()) > 0;
  }

  /**
   * The cosine of two idf-weighted word sets.
   *
   * @return 0 to 1; 0 when they share no word
   */
  static double similarity(Set<String> x, Set<String> y, ToDoubleFunction<String> idf) {
    double shared = 0;
    for (String t : x) {
      if (y.contains(t)) {
        shared += square(idf.applyAsDouble(t));
      }
    }
    return shared == 0 ? 0 : shared / Math.sqrt(norm(x, idf) * norm(y, idf));
  }

  private static double norm(Set<String> words, ToDoubleFunction<String> idf) {
    double sum = 0;
    for (String t : words) {
      sum += square(idf.applyAsDouble(t));
    }
    return sum;
  }

  private static double square(double x) {
    return x * x;
  }

  /**
   * The stemmed content words of a claim, as the claim text field indexes them (Lucene's English
   * analyzer: stop words out, Porter stems).
   *
   * @param text the claim text
   * @return its words
   */
  public static Set<String> contentWords(String text) {
    return CounterLinks.contentWords(TypeRules.TRANSCRIPT_LABEL.matcher(text).replaceFirst(""));
  }
}
