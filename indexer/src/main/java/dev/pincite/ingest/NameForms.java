package dev.pincite.ingest;

import java.util.regex.Pattern;

/**
 * How a name is written where a saved page shows who speaks or writes: the forms the plain-text and
 * Markdown readers look for in post headers, transcript labels and stamps, signatures and bylines.
 * One place, so that every reader means the same thing by "a name". Recognised by form (capitalised
 * words), never by a name's spelling. Stateless.
 */
final class NameForms {

  /**
   * One to four capitalised words ("Marta Quill", "ESTHER KOLB", "O'Neill-Hart"): a display name, a
   * speaker's label.
   */
  static final String NAME = "\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019.-]*){0,3}";

  /**
   * Two to four capitalised words of two letters or more ("Petra Hallgarth", "Noor Haddad"): a
   * person named in full, as a signature or a byline link gives one.
   */
  static final String FULL_NAME = "\\p{Lu}[\\p{L}'\u2019.-]+(?:\\s+\\p{Lu}[\\p{L}'\u2019.-]+){1,3}";

  /** A line that is a {@link #FULL_NAME} and nothing more (test with {@code matches()}). */
  static final Pattern FULL_NAME_ALONE = Pattern.compile(FULL_NAME);

  /**
   * A title that may stand before a person's name in a credit ("Professor Adaeze Munro", "Dr Ilse
   * Brandt") and is no part of the name, with the space after it.
   */
  static final String TITLE_BEFORE_NAME =
      "(?:(?:Professor|Prof\\.?|Dr\\.?|Doctor|Sir|Dame|Lord|Lady|Rev\\.?|Reverend)\\s+)";

  /**
   * A transcript line opening with its speaker's label ("ESTHER KOLB: ...", "Dev Patel: ..."); the
   * label's words are one space apart, as in a line already read.
   */
  static final Pattern SPEAKER_LABEL =
      Pattern.compile("^\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s\\p{Lu}[\\p{L}'\u2019.-]*){0,3}:\\s+\\S");

  private NameForms() {}
}
