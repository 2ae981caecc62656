package dev.pincite.bench;

import java.util.Arrays;
import java.util.List;

/** Measured latencies of one series of requests, with nearest-rank percentiles. Immutable. */
final class Latencies {

  private final long[] sortedNanos;

  Latencies(long[] nanos) {
    if (nanos.length == 0) {
      throw new IllegalArgumentException("no latencies measured");
    }
    this.sortedNanos = nanos.clone();
    Arrays.sort(sortedNanos);
  }

  /** The latencies of a series measured into a list. */
  static Latencies of(List<Long> nanos) {
    return new Latencies(nanos.stream().mapToLong(Long::longValue).toArray());
  }

  /**
   * @param percent 0 to 100
   * @return the latency at that percentile, in milliseconds
   */
  double millis(double percent) {
    int rank = (int) Math.ceil(percent / 100 * sortedNanos.length);
    return sortedNanos[Math.max(0, Math.min(rank, sortedNanos.length) - 1)] / 1e6;
  }

  int count() {
    return sortedNanos.length;
  }
}
