package dev.pincite.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The short lines at the top of a plain-text or Markdown article that say who wrote it and where it
 * appeared instead of being its text: "By Marta Quill" (the byline) and "Source: The Kitchen
 * Ledger" (the site; also "Via", "Published by", "Originally published in"). Saved and pasted pages
 * carry them where an HTML page has a byline element and a site name. The readers look for them
 * among the first {@link #REACH} paragraphs only, so that a sentence in the body that starts so is
 * never taken. Stateless.
 */
final class HeaderLines {

  /** How many paragraphs from the top a header line may be. */
  static final int REACH = 5;

  private static final int MAX_BYLINE_CHARS = 80;
  // a byline's lead-in, a name, a role and an institution ("Speaker: Professor Annika Trelawney,
  // Chair in Accounting, University of Sallowmere") run past 80 characters
  private static final int MAX_LEAD_IN_LINE_CHARS = 120;
  private static final int MAX_SOURCE_CHARS = 80;
  private static final int MAX_CREDIT_CHARS = 160;
  private static final Pattern BYLINE = Pattern.compile("^By\\s+\\p{Lu}");
  // "the Northmoor Bus Users' Association": a named body's capitalised words, joined by "of",
  // "for", "and", "the" or "&", ending in a capitalised word.
  private static final Pattern ISSUER =
      Pattern.compile(
          "^[Tt]he\\s+(\\p{Lu}[\\p{L}'\u2019&.-]*(?:\\s+(?:(?:of|for|and|the|&)\\s+)?\\p{Lu}[\\p{L}'\u2019&.-]*){1,8})$");
  // Each word capitalised but for the joiners of a body's name.
  private static final Pattern TITLE_CASE =
      Pattern.compile(
          "^\\p{Lu}[\\p{L}'\u2019&.-]*(?:\\s+(?:of|for|and|the|&|\\p{Lu}[\\p{L}'\u2019&.-]*))+$");
  // An article opening a title, a sentence's end, or a word linking the line to another party:
  // no organisation's name.
  private static final Pattern NOT_A_NAME =
      Pattern.compile(
          "^(?:the|a|an)\\s|[.!?:;,]$|(?<!\\p{L})(?:to|by|from|on|in|at|with|against|vs)(?!\\p{L})",
          Pattern.CASE_INSENSITIVE);
  // The parts of a letterhead line: a dash or bar between spaces.
  private static final Pattern LETTERHEAD_PARTS = Pattern.compile("\\s+[-\u2013\u2014|\u00b7]\\s+");
  // A document's kind, then the body it comes from ("Response of the ...", "Statement from the").
  private static final Pattern ISSUED_BY =
      Pattern.compile(
          "^\\p{Lu}[\\p{L}]+(?:\\s+\\p{Lu}[\\p{L}]+)?\\s+(?i:of|from|by)\\s+(?i:the)\\s+(\\p{Lu}.*)$");
  // A credited name with a title before it or its institution after "of".
  private static final Pattern CREDITED_NAME =
      Pattern.compile(
          "^"
              + NameForms.TITLE_BEFORE_NAME
              + "?("
              + NameForms.FULL_NAME
              + ")(?:\\s+of\\s+\\p{Lu}.*)?$");
  // "I, NAME, of FIRM, make this statement", "I, NAME, do solemnly and sincerely declare".
  // A numbered statement's first paragraph may open with its number: "[1] I, ...", "1. I, ...".
  private static final String PARAGRAPH_NUMBER = "(?:[\\[(]?\\d{1,3}[\\].)]?\\s+)?";
  private static final Pattern DECLARATION =
      Pattern.compile(
          "^"
              + PARAGRAPH_NUMBER
              + "I,\\s+("
              + NameForms.FULL_NAME
              + "),\\s+(?:[^.;:]{1,200}?,\\s+)?(?:am\\s+[^.;:]{1,160}?\\s+and\\s+)?"
              + "(?:(?i:do)\\s+)?(?i:make\\s+oath\\s+and\\s+say|make\\s+this\\s+"
              + "(?:statement|declaration|affidavit)|say\\s+as\\s+follows|state\\s+as\\s+follows|"
              + "(?:solemnly\\s+(?:and\\s+sincerely\\s+)?)?(?:declare|affirm|swear))(?!\\p{L})");
  // "Report of Rowena Tallis, Inspector appointed by ...": a kind of work, "of", and its maker's
  // full name, then a comma or the title's end
  private static final Pattern WORK_OF_PERSON =
      Pattern.compile(
          "^\\p{L}+(?:\\s+\\p{L}+)?\\s+of\\s+"
              + NameForms.TITLE_BEFORE_NAME
              + "?("
              + NameForms.FULL_NAME
              + ")\\s*(?:,|$)");
  // "I am Aurelio Penrose-Watts, a partner of Cresswell Marr, and ...": a writer naming themself
  // with what they are, as a report's or a statement's first words
  private static final Pattern SELF_INTRODUCTION =
      Pattern.compile(
          "^"
              + PARAGRAPH_NUMBER
              + "I\\s+am\\s+("
              + NameForms.FULL_NAME
              + "),\\s+(?:an?|the)\\s+\\p{Ll}");
  // An organisation's capitalised name in a title: two to eight words, joined by "of", "and" ...
  private static final String TITLED_ORGANISATION =
      "(\\p{Lu}[\\p{L}\\p{M}'\u2019&.-]*(?:\\s+(?:of|for|and|the|&|\\p{Lu}[\\p{L}\\p{M}'\u2019&.-]*)){1,7})";
  // A title's last "of" or "from" and the organisation's name after it.
  private static final Pattern RECORD_OF =
      Pattern.compile("^.*?\\s(?i:of|from)\\s+(?i:the\\s+)?" + TITLED_ORGANISATION + "$");
  // The organisation's name, a colon and the kind of work: "X Club: minutes of ...".
  private static final Pattern NAME_THEN_WORK =
      Pattern.compile("^" + TITLED_ORGANISATION + ":\\s+(.+)$");
  private static final Pattern ADDRESSED = Pattern.compile("\\s(?i:to|for)\\s");
  private static final Pattern NOTE_IN_BRACKETS = Pattern.compile("\\s*\\([^()]*\\)");
  // A title before a byline's name and roles ("Professor Annika Trelawney, Chair in Accounting").
  private static final Pattern TITLE_FIRST =
      Pattern.compile("^" + NameForms.TITLE_BEFORE_NAME + "(?=\\p{Lu}\\p{L}*\\s+\\p{Lu})");
  private static final Set<String> JOINERS = Set.of("of", "for", "and", "the", "&");
  private static final Pattern SOURCE =
      Pattern.compile(
          "^(?:Source|Via|Published by|Originally published (?:in|on|by))\\s*:?\\s+(\\S.*?)\\.?$");

  /** How many non-blank lines from the top {@link #standApart} looks at. */
  private static final int TOP_LINES = 8;

  private HeaderLines() {}

  /**
   * The text with each header line among its first {@link #TOP_LINES} non-blank lines standing
   * apart, blank lines around it: "By Anselm Kirrane" directly above "Source: The Law Report" is
   * two header lines, not one paragraph that Markdown would join into "By Anselm Kirrane Source:
   * …". A line that is not a header line is left as it is.
   *
   * @param text the article's text (after any front matter)
   */
  static String standApart(String text) {
    String[] lines = text.split("\\R", -1);
    StringBuilder out = new StringBuilder(text.length() + 16);
    int seen = 0;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      boolean top = !line.isEmpty() && seen++ < TOP_LINES;
      boolean header = top && isHeaderLine(line);
      if (header && i > 0 && !lines[i - 1].isBlank()) {
        out.append('\n');
      }
      out.append(lines[i]);
      if (i + 1 < lines.length) {
        out.append('\n');
        if (header && !lines[i + 1].isBlank()) {
          out.append('\n');
        }
      }
    }
    return out.toString();
  }

  private static boolean isHeaderLine(String line) {
    return byline(line, null) != null || source(line) != null || Dates.lineDate(line) != null;
  }

  /**
   * What {@code reader} reads from the first of the top {@link #REACH} items it reads anything
   * from; that item is then removed (a header line is no paragraph). Null when none.
   *
   * @param items the article's paragraphs (or lines), top first; modified
   * @param reader what an item says (a byline, a site, a date), or null
   */
  static <T> String take(List<T> items, Function<T, String> reader) {
    for (int i = 0; i < Math.min(REACH, items.size()); i++) {
      String value = reader.apply(items.get(i));
      if (value != null) {
        items.remove(i);
        return value;
      }
    }
    return null;
  }

  /**
   * The person a byline line names ("By Marta Quill and Tom Reyes"), or null when the line is not
   * one: too long, ending like a sentence, or naming no person ({@link BylineNames#person}).
   *
   * @param line one paragraph
   * @param site the site, if known, which a byline may name too ("By Marta Quill, The Ledger")
   */
  static String byline(String line, String site) {
    // a sentence that happens to start with "By" ends like one
    // "By Marta Quill", and every other byline's opening words the HTML reader knows
    // (bylines.txt: "Compiled by", "Words by", "Text:", "Filed by:")
    if (!(BYLINE.matcher(line).lookingAt() || BylineCues.STANDARD.opensByline(line))
        || line.length() > MAX_LEAD_IN_LINE_CHARS
        || line.matches(".*[.!?]$")) {
      return null;
    }
    String person = BylineNames.person(line, site);
    if (person == null) {
      return null;
    }
    // "Field team: Anneliese Dorn (lead), Pavel Ruski": a note in brackets is no part of a name
    person = NOTE_IN_BRACKETS.matcher(person).replaceAll("");
    // "By Professor Anwen Stradling of Holmfirth University": as in a credit, the academic title
    // and the body after "of" are no part of the name; a role after a comma stays, the byline's
    Matcher named = CREDITED_NAME.matcher(person);
    return named.matches() ? named.group(1) : TITLE_FIRST.matcher(person).replaceFirst("");
  }

  /**
   * The person a title or a closing line credits as the text's maker ("Text of a speech by Ingrid
   * Svalberg, chair of ...", "Minutes recorded by Orla Fenn, Company Secretary"), or null: a
   * by-word inside the line after a kind of work ({@code [credited-work]} of {@code bylines.txt}),
   * the line not ending like a sentence nor set in brackets. Without such a word a by-word names no
   * maker ("Shares hit by Tom Reyes's tariff").
   *
   * @param line a title or a paragraph, or null
   * @param site the site, if known
   */
  static String credit(String line, String site) {
    if (line == null
        || line.length() > MAX_CREDIT_CHARS
        || line.matches(".*[.!?][)\\]]?$")
        || line.startsWith("(")
        || line.startsWith("[")) {
      // a sentence, or a note in brackets ("[Transcript by Harbourline Events. Edited ...]")
      return null;
    }
    Matcher by = BylineCues.STANDARD.innerBy().matcher(line);
    if (!by.find() || !BylineCues.STANDARD.creditsWork(line.substring(0, by.start()))) {
      return null;
    }
    String person = BylineNames.person(line, site);
    if (person == null) {
      return null;
    }
    // "delivered by Professor Anwen Stradling of Holmfirth University": a speaker's academic
    // title and the body after "of" are no part of the name
    Matcher named = CREDITED_NAME.matcher(person);
    return named.matches() ? named.group(1) : person;
  }

  /**
   * The organisation a credit line near the top names as the text's issuer ("Submitted by the
   * Northmoor Bus Users' Association", "Prepared by the Finance Committee"), or null: a byline's
   * lead-in ({@code bylines.txt}), then "the" and a run of capitalised words, not ending like a
   * sentence. A person's byline never opens with "the".
   *
   * @param line one paragraph
   */
  static String issuer(String line) {
    String named = BylineCues.STANDARD.withoutLeadIn(line);
    if (line.length() > MAX_BYLINE_CHARS || line.matches(".*[.!?]$") || named.equals(line)) {
      return null;
    }
    Matcher m = ISSUER.matcher(named.strip());
    return m.matches() ? m.group(1) : null;
  }

  /**
   * The person a formal statement's opening declares to be making it ("I, Corvin Ashdale, of
   * Ledgerline Forensic Accounting LLP, make this statement ...", "I, Ada Holm, solemnly and
   * sincerely declare ..."): witness statements, affidavits and statutory declarations open so; or
   * null.
   *
   * @param paragraph a paragraph near the top of a text
   */
  static String declarant(String paragraph) {
    Matcher m = DECLARATION.matcher(paragraph);
    return m.lookingAt() ? m.group(1) : null;
  }

  /**
   * The person a title names as the maker of its kind of work ("Report of Rowena Tallis, Inspector
   * appointed by ...", "Evidence of Dr Ada Holm"): a {@code [credited-work]} word of {@code
   * bylines.txt}, "of" and a full name, not an organisation's ({@code [issuer-head]}); or null.
   *
   * @param title a title, or null
   */
  static String makerOf(String title) {
    if (title == null
        || title.length() > MAX_CREDIT_CHARS
        || !BylineCues.STANDARD.opensWithWork(title)) {
      return null;
    }
    Matcher m = WORK_OF_PERSON.matcher(title.strip());
    if (!m.find() || BylineCues.STANDARD.endsInIssuer(m.group(1))) {
      return null;
    }
    return m.group(1);
  }

  /**
   * The writer a paragraph near a text's top introduces in the first person with what they are ("I
   * am Aurelio Penrose-Watts, a partner of Cresswell Marr, and ..."), or null.
   *
   * @param paragraph a paragraph near the top of a text
   */
  static String selfIntroduced(String paragraph) {
    Matcher m = SELF_INTRODUCTION.matcher(paragraph);
    return m.lookingAt() ? m.group(1) : null;
  }

  /**
   * The person a formal statement's opening declares ({@link #declarant}) in one of the first
   * {@value #DECLARATION_REACH} paragraphs, else the writer one of them introduces ({@link
   * #selfIntroduced}), or null.
   *
   * @param paragraphs the text's paragraphs from the top, after its header lines
   */
  static String declarant(List<String> paragraphs) {
    List<String> top = paragraphs.subList(0, Math.min(DECLARATION_REACH, paragraphs.size()));
    String declared = firstRead(top, HeaderLines::declarant);
    return declared != null ? declared : firstRead(top, HeaderLines::selfIntroduced);
  }

  /** What a reader gives the first line it reads anything in, or null. */
  private static String firstRead(List<String> lines, Function<String, String> reader) {
    for (String line : lines) {
      String value = reader.apply(line);
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  /** How far down a statement's declaration is looked for, in paragraphs. */
  static final int DECLARATION_REACH = 12;

  /**
   * The organisation whose record a title says the text is ("Minutes of the annual general meeting
   * of Corrow Valley Growers' Co-operative", "Statement from the Harbour Pilots' Association"), or
   * null: a kind of work ({@code [credited-work]} of {@code bylines.txt}) opens it, and it ends in
   * "of" or "from", perhaps "the", and an organisation's capitalised name ending in the kind of
   * body it is ({@code [issuer-head]}). A title addressed to someone ("Letter to the board of ...")
   * names its addressee, not its issuer.
   *
   * @param title a title, or null
   */
  static String recordOf(String title) {
    if (title == null || title.length() > MAX_CREDIT_CHARS || ADDRESSED.matcher(title).find()) {
      return null;
    }
    // "Ostermere Vale Investment Club: minutes of the meeting held on 12 March 2026"
    Matcher named = NAME_THEN_WORK.matcher(title.strip());
    if (named.matches()
        && BylineCues.STANDARD.opensWithWork(named.group(2))
        && BylineCues.STANDARD.endsInIssuer(named.group(1))) {
      return named.group(1);
    }
    if (!BylineCues.STANDARD.opensWithWork(title)) {
      return null;
    }
    Matcher m = RECORD_OF.matcher(title.strip());
    return m.matches() && BylineCues.STANDARD.endsInIssuer(m.group(1)) ? m.group(1) : null;
  }

  /**
   * The organisation a letterhead or title-page line names ("HARROWDEAN SEEDS GROUP", "Skerrin Bay
   * Shellfish Cooperative", its first part before a dash or bar, or the body after a kind of
   * document's "of the": "RESPONSE OF THE ... ASSOCIATION"), in its own letter case, capitals made
   * title case; null when the line is no such name. It is two to eight words, in capitals or (a
   * title only) each capitalised but for "of", "and", "for", "the" and "&", not opening with an
   * article, with no word that links it to something else ("Submitted to the Regulator"), and
   * ending in the kind of body an organisation is ({@code [issuer-head]} of {@code bylines.txt}).
   *
   * @param line a title or a paragraph
   * @param title whether it is the title, which may be in mixed case
   */
  static String letterhead(String line, boolean title) {
    if (line == null || line.length() > MAX_BYLINE_CHARS) {
      return null;
    }
    // "GUILD OF CRAFT BAKERS - MEMBERS' BULLETIN 41": the name is the line's first part;
    // "RESPONSE OF THE FENWOLD VALLEY RESIDENTS' ASSOCIATION": the body after "of the"
    String text = LETTERHEAD_PARTS.split(line.strip(), 2)[0];
    Matcher issued = ISSUED_BY.matcher(text);
    if (issued.matches()) {
      text = issued.group(1);
    }
    String[] words = text.split("\\s+");
    boolean capitals =
        text.equals(text.toUpperCase(Locale.ROOT)) && text.chars().anyMatch(Character::isLetter);
    if (words.length < 2
        || words.length > 8
        || !(capitals || title && TITLE_CASE.matcher(text).matches())
        || NOT_A_NAME.matcher(text).find()
        || !(BylineCues.STANDARD.endsInIssuer(text) || BylineCues.STANDARD.opensWithIssuer(text))) {
      return null;
    }
    return capitals ? titleCase(words) : text;
  }

  /** Capitals made title case: "KESTON VALLEY BREWING CO-OPERATIVE" gives "Keston Valley ... */
  private static String titleCase(String[] words) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      String word = words[i].toLowerCase(Locale.ROOT);
      if (i > 0) {
        out.append(' ');
      }
      boolean joiner = i > 0 && JOINERS.contains(word);
      out.append(joiner ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
    }
    return out.toString();
  }

  /**
   * The outlet a source line names ("Source: The Kitchen Ledger"), or null when the line is not
   * one. A web address there is no outlet's name: null.
   */
  static String source(String line) {
    if (line.length() > MAX_SOURCE_CHARS) {
      return null;
    }
    Matcher m = SOURCE.matcher(line);
    if (!m.matches()) {
      return null;
    }
    String name = m.group(1).strip();
    return name.contains("://") || name.startsWith("www.") || name.isEmpty() ? null : name;
  }
}
