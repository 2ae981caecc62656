package dev.pincite.eval;

import java.math.BigDecimal;

/**
 * The bound one figure must keep: at least {@code value} (a floor), or at most {@code value} for a
 * figure where lower is better, such as a count of files the extractor skipped (a ceiling, written
 * {@code {max: 0}} in {@code eval/floors.yaml}).
 *
 * @param value the bound
 * @param atMost true for a ceiling, false for a floor
 */
public record Floor(double value, boolean atMost) {

  public Floor {
    if (!Double.isFinite(value) || value < 0) {
      throw new IllegalArgumentException("a floor must be a number >= 0, got " + value);
    }
  }

  /**
   * Whether a measured figure keeps this bound.
   *
   * @param measured the figure
   * @return true when the figure is at or above the floor (at or below the ceiling)
   */
  public boolean admits(double measured) {
    // A figure printed as 0.810 may be 0.8099999999999999 after the division that made it.
    double slack = 1e-9;
    return atMost ? measured <= value + slack : measured >= value - slack;
  }

  /** The bound as {@code score-*} prints it: {@code >= 0.6} or {@code <= 0}. */
  @Override
  public String toString() {
    return (atMost ? "<= " : ">= ")
        + BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
