package dev.pincite.claims;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A press release's dateline, which opens its first sentence: the place in capitals, perhaps a
 * region, the date and a dash, then the organisation that issues it ("HALBURY, England, 4 March
 * 2026 -- Marrowby Foods plc today announced ...", "HOUSTON, March 12, 2026 /Newswire/ — Corvane
 * Energy ..."). A release no byline or site signs is its issuer's own text: the issuer is its
 * author, as {@code CLAIMS.md} has the author speak by default. A wire story's dateline credits an
 * agency in parentheses instead ({@code dev.pincite.ingest.Datelines}) and is not matched here.
 * Recognised by its form, never by a name. Stateless.
 */
final class ReleaseDatelines {

  private static final String MONTH_WORD = "\\p{Lu}\\p{Ll}{2,8}\\.?";

  /** "4 March 2026", "March 4, 2026", "Nov. 4, 2026". */
  private static final String DATE =
      "(?:\\d{1,2}\\s+" + MONTH_WORD + "|" + MONTH_WORD + "\\s+\\d{1,2},?)\\s+\\d{4}";

  private static final Pattern DATELINE =
      Pattern.compile(
          "^\\p{Lu}{2,}(?:[ .'-]+\\p{Lu}{2,})*,"
              // a region or country: "England,", "Ohio,"
              + "(?:\\s+\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*)?,)?"
              + "\\s+"
              + DATE
              // a distribution service between slashes: "/Newswire/"
              + "(?:\\s*/[^/]{1,40}/)?"
              + "\\s*(?:\u2014|\u2013|--?)\\s+(?:The\\s+)?");

  private ReleaseDatelines() {}

  /**
   * The organisation a release's dateline names as its issuer: the longest of the sentence's
   * organisations whose name starts right after the dash.
   *
   * @param sentence the document's first sentence
   * @param organisations the organisations the sentence names, canonical
   * @return the issuer, or empty when the sentence opens with no release dateline or no
   *     organisation follows it
   */
  static Optional<String> issuer(String sentence, Collection<String> organisations) {
    Matcher m = DATELINE.matcher(sentence);
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    String after = sentence.substring(m.end());
    // The longest that fits: "Corvane Semiconductor", not "Corvane", when the sentence has both.
    return organisations.stream()
        .filter(o -> after.startsWith(o) && !continuesName(after, o.length()))
        .max(Comparator.comparingInt(String::length));
  }

  /**
   * Whether the name goes on past {@code end} with a letter or a digit ("Corvane" in "Corvanes").
   */
  private static boolean continuesName(String text, int end) {
    return end < text.length() && Character.isLetterOrDigit(text.charAt(end));
  }
}
