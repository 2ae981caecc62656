package dev.pincite.ingest;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;

/**
 * The names a byline gives: a byline's text cleaned to people's names ({@link #person}), and the
 * comparisons that choose between a page's tagged and shown bylines (a user name for the name
 * shown, co-authors the tags leave out, the letter case the page shows). Stateless and thread safe.
 */
final class BylineNames {

  static final Pattern URL_LIKE =
      Pattern.compile("^(https?:)?//|^www\\.", Pattern.CASE_INSENSITIVE);
  static final Pattern LEADING_SEPARATORS = Pattern.compile("^[|•·:,;/\\-–—\\s]+");

  // where a byline's names end: a digit (dates, times), an e-mail address, a handle, a separator
  // (the words that date a line, "Updated", "Veröffentlicht", are BylineCues.dated)
  private static final Pattern BYLINE_END =
      Pattern.compile(
          // "Jane Doe (jane.doe@example.com)": the whole address and its bracket, not only from
          // its "@"; a handle written against the name ("Jane Doe@janedoe") has no domain and
          // ends at the "@"
          "(?:[(<\\[]\\s*)?(?<![\\p{L}\\d._%+-])[\\p{L}\\d._%+-]+@[\\p{L}\\d-]+\\.[\\p{L}\\d.-]+"
              + "|\\d|@|\\s[|•·]|\\s[-–—]\\s|\\((?!\\p{Lu})"
              // ", Datum: …": a label after a comma starts the line's next field
              + "|,\\s*\\p{L}+\\s*:"
              + "|\\s(on|at)\\s"
              + "|\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d",
          Pattern.CASE_INSENSITIVE);
  // "Jane Doe, Senior Games Editor": a job title after the name is not part of it
  // "Corin Vale, chief executive of Lathmere Investments": after a comma, words in lower case
  // (a job, never a name) and perhaps the organisation the job is at, to the end.
  private static final Pattern JOB_AFTER_COMMA =
      Pattern.compile(
          ",\\s*\\p{Ll}[\\p{L}\\-]*(?:\\s+\\p{Ll}[\\p{L}\\-]*){0,4}"
              + "(?:\\s+(?:of|at|for|with)\\s+\\S.*)?$");

  private static final Pattern TRAILING_ROLE =
      Pattern.compile(
          "[\\s,]+((senior|chief|contributing|staff|deputy|associate|managing|executive|assistant"
              + "|political|technology|tech|games|science|business|health|sports|news|foreign"
              + "|national|international|special|investigative|data|video|photo|features?)\\s+){0,2}"
              + "(editor|writer|reporter|correspondent|contributor|columnist|producer|journalist"
              + "|photographer)s?$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern NOT_A_PERSON =
      Pattern.compile(
          "^(staff|editors?|editorial( team| staff| board)?|admin|administrator"
              + "|the .*(staff|team|editors|desk)|.*\\bstaff( writer| reporter)?s?|news ?desk"
              + "|wire|unknown|anonymous|guest|no author|about the author)$",
          Pattern.CASE_INSENSITIVE);
  // a user name: one word in lower case, or with an underscore
  private static final Pattern HANDLE = Pattern.compile("[\\p{Ll}\\d._-]+|\\S+_\\S+");

  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  /**
   * A byline's text as people's names: without a leading "By", cut where a date, a time, a handle
   * or a separator starts.
   *
   * @param raw a byline as written, or null
   * @param site the site's name, or null
   * @return the names, or null when nothing person-like remains (empty, a URL, "Staff", the site)
   */
  static String person(String raw, String site) {
    String text = Whitespace.normalise(raw);
    if (text.isEmpty() || URL_LIKE.matcher(text).find()) {
      return null;
    }
    Matcher inner = BylineCues.STANDARD.innerBy().matcher(text);
    if (inner.find() && inner.start() > 0) {
      if (BylineCues.STANDARD.creditsOther(text.substring(0, inner.start()))) {
        // "Revised edition edited by Jane Doe": an editor, a translator, a photographer
        return null;
      }
      text = text.substring(inner.end());
    }
    text = LEADING_SEPARATORS.matcher(text).replaceFirst("");
    text = BylineCues.STANDARD.withoutLeadIn(text);
    Matcher end = BYLINE_END.matcher(text);
    if (end.find()) {
      text = text.substring(0, end.start());
    }
    Matcher dated = BylineCues.STANDARD.dated().matcher(text);
    if (dated.find()) {
      text = text.substring(0, dated.start());
    }
    text = beforeWeekday(text);
    Matcher afterName = BylineCues.STANDARD.afterName().matcher(text);
    if (afterName.find()) {
      text = text.substring(0, afterName.start());
    }
    text = text.replaceAll("[\\s,;:|/·•\\-–—]+$", "").strip();
    // "Jane Doe, Transport Correspondent": after a comma, any words ending in a job title; else
    // a job title with its usual qualifiers ("Jane Doe Senior Editor")
    Matcher role = BylineCues.STANDARD.roleAfterComma().matcher(text);
    if (!role.find()) {
      role = TRAILING_ROLE.matcher(text);
    }
    if (!role.find(0)) {
      role = JOB_AFTER_COMMA.matcher(text);
    }
    if (role.find(0) && role.start() > 0 && text.substring(0, role.start()).contains(" ")) {
      text = text.substring(0, role.start()).replaceAll("[\\s,;:|/·•\\-–—]+$", "");
    }
    text = withoutSiteAfterComma(text, site);
    if (text.isEmpty() || text.length() > 120 || !text.matches(".*\\p{L}.*")) {
      return null;
    }
    if (NOT_A_PERSON.matcher(text).matches()) {
      return null;
    }
    return site != null && text.equalsIgnoreCase(site) ? null : text;
  }

  /**
   * A byline without the site's name after a comma ("Jane Doe, Harbour Weekly"): the outlet the
   * names write for, not one of them.
   */
  private static String withoutSiteAfterComma(String text, String site) {
    if (site == null || site.isBlank()) {
      return text;
    }
    int comma = text.lastIndexOf(',');
    return comma > 0 && text.substring(comma + 1).strip().equalsIgnoreCase(site.strip())
        ? text.substring(0, comma).strip()
        : text;
  }

  /** A byline's text up to a day of the week ("Jane Doe Thursday, November 9"). */
  private static String beforeWeekday(String text) {
    Matcher word = WORD.matcher(text);
    while (word.find()) {
      if (Dates.isWeekday(word.group())) {
        return text.substring(0, word.start());
      }
    }
    return text;
  }

  /**
   * The names a byline gives when its tags give a user name ("jane_doe", "janedoe") for the name
   * the page shows ("Jane Doe"): the shown name, when its letters are the handle's.
   *
   * @param tagged the byline from the page's tags, or null
   * @param shown the visible byline, or null
   * @return the byline to keep
   */
  static String displayName(String tagged, String shown) {
    if (tagged == null || shown == null || !HANDLE.matcher(tagged).matches()) {
      return tagged;
    }
    return letters(tagged).equals(letters(shown)) ? shown : tagged;
  }

  /**
   * The byline the page shows when it names the tagged author and others with them ("Jane Doe und
   * John Roe" where the tags give "Jane Doe"): tags often keep only the first of several authors.
   *
   * @param tagged the byline from the page's tags
   * @param shown the visible bylines found, in order of trust, each possibly null
   * @return the byline to keep
   */
  static String withCoauthors(String tagged, String... shown) {
    String taggedLetters = letters(tagged);
    for (String candidate : shown) {
      if (candidate != null
          && BylineCues.STANDARD.isNames(candidate)
          && BylineCues.STANDARD.namesSeveral(candidate)
          && !letters(candidate).equals(taggedLetters)
          && letters(candidate).contains(taggedLetters)) {
        return candidate;
      }
    }
    return tagged;
  }

  /**
   * The tagged byline in the letter case the page shows it in: in capitals when the page's text
   * writes it so ("JANE DOE" in the markup for the tags' "Jane Doe"), else as a visible byline with
   * the same words writes it. A reader copies what is shown.
   *
   * @param doc the page
   * @param tagged the byline from the page's tags
   * @param shown the visible bylines found, in order of trust, each possibly null
   * @return the byline to keep
   */
  static String inShownCase(Document doc, String tagged, String... shown) {
    String capitals = tagged.toUpperCase(Locale.ROOT);
    if (!capitals.equals(tagged) && doc.body() != null && doc.body().text().contains(capitals)) {
      return capitals;
    }
    for (String candidate : shown) {
      if (candidate != null && candidate.equalsIgnoreCase(tagged)) {
        return candidate;
      }
    }
    return tagged;
  }

  /**
   * @param byline a byline
   * @return whether it reads as a user name rather than a person's name
   */
  static boolean isHandle(String byline) {
    return HANDLE.matcher(byline).matches();
  }

  static String letters(String name) {
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
    return decomposed.replaceAll("[^\\p{L}]|\\p{M}", "").toLowerCase(Locale.ROOT);
  }

  private BylineNames() {}
}
