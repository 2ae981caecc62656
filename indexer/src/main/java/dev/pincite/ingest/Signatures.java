package dev.pincite.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A signature on a line of its own after what it signs: a dash, a person's name and perhaps a place
 * or a title after a comma ("— Hollis Barrow, Fenmouth", "-- Wenna Trelawny"), or a body of an
 * organisation and the organisation ("— Dockside staff council, Harbour Porters' Guild", whose
 * signer is the guild: {@code [en signing-body]} of {@code bylines.txt}). A letters page signs each
 * letter so, a block quotation is credited so, and a page of signed statements signs each one so,
 * sometimes on the statement's last line after its last sentence ({@link #trailing}). Recognised by
 * the dash and the name's form, never by a name. Stateless.
 */
final class Signatures {

  // The part after the name's comma: a place, a title, or what the words credited were said at
  // ("chair of the Payments Conduct Authority, after fining Nettlepay £14 million"), no sentence's
  // end; 60 characters cut the longer credits of a page of quotations off their quotations.
  private static final Pattern SIGNATURE =
      Pattern.compile(
          "^(?:\u2014|\u2013|--?)\\s*("
              + NameForms.FULL_NAME
              + ")"
              + "(?:\\s*,\\s*[^.!?]{1,120})?$");

  private static final String DASH = "(?:\u2014|\u2013|--?)";
  // "— Dockside staff council, Harbour Porters' Guild": the body (words ending in a signing
  // body's noun), then the organisation it belongs to, in capitalised words.
  private static final Pattern BODY_SIGNATURE =
      Pattern.compile(
          "^"
              + DASH
              + "\\s*([\\p{L}][\\p{L}'\u2019-]*(?:\\s+[\\p{L}][\\p{L}'\u2019-]*){0,5})\\s*,\\s*"
              + "(\\p{Lu}[\\p{L}'\u2019&.-]*(?:\\s+(?:of|the|for|and|&|\\p{Lu}[\\p{L}'\u2019&.-]*)){0,6})$");
  // Where a signature may stand at the end of a statement's last line: after its last sentence.
  // Where an undashed signature may stand at the end of a letter's last line: after its last
  // sentence, at a capital.
  private static final Pattern SENTENCE_THEN_CAPITAL =
      Pattern.compile("(?<=[.!?][\"\u201D\u2019)]?)\\s+(?=\\p{Lu})");
  private static final Pattern TRAILING_DASH =
      Pattern.compile("(?<=[.!?][\"\u201D\u2019)]?)\\s+(?=" + DASH + "\\s*\\p{L})");

  // "Ignatius Verhaegen, Managing Partner, Sorrel Bay Fund", "Jonah Eberhardt, Carrow Lane,
  // Benvarrow": a letter signed with no dash, a person's name and one to three short parts after
  // commas (a title, a firm, a street, a town), no sentence's end. Only where it closes what it
  // signs ({@link #withUndashed}): the same form stands in a caption or a list.
  private static final Pattern UNDASHED =
      Pattern.compile(
          "^("
              + NameForms.FULL_NAME
              // "Mirela Vance and Tobias Orme, Managing Partners, ...": the first signer's
              + ")(?:\\s+(?:and|&)\\s+"
              + NameForms.FULL_NAME
              + ")?((?:\\s*,\\s*[^,.!?:;\"\u201C\u201D()\\[\\]]{2,60}){1,3})"
              // "Paulo Meireles, Lisbon (former process engineer, Corvel Mining)"
              + "(?:\\s*\\([^()\\[\\]!?;\"\u201C\u201D]{2,80}\\))?$");
  // Determiners open no person's name ("The Dugout Ledger, episode 88" closing a podcast's notes).
  private static final Pattern DETERMINER = Pattern.compile("^(?:The|A|An|This|Our)\\s");
  private static final int MAX_UNDASHED_WORDS = 16;
  // A paragraph that is one quotation from its first character to its last ("“Fares will rise.”"),
  // perhaps with a dashed credit after it on the same line.
  private static final Pattern WHOLE_QUOTATION =
      Pattern.compile("^[\"\u201C][^\"\u201C\u201D]+[\"\u201D]$");
  private static final Pattern QUOTATION_THEN_DASH =
      Pattern.compile("^([\"\u201C][^\"\u201C\u201D]+[\"\u201D])\\s+(?=" + DASH + "\\s*\\p{L})");

  private Signatures() {}

  /**
   * The signer of a letter saved as text or Markdown, who is its author: a document with exactly
   * one signature line, one of its last two paragraphs, is one signed letter ("— Petra Hallgarth,
   * Managing Partner, Ravenglass Partners" closing a fund's letter); null otherwise (a letters page
   * signs every letter, and no one signer speaks for the page).
   *
   * @param blocks the body's blocks, in reading order
   */
  static String soleSigner(List<Block> blocks) {
    String signer = null;
    int signatures = 0;
    int paragraphs = 0;
    int signedAt = -1;
    for (Block block : blocks) {
      if (block.isHeading()) {
        continue;
      }
      paragraphs++;
      // Dashed only: a letter signed with no dash is its signer's from its salutation on
      // (Article.paragraphsOf), and the page's own voice stays the site's.
      String name = signer(block.text());
      if (name != null) {
        signatures++;
        signer = name;
        signedAt = paragraphs;
      }
    }
    return signatures == 1 && signedAt >= paragraphs - 1 ? signer : null;
  }

  /**
   * "From Augustine Merriweather, Halden Street Capital", also in capitals: a letters page's
   * heading, which names the writer of the letter under it, never a signature of the text above.
   */
  private static final Pattern LETTER_HEADING = Pattern.compile("(?i:from)\\s+\\p{Lu}");

  /**
   * The person a signature line names ("— Hollis Barrow, Fenmouth" gives "Hollis Barrow"), or null
   * when the line is no signature.
   */
  static String signer(String line) {
    Matcher m = SIGNATURE.matcher(line.strip());
    if (m.matches()) {
      return m.group(1);
    }
    Matcher body = BODY_SIGNATURE.matcher(line.strip());
    return body.matches() && BylineCues.STANDARD.signingBody().matcher(body.group(1)).find()
        ? body.group(2)
        : null;
  }

  /**
   * The person an undashed signature line names ("Sabine Ottery, Managing Partner, Orchard Lane
   * Partners" gives "Sabine Ottery"; of two joined by "and", the first), or null when the line has
   * no such form.
   */
  static String undashedSigner(String line) {
    String text = withoutSignOff(line.strip());
    Matcher m = UNDASHED.matcher(text);
    if (!m.matches()
        || LETTER_HEADING.matcher(text).lookingAt()
        || DETERMINER.matcher(text).find()
        || BylineCues.STANDARD.withoutLeadIn(text).length() != text.length()
        || text.split("\\s+").length > MAX_UNDASHED_WORDS) {
      return null;
    }
    return m.group(1);
  }

  /** A line without the sign-off that opens it ("Kind regards, Beatrix Holm" gives the name). */
  private static String withoutSignOff(String line) {
    Matcher m = BylineCues.STANDARD.signOff().matcher(line);
    return m.find() ? line.substring(m.end()) : line;
  }

  /**
   * The signer of a signature block, dashed or not (null for any other line).
   *
   * @param block a block of a body
   */
  static String signerOf(Block block) {
    String dashed = signer(block.text());
    return dashed != null || block.kind() != Block.Kind.SIGNATURE
        ? dashed
        : undashedSigner(block.text());
  }

  /**
   * A body whose undashed signature lines are signatures: a line of a name and its parts after
   * commas, perhaps after a sign-off ("Kind regards, Beatrix Holm, Chief Financial Officer"), right
   * after the text it signs (a paragraph, a quotation), which either closes its section (the next
   * block a heading, a signature or none: a letter's sign-off, "Yours sincerely," or not) or is one
   * of two or more on the page (a letters page whose letters no heading separates). Anywhere else
   * such a line stays a paragraph. A plain-text reader takes a short line without a full stop for a
   * heading; one of that form that closes its section so, with nothing under it, is a signature too
   * ("Linnea Marwood, Assistant Director" before the next letter's heading).
   *
   * @param blocks a body in reading order
   * @return the body, those lines made {@link Block.Kind#SIGNATURE} blocks
   */
  static List<Block> withUndashed(List<Block> blocks) {
    List<Integer> candidates = new ArrayList<>();
    for (int i = 1; i < blocks.size(); i++) {
      Block block = blocks.get(i);
      Block.Kind before = blocks.get(i - 1).kind();
      boolean signable =
          block.kind() == Block.Kind.PARAGRAPH
              || block.isHeading() && (closes(blocks, i) || nextLetterOpens(blocks, i));
      if (signable
          && (before == Block.Kind.PARAGRAPH || before == Block.Kind.QUOTE)
          && undashedSigner(block.text()) != null) {
        candidates.add(i);
      }
    }
    if (candidates.isEmpty()) {
      return blocks;
    }
    List<Block> marked = new ArrayList<>(blocks);
    for (int i : candidates) {
      if (closes(blocks, i) || candidates.size() > 1) {
        marked.set(i, new Block(Block.Kind.SIGNATURE, blocks.get(i).text()));
      }
    }
    return marked;
  }

  /**
   * A web page's body whose dashed signature lines are signatures where they close their section
   * ("— Leontyne Baptiste, Chief Executive Officer" under an annual letter), as the Markdown reader
   * marks them, or close a block quote from inside it (a reply set as a quotation); anywhere else
   * such a line stays a paragraph.
   *
   * @param blocks a body in reading order
   * @return the body, those lines made {@link Block.Kind#SIGNATURE} blocks
   */
  static List<Block> withDashed(List<Block> blocks) {
    List<Block> marked = new ArrayList<>(blocks);
    for (int i = 1; i < blocks.size(); i++) {
      Block block = blocks.get(i);
      Block.Kind kind = block.kind();
      // a reply set as a block quote signs its last quoted line ("<blockquote>... <p>— Crispin
      // Adeyemi-Lowe, Finance Director</p></blockquote>"): the quotation is the signer's
      boolean lastQuoted =
          kind == Block.Kind.QUOTE
              && (i + 1 == blocks.size() || blocks.get(i + 1).kind() != Block.Kind.QUOTE);
      boolean closing =
          kind == Block.Kind.PARAGRAPH
              ? closes(blocks, i) || signsItsSection(blocks, i)
              : lastQuoted;
      if (closing && blocks.get(i - 1).kind() == kind && signer(block.text()) != null) {
        marked.set(i, new Block(Block.Kind.SIGNATURE, block.text()));
      }
    }
    return marked;
  }

  /**
   * A body whose undashed signatures at the end of a letter's last line stand apart: a paragraph
   * that closes its section and ends, after its last sentence, with a name and its parts after
   * commas ("... not a plan to starve the market. Moira Fairbanks, Grantham") is split into the
   * paragraph and the signature ({@link #undashedSigner}'s form).
   *
   * @param blocks a body in reading order
   * @return the body, those signatures made {@link Block.Kind#SIGNATURE} blocks
   */
  static List<Block> withTrailingUndashed(List<Block> blocks) {
    List<Block> out = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      Block block = blocks.get(i);
      int at = block.kind() == Block.Kind.PARAGRAPH && closes(blocks, i) ? undashedAt(block) : -1;
      if (at < 0) {
        out.add(block);
        continue;
      }
      out.add(Block.paragraph(block.text().substring(0, at).strip()));
      out.add(new Block(Block.Kind.SIGNATURE, block.text().substring(at).strip()));
    }
    return out;
  }

  /** Where an undashed signature after a paragraph's last sentence begins, or -1. */
  private static int undashedAt(Block block) {
    String text = block.text();
    int last = lastEnd(SENTENCE_THEN_CAPITAL, text);
    return last > 0 && undashedSigner(text.substring(last)) != null ? last : -1;
  }

  /** Where the last match of a pattern in a text ends, or -1 when there is none. */
  private static int lastEnd(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    int last = -1;
    while (m.find()) {
      last = m.end();
    }
    return last;
  }

  /**
   * Whether the block after {@code i} opens the next letter with its salutation ("Sir, ...", "Dear
   * editor,"): a letters page's name line before it signs the letter above, not the one below.
   */
  private static boolean nextLetterOpens(List<Block> blocks, int i) {
    return i + 1 < blocks.size()
        && blocks.get(i + 1).kind() == Block.Kind.PARAGRAPH
        && BylineCues.STANDARD.salutation().matcher(blocks.get(i + 1).text()).lookingAt();
  }

  /**
   * Whether a dashed line signs the section a heading opened, with a note after it in the same
   * section ("Hillwire responds", its reply, "— Marisol Everdene, chief executive, ...", then the
   * editor's postscript): a heading before it, and only paragraphs between them.
   */
  private static boolean signsItsSection(List<Block> blocks, int i) {
    for (int k = i - 1; k >= 0; k--) {
      Block.Kind kind = blocks.get(k).kind();
      if (blocks.get(k).isHeading()) {
        return k < i - 1;
      }
      if (kind != Block.Kind.PARAGRAPH) {
        return false;
      }
    }
    return false;
  }

  /** Whether a block closes its section: the last, or followed by a heading or a signature. */
  private static boolean closes(List<Block> blocks, int i) {
    return i + 1 == blocks.size()
        || blocks.get(i + 1).isHeading()
        || blocks.get(i + 1).kind() == Block.Kind.SIGNATURE;
  }

  /**
   * Whether a paragraph is one quotation from its first character to its last ("“We will fight
   * it.”"): a quotation a signature under it credits, as it credits a block quote.
   *
   * @param text a paragraph's text
   */
  static boolean wholeQuotation(String text) {
    return WHOLE_QUOTATION.matcher(text.strip()).matches();
  }

  /**
   * A body whose credited quotations stand apart from their credits: a paragraph that is one
   * quotation with a dashed signature after it on the same line ("“Scale pays for ships.” — Ada
   * Lind, analyst") is split in two, and a dashed signature line right after such a quotation is a
   * signature wherever it stands (a page of quotations credits each so, mid-section).
   *
   * @param blocks a body in reading order
   * @return the body, its credits made {@link Block.Kind#SIGNATURE} blocks
   */
  static List<Block> withCreditedQuotations(List<Block> blocks) {
    List<Block> out = new ArrayList<>();
    for (Block block : blocks) {
      Block before = out.isEmpty() ? null : out.getLast();
      if (block.kind() != Block.Kind.PARAGRAPH) {
        out.add(block);
        continue;
      }
      Matcher m = QUOTATION_THEN_DASH.matcher(block.text());
      if (m.find() && signer(block.text().substring(m.end())) != null) {
        out.add(Block.paragraph(m.group(1)));
        out.add(new Block(Block.Kind.SIGNATURE, block.text().substring(m.end())));
      } else if (before != null
          && (before.kind() == Block.Kind.QUOTE
              || before.kind() == Block.Kind.PARAGRAPH && wholeQuotation(before.text()))
          && signer(block.text()) != null) {
        out.add(new Block(Block.Kind.SIGNATURE, block.text()));
      } else {
        out.add(block);
      }
    }
    return out;
  }

  /**
   * Where a signature that ends a line of text begins ("... Strike now. — Dockside staff council,
   * Harbour Porters' Guild"): after the line's last sentence, a dash and a signature to the end; -1
   * when the line does not end so.
   *
   * @param line a paragraph's text, whitespace normalised
   */
  static int trailing(String line) {
    int found = lastEnd(TRAILING_DASH, line);
    return found > 0 && signer(line.substring(found)) != null ? found : -1;
  }
}
