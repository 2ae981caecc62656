package dev.pincite.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time stamps of a transcript made by a transcription service, which say when a turn began and
 * are no part of what anyone said: a speaker line with its stamp ("Helena Vasquez (00:01:02):",
 * "Helena Vasquez [01:02]:", "[00:01:02] Helena Vasquez:") alone on its line above the turn, and a
 * stamp opening a turn's line ("[00:01:14] Ossian Drake: Who buys ..."). The plain-text reader
 * makes a speaker line a heading over its turn and takes a leading stamp off a line; the speaker
 * rules read such a heading as the turn's speaker, as they read a social post's header. Recognised
 * by the stamp's form (hours, minutes, seconds in brackets or parentheses), never by a name.
 * Stateless.
 */
public final class TranscriptStamps {

  private static final String STAMP = "\\d{1,2}:\\d{2}(?::\\d{2})?(?:[.,]\\d{1,3})?";
  private static final String NAME = NameForms.NAME;
  // "Helena Vasquez (00:01:02):" or "Helena Vasquez [00:01:02]" with or without the colon
  private static final Pattern NAME_THEN_STAMP =
      Pattern.compile("^(" + NAME + ")\\s*[(\\[]" + STAMP + "[)\\]]\\s*:?$");
  // "Helena Vasquez 1:02" (an Otter export): a bare stamp after a name of two to four words
  private static final Pattern NAME_THEN_BARE_STAMP =
      Pattern.compile(
          "^(\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019.-]*){1,3})\\s+\\d{1,2}:\\d{2}(?::\\d{2})?$");
  // "[00:01:02] Helena Vasquez:" alone on its line
  private static final Pattern STAMP_THEN_NAME =
      Pattern.compile("^[(\\[]" + STAMP + "[)\\]]\\s*(" + NAME + ")\\s*:$");
  // a day as a chat export writes it: "14/03/2026", "3/14/26", "2026-03-14"
  private static final String DAY = "\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}";
  private static final String CLOCK = STAMP + "(?:\\s?[AaPp]\\.?[Mm]\\.?)?";
  // "[00:01:14] " opening a line that goes on; a chat export's "14/03/2026, 08:02 - " (Android)
  // or "[14/03/2026, 08:02:11] " (iPhone) before the writer's name and a colon
  private static final Pattern LEADING_STAMP =
      Pattern.compile(
          "^(?:[(\\[]"
              + STAMP
              + "[)\\]]\\s+|\\["
              + DAY
              + ",?\\s+"
              + CLOCK
              + "\\]\\s+|"
              + DAY
              + ",?\\s+"
              + CLOCK
              + "\\s+[-\u2013]\\s+)(?=\\S)");

  /**
   * The time zones a live blog's or a newswire's entry times carry ("10:04 GMT", "0706 BST"), as a
   * regular-expression group; {@code LeadingMarkers} reads entry times with the same.
   */
  public static final String ZONE = "(?:GMT|UTC|BST|CET|CEST|ET|EST|EDT|PT|PST|PDT)";

  // "10:04 " opening a live blog's entry: a bare clock time (with its zone and a dash: "10:04 GMT
  // - "), then the entry's first word
  private static final Pattern ENTRY_STAMP =
      Pattern.compile(
          "^\\d{1,2}:\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s+"
              + ZONE
              + ")?"
              + "(?:\\s*[-\u2013\u2014|])?\\s+(?=[\\p{Lu}\"\u201c])");

  /** Entries of a live blog: at least this many paragraphs open with a bare clock time. */
  private static final int MIN_ENTRIES = 2;

  private TranscriptStamps() {}

  /**
   * The paragraphs without the bare clock times that open a live blog's entries ("10:04 Chief
   * executive Elspeth Varga is on stage." gives "Chief executive ..."): the time an entry was
   * posted, no part of its first sentence. Taken off only when at least two paragraphs open so,
   * since one may be a sentence that starts with a time.
   *
   * @param units the document's paragraphs, in order
   * @return the same list, or a new one with the entries' times taken off
   */
  static List<String> withoutEntryStamps(List<String> units) {
    long entries = units.stream().filter(u -> ENTRY_STAMP.matcher(u).find()).count();
    if (entries < MIN_ENTRIES) {
      return units;
    }
    return units.stream().map(u -> ENTRY_STAMP.matcher(u).replaceFirst("")).toList();
  }

  /**
   * The speaker a stamped speaker line names ("Helena Vasquez (00:01:02):" gives "Helena Vasquez"),
   * or null when the line is not one.
   *
   * @param line one line or heading, whitespace normalised
   */
  public static String speaker(String line) {
    String text = line.strip();
    Matcher m = NAME_THEN_STAMP.matcher(text);
    if (m.matches()) {
      return m.group(1);
    }
    Matcher bare = NAME_THEN_BARE_STAMP.matcher(text);
    if (bare.matches()) {
      return bare.group(1);
    }
    Matcher stampFirst = STAMP_THEN_NAME.matcher(text);
    return stampFirst.matches() ? stampFirst.group(1) : null;
  }

  /**
   * The line without the time stamp that opens it ("[00:01:14] Ossian Drake: Who buys ..." gives
   * "Ossian Drake: Who buys ...", a chat export's "14/03/2026, 08:02 - Dilys Parry: Seen it." gives
   * "Dilys Parry: Seen it."); the line itself when none does.
   */
  static String withoutLeadingStamp(String line) {
    return LEADING_STAMP.matcher(line).replaceFirst("");
  }
}
