package dev.pincite.bench;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Draws ranks {@code 0..n-1} with probability proportional to {@code 1 / (rank + 1)^s}: a few
 * values are very common and a long tail is rare, as speakers, companies and outlets are in a real
 * archive. Immutable and thread safe; the randomness comes from the caller's generator.
 */
final class Zipf {

  private final double[] cumulative;

  /**
   * @param n how many values, at least 1
   * @param exponent the skew, at least 0 (0 is uniform)
   */
  Zipf(int n, double exponent) {
    if (n < 1 || exponent < 0) {
      throw new IllegalArgumentException(
          "need n >= 1 and exponent >= 0, got " + n + ", " + exponent);
    }
    cumulative = new double[n];
    double sum = 0;
    for (int rank = 0; rank < n; rank++) {
      sum += 1 / Math.pow(rank + 1, exponent);
      cumulative[rank] = sum;
    }
    for (int rank = 0; rank < n; rank++) {
      cumulative[rank] /= sum;
    }
  }

  /** A rank from {@code 0} (most common) to {@code n - 1}. */
  int draw(SplittableRandom random) {
    int found = Arrays.binarySearch(cumulative, random.nextDouble());
    int rank = found >= 0 ? found : -found - 1;
    return Math.min(rank, cumulative.length - 1);
  }
}
