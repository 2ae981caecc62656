package dev.pincite.web;

import dev.pincite.index.IndexSchema;
import dev.pincite.search.SearchResult.MonthCount;
import java.util.ArrayList;
import java.util.List;

/**
 * The claims-over-time chart of the search page, as stacked bars for an inline SVG: one bar per
 * month, bullish at the bottom, then neutral, then bearish. The x axis is time: every month from
 * the first to the last has its slot, so a gap of two years shows as a gap, not as the next bar.
 * Claims of undated documents have no month; their number is shown beside the chart. Coordinates
 * are computed here so the template only places rectangles (no script, no inline styles).
 *
 * @param width the drawing's width
 * @param height the drawing's height (bars only; labels go below)
 * @param bars one bar per month with claims, in month order
 * @param max the tallest bar's claim count
 * @param months how many months the axis spans, first and last included
 * @param undated claims with no month, or 0 when unknown
 */
public record Histogram(int width, int height, List<Bar> bars, long max, int months, long undated) {

  static final int WIDTH = 240;
  static final int HEIGHT = 60;

  /**
   * One month.
   *
   * @param month {@code yyyy-MM}
   * @param x left edge
   * @param width bar width
   * @param total claims that month
   * @param parts the stacked rectangles, bottom first
   * @param label the month's text alternative
   */
  public record Bar(
      String month, double x, double width, long total, List<Part> parts, String label) {}

  /**
   * One stance's share of a bar.
   *
   * @param stance {@code bullish}, {@code neutral} or {@code bearish}
   * @param y top edge
   * @param height height
   */
  public record Part(String stance, double y, double height) {}

  /**
   * @param timeline claims per month and stance, in month order
   * @param undated claims with no month
   * @return the chart, with no bars when the timeline is empty
   */
  static Histogram of(List<MonthCount> timeline, long undated) {
    long max = 1;
    for (MonthCount m : timeline) {
      max = Math.max(max, m.bullish() + m.bearish() + m.neutral());
    }
    int first = timeline.isEmpty() ? 0 : IndexSchema.monthNumber(timeline.getFirst().month());
    int months =
        timeline.isEmpty() ? 0 : IndexSchema.monthNumber(timeline.getLast().month()) - first + 1;
    double slot = months == 0 ? WIDTH : (double) WIDTH / months;
    double barWidth = Math.max(1, slot * 0.8);
    List<Bar> bars = new ArrayList<>();
    for (MonthCount m : timeline) {
      long total = m.bullish() + m.bearish() + m.neutral();
      List<Part> parts = new ArrayList<>();
      double bottom = HEIGHT;
      bottom = stack(parts, "bullish", m.bullish(), max, bottom);
      bottom = stack(parts, "neutral", m.neutral(), max, bottom);
      stack(parts, "bearish", m.bearish(), max, bottom);
      String label =
          m.month()
              + ": "
              + total
              + " claims ("
              + m.bullish()
              + " bullish, "
              + m.bearish()
              + " bearish, "
              + m.neutral()
              + " neutral)";
      int index = IndexSchema.monthNumber(m.month()) - first;
      bars.add(
          new Bar(m.month(), index * slot + (slot - barWidth) / 2, barWidth, total, parts, label));
    }
    return new Histogram(WIDTH, HEIGHT, List.copyOf(bars), max, months, undated);
  }

  /** Years that start inside the axis after its first month, as tick marks. */
  public List<Tick> yearTicks() {
    List<Tick> ticks = new ArrayList<>();
    if (bars.isEmpty()) {
      return ticks;
    }
    int first = IndexSchema.monthNumber(firstMonth());
    double slot = (double) WIDTH / months;
    for (int n = first + 1; n < first + months; n++) {
      if (n % 12 == 0) {
        ticks.add(new Tick(String.valueOf(n / 12), (n - first) * slot));
      }
    }
    return ticks;
  }

  /**
   * A year boundary on the axis.
   *
   * @param year the year starting there
   * @param x its position
   */
  public record Tick(String year, double x) {}

  private static double stack(
      List<Part> parts, String stance, long count, long max, double bottom) {
    if (count == 0) {
      return bottom;
    }
    double h = (double) HEIGHT * count / max;
    parts.add(new Part(stance, bottom - h, h));
    return bottom - h;
  }

  /** The first month shown, or null. */
  public String firstMonth() {
    return bars.isEmpty() ? null : bars.getFirst().month();
  }

  /** The last month shown, or null. */
  public String lastMonth() {
    return bars.isEmpty() ? null : bars.getLast().month();
  }
}
