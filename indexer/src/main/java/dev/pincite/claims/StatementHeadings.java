package dev.pincite.claims;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Section headings that name whose statement the section is: "Statement from the Parcel Carriers
 * Association, 2 December", "RESPONSE FROM THE POSTAL STANDARDS OFFICE", "A reply from Greyhaven".
 * A page that prints an organisation's statement and another's reply under such headings gives each
 * section to the one its heading names, as a post is its poster's. The nouns are {@code
 * [statement-nouns]} of {@code speaker-cues.txt}; the name is read by its form (capitalised words
 * after "from" or "by"), never looked up. A possessive heading ("Aurelia's response") is not one:
 * in news it titles the writer's account of the response (measured: the blind pool's speaker and
 * own voice fell with it). Immutable and thread safe.
 */
final class StatementHeadings {

  // Capitalised words, "of", "for", "and", "&" between them: "Union of Bakery Workers".
  private static final String NAME =
      "(\\p{Lu}[\\p{L}'\u2019&.-]*(?:\\s+(?:of|for|and|&|\\p{Lu}[\\p{L}'\u2019&.-]*)){0,6})";
  // What may follow the name: a date or a place after a comma, a dash or a parenthesis.
  private static final String TAIL = "(?:\\s*[,(\u2014\u2013:-].*)?$";
  private static final String THE = "(?:(?i:the)\\s+)?";

  private final Pattern fromName;
  private final Pattern introduction;

  /**
   * @param cues the parsed {@code speaker-cues.txt}: {@code [statement-nouns]}
   */
  StatementHeadings(CueFile cues) {
    String nouns = "(?:" + CueFile.alternation(cues.list("statement-nouns")) + ")";
    // "Statement from X", "A reply from the X", "Joint response by X"
    this.fromName =
        Pattern.compile(
            "^(?i:(?:an?|the|our|their|joint|full|written|further)\\s+){0,2}(?i:"
                + nouns
                + ")\\s+(?i:from|by|of)\\s+"
                + THE
                + NAME
                + TAIL,
            Pattern.UNICODE_CASE);
    // "The following letter was received ...", "This statement was issued on ...": the page
    // introducing what it prints, in its own voice.
    this.introduction =
        Pattern.compile(
            "^(?:the\\s+following|this|the|that)\\s+(?:\\p{L}+\\s+)?"
                + nouns
                + "\\s+(?:was|were|is|has|had)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /**
   * Whether a sentence introduces the statement printed under a statement's heading instead of
   * being part of it ("The following letter was received in response to ..."): the page's own.
   *
   * @param sentence a sentence under such a heading
   */
  boolean introduces(String sentence) {
    return introduction.matcher(sentence.strip()).find();
  }

  /**
   * The name a statement's heading gives, as written, a heading in capitals read as a title ("THE
   * POSTAL STANDARDS OFFICE" gives "Postal Standards Office"); empty for any other heading.
   *
   * @param heading a section heading's text
   */
  Optional<String> named(String heading) {
    String text = heading.strip();
    Matcher m = fromName.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    String name = m.group(1).strip();
    return Optional.of(TitleCase.ifCapitals(name));
  }
}
