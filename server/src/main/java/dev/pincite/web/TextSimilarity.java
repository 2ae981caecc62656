package dev.pincite.web;

import dev.pincite.search.StoredClaim;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Picks the current claim closest to a former one: the most words in common (Jaccard overlap of
 * lower-cased word sets), ties going to the claim nearest the former paragraph.
 */
final class TextSimilarity {

  private TextSimilarity() {}

  /**
   * @param former the claim as it was
   * @param candidates the document's current claims
   * @return the closest, or null when there are no candidates
   */
  static StoredClaim closest(StoredClaim former, List<StoredClaim> candidates) {
    Set<String> words = words(former.claim().text());
    StoredClaim best = null;
    double bestScore = -1;
    int bestDistance = Integer.MAX_VALUE;
    for (StoredClaim candidate : candidates) {
      double score = jaccard(words, words(candidate.claim().text()));
      int distance = Math.abs(candidate.claim().paragraph() - former.claim().paragraph());
      if (score > bestScore || (score == bestScore && distance < bestDistance)) {
        best = candidate;
        bestScore = score;
        bestDistance = distance;
      }
    }
    return best;
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 0;
    }
    Set<String> common = new HashSet<>(a);
    common.retainAll(b);
    return (double) common.size() / (a.size() + b.size() - common.size());
  }

  private static Set<String> words(String text) {
    Set<String> words = new HashSet<>();
    for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }
}
