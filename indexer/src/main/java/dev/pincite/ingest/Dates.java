package dev.pincite.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the dates pages write ("2026-07-01T09:00:00Z", "Jul 1, 2026", "1 July 2026", "1. Juli
 * 2026", "1 de julio de 2026", "01.07.2026") into ISO-8601. Month names are those of the languages
 * in {@link #MONTH_LANGUAGES}, read from the JDK's locale data (full, short and genitive forms); a
 * name two languages give to different months is not read. Anything else gives null rather than a
 * guess: a slashed day and month ("01/07/2026") is ambiguous and not read.
 */
final class Dates {

  private static final Pattern ISO_PREFIX =
      Pattern.compile(
          "^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\.\\d+)?)\\s*(Z|[+-]\\d{2}:?\\d{2})?)?");
  private static final Pattern URL_DATE =
      Pattern.compile("/((?:19|20)\\d{2})/(\\d{1,2})/(\\d{1,2})/");

  /** A time stamp in UTC: "Z", "+00:00", "+0000" or no zone at the end. */
  private static final Pattern UTC =
      Pattern.compile("(?:Z|[+-]00:?00|T\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\.\\d+)?)$");

  private static final Pattern RFC_1123_SHAPE =
      Pattern.compile("^(?:[A-Za-z]{3}, )?\\d{1,2} [A-Za-z]{3} \\d{4} \\d{2}:\\d{2}");

  /** Day, month and year with slashes, read day first where the page's language writes so. */
  private static final Pattern SLASHED_DAY_FIRST =
      Pattern.compile("^(\\d{1,2})/(\\d{1,2})/(\\d{4})(?!\\d)");

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

  /** The languages whose month names are read, beside English. */
  private static final List<Locale> MONTH_LANGUAGES =
      Stream.of("de", "fr", "es", "pt", "it", "nl", "pl", "cs", "sv", "da", "nb", "fi", "hu", "ro")
          .map(Locale::forLanguageTag)
          .toList();

  private static final Map<String, Integer> MONTHS = monthNames();

  /** The full names of the days of the week in English and {@link #MONTH_LANGUAGES}. */
  private static final Set<String> WEEKDAYS = weekdayNames();

  /**
   * Day, month name and year, as most languages beside English write them: "1. Juli 2026", "1 de
   * julio de 2026", "1er juillet 2026", "1 lipca 2026".
   */
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          "^(\\d{1,2})(?:\\.|er|º|°)?\\s+(?:de\\s+)?(\\p{L}{3,12})\\.?,?\\s+(?:de\\s+|del\\s+)?(\\d{4})(?!\\d)");

  /** Day, month and year in digits with dots: "01.07.2026", "1.7.2026". */
  private static final Pattern DOTTED =
      Pattern.compile("^(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})(?!\\d)");

  /**
   * A written line's lead-in before its date ("Veröffentlicht am", "Publicado el", "Stand:"): up to
   * three words with no digit, then an optional colon or comma ("Lübeck, 31. März 2003").
   */
  private static final Pattern LEAD_IN =
      Pattern.compile("^(?:[\\p{L}.]+\\s+){0,2}[\\p{L}.]+[:,]?\\s+");

  /** What may follow a line's date: a time ("14:20", "14.20 Uhr", "| 9:00 h"). */
  private static final Pattern TRAILING_TIME =
      Pattern.compile(
          "^[\\s,|/•·-]*(?:\\p{L}{1,3}\\s+)?\\d{1,2}[:.]\\d{2}(?::\\d{2})?(?:\\s*\\p{L}{1,3}\\.?)?\\s*$");

  private Dates() {}

  private static Map<String, Integer> monthNames() {
    Map<String, Integer> names = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    for (Locale locale : MONTH_LANGUAGES) {
      for (String pattern : List.of("MMMM", "LLLL", "MMM", "LLL")) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern(pattern, locale);
        for (Month month : Month.values()) {
          String name = monthKey(format.format(LocalDate.of(2000, month, 1)));
          Integer before = names.putIfAbsent(name, month.getValue());
          if (before != null && before != month.getValue()) {
            ambiguous.add(name);
          }
        }
      }
    }
    ambiguous.forEach(names::remove);
    // a short form of one letter or two is not a month's name ("ma", "ju")
    names.keySet().removeIf(name -> name.length() < 3);
    return Map.copyOf(names);
  }

  private static Set<String> weekdayNames() {
    Set<String> names = new HashSet<>();
    List<Locale> locales =
        Stream.concat(Stream.of(Locale.ENGLISH), MONTH_LANGUAGES.stream()).toList();
    for (Locale locale : locales) {
      for (String pattern : List.of("EEEE", "cccc")) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern(pattern, locale);
        // 3 to 9 January 2000: Monday to Sunday
        for (int day = 3; day < 10; day++) {
          names.add(monthKey(format.format(LocalDate.of(2000, 1, day))));
        }
      }
    }
    return Set.copyOf(names);
  }

  /**
   * @param word a word
   * @return whether it is the full name of a day of the week ("Thursday", "Donnerstag")
   */
  static boolean isWeekday(String word) {
    return WEEKDAYS.contains(monthKey(word));
  }

  private static String monthKey(String name) {
    return name.toLowerCase(Locale.ROOT).replace(".", "").strip();
  }

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
    if (iso == null) {
      iso = rfc1123(text);
    }
    if (iso == null) {
      iso = written(text, false);
    }
    return iso != null ? iso : otherLanguages(text, false);
  }

  /** "Wed, 04 May 2022 02:41:00 GMT", as feeds and some JSON-LD write it, with its time. */
  private static String rfc1123(String text) {
    if (!RFC_1123_SHAPE.matcher(text).find()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME)
          .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /**
   * The date in an address's path, as blogs and news sites write it: {@code /2016/05/22/slug}.
   *
   * @param url an address, or null
   * @return the ISO date, or null when its path has none
   */
  static String inUrl(String url) {
    if (url == null) {
      return null;
    }
    Matcher m = URL_DATE.matcher(url);
    return m.find() ? date(m.group(1), m.group(2), m.group(3)) : null;
  }

  /**
   * The publication date as the page shows it. A time stamp in the tags is often in UTC while the
   * page writes the day in the publisher's zone, so a UTC stamp (or one without a zone) with a time
   * one day off the shown date gives way to it; a stamp with another offset is local already.
   *
   * @param tagged the date from the page's tags (ISO-8601), or null
   * @param shown the date written on the page (ISO-8601 date), or null
   * @return the date to keep, or null when there is none
   */
  static String asShown(String tagged, String shown) {
    if (tagged == null || shown == null) {
      return tagged != null ? tagged : shown;
    }
    // a stamp with its zone's offset already gives the publisher's day
    if (tagged.length() <= 10 || !tagged.contains("T") || !UTC.matcher(tagged).find()) {
      return tagged;
    }
    try {
      long days =
          Math.abs(
              LocalDate.parse(tagged.substring(0, 10)).toEpochDay()
                  - LocalDate.parse(shown.substring(0, 10)).toEpochDay());
      return days == 1 ? shown : tagged;
    } catch (DateTimeParseException e) {
      return tagged;
    }
  }

  /**
   * A line whose whole text is a written date ("Jul 1, 2026", "Published 1 July 2026").
   *
   * @param line a line of text
   * @return the ISO date, or null when the line is more than a date
   */
  static String lineDate(String line) {
    return lineDate(line, false);
  }

  /**
   * A line whose whole text is a written date, digits with slashes ("03/05/2022 21:44") read day
   * first when the page's language writes the day first. English pages write both orders, so a
   * slashed date on them stays unread.
   *
   * @param line a line of text
   * @param slashesDayFirst whether a slashed date is day, month, year
   * @return the ISO date, or null when the line is more than a date
   */
  static String lineDate(String line, boolean slashesDayFirst) {
    String text = Whitespace.normalise(line);
    if (slashesDayFirst) {
      Matcher slashed = SLASHED_DAY_FIRST.matcher(text);
      if (slashed.find() && endsThere(text, slashed.end())) {
        return date(slashed.group(3), slashed.group(2), slashed.group(1));
      }
    }
    if (text.length() > 40) {
      return null;
    }
    String iso = machine(text);
    if (iso != null && ISO_PREFIX.matcher(text).matches()) {
      return iso;
    }
    String written = written(text, true);
    if (written != null) {
      return written;
    }
    String date = otherLanguages(text, true);
    if (date == null) {
      String withoutLeadIn = LEAD_IN.matcher(text).replaceFirst("");
      date = withoutLeadIn.equals(text) ? null : otherLanguages(withoutLeadIn, true);
      if (date == null && !withoutLeadIn.equals(text)) {
        date = isoLine(withoutLeadIn);
      }
    }
    return date;
  }

  /** An ISO date, and perhaps its time, after a line's lead-in: "Written: 2023-11-07 15:03". */
  private static String isoLine(String text) {
    Matcher iso = ISO_PREFIX.matcher(text);
    if (!iso.find() || !endsThere(text, iso.end())) {
      return null;
    }
    return date(iso.group(1), iso.group(2), iso.group(3));
  }

  /**
   * A date written with a month name of {@link #MONTH_LANGUAGES} or with dotted digits.
   *
   * @param text the text, starting with the date
   * @param whole whether nothing but a time may follow the date
   */
  private static String otherLanguages(String text, boolean whole) {
    Matcher named = DAY_MONTH_YEAR.matcher(text);
    if (named.find()) {
      Integer month = MONTHS.get(monthKey(named.group(2)));
      if (month != null && (!whole || endsThere(text, named.end()))) {
        return date(named.group(3), month.toString(), named.group(1));
      }
    }
    Matcher dotted = DOTTED.matcher(text);
    if (dotted.find() && (!whole || endsThere(text, dotted.end()))) {
      return date(dotted.group(3), dotted.group(2), dotted.group(1));
    }
    return null;
  }

  private static boolean endsThere(String text, int end) {
    String rest = text.substring(end);
    return rest.isBlank() || TRAILING_TIME.matcher(rest).matches();
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
    // a line may give the time after the date: "8 January 2020, 3:51 pm"
    if (whole && !endsThere(cleaned, shape.end())) {
      return null;
    }
    String candidate =
        shape.group().replaceAll("(\\d)(st|nd|rd|th)", "$1").replaceAll("(?i)\\bsept\\b", "Sep");
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
