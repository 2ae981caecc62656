package dev.pincite.cite;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the claim citations in a Markdown memo: inline links {@code [text](…/claims/{id})} with any
 * host or none, bare and angle-bracket URLs {@code https://host/claims/{id}}, and Pandoc keys
 * {@code [@id]} (also in groups, {@code [@a; @b, ¶ 3]}). Fenced code blocks, inline code and the
 * reference list that {@link ReferenceList} maintains are skipped, so a refreshed list is never
 * checked as if it were the memo's text.
 *
 * <p>A citation quotes a sentence when its link text is in quotation marks ({@code [“…”](…)}) or,
 * failing that, when a quotation of at least {@value #MIN_QUOTE_WORDS} words stands before it on
 * the same line, after any earlier citation on that line. Shorter quotations are scare quotes or
 * terms, not citations of a sentence.
 */
public final class MemoCitations {

  /** The fewest words a quotation needs to count as quoting the cited sentence. */
  public static final int MIN_QUOTE_WORDS = 3;

  private static final String ID = "([a-z0-9]{8,16})(?![A-Za-z0-9_])";
  private static final Pattern INLINE_LINK =
      Pattern.compile(
          "\\[((?:\\\\.|[^\\[\\]\\\\\\n])*)\\]\\(\\s*<?(?:https?://[^\\s()<>/]+)?/claims/"
              + ID
              + "[^\\s()<>]*>?(?:\\s+\"[^\"\\n]*\")?\\s*\\)");
  private static final Pattern BARE_URL =
      Pattern.compile("https?://[^\\s()<>\\[\\]/]+/claims/" + ID);
  private static final Pattern KEY_GROUP = Pattern.compile("\\[([^\\[\\]\\n]*@[^\\[\\]\\n]*)\\]");
  private static final Pattern KEY = Pattern.compile("(?<![\\w.@])@" + ID);
  private static final Pattern QUOTED_LINK_TEXT =
      Pattern.compile("\\s*[“\"«](.+)[”\"»][.,;:!?]?\\s*");
  private static final Pattern QUOTATION =
      Pattern.compile("“([^”\\n]+)”|\"([^\"\\n]+)\"|«([^»\\n]+)»");
  private static final Pattern INLINE_CODE = Pattern.compile("`[^`\\n]*`");
  private static final Pattern ESCAPE = Pattern.compile("\\\\(\\p{Punct})");

  private MemoCitations() {}

  /**
   * @param memo the memo's Markdown
   * @return its citations in reading order
   */
  public static List<MemoCitation> scan(String memo) {
    char[] masked = mask(memo);
    List<Found> found = new ArrayList<>();
    Matcher link = INLINE_LINK.matcher(new String(masked));
    while (link.find()) {
      found.add(
          new Found(
              MemoCitation.Kind.LINK,
              link.start(),
              link.end(),
              link.start(2),
              link.end(2),
              link.start(1),
              link.end(1)));
    }
    for (Found f : found) {
      Arrays.fill(masked, f.start, f.end, ' ');
    }
    String rest = new String(masked);
    Matcher url = BARE_URL.matcher(rest);
    while (url.find()) {
      found.add(
          new Found(
              MemoCitation.Kind.LINK, url.start(), url.end(), url.start(1), url.end(1), -1, -1));
    }
    Matcher group = KEY_GROUP.matcher(rest);
    while (group.find()) {
      Matcher key = KEY.matcher(rest).region(group.start(1), group.end(1));
      while (key.find()) {
        found.add(
            new Found(
                MemoCitation.Kind.KEY,
                group.start(),
                group.end(),
                key.start(1),
                key.end(1),
                -1,
                -1));
      }
    }
    found.sort(Comparator.comparingInt(Found::idStart));
    List<MemoCitation> citations = new ArrayList<>();
    int previousEnd = 0;
    for (Found f : found) {
      citations.add(toCitation(memo, f, previousEnd));
      previousEnd = Math.max(previousEnd, f.end);
    }
    return citations;
  }

  private static MemoCitation toCitation(String memo, Found f, int previousEnd) {
    String id = memo.substring(f.idStart, f.idEnd);
    int line = lineOf(memo, f.idStart);
    if (f.textStart >= 0) {
      Matcher quoted = QUOTED_LINK_TEXT.matcher(memo.substring(f.textStart, f.textEnd));
      if (quoted.matches()) {
        return new MemoCitation(
            f.kind, id, line, f.idStart, unescape(quoted.group(1)), f.textStart, f.textEnd);
      }
    }
    int lineStart = memo.lastIndexOf('\n', f.start - 1) + 1;
    String before = memo.substring(Math.max(lineStart, previousEnd), f.start);
    String quote = null;
    Matcher q = QUOTATION.matcher(before);
    while (q.find()) {
      String text = q.group(1) != null ? q.group(1) : q.group(2) != null ? q.group(2) : q.group(3);
      if (text.strip().split("\\s+").length >= MIN_QUOTE_WORDS) {
        quote = unescape(text.strip());
      }
    }
    return new MemoCitation(f.kind, id, line, f.idStart, quote, -1, -1);
  }

  private static int lineOf(String memo, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (memo.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  private static String unescape(String markdown) {
    return ESCAPE.matcher(markdown).replaceAll("$1").strip();
  }

  /** The memo with code and the reference list blanked out, offsets unchanged. */
  private static char[] mask(String memo) {
    char[] masked = memo.toCharArray();
    int offset = 0;
    boolean inFence = false;
    boolean inReferences = false;
    for (String line : memo.split("\n", -1)) {
      String trimmed = line.strip();
      boolean fence = trimmed.startsWith("```") || trimmed.startsWith("~~~");
      if (trimmed.startsWith(ReferenceList.START_PREFIX)) {
        inReferences = true;
      }
      if (inFence || fence || inReferences) {
        Arrays.fill(masked, offset, offset + line.length(), ' ');
      }
      if (fence) {
        inFence = !inFence;
      }
      if (trimmed.equals(ReferenceList.END)) {
        inReferences = false;
      }
      offset += line.length() + 1;
    }
    Matcher code = INLINE_CODE.matcher(new String(masked));
    while (code.find()) {
      Arrays.fill(masked, code.start(), code.end(), ' ');
    }
    return masked;
  }

  /** A citation's place in the memo, before its quote is looked up. */
  private record Found(
      MemoCitation.Kind kind,
      int start,
      int end,
      int idStart,
      int idEnd,
      int textStart,
      int textEnd) {}
}
