package dev.pincite.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates pages write ("2026-07-01T09:00:00Z", "Jul 1, 2026", "1 July 2026") into ISO-8601.
 * English month names only; anything else gives null rather than a guess.
 */
final class Dates {

  private static final Pattern ISO_PREFIX =
      Pattern.compile(
          "^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\.\\d+)?)\\s*(Z|[+-]\\d{2}:?\\d{2})?)?");
  private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:T|$)");
  private static final Pattern SLASHED = Pattern.compile("^(\\d{4})/(\\d{1,2})/(\\d{1,2})\\b");
  private static final Pattern WEEKDAY =
      Pattern.compile(
          "^(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\\.?,?\\s+",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern PREFIX =
      Pattern.compile(
          "^((published|posted|updated|last updated)( on)?|date|on)\\s*:?\\s*",
          Pattern.CASE_INSENSITIVE);
  private static final List<DateTimeFormatter> WRITTEN =
      List.of(
          formatter("MMM d, uuuu"),
          formatter("MMMM d, uuuu"),
          formatter("MMM. d, uuuu"),
          formatter("d MMM uuuu"),
          formatter("d MMMM uuuu"),
          formatter("MMMM d uuuu"),
          formatter("MMM d uuuu"),
          formatter("d MMM, uuuu"),
          formatter("d MMMM, uuuu"));
  private static final Pattern WRITTEN_SHAPE =
      Pattern.compile(
          "^(?:[A-Za-z]{3,9}\\.? \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}|\\d{1,2}(?:st|nd|rd|th)? [A-Za-z]{3,9},? \\d{4})");

  private Dates() {}

  private static DateTimeFormatter formatter(String pattern) {
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern(pattern)
        .toFormatter(Locale.ENGLISH);
  }

  /**
   * Parses a machine-readable or written date.
   *
   * @param raw the text
   * @return ISO-8601 (date-time when the text has a time, else date), or null
   */
  static String toIso(String raw) {
    if (raw == null) {
      return null;
    }
    String text = Whitespace.normalise(raw);
    if (text.isEmpty()) {
      return null;
    }
    String iso = machine(text);
    return iso != null ? iso : written(text, false);
  }

  /**
   * A line whose whole text is a written date ("Jul 1, 2026", "Published 1 July 2026").
   *
   * @param line a line of text
   * @return the ISO date, or null when the line is more than a date
   */
  static String lineDate(String line) {
    String text = Whitespace.normalise(line);
    if (text.length() > 40) {
      return null;
    }
    String iso = machine(text);
    if (iso != null && ISO_PREFIX.matcher(text).matches()) {
      return iso;
    }
    return written(text, true);
  }

  private static String machine(String text) {
    Matcher m = ISO_PREFIX.matcher(text);
    if (m.find()) {
      String date = date(m.group(1), m.group(2), m.group(3));
      if (date == null || m.group(4) == null) {
        return date;
      }
      String time = m.group(4).length() == 4 ? "0" + m.group(4) : m.group(4);
      String zone = m.group(5) == null ? "" : m.group(5);
      String candidate = date + "T" + time + zone;
      return validDateTime(candidate) ? candidate : date;
    }
    Matcher compact = COMPACT.matcher(text);
    if (compact.find()) {
      return date(compact.group(1), compact.group(2), compact.group(3));
    }
    Matcher slashed = SLASHED.matcher(text);
    if (slashed.find()) {
      return date(slashed.group(1), slashed.group(2), slashed.group(3));
    }
    return null;
  }

  private static boolean validDateTime(String candidate) {
    try {
      if (candidate.endsWith("Z") || candidate.matches(".*[+-]\\d{2}:?\\d{2}$")) {
        OffsetDateTime.parse(candidate.replaceAll("([+-]\\d{2})(\\d{2})$", "$1:$2"));
      } else {
        LocalDateTime.parse(candidate);
      }
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static String date(String year, String month, String day) {
    try {
      return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day))
          .toString();
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  private static String written(String text, boolean whole) {
    String cleaned = PREFIX.matcher(text).replaceFirst("");
    cleaned = WEEKDAY.matcher(cleaned).replaceFirst("");
    Matcher shape = WRITTEN_SHAPE.matcher(cleaned);
    if (!shape.find()) {
      return null;
    }
    if (whole && !cleaned.substring(shape.end()).isBlank()) {
      return null;
    }
    String candidate = shape.group().replaceAll("(\\d)(st|nd|rd|th)", "$1").replace("Sept", "Sep");
    for (DateTimeFormatter formatter : WRITTEN) {
      try {
        return LocalDate.parse(candidate, formatter).toString();
      } catch (DateTimeParseException e) {
        // try the next shape
      }
    }
    return null;
  }
}
