package dev.pincite.ingest;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines that close a plain text and say who wrote it, read when nothing at its top does: a
 * credit ("Minutes recorded by Hollis Penwarden, Secretary", {@link HeaderLines#credit}), a
 * sign-off and the name under it ("Until next week," then "Ruth Amankwah"), or a contact block (a
 * name line, perhaps its firm, then an e-mail address or a telephone number). Memos, minutes,
 * newsletters and research notes put their author there and nowhere else. A credit is read on any
 * text; a sign-off or a contact block only on a text with no site, whose closing name may sign a
 * letter printed on the site's page, and a sign-off only when the text has one (a page of letters
 * signs each).
 *
 * <p>Only the last {@link #REACH} lines are read, and a form is known by its layout, not by its
 * words: a sign-off is any short line ending in a comma, a name line a run of capitalised words
 * with at most a few parts after commas ({@link Signatures#undashedSigner}). A credit line and a
 * contact block are no body, so they are taken off the text; a sign-off and its name stay, the name
 * line a signature ({@link Signatures}). Stateless.
 */
final class ClosingLines {

  /** How many lines from the end a closing credit may stand. */
  static final int REACH = 8;

  // A sign-off: one to six words, the last followed by a comma, nothing after it.
  private static final Pattern SIGN_OFF =
      Pattern.compile("^\\p{L}[\\p{L}'\u2019]*(?:\\s+\\S+){0,5},$");
  private static final Pattern EMAIL = Pattern.compile("^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$");
  // A telephone number, perhaps after a short label ("Tel:", "T", "Direct line:").
  private static final Pattern PHONE =
      Pattern.compile("^(?:\\p{L}[\\p{L} ]{0,14}[:.]?\\s*)?\\+?\\(?\\d[\\d\\s().-]{6,18}\\d$");
  // A name line and its contact details on one line: the name, then from the first telephone
  // number or e-mail address on (spaces between them, the line's columns, already collapsed).
  private static final Pattern NAMED_CONTACT =
      Pattern.compile("^(.+?)\\s+((?:\\+?\\(?\\d|[^\\s@]+@).*)$");
  private static final Pattern CONTACT_PARTS =
      Pattern.compile(
          "\\s+[|\u00b7\u2022]\\s+|\\s+(?=[^\\s@]+@)|(?<=@[^\\s@]{1,80}\\.[^\\s@]{1,20})\\s+");
  private static final int MAX_CONTACT_LINES = 4;
  // "Issued by the General Secretary", "Signed by the Chair": an office, its holder on the next
  // line.
  private static final Pattern ISSUED_BY_ROLE =
      Pattern.compile(
          "^(?:Issued|Signed|Approved|Authori[sz]ed|Circulated)\\s+(?:on\\s+behalf\\s+of\\s+|by\\s+)"
              + "the\\s+\\p{L}[\\p{L} '-]{1,40}$");
  private static final Pattern COLUMNS = Pattern.compile("\\s+\\|\\s+");
  // An organisation's name on a line of its own: two to eight words, the first capitalised.
  private static final Pattern ORGANISATION =
      Pattern.compile("^\\p{Lu}[\\p{L}&'\u2019.-]*(?:\\s+[\\p{L}&'\u2019.-]+){1,7}$");
  // What a firm's line says of it in brackets ("(financial public relations)").
  private static final Pattern PARENTHESIS = Pattern.compile("\\s*\\([^)]*\\)\\s*$");

  // How far from the end a press release's list of contacts may open.
  private static final int ENQUIRIES_REACH = 12;

  private ClosingLines() {}

  /**
   * A press release's closing list of contacts ("For further information, please contact:", then
   * the issuer's and its advisers' names, telephone numbers and addresses): the people there answer
   * questions for the issuer and did not write the text, and the list is no body.
   *
   * @param found whether the text closes with such a list
   * @param issuer the organisation named first in it ("Tollbridge Auctions plc", then the finance
   *     director's line), the text's issuer; null when a person is named first
   */
  record Enquiries(boolean found, String issuer) {
    static final Enquiries NONE = new Enquiries(false, null);
  }

  /**
   * Takes a press release's closing list of contacts off the text: from the line that opens it
   * ({@code [enquiries]} of {@code bylines.txt}) to the end, or to the first line that is a
   * sentence (the notes to editors that may follow).
   *
   * @param units the text's paragraphs (or lines), top first; modified
   * @return what the list names
   */
  static Enquiries takeEnquiries(List<String> units) {
    int from = Math.max(1, units.size() - ENQUIRIES_REACH);
    for (int i = units.size() - 1; i >= from; i--) {
      if (!BylineCues.STANDARD.opensEnquiries(units.get(i))) {
        continue;
      }
      int end = i + 1;
      while (end < units.size() && isListLine(units.get(end))) {
        end++;
      }
      if (end == i + 1) {
        return Enquiries.NONE; // a heading over prose, not a list of contacts
      }
      String issuer = issuer(units.subList(i + 1, end));
      units.subList(i, end).clear();
      return new Enquiries(true, issuer);
    }
    return Enquiries.NONE;
  }

  /** A line of a list of contacts: short, and no sentence. */
  private static boolean isListLine(String line) {
    return line.length() <= BylineCues.MAX_ENQUIRIES_LINE && !line.endsWith(".") || isContact(line);
  }

  /** The organisation a list of contacts names first, before any person; null when none. */
  private static String issuer(List<String> lines) {
    for (String line : lines) {
      String firm = PARENTHESIS.matcher(line).replaceFirst("").strip();
      if (name(line) != null || isNamedContact(line) || isContact(line)) {
        return null;
      }
      if (ORGANISATION.matcher(firm).matches() && BylineCues.STANDARD.endsInIssuer(firm)) {
        return firm;
      }
    }
    return null;
  }

  /**
   * The author the closing lines credit, a credit line or contact block then taken off; null, with
   * nothing taken off, when they credit no one.
   *
   * @param units the text's paragraphs (or lines), top first; modified
   * @param site the site, if known
   * @return the author, or null
   */
  static String takeAuthor(List<String> units, String site) {
    int from = Math.max(0, units.size() - REACH);
    for (int i = units.size() - 1; i >= from; i--) {
      String credited = HeaderLines.credit(units.get(i), site);
      if (credited != null) {
        units.remove(i);
        return credited;
      }
    }
    for (int i = from; i + 1 < units.size(); i++) {
      String signed = name(units.get(i + 1));
      if (signed != null && ISSUED_BY_ROLE.matcher(units.get(i)).matches()) {
        // "Issued by the General Secretary", then "Bevan Hollister" and the union's name and the
        // date: the office's holder signs; the lines are no body
        units.subList(i, signatureEnd(units, i + 1) + 1).clear();
        return signed;
      }
    }
    if (site != null) {
      // a page of a site whose closing name signs a letter on it: the page's voice is the site's
      return null;
    }
    int signed = signedAt(units);
    if (signed >= from) {
      // kept: a letter's signature gives its first person to the signer (Signatures), and some
      // labels count a sign-off as the letter's last sentence
      return name(units.get(signed));
    }
    for (int i = from; i < units.size(); i++) {
      String named = namedContact(units.get(i));
      if (named != null) {
        // "Marguerite Ellsworth-Tan, CFA +44 20 7946 0312 m.tan@example.com": an analysts' table,
        // the first named first; its lines are no body
        int last = i;
        while (last + 1 < units.size() && isNamedContact(units.get(last + 1))) {
          last++;
        }
        units.subList(i, last + 1).clear();
        return named;
      }
      String name = name(units.get(i));
      int end = name == null ? -1 : contactEnd(units, i);
      if (end > i) {
        units.subList(i, end + 1).clear();
        return name;
      }
    }
    return null;
  }

  /**
   * Where the text's one name line under a sign-off stands; -1 when there is none, more than one (a
   * page of letters, each signed: no one of them speaks for the page), or a salutation opens a
   * letter in the text (its signer's from there on, the text before it the page's).
   */
  private static int signedAt(List<String> units) {
    if (units.stream().anyMatch(u -> BylineCues.STANDARD.salutation().matcher(u).lookingAt())) {
      return -1; // a letter's signer is its own from its salutation on, not the text's (Article)
    }
    int at = -1;
    for (int i = 1; i < units.size(); i++) {
      if (name(units.get(i)) != null && SIGN_OFF.matcher(units.get(i - 1)).matches()) {
        if (at >= 0) {
          return -1;
        }
        at = i;
      }
    }
    return at;
  }

  /**
   * Whether a unit is an office that issued the text ("Issued by the General Secretary") with its
   * holder's name on the next line.
   *
   * @param units the text's units
   * @param i the unit
   */
  static boolean officeOverHolder(List<String> units, int i) {
    return i + 1 < units.size()
        && ISSUED_BY_ROLE.matcher(units.get(i)).matches()
        && name(units.get(i + 1)) != null;
  }

  /** The person a name line names ("Ruth Amankwah", "Mireille Fanshawe, CFA"), or null. */
  private static String name(String line) {
    if (line.equals(line.toUpperCase(Locale.ROOT))) {
      return null; // a heading in capitals ("ANALYST CERTIFICATION AND CONTACT")
    }
    if (NameForms.FULL_NAME_ALONE.matcher(line).matches()) {
      return line;
    }
    return Signatures.undashedSigner(line);
  }

  /**
   * The last line of the contact block a name line opens: after at most a few short lines (a role,
   * a firm), its e-mail addresses and telephone numbers; -1 when none follows.
   */
  private static int contactEnd(List<String> units, int name) {
    int end = -1;
    for (int i = name + 1; i < units.size() && i <= name + MAX_CONTACT_LINES; i++) {
      String line = units.get(i);
      if (isContact(line)) {
        end = i;
      } else if (end >= 0 || line.length() > 60 || line.endsWith(".")) {
        break;
      }
    }
    return end;
  }

  /**
   * The last line of a signature a name line opens: up to two short lines after it that are no
   * sentences (the signer's body, the date).
   */
  private static int signatureEnd(List<String> units, int name) {
    int end = name;
    while (end + 1 < units.size()
        && end < name + 2
        && units.get(end + 1).length() <= BylineCues.MAX_ENQUIRIES_LINE
        && !units.get(end + 1).endsWith(".")) {
      end++;
    }
    return end;
  }

  /** Whether a line is a name and its contact details on one line. */
  private static boolean isNamedContact(String line) {
    return namedContact(line) != null;
  }

  /**
   * The person a line names with their contact details ("Mireille Fanshawe, CFA +44 20 7946 0312",
   * "Imelda Kastner | Partner, Supply Chain Finance | i.kastner@example.com"), or null.
   */
  private static String namedContact(String line) {
    Matcher contact = NAMED_CONTACT.matcher(line);
    if (contact.matches() && isContact(contact.group(2))) {
      String named = name(contact.group(1));
      if (named != null) {
        return named;
      }
    }
    // an authors' table: name, role and address in columns parted by bars
    String[] columns = COLUMNS.split(line);
    if (columns.length < 2 || !isContact(columns[columns.length - 1].strip())) {
      return null;
    }
    return name(columns[0].strip());
  }

  /**
   * Whether a line is contact details: e-mail addresses and telephone numbers, perhaps several
   * parted by bars or bullets ("+44 20 7946 0312 | w.reid@example.com").
   */
  private static boolean isContact(String line) {
    for (String part : CONTACT_PARTS.split(line)) {
      if (!EMAIL.matcher(part.strip()).matches() && !PHONE.matcher(part.strip()).matches()) {
        return false;
      }
    }
    return true;
  }
}
