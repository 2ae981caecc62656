package dev.pincite.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The abbreviations a document defines for its organisations, the way news writes them on first
 * mention: "Société Ivoirienne de Broyage (SIB), the country's second-largest grinder, said ...",
 * "the Bureau National de Commercialisation du Cacao (BNCC)". Later sentences that write "SIB" mean
 * the organisation: one company, one speaker, one facet value.
 *
 * <p>A definition counts only when the letters in brackets are the initials of the capitalised
 * words just before them (particles such as "de" and "du" aside), so a ticker, a year or a note in
 * brackets defines nothing. An abbreviation defined for two names is neither's. Stateless and
 * thread safe.
 */
final class DefinedAbbreviations {

  /** A word of a name, or a particle inside one, then the bracketed capitals. */
  private static final Pattern DEFINITION =
      Pattern.compile(
          "((?:[\\p{Lu}][\\p{L}\\p{N}&'\u2019.-]*\\s+"
              + "(?:(?:[\\p{Ll}]{1,4}|[\\p{Ll}]['\u2019])\\s+){0,2}){1,8})"
              + "\\((\\p{Lu}[\\p{Lu}\\p{N}&]{1,7})\\)");

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private DefinedAbbreviations() {}

  /**
   * The abbreviations a document's sentences define, to the names they abbreviate.
   *
   * @param sentences the document's sentences in reading order
   * @return abbreviation to full name; empty when none is defined
   */
  static Map<String, String> of(List<String> sentences) {
    Map<String, String> defined = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    for (String sentence : sentences) {
      if (sentence.indexOf('(') < 0) {
        continue;
      }
      Matcher m = DEFINITION.matcher(sentence);
      while (m.find()) {
        String abbreviation = m.group(2);
        String name = named(SPACES.split(m.group(1).strip()), abbreviation);
        if (name == null) {
          continue;
        }
        String earlier = defined.putIfAbsent(abbreviation, name);
        if (earlier != null && !earlier.equals(name)) {
          ambiguous.add(abbreviation);
        }
      }
    }
    ambiguous.forEach(defined::remove);
    return defined;
  }

  /**
   * The name the abbreviation stands for: the shortest run of the last words whose capitalised
   * words' initials spell it, particles inside kept and never first; null when none does.
   */
  private static String named(String[] words, String abbreviation) {
    StringBuilder initials = new StringBuilder();
    for (int start = words.length - 1; start >= 0; start--) {
      String w = words[start];
      if (NameSpan.isParticle(w)) {
        continue;
      }
      initials.insert(0, w.charAt(0));
      if (initials.length() > abbreviation.length()) {
        return null;
      }
      if (initials.length() >= 2 && initials.toString().equals(abbreviation)) {
        return String.join(" ", List.of(words).subList(start, words.length));
      }
    }
    return null;
  }

  /**
   * A set of names with every defined abbreviation written as its full name.
   *
   * @param names the names
   * @param defined the document's abbreviations ({@link #of})
   * @return the names, abbreviations replaced, in the same order
   */
  static List<String> resolved(Iterable<String> names, Map<String, String> defined) {
    List<String> out = new ArrayList<>();
    for (String name : names) {
      out.add(defined.getOrDefault(name, name));
    }
    return out;
  }
}
