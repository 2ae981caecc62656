package dev.pincite.bench;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Draws ranks {@code 0..n-1} with probability proportional to {@code 1 / (rank + 1 + offset)^s}
 * (Zipf, or Zipf–Mandelbrot with an offset): a few values are very common and a long tail is rare,
 * as speakers, companies, outlets and words are in a real archive. The offset flattens the head so
 * the most common value is not overwhelmingly so. Immutable and thread safe; the randomness comes
 * from the caller's generator.
 */
final class Zipf {

  private final double[] cumulative;

  /**
   * @param n how many values, at least 1
   * @param exponent the skew, at least 0 (0 is uniform)
   */
  Zipf(int n, double exponent) {
    this(n, exponent, 0);
  }

  /**
   * @param n how many values, at least 1
   * @param exponent the skew, at least 0 (0 is uniform)
   * @param offset added to every rank before the power, at least 0
   */
  Zipf(int n, double exponent, double offset) {
    if (n < 1 || exponent < 0 || offset < 0) {
      throw new IllegalArgumentException(
          "need n >= 1, exponent >= 0 and offset >= 0, got " + n + ", " + exponent + ", " + offset);
    }
    cumulative = new double[n];
    double sum = 0;
    for (int rank = 0; rank < n; rank++) {
      sum += 1 / Math.pow(rank + 1 + offset, exponent);
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
