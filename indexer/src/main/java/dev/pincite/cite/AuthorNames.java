package dev.pincite.cite;

import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a byline into personal names for CSL and BibTeX. A byline lists people separated by
 * commas, "and" or "&amp;", optionally after "By"; each person's last word is the family name and
 * the words before it the given names. A one-word name (a pseudonym, an outlet) stays literal so no
 * style abbreviates it.
 */
final class AuthorNames {

  private static final Pattern BY = Pattern.compile("(?i)^by\\s+");
  private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:,|;|&|\\band\\b)\\s*");

  private AuthorNames() {}

  /**
   * @param byline a byline such as {@code By Jane Roe and John Doe}, or null
   * @return the names in order; empty for a null or blank byline
   */
  static List<String> split(String byline) {
    List<String> names = new ArrayList<>();
    if (byline == null || byline.isBlank()) {
      return names;
    }
    for (String part : SEPARATOR.split(BY.matcher(byline.strip()).replaceFirst(""))) {
      String name = part.strip().replaceAll("\\s+", " ");
      if (!name.isEmpty()) {
        names.add(name);
      }
    }
    return names;
  }

  /**
   * @param byline a byline, or null
   * @return one CSL name per person
   */
  static CSLName[] csl(String byline) {
    return split(byline).stream().map(AuthorNames::cslName).toArray(CSLName[]::new);
  }

  /**
   * @param byline a byline, or null
   * @return the BibTeX {@code author} value: {@code Roe, Jane and Doe, John}; braces keep a
   *     one-word name whole
   */
  static String bibtex(String byline) {
    List<String> out = new ArrayList<>();
    for (String name : split(byline)) {
      int space = name.lastIndexOf(' ');
      out.add(
          space < 0
              ? "{" + BibTexEntry.escape(name) + "}"
              : BibTexEntry.escape(name.substring(space + 1))
                  + ", "
                  + BibTexEntry.escape(name.substring(0, space)));
    }
    return String.join(" and ", out);
  }

  private static CSLName cslName(String name) {
    int space = name.lastIndexOf(' ');
    if (space < 0) {
      return new CSLNameBuilder().literal(name).build();
    }
    return new CSLNameBuilder()
        .given(name.substring(0, space))
        .family(name.substring(space + 1))
        .build();
  }
}
