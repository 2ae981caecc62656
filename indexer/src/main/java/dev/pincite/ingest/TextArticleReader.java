package dev.pincite.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads plain text. A paragraph is a line, or a run of lines between blank lines when the text is
 * hard-wrapped. The rules, in order:
 *
 * <ul>
 *   <li>subtitles (SubRip, WebVTT) are read as one paragraph per speaker's turn, without cue
 *       numbers and timings ({@link SubtitleCues}); a time stamp opening a line ("[00:01:14] Ossian
 *       Drake: ...") is taken off it ({@link TranscriptStamps});
 *   <li>an e-mail's header ("From:", "Date:", "Subject:", "To:" lines at the top) gives the byline,
 *       date and title, and with the sign-off at the end is not body ({@link EmailHeaders});
 *   <li>a last line "Title | Site" gives the title and site when nothing better does, and is not
 *       body;
 *   <li>promos and calls to action ({@link BoilerplateRules#isPromo}), with a short tagline next to
 *       one, are dropped; so is a "Related …" heading and everything after it;
 *   <li>a one-word kicker (a category label) before a title is dropped;
 *   <li>a first line that reads as a title (short, no terminal period, followed by text) is the
 *       title, not a paragraph;
 *   <li>a line near the top that is only a date gives {@code published}; a short line near the top
 *       starting with "By" gives the byline, and one starting "Source:" the site ({@link
 *       HeaderLines}); without a site, a wire story's dateline ("BERGEN, March 3 (Nordwire) — ...")
 *       gives its agency ({@link Datelines}), the dateline staying in the text;
 *   <li>{@code - }, {@code • }, {@code * } and {@code 1. } lines are list items, {@code > } lines
 *       quotes, {@code | a | b |} lines table rows;
 *   <li>a short line with no terminal punctuation followed by text is a heading, and so is a social
 *       post's header line ("Marta Quill @mquill · 6h"), never a title; the thread's other
 *       furniture ("Replying to @mquill", "12 replies · 40 likes") is dropped ({@link
 *       ThreadPosts}); a chat line's "[09:31] priya.k:" is a heading over the rest of its line, and
 *       a transcript's stamped speaker line ("Helena Vasquez (00:01:02):") is a heading too ({@link
 *       TranscriptStamps}); so is a time stamp or a part's label ending in a colon on a line of its
 *       own ("8:02 ET", "Prepared Remarks:");
 *   <li>a dashed signature ("— Hollis Barrow, Fenmouth", "— Dockside staff council, Harbour
 *       Porters' Guild") that ends its section is a signature; on a page of signed statements, one
 *       that ends a statement's last line after its last sentence is taken off the line ({@link
 *       Signatures#trailing}); a letter's one closing signature gives the byline when nothing else
 *       does ({@link Signatures#soleSigner});
 *   <li>everything else, transcript lines {@code NAME: …} included (the label stays in the text),
 *       is a paragraph.
 * </ul>
 *
 * Stateless and thread safe.
 */
public final class TextArticleReader implements ArticleReader {

  private static final Pattern TITLE_SITE =
      Pattern.compile("^([^|]{3,200}?)\\s+\\|\\s+([^|]{2,60})$");
  private static final Pattern LIST_MARKER =
      Pattern.compile("^(?:[-•*–·▪◦‣]|\\d{1,3}[.)])\\s+(.*)$");
  private static final Pattern QUOTE_MARKER = Pattern.compile("^>\\s*(.*)$");
  private static final Pattern TABLE_SEPARATOR = Pattern.compile("^\\|?[\\s:|-]+\\|?$");
  private static final Pattern SPEAKER_LABEL = NameForms.SPEAKER_LABEL;
  // A live blog's or transcript's time stamp on a line of its own ("8:02 ET", "09:35"): a heading
  // over the entry, not a sentence.
  private static final Pattern TIME_LINE =
      Pattern.compile("^\\d{1,2}[:.]\\d{2}(?:\\s?(?:[ap]\\.?m\\.?|AM|PM))?(?:\\s+\\p{Lu}{2,4})?$");
  // A part's label on a line of its own ("Prepared Remarks:", "Questions & Answers:"): a heading.
  private static final Pattern LABEL_LINE =
      Pattern.compile("^\\p{Lu}[\\p{L}'-]*(?:\\s+(?:&|and|\\p{Lu}[\\p{L}'-]*)){0,3}:$");
  private static final Pattern KICKER = Pattern.compile("^\\p{Lu}[\\p{L}-]{1,24}$");
  private static final Pattern TERMINAL = Pattern.compile("[.!?:;,…\"”’)\\]]$");
  // How far short of a hard-wrapped text's width a line stops when it is broken on purpose: more
  // than the longest word a wrap carries to the next line.
  private static final int SHORT_OF_WRAP = 20;
  private static final int MAX_TITLE_CHARS = 200;
  private static final int MAX_HEADING_CHARS = 120;
  private static final int MAX_HEADING_WORDS = 16;
  private static final int MAX_TAGLINE_WORDS = 8;
  // How far down a statement's court heading, title and parties its declaring paragraph may come.

  private final BoilerplateRules rules;

  public TextArticleReader(BoilerplateRules rules) {
    this.rules = rules;
  }

  @Override
  public Article read(String text, String path) {
    List<String> units =
        TranscriptStamps.withoutEntryStamps(
                units(SubtitleCues.isSubtitles(text) ? SubtitleCues.asTurns(text) : text))
            .stream()
            // a chat line keeps its stamp: with its handle, it is the post's header
            .map(u -> ThreadPosts.chatLine(u) != null ? u : TranscriptStamps.withoutLeadingStamp(u))
            .collect(Collectors.toCollection(ArrayList::new));
    Meta meta = new Meta();
    boolean email = takeEmailHeaders(units, meta);
    takeTitleSiteLine(units, meta);
    dropPromos(units);
    units.removeIf(ThreadPosts::isFurniture);
    dropRelated(units);
    dropKicker(units);
    if (!email) {
      takeTitle(units, meta);
    }
    takeDateline(units, meta);
    takeSource(units, meta);
    takeByline(units, meta);
    ClosingLines.Enquiries enquiries = ClosingLines.takeEnquiries(units);
    if (meta.site == null && meta.byline == null) {
      meta.site = enquiries.issuer();
    }
    if (meta.byline == null && !enquiries.found()) {
      // a press release's contacts answer for its issuer: none of them wrote it
      meta.byline = creditedMaker(units, meta);
    }
    if (meta.byline == null) {
      meta.byline = HeaderLines.declarant(units);
    }
    if (meta.byline == null && meta.site == null) {
      meta.site = letterhead(units, meta.title);
    }
    if (meta.site == null && !units.isEmpty()) {
      meta.site = Datelines.wire(units.getFirst());
    }
    List<Block> blocks =
        Signatures.withTrailingUndashed(
            Signatures.withUndashed(Signatures.withCreditedQuotations(blocks(units))));
    if (meta.byline == null) {
      meta.byline = Signatures.soleSigner(blocks);
    }
    List<String> warnings = blocks.isEmpty() ? List.of("no article text found") : List.of();
    return new Article(
        path,
        new DocumentMetadata(meta.title, meta.byline, meta.site, meta.published, null, null),
        blocks,
        warnings);
  }

  /** What the text says about itself. */
  private static final class Meta {
    String title;
    String site;
    String published;
    String byline;
  }

  /** Paragraph candidates: one per line, or one per blank-line-separated run when hard-wrapped. */
  static List<String> units(String text) {
    List<List<String>> chunks = new ArrayList<>();
    List<String> chunk = new ArrayList<>();
    for (String raw : text.split("\\R", -1)) {
      String line = Whitespace.normalise(raw);
      if (line.isEmpty()) {
        if (!chunk.isEmpty()) {
          chunks.add(chunk);
          chunk = new ArrayList<>();
        }
      } else {
        chunk.add(line);
      }
    }
    if (!chunk.isEmpty()) {
      chunks.add(chunk);
    }
    boolean wrapped = isHardWrapped(chunks);
    int width = wrapped ? wrapWidth(chunks) : 0;
    List<String> units = new ArrayList<>();
    for (List<String> lines : chunks) {
      if (wrapped) {
        units.addAll(joinWrapped(lines, width));
      } else {
        units.addAll(lines);
      }
    }
    return units;
  }

  /** Hard-wrapped text has multi-line paragraphs whose lines stop at a similar width. */
  private static boolean isHardWrapped(List<List<String>> chunks) {
    int lines = 0;
    int wrappedWidth = 0;
    int longest = 0;
    for (List<String> chunk : chunks) {
      if (chunk.size() < 2) {
        continue;
      }
      for (String line : chunk.subList(0, chunk.size() - 1)) {
        lines++;
        longest = Math.max(longest, line.length());
        if (line.length() >= 40 && line.length() <= 100) {
          wrappedWidth++;
        }
      }
    }
    return lines >= 3 && longest <= 100 && wrappedWidth >= lines * 0.6;
  }

  /** The width a hard-wrapped text is wrapped at: its longest line that a line follows. */
  private static int wrapWidth(List<List<String>> chunks) {
    int width = 0;
    for (List<String> chunk : chunks) {
      for (String line : chunk.subList(0, chunk.size() - 1)) {
        width = Math.max(width, line.length());
      }
    }
    return width;
  }

  /**
   * Joins the lines of a wrapped paragraph, keeping list items and table rows apart, and lines that
   * stop well short of the wrap before a capital: a header block's lines ("Submitted by the Guild
   * of ..." over "22 January 2027"), not a paragraph wrapped (a wrapped line stops within a long
   * word of the width).
   */
  private static List<String> joinWrapped(List<String> lines, int width) {
    List<String> joined = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    String before = null;
    for (String line : lines) {
      boolean broken =
          before != null
              && before.length() < width - SHORT_OF_WRAP
              && !line.isEmpty()
              && (Character.isUpperCase(line.codePointAt(0)) || Character.isDigit(line.charAt(0)));
      before = line;
      boolean startsItem =
          broken
              || LIST_MARKER.matcher(line).matches()
              || line.startsWith("|")
              || SPEAKER_LABEL.matcher(line).find();
      if (startsItem && !current.isEmpty()) {
        joined.add(current.toString());
        current.setLength(0);
      }
      if (!current.isEmpty()) {
        current.append(' ');
      }
      current.append(line);
    }
    if (!current.isEmpty()) {
      joined.add(current.toString());
    }
    return joined;
  }

  /** An e-mail's header gives the byline, title and date; its sign-off is no body either. */
  private static boolean takeEmailHeaders(List<String> units, Meta meta) {
    EmailHeaders header = EmailHeaders.take(units);
    if (header == null) {
      return false;
    }
    meta.byline = header.sender() == null ? null : BylineNames.person(header.sender(), null);
    meta.title = header.subject();
    meta.published = Dates.toIso(header.date());
    EmailHeaders.dropSignOff(units);
    return true;
  }

  private static void takeTitleSiteLine(List<String> units, Meta meta) {
    if (units.size() < 2) {
      return;
    }
    Matcher m = TITLE_SITE.matcher(units.getLast());
    // a contact line ("policy@gip.example | 0113 496 0871") names neither a title nor a site
    if (m.matches()
        && !TERMINAL.matcher(m.group(2)).find()
        && m.group(2).matches(".*\\p{L}.*")
        && !units.getLast().contains("@")) {
      meta.title = m.group(1).strip();
      meta.site = m.group(2).strip();
      units.removeLast();
    }
  }

  private void dropPromos(List<String> units) {
    boolean[] promo = new boolean[units.size()];
    for (int i = 0; i < units.size(); i++) {
      promo[i] = rules.isPromo(units.get(i));
    }
    boolean[] drop = promo.clone();
    for (int i = 0; i < units.size(); i++) {
      boolean nextToPromo = (i > 0 && promo[i - 1]) || (i + 1 < units.size() && promo[i + 1]);
      if (nextToPromo && isTagline(units.get(i))) {
        drop[i] = true;
      }
    }
    for (int i = units.size() - 1; i >= 0; i--) {
      if (drop[i]) {
        units.remove(i);
      }
    }
  }

  /** A short slogan ending in a full stop ("Every deal, every interview. 5 minutes."). */
  private static boolean isTagline(String unit) {
    return words(unit) <= MAX_TAGLINE_WORDS && unit.matches(".*[.!]$");
  }

  private void dropRelated(List<String> units) {
    for (int i = 1; i < units.size() - 1; i++) {
      if (rules.isRelatedHeading(units.get(i))) {
        units.subList(i, units.size()).clear();
        return;
      }
    }
  }

  private static void dropKicker(List<String> units) {
    if (units.size() >= 3
        && KICKER.matcher(units.get(0)).matches()
        && isTitleLike(units.get(1))
        && Dates.lineDate(units.get(0)) == null) {
      units.removeFirst();
    }
  }

  private static void takeTitle(List<String> units, Meta meta) {
    if (units.size() >= 2 && (isTitleLike(units.getFirst()) || isLabelledTitle(units))) {
      String title = units.removeFirst();
      if (meta.title == null) {
        meta.title = title;
      }
    }
  }

  /**
   * "Annotated: the statement, line by line" opens like a transcript line but is a title: it has no
   * terminal punctuation and the line after it is no transcript line.
   */
  private static boolean isLabelledTitle(List<String> units) {
    String first = units.getFirst();
    return SPEAKER_LABEL.matcher(first).find()
        && !TERMINAL.matcher(first).find()
        && !SPEAKER_LABEL.matcher(units.get(1)).find()
        && isTitleShaped(first);
  }

  private static boolean isTitleLike(String unit) {
    return isTitleShaped(unit) && !SPEAKER_LABEL.matcher(unit).find();
  }

  private static boolean isTitleShaped(String unit) {
    return unit.length() <= MAX_TITLE_CHARS
        && !unit.endsWith(".")
        && !unit.endsWith(":")
        && !unit.endsWith(",")
        && !unit.endsWith(";")
        && !LIST_MARKER.matcher(unit).matches()
        && !unit.startsWith("|")
        && ThreadPosts.poster(unit) == null
        && Dates.lineDate(unit) == null;
  }

  private static void takeByline(List<String> units, Meta meta) {
    String person = HeaderLines.take(units, line -> HeaderLines.byline(line, meta.site));
    if (person != null) {
      meta.byline = person;
      return;
    }
    String issuer = takeIssuer(units);
    if (meta.site == null) {
      meta.site = issuer;
    }
  }

  /**
   * The organisation a credit line near the top names ({@link HeaderLines#issuer}), that line then
   * taken off; not an office whose holder signs on the next line ("Issued by the General
   * Secretary", then her name: {@link ClosingLines#officeOverHolder}).
   */
  private static String takeIssuer(List<String> units) {
    for (int i = 0; i < Math.min(HeaderLines.REACH, units.size()); i++) {
      String named = HeaderLines.issuer(units.get(i));
      if (named != null && !ClosingLines.officeOverHolder(units, i)) {
        units.remove(i);
        return named;
      }
    }
    return null;
  }

  /**
   * The maker a title credits ("Text of a speech by ..."; {@link HeaderLines#credit}), else the
   * closing lines ("Minutes recorded by ...", a sign-off, a contact block; {@link ClosingLines}),
   * those lines then taken off the text; null when neither does.
   */
  private static String creditedMaker(List<String> units, Meta meta) {
    String titled = HeaderLines.credit(meta.title, meta.site);
    if (titled == null) {
      titled = HeaderLines.makerOf(meta.title);
    }
    return titled != null ? titled : ClosingLines.takeAuthor(units, meta.site);
  }

  /**
   * The issuer a title says the text is the record of ({@link HeaderLines#recordOf}: "Minutes of
   * the annual general meeting of ..."), else the one a letterhead or title page names ({@link
   * HeaderLines#letterhead}): the title, else a line in capitals among the top lines; null when
   * none does. The line stays (a heading).
   */
  private static String letterhead(List<String> units, String title) {
    String recorded = HeaderLines.recordOf(title);
    if (recorded != null) {
      return recorded;
    }
    String named = HeaderLines.letterhead(title, true);
    for (int i = 0; named == null && i < Math.min(HeaderLines.REACH, units.size()); i++) {
      named = HeaderLines.letterhead(units.get(i), false);
    }
    return named;
  }

  private static void takeSource(List<String> units, Meta meta) {
    String site = HeaderLines.take(units, HeaderLines::source);
    if (meta.site == null) {
      meta.site = site;
    }
  }

  private static void takeDateline(List<String> units, Meta meta) {
    String date = HeaderLines.take(units, Dates::lineDate);
    if (meta.published == null) {
      meta.published = date;
    }
  }

  private static List<Block> blocks(List<String> units) {
    List<Block> blocks = new ArrayList<>();
    // the signatures taken off the end of a line, and the line each was taken off
    Map<Integer, String> trailing = new HashMap<>();
    for (int i = 0; i < units.size(); i++) {
      String unit = units.get(i);
      EmailHeaders.Message message = EmailHeaders.messageAt(units, i);
      if (message != null) {
        // a printed thread's message header: its sender's, like a post's, and no text
        blocks.add(new Block(Block.Kind.POST_HEADER, message.sender()));
        i += message.lines() - 1;
        continue;
      }
      ThreadPosts.ChatLine chat = ThreadPosts.chatLine(unit);
      if (chat != null) {
        blocks.add(Block.heading(chat.header()));
        blocks.add(Block.paragraph(chat.post()));
        continue;
      }
      int signed = Signatures.trailing(unit);
      Block signedText = signed > 0 ? block(unit.substring(0, signed).strip(), true) : null;
      if (signedText != null && signedText.kind() == Block.Kind.PARAGRAPH) {
        // "... Strike now. — Dockside staff council, Harbour Porters' Guild" on one line
        blocks.add(signedText);
        blocks.add(new Block(Block.Kind.SIGNATURE, unit.substring(signed)));
        trailing.put(blocks.size() - 1, unit);
        continue;
      }
      Block block = block(unit, i + 1 < units.size());
      if (block != null) {
        blocks.add(block);
      }
    }
    unsignMidSection(blocks, trailing, signedStatements(blocks));
    return blocks;
  }

  /**
   * Whether the page is one of signed statements: signed at least twice, and at least once where
   * the signature closes its section (the next block a heading, or none). On such a page a
   * signature taken off a statement's last line stays one even when a compiler's closing line
   * follows it.
   */
  private static boolean signedStatements(List<Block> blocks) {
    int signatures = 0;
    boolean closes = false;
    for (int i = 0; i < blocks.size(); i++) {
      if (blocks.get(i).kind() == Block.Kind.SIGNATURE) {
        signatures++;
        closes |= i + 1 == blocks.size() || blocks.get(i + 1).isHeading();
      }
    }
    return signatures >= 2 && closes;
  }

  /**
   * A signature signs what ends there: one on a line of its own followed by more text of its
   * section is a paragraph again; one taken off the end of a line ({@code trailing}) is put back on
   * it, unless the page is one of signed statements ({@code keepTrailing}).
   */
  private static void unsignMidSection(
      List<Block> blocks, Map<Integer, String> trailing, boolean keepTrailing) {
    if (lettersOnOwnLines(blocks, trailing)) {
      // "— Edwin Halloran, Fenmouth" between letters: each signs the letter above it.
      return;
    }
    for (int i = blocks.size() - 2; i >= 0; i--) {
      Block next = blocks.get(i + 1);
      if (blocks.get(i).kind() != Block.Kind.SIGNATURE
          || next.isHeading()
          || next.kind() == Block.Kind.SIGNATURE) {
        continue;
      }
      if (!trailing.containsKey(i)) {
        blocks.set(i, Block.paragraph(blocks.get(i).text()));
      } else if (!keepTrailing) {
        blocks.set(i - 1, block(trailing.get(i), true));
        blocks.remove(i);
      }
    }
  }

  /**
   * Whether the page is letters printed one after another without headings: two or more signatures
   * on lines of their own, each after text, the last closing the page or followed by one paragraph
   * only (an editor's note: "Editor's note: X declined to comment."). One such line alone may be an
   * epigraph's credit above the text.
   */
  private static boolean lettersOnOwnLines(List<Block> blocks, Map<Integer, String> trailing) {
    int ownLines = 0;
    int last = -1;
    for (int i = 1; i < blocks.size(); i++) {
      if (blocks.get(i).kind() == Block.Kind.SIGNATURE
          && !trailing.containsKey(i)
          && blocks.get(i - 1).kind() == Block.Kind.PARAGRAPH) {
        ownLines++;
        last = i;
      }
    }
    int after = blocks.size() - 1 - last;
    return ownLines >= 2
        && (after == 0 || after == 1 && blocks.getLast().kind() == Block.Kind.PARAGRAPH);
  }

  private static Block block(String unit, boolean followedByText) {
    if (unit.startsWith("|") && unit.endsWith("|") && unit.length() > 1) {
      if (TABLE_SEPARATOR.matcher(unit).matches()) {
        return null;
      }
      return tableRow(unit);
    }
    Matcher item = LIST_MARKER.matcher(unit);
    if (item.matches()) {
      return new Block(Block.Kind.LIST_ITEM, item.group(1));
    }
    if (Signatures.signer(unit) != null) {
      // after the list markers: "– Jane Doe, chair" in a list is an item; a signature that does
      // not end its section is made a paragraph again (blocks)
      return new Block(Block.Kind.SIGNATURE, unit);
    }
    Matcher quote = QUOTE_MARKER.matcher(unit);
    if (quote.matches()) {
      return quote.group(1).isBlank() ? null : new Block(Block.Kind.QUOTE, quote.group(1));
    }
    if (followedByText
        && (isHeadingLike(unit)
            || ThreadPosts.poster(unit) != null
            || TranscriptStamps.speaker(unit) != null
            || TIME_LINE.matcher(unit).matches()
            || LABEL_LINE.matcher(unit).matches())) {
      return Block.heading(unit);
    }
    return Block.paragraph(unit);
  }

  private static Block tableRow(String unit) {
    List<String> cells = new ArrayList<>();
    for (String cell : unit.substring(1, unit.length() - 1).split("\\|")) {
      String text = Whitespace.normalise(cell);
      if (!text.isEmpty()) {
        cells.add(text);
      }
    }
    return cells.isEmpty() ? null : new Block(Block.Kind.TABLE_ROW, String.join(" | ", cells));
  }

  static boolean isHeadingLike(String unit) {
    return unit.length() <= MAX_HEADING_CHARS
        && words(unit) <= MAX_HEADING_WORDS
        && !TERMINAL.matcher(unit).find()
        && !SPEAKER_LABEL.matcher(unit).find()
        && Character.isLetterOrDigit(unit.codePointAt(0))
        && !Character.isLowerCase(unit.codePointAt(0));
  }

  private static int words(String text) {
    return text.isBlank() ? 0 : text.strip().split("\\s+").length;
  }
}
