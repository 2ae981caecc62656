package dev.pincite.ingest;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header of an e-mail saved as text, as a newsletter arrives ("From: Marit Ekdahl
 * &lt;marit@example.org&gt;", "Date: Tue, 3 Mar 2026 07:12:44 +0100", "Subject: ...", "To: ..."),
 * and its sign-off ("Until next week, Marit"); a memo's header too, under a caption in capitals
 * ("MEMORANDUM" or a title line, then "To:", "From:", "Subject:" and fields of its own such as
 * "Classification:"). The header's lines open the text, one field a line; its sender is the byline,
 * its subject the title and its date the publication date, and none of it is body; nor is the
 * sign-off, a short closing and the writer's name as the last line. Read only when the text opens
 * with such fields and names a sender. Stateless.
 *
 * @param sender the sender's name, without the address, or null
 * @param subject the subject, without "Fwd:"/"Re:", or null
 * @param date the date as written, or null
 */
record EmailHeaders(String sender, String subject, String date) {

  private static final Pattern FIELD =
      Pattern.compile(
          "^(From|To|Cc|Bcc|Date|Sent|Subject|Re|Reply-To)\\s*:\\s*(.*)$",
          Pattern.CASE_INSENSITIVE);
  private static final int MAX_CAPTIONS = 2;
  // A memo's other fields: one word, a colon and a short value that is no sentence.
  private static final Pattern OTHER_FIELD =
      Pattern.compile("^\\p{Lu}[\\p{L}-]{1,20}\\s*:\\s*\\S[^.!?]{0,80}$");
  private static final Pattern FROM_LINE = Pattern.compile("^From\\s*:", Pattern.CASE_INSENSITIVE);
  private static final Pattern TITLE_LINE = Pattern.compile("^\\p{Lu}[^:.!?]{0,150}$");
  private static final Pattern CAPTION = Pattern.compile("^\\p{Lu}{2,}(?:\\s+\\p{Lu}{2,}){0,2}$");
  private static final Pattern ADDRESS = Pattern.compile("\\s*<[^>]*>|\\S+@\\S+");
  private static final Pattern FORWARDED =
      Pattern.compile("^(?:(?:Re|Fwd?|AW|WG)\\s*:\\s*)+", Pattern.CASE_INSENSITIVE);
  // "Until next week, Marit", "Best, Marit Ekdahl", "Cheers, — M.": a closing and a name
  private static final Pattern SIGN_OFF =
      Pattern.compile(
          "^[\\p{Lu}][^.!?,]{0,40},\\s*[—–-]?\\s*\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019.-]*){0,2}$");

  /**
   * Reads and removes the header lines opening {@code units}; null, with nothing removed, when the
   * text does not open with a header naming a sender.
   *
   * @param units the text's lines or paragraphs, top first; modified
   */
  static EmailHeaders take(List<String> units) {
    // "MEMORANDUM" or the memo's own title over its fields: a caption, not a paragraph. Not a
    // printed thread's title: its messages' headers are each their own sender's.
    // "INTERNAL MEMORANDUM" and the firm's name over it: up to two such lines.
    int n = 0;
    while (n < MAX_CAPTIONS
        && n + 1 < units.size()
        && !FIELD.matcher(units.get(n)).matches()
        && (isCaption(units.get(n)) || isTitleLine(units.get(n)) && countSenders(units) == 1)) {
      n++;
    }
    if (n > 0 && !FIELD.matcher(units.get(n)).matches()) {
      n = 0;
    }
    String from = null;
    String subject = null;
    String date = null;
    while (n < units.size()) {
      Matcher m = FIELD.matcher(units.get(n));
      if (!m.matches()) {
        if (from != null && OTHER_FIELD.matcher(units.get(n)).matches()) {
          // "Classification: Board confidential" among a memo's fields
          n++;
          continue;
        }
        break;
      }
      String value = m.group(2).strip();
      switch (m.group(1).toLowerCase(Locale.ROOT)) {
        case "from" -> from = value;
        // a memo's "RE:" is its subject
        case "subject", "re" -> subject = FORWARDED.matcher(value).replaceFirst("");
        case "date", "sent" -> date = value;
        default -> {
          // To, Cc, Reply-To: the readers, not the writer
        }
      }
      n++;
    }
    if (from == null || n < 2) {
      return null;
    }
    units.subList(0, n).clear();
    String name = senderName(from);
    return new EmailHeaders(
        name.isEmpty() ? null : name, Whitespace.orNull(subject), Whitespace.orNull(date));
  }

  /**
   * The sender of a message whose header starts at line {@code i} of a printed e-mail thread
   * ("From: Oskar Brandt &lt;o.brandt@...&gt;", then "Sent:", "To:", "Subject:" and the like), and
   * how many lines the header takes; null when no header with a sender and one more field starts
   * there.
   *
   * @param units the text's lines or paragraphs
   * @param i where the header would start
   */
  static Message messageAt(List<String> units, int i) {
    Matcher first = FIELD.matcher(units.get(i));
    if (!first.matches() || !first.group(1).equalsIgnoreCase("from")) {
      return null;
    }
    int n = i + 1;
    while (n < units.size() && FIELD.matcher(units.get(n)).matches()) {
      n++;
    }
    String name = senderName(first.group(2));
    return n - i < 2 || name.isEmpty() ? null : new Message(name, n - i);
  }

  /**
   * A message's header in a printed thread.
   *
   * @param sender the sender's name, without the address
   * @param lines the header's lines
   */
  record Message(String sender, int lines) {}

  /** A "From:" field's sender without the address and quotation marks; empty when only those. */
  private static String senderName(String from) {
    return Whitespace.normalise(ADDRESS.matcher(from).replaceAll(" ").replace("\"", ""));
  }

  /** How many lines open with a "From:" field. */
  private static long countSenders(List<String> units) {
    return units.stream().filter(u -> FROM_LINE.matcher(u).lookingAt()).count();
  }

  /** A short line of capitals over the fields: "MEMORANDUM", "INTERNAL MEMO". */
  private static boolean isCaption(String line) {
    return CAPTION.matcher(line.strip()).matches();
  }

  /**
   * A title line over a memo's fields ("Harrow Lane brewhouse and the case for moving production"):
   * a short line of words with no field's colon and no sentence's closing mark.
   */
  private static boolean isTitleLine(String line) {
    return TITLE_LINE.matcher(line.strip()).matches();
  }

  /**
   * Removes the sign-off when it ends {@code units}: one line ("Until next week, Marit") or a
   * closing and a name on two ("Best," then "Marit Ekdahl").
   */
  static void dropSignOff(List<String> units) {
    int size = units.size();
    if (size > 1 && SIGN_OFF.matcher(units.getLast()).matches()) {
      units.removeLast();
    } else if (size > 2
        && units.get(size - 2).endsWith(",")
        && SIGN_OFF.matcher(units.get(size - 2) + " " + units.getLast()).matches()) {
      units.subList(size - 2, size).clear();
    }
  }
}
