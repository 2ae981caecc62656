package dev.pincite.cite;

import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLDateBuilder;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date part of a document's ISO-8601 {@code published} value: a year, a year and month, or a
 * full date. A time of day and zone are dropped: citations name the day, as the outlet printed it.
 *
 * @param year the year
 * @param month 1 to 12, or 0 when unknown
 * @param day 1 to 31, or 0 when unknown
 */
record PublishedDate(int year, int month, int day) {

  private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?.*");

  /**
   * @param published ISO-8601 date or date-time, or null
   * @return the date, or empty when there is none or it is not ISO-8601
   */
  static Optional<PublishedDate> parse(String published) {
    if (published == null) {
      return Optional.empty();
    }
    Matcher m = ISO.matcher(published.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    if (month > 12 || day > 31) {
      return Optional.empty();
    }
    return Optional.of(new PublishedDate(Integer.parseInt(m.group(1)), month, day));
  }

  /** The CSL date with as many parts as are known. */
  CSLDate toCsl() {
    CSLDateBuilder builder = new CSLDateBuilder();
    if (month == 0) {
      return builder.dateParts(year).build();
    }
    return day == 0
        ? builder.dateParts(year, month).build()
        : builder.dateParts(year, month, day).build();
  }

  /**
   * The date as people write it in English: {@code 1 July 2026}, {@code July 2026}, {@code 2026}.
   */
  String display() {
    if (month == 0) {
      return Integer.toString(year);
    }
    String monthName = Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    return (day == 0 ? "" : day + " ") + monthName + " " + year;
  }

  /** The date as ISO-8601 with as many parts as are known: {@code 2026-07-01}. */
  String iso() {
    if (month == 0) {
      return Integer.toString(year);
    }
    String ym = String.format(Locale.ROOT, "%04d-%02d", year, month);
    return day == 0 ? ym : ym + String.format(Locale.ROOT, "-%02d", day);
  }
}
