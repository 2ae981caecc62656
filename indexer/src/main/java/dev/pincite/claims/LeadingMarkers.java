package dev.pincite.claims;

import dev.pincite.ingest.TranscriptStamps;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The marks that open a paragraph without being words of its first sentence: outline numbers ("3.3
 * The directors consider ..."), bracketed note numbers ("[4] The lenders voted ..."), the clock
 * time of a live blog's or a transcript's entry ("10:04 ", "[09:31] ", "9.30am: ", "10:04 GMT - ")
 * and a newswire's time ("0706 GMT - "). A sentence's text is what someone wrote or said, so the
 * mark is no part of it (the blind labellers of every held-out set read it so, as {@code
 * gold/README.md} does the live blog's times). A speaker's label ("JANE ROE: ") is not one of
 * these: it names the speaker and stays in the text, as {@code train/README.md} has it.
 *
 * <p>A mark of a kind comes off only in a document where at least {@value #MIN_PARAGRAPHS}
 * paragraphs open with that kind: a numbering or stamping scheme, not one sentence that starts with
 * a number ("2.5 million shoppers ..." is never one, as a mark must be followed by a capital, a
 * quotation mark or a bracket). Immutable and thread safe.
 */
public final class LeadingMarkers {

  /** The kinds of mark. */
  enum Kind {
    /** "3.3 ", "1.2.1 ": a numbered paragraph of a report, a contract or a ruling. */
    OUTLINE_NUMBER("\\d{1,3}(?:\\.\\d{1,3})+\\.?\\s+"),
    /** "[4] ", "(12) ": a numbered paragraph of a statement or a court report. */
    BRACKETED_NUMBER("[\\[(]\\d{1,3}[\\])]\\s+"),
    /** "10:04 ", "[09:31] ", "9.30am: ", "10:04 GMT - ", "(00:01:14) ": an entry's time. */
    CLOCK(
        "[\\[(]?\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?(?:\\s?[AaPp]\\.?[Mm]\\.?)?"
            + "(?:\\s+"
            + TranscriptStamps.ZONE
            + ")?[\\])]?"
            + "(?:\\s*[-\u2013\u2014:|])?\\s+"),
    /** "0706 GMT - ": a newswire item's time, always with its zone. */
    WIRE_CLOCK("\\d{4}\\s+" + TranscriptStamps.ZONE + "\\s*[-\u2013\u2014:|]?\\s+");

    final Pattern pattern;

    Kind(String mark) {
      // What follows a mark opens a sentence: a capital, a quotation mark or a bracket.
      this.pattern = Pattern.compile("^" + mark + "(?=[\\p{Lu}\"'\u201c\u2018(\\[])");
    }
  }

  /** A kind of mark is a document's scheme when at least this many paragraphs open with it. */
  static final int MIN_PARAGRAPHS = 2;

  private final Set<Kind> schemes;

  private LeadingMarkers(Set<Kind> schemes) {
    this.schemes = schemes;
  }

  /**
   * The marking schemes of a document.
   *
   * @param paragraphs the texts of its paragraphs, in order
   * @return the kinds of mark that open at least {@value #MIN_PARAGRAPHS} of them
   */
  public static LeadingMarkers of(List<String> paragraphs) {
    Set<Kind> schemes = EnumSet.noneOf(Kind.class);
    for (Kind kind : Kind.values()) {
      long opening = paragraphs.stream().filter(p -> kind.pattern.matcher(p).find()).count();
      if (opening >= MIN_PARAGRAPHS) {
        schemes.add(kind);
      }
    }
    return new LeadingMarkers(schemes);
  }

  /**
   * A paragraph without the mark that opens it, when the mark is of one of the document's schemes.
   *
   * @param paragraph a paragraph's text
   * @return the text after the mark, or the paragraph unchanged
   */
  public String without(String paragraph) {
    for (Kind kind : schemes) {
      Matcher m = kind.pattern.matcher(paragraph);
      if (m.find()) {
        return paragraph.substring(m.end());
      }
    }
    return paragraph;
  }

  /**
   * A sentence without any mark of these kinds that opens it, scheme or not: for matching a
   * sentence read with its mark against one read without it.
   *
   * @param sentence a sentence
   * @return the text after the mark, or the sentence unchanged
   */
  public static String withoutAny(String sentence) {
    for (Kind kind : Kind.values()) {
      Matcher m = kind.pattern.matcher(sentence);
      if (m.find()) {
        return sentence.substring(m.end());
      }
    }
    return sentence;
  }
}
