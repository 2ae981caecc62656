package dev.pincite.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The furniture of a social thread pasted as text: a post's header line ("Marta Quill @mquill ·
 * 6h", "@kitchen_kev · 4h", "u/toastfan · 3h"), which says who wrote the lines under it, and the
 * lines that are neither header nor post ("Replying to @mquill", "12 replies · 40 likes", "Show
 * more replies"). A chat log's line carries its header in front of the post ("[09:31] priya.k: …"),
 * which {@link #chatLine} takes apart. Recognised by their punctuation (a handle, a middle dot,
 * counts), never by a site's name. The plain-text reader makes a header a heading over its post and
 * drops the other lines; the speaker rules read a heading that is a post header as the post's
 * writer. Stateless.
 */
public final class ThreadPosts {

  private static final String TIME =
      "(?:\\d{1,2}\\s?(?:s|m|h|d|w|min|mins|hr|hrs)|now|yesterday|\\d{1,2}:\\d{2}(?:\\s?[AaPp][Mm])?"
          + "|\\p{Lu}\\p{Ll}{2}\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?|\\d{1,2}\\s+\\p{Lu}\\p{Ll}{2}(?:\\s+\\d{4})?"
          + "|\\d{4}-\\d{2}-\\d{2})";
  private static final String NAME = NameForms.NAME;
  private static final Pattern HEADER =
      Pattern.compile(
          "^(?:(" + NAME + ")\\s+)?@([A-Za-z0-9_]{1,30})(?:\\s*[\u00b7\u2022|]\\s*" + TIME + ")?$");
  private static final Pattern FORUM_HEADER =
      Pattern.compile("^u/([A-Za-z0-9_-]{2,30})(?:\\s*[\u00b7\u2022|]\\s*" + TIME + ")?$");
  // A chat log's line: "[09:31] priya.k: Read the second paragraph." The clock and the writer are
  // the post's header; the rest is the post.
  private static final String CLOCK = "\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s?[AaPp][Mm])?";
  // A chat handle, never a display name (a capitalised name after a time stamp is a transcript's
  // speaker label, which stays in the text): "@mquill", "priya.k", "jb_macro", "Trader_7".
  private static final String WRITER =
      "(?:@[\\p{L}\\d_.-]{1,30}|[\\p{Ll}\\d_][\\p{L}\\d_.-]{0,29}"
          + "|\\p{L}[\\p{L}\\d]*[_.\\d][\\p{L}\\d_.-]{0,28})";
  // "@hillfarm_aled: Brennock has cut ...", "u/toastfan: ...": a thread pasted one post a line, the
  // handle its header (with its @ or u/: a word and a colon alone is a transcript's label or a
  // heading's lead-in).
  private static final Pattern CHAT_LINE =
      Pattern.compile(
          "^(\\["
              + CLOCK
              + "\\]\\s+"
              + WRITER
              + "|@[\\p{L}\\d_]{1,30}|u/[A-Za-z0-9_-]{2,30}):\\s+(\\S.*)$");
  // A forum export's post heading: a bare handle, a middle dot and when it was posted
  // ("penny_wise_ali · 2 Dec 2026, 08:14", "MarianneT_Harrowby · 3h"): a handle's form, never a
  // capitalised word alone ("Results · 2 Dec" is a section's date).
  private static final Pattern HANDLE_HEADER =
      Pattern.compile(
          "^((?![@\\d])" + WRITER + ")\\s*[\u00b7\u2022]\\s*" + TIME + "(?:,?\\s*" + CLOCK + ")?$");
  private static final Pattern CHAT_HEADER =
      Pattern.compile("^\\[" + CLOCK + "\\]\\s+@?(" + WRITER + ")$");
  private static final Pattern FURNITURE =
      Pattern.compile(
          "^(?:Replying to\\s+@\\w+(?:(?:,\\s*|\\s+and\\s+)@\\w+)*"
              + "|Show (?:more )?replies|Show this thread|Show more"
              + "|(?:[\\d.,]+[KkMm]?\\s+(?:replies|reply|reposts?|retweets?|quotes?|likes?|views?"
              + "|bookmarks?|comments?|upvotes?|points?)\\s*[\u00b7\u2022,|]?\\s*)+)$",
          Pattern.CASE_INSENSITIVE);

  private ThreadPosts() {}

  /**
   * Who wrote the post a header line opens: its display name when it shows one ("Marta Quill"),
   * else its handle without the @ ("kitchen_kev"), also a forum export's bare handle heading
   * ("penny_wise_ali · 2 Dec 2026, 08:14"); null when the line is no post header.
   *
   * @param line one line or heading, whitespace normalised
   */
  public static String poster(String line) {
    Matcher m = HEADER.matcher(line.strip());
    if (m.matches()) {
      return m.group(1) != null ? m.group(1) : m.group(2);
    }
    Matcher forum = FORUM_HEADER.matcher(line.strip());
    if (forum.matches()) {
      return forum.group(1);
    }
    Matcher handle = HANDLE_HEADER.matcher(line.strip());
    if (handle.matches()) {
      return handle.group(1);
    }
    Matcher chat = CHAT_HEADER.matcher(line.strip());
    return chat.matches() ? chat.group(1).replaceFirst("^@", "") : null;
  }

  /**
   * A chat log's line split into its header and its post: "[09:31] priya.k: Read the second
   * paragraph." is the header "[09:31] priya.k" (which {@link #poster} reads as priya.k) over the
   * post "Read the second paragraph."; "@kitchen_kev: Read it." is the header "@kitchen_kev" over
   * "Read it."; "u/toastfan: Read it." is the header "u/toastfan" over "Read it."; null when the
   * line is no chat line.
   *
   * @param line one line, whitespace normalised
   */
  public static ChatLine chatLine(String line) {
    Matcher m = CHAT_LINE.matcher(line.strip());
    return m.matches() ? new ChatLine(m.group(1), m.group(2)) : null;
  }

  /**
   * One line of a chat log.
   *
   * @param header the time stamp and the writer, "[09:31] priya.k"
   * @param post what the writer wrote
   */
  public record ChatLine(String header, String post) {}

  /**
   * Whether a line is thread furniture: a reply marker, a count of replies or likes, a "show more".
   */
  public static boolean isFurniture(String line) {
    return FURNITURE.matcher(line.strip()).matches();
  }
}
