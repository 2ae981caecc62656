package dev.pincite.index;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the current claim of a document that is most like a text: the former text of a claim whose
 * id vanished, or a sentence a memo quotes.
 *
 * <p>Similarity is the mean of two Dice coefficients, over the sets of lower-cased word unigrams
 * and of word bigrams (words are runs of letters and digits), so that a reworded or extended
 * sentence still scores high while a different sentence sharing common words scores low. A
 * candidate in the same paragraph as the former claim gets a bonus of {@value
 * #SAME_PARAGRAPH_BONUS} (capped at 1): it breaks ties between near-duplicates.
 *
 * <p>A match is <em>clear</em> when its score is at least {@value #CLEAR_SCORE} and at least
 * {@value #CLEAR_MARGIN} ahead of the runner-up. An edit of a few words in a sentence of ten or
 * more words scores above 0.6; an unrelated sentence of the same document rarely reaches 0.3. Only
 * a clear match is applied automatically ({@code cite --fix}).
 */
public final class ClosestClaim {

  /** The least score of a clear match. */
  public static final double CLEAR_SCORE = 0.5;

  /** How far a clear match must be ahead of the runner-up. */
  public static final double CLEAR_MARGIN = 0.15;

  /** Added to the score of a candidate in the same paragraph as the text's former place. */
  public static final double SAME_PARAGRAPH_BONUS = 0.05;

  /**
   * The best candidate for a text.
   *
   * @param claim the closest current claim
   * @param score its similarity, 0 to 1
   * @param runnerUp the score of the second best candidate, 0 when there is none
   * @param clear whether the match is clear enough to apply without asking
   */
  public record Match(StoredClaim claim, double score, double runnerUp, boolean clear) {}

  private ClosestClaim() {}

  /**
   * @param candidates the document's current claims
   * @param text the text to match
   * @param paragraph the paragraph the text stood in, or 0 when unknown
   * @return the closest candidate, or empty when there are none or none shares a word with the text
   */
  public static Optional<Match> find(List<StoredClaim> candidates, String text, int paragraph) {
    Tokens wanted = Tokens.of(text);
    StoredClaim best = null;
    double bestScore = 0;
    double second = 0;
    for (StoredClaim candidate : candidates) {
      double score = similarity(wanted, Tokens.of(candidate.claim().text()));
      if (score > 0 && paragraph > 0 && candidate.claim().paragraph() == paragraph) {
        // uncapped while ranking, so that the bonus also separates two perfect matches
        score += SAME_PARAGRAPH_BONUS;
      }
      if (score > bestScore) {
        second = bestScore;
        bestScore = score;
        best = candidate;
      } else if (score > second) {
        second = score;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    boolean clear = bestScore >= CLEAR_SCORE && bestScore - second >= CLEAR_MARGIN;
    return Optional.of(new Match(best, Math.min(1, bestScore), Math.min(1, second), clear));
  }

  /**
   * @param a a text
   * @param b another text
   * @return their similarity, 0 (no word in common) to 1 (same words in the same order)
   */
  public static double similarity(String a, String b) {
    return similarity(Tokens.of(a), Tokens.of(b));
  }

  private static double similarity(Tokens a, Tokens b) {
    double unigrams = dice(a.unigrams, b.unigrams);
    if (a.bigrams.isEmpty() || b.bigrams.isEmpty()) {
      return unigrams;
    }
    return (unigrams + dice(a.bigrams, b.bigrams)) / 2;
  }

  private static double dice(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    int common = 0;
    for (String s : a) {
      if (b.contains(s)) {
        common++;
      }
    }
    return 2.0 * common / (a.size() + b.size());
  }

  /** A text's word unigrams and bigrams. */
  private record Tokens(Set<String> unigrams, Set<String> bigrams) {
    static Tokens of(String text) {
      List<String> words = new ArrayList<>();
      for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
        if (!w.isEmpty()) {
          words.add(w);
        }
      }
      Set<String> bigrams = new HashSet<>();
      for (int i = 1; i < words.size(); i++) {
        bigrams.add(words.get(i - 1) + ' ' + words.get(i));
      }
      return new Tokens(new HashSet<>(words), bigrams);
    }
  }
}
