package dev.pincite.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;

/**
 * Reads Markdown (CommonMark with GFM tables). YAML front matter gives the metadata ({@code title};
 * {@code byline}, {@code author}, {@code authors} or {@code writer}; {@code site}, {@code
 * site_name}, {@code publisher}, {@code publication}, a show's {@code show}, {@code podcast} or
 * {@code newsletter}, or an event's or report's {@code host}, {@code organisation} or {@code
 * organiser}; {@code published} or {@code date}; {@code url} or {@code canonical_url}; {@code lang}
 * or {@code language}); without a front-matter title, a leading level-1 heading is the title, and
 * without a front-matter byline or site a "By ..." or "Source: ..." line near the top gives it
 * ({@link HeaderLines}; such a line is never body), as does a paragraph near the top that is only a
 * link whose text is a person's name (a newsletter platform's export). A line near the top that is
 * only a date gives the date when the front matter has none, and is no body either; without a site,
 * a wire story's dateline gives its agency ({@link Datelines}). Links calling the reader to act at
 * the end ("Subscribe now") are dropped. Headings, paragraphs, list items, block quotes, table rows
 * and code blocks become blocks; paragraphs wholly in bold are an interview's questions ({@link
 * Block.Kind#QUESTION}) when they alternate with plain answers and one of them asks. Thread safe.
 */
public final class MarkdownArticleReader implements ArticleReader {

  // A front-matter value that is a flag or a number, also when read as a plain line.
  private static final Pattern FLAG = Pattern.compile("(?i:true|false|yes|no|\\d+)");
  private static final Pattern FRONT_MATTER =
      Pattern.compile(
          "\\A(?:\\uFEFF)?---[ \\t]*\\R(.*?)\\R(?:---|\\.\\.\\.)[ \\t]*(?:\\R|\\z)",
          Pattern.DOTALL);
  private static final Pattern FRONT_MATTER_OPENING = Pattern.compile("(?:\\uFEFF)?---[ \\t]*\\R");
  // an italic credit line: perhaps a label and a colon, perhaps a title, then a name and a comma;
  // the line not ending like a sentence
  private static final Pattern CREDIT_LINE =
      Pattern.compile(
          "^(?:\\p{Lu}[\\p{L}]{1,20}:\\s+)?"
              + NameForms.TITLE_BEFORE_NAME
              + "?"
              // a name, not a phrase opening with a preposition or article ("From Gantry ...")
              + "(?!(?:From|In|At|By|For|On|The|A|An|With|To|Of|As)\\s)("
              + NameForms.FULL_NAME
              + "),\\s+\\S(?!.*[.!?]$)");
  // a cover detail's line: a label of a few words and a colon, then its value
  private static final Pattern LABELLED_LINE =
      Pattern.compile("^\\p{Lu}[\\p{L} '\u2019/&-]{0,40}:\\s*\\S");
  // a person's name as a link's whole text: two to four capitalised words
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /** A front-matter line "key: value" at the top level (no indentation). */
  private static final Pattern PLAIN_ENTRY = Pattern.compile("([A-Za-z_][\\w-]*):[ \\t]+(\\S.*)");

  private final Parser parser =
      Parser.builder().extensions(List.of(TablesExtension.create())).build();
  private final BoilerplateRules rules;

  /** A reader with the bundled boilerplate rules. */
  public MarkdownArticleReader() {
    this(BoilerplateRules.standard());
  }

  /**
   * @param rules what a call to action says ("Subscribe now"), for the buttons a newsletter
   *     platform's export keeps as links at the end
   */
  public MarkdownArticleReader(BoilerplateRules rules) {
    this.rules = rules;
  }

  @Override
  public Article read(String text, String path) {
    List<String> warnings = new ArrayList<>();
    JsonNode front = null;
    String markdown = text;
    Matcher m = FRONT_MATTER.matcher(text);
    if (m.find()) {
      markdown = text.substring(m.end());
      try {
        front = YAML.readTree(m.group(1));
      } catch (JsonProcessingException e) {
        warnings.add(
            "front matter is not valid YAML: "
                + e.getOriginalMessage()
                + "; its plain \"key: value\" lines are read one by one");
        front = plainLines(m.group(1));
      }
    } else if (FRONT_MATTER_OPENING.matcher(text).lookingAt()) {
      warnings.add("front matter opened by --- on the first line is never closed: read as body");
    }
    markdown = HeaderLines.standApart(markdown);
    List<Block> blocks = new ArrayList<>();
    Node document = parser.parse(markdown);
    String linkedByline = people(front) == null ? takeLinkedByline(document) : null;
    if (linkedByline == null && people(front) == null) {
      linkedByline = takeLabelledByline(document);
    }
    Node creditLine = linkedByline == null && people(front) == null ? creditLine(document) : null;
    dropTrailingButtons(document);
    dropClosingNotices(document);
    collect(document, blocks);
    confirmQuestions(blocks);
    blocks =
        new ArrayList<>(
            Signatures.withTrailingUndashed(
                Signatures.withUndashed(Signatures.withCreditedQuotations(blocks))));
    String title = title(front, warnings);
    if (!blocks.isEmpty() && blocks.getFirst().isHeading()) {
      String first = blocks.getFirst().text();
      if (title == null && isLevelOneFirst(markdown)) {
        title = first;
        blocks.removeFirst();
      } else if (first.equals(title)) {
        blocks.removeFirst();
      }
    }
    String site =
        first(
            field(front, "site"),
            field(front, "site_name"),
            field(front, "publisher"),
            field(front, "publication"),
            // a podcast's or newsletter's show notes name the show, not a site: its voice
            name(front, "show"),
            name(front, "podcast"),
            name(front, "newsletter"),
            // a webinar's or a report's organisation, when nobody is named as its author
            name(front, "host"),
            name(front, "organisation"),
            name(front, "organization"),
            name(front, "organiser"),
            name(front, "organizer"));
    String shownSite = HeaderLines.take(blocks, paragraphText(HeaderLines::source));
    String siteNamed = first(site, shownSite);
    String shownByline =
        first(
            linkedByline,
            HeaderLines.take(blocks, paragraphText(line -> HeaderLines.byline(line, siteNamed))));
    if (shownByline == null && creditLine != null) {
      shownByline = takeCreditLine(creditLine, blocks);
    }
    String shownDate = HeaderLines.take(blocks, paragraphText(Dates::lineDate));
    String issuer =
        shownByline == null ? HeaderLines.take(blocks, paragraphText(HeaderLines::issuer)) : null;
    String outlet = first(siteNamed, issuer, wireOf(blocks));
    if (outlet == null && shownByline == null && people(front) == null) {
      // "Minutes of the annual general meeting of ... Co-operative": the body's record, named in
      // the title or in the heading over the body
      outlet = HeaderLines.recordOf(title);
      if (outlet == null && !blocks.isEmpty() && blocks.getFirst().kind() == Block.Kind.HEADING) {
        outlet = HeaderLines.recordOf(blocks.getFirst().text());
      }
    }
    if (blocks.isEmpty()) {
      warnings.add("no article text found");
    }
    DocumentMetadata metadata =
        new DocumentMetadata(
            title,
            first(
                people(front),
                shownByline,
                Signatures.soleSigner(blocks),
                declarant(blocks),
                HeaderLines.makerOf(title)),
            outlet,
            first(Dates.toIso(first(field(front, "published"), field(front, "date"))), shownDate),
            first(field(front, "url"), field(front, "canonical_url"), field(front, "canonical")),
            first(field(front, "lang"), field(front, "language")));
    return new Article(path, metadata, blocks, warnings);
  }

  /**
   * The person a statement's opening declares, or the writer a paragraph near its top introduces
   * ({@link HeaderLines#declarant}), or null.
   */
  private static String declarant(List<Block> blocks) {
    return HeaderLines.declarant(
        blocks.stream().filter(b -> b.kind() == Block.Kind.PARAGRAPH).map(Block::text).toList());
  }

  /** The document's first {@link HeaderLines#REACH} blocks, where header lines stand. */
  private static List<Node> topNodes(Node document) {
    List<Node> top = new ArrayList<>();
    for (Node node = document.getFirstChild();
        node != null && top.size() < HeaderLines.REACH;
        node = node.getNext()) {
      top.add(node);
    }
    return top;
  }

  /**
   * The author of a page exported from a newsletter platform, where the byline is a paragraph near
   * the top that is only a link to the author's page, its text a person's name ("[Noor
   * Haddad](https://…)"); that paragraph is removed. Null, with nothing removed, when there is
   * none.
   */
  private static String takeLinkedByline(Node document) {
    for (Node node : topNodes(document)) {
      if (node instanceof Paragraph p
          && p.getFirstChild() instanceof Link link
          && link.getNext() == null
          && NameForms.FULL_NAME_ALONE.matcher(Whitespace.normalise(inline(link))).matches()) {
        String person = BylineNames.person(inline(link), null);
        if (person != null) {
          node.unlink();
          return person;
        }
      }
    }
    return null;
  }

  /**
   * The author a block of labelled lines near the top names ("**Prepared by:** Solveig Arndt,
   * Senior Analyst" over "**Committee date:** 4 February 2027", the lines parted by hard line
   * breaks): a paper's cover details, none of them body, so the block is removed. Null, with
   * nothing removed, when no such block names one ({@link HeaderLines#byline}).
   */
  private static String takeLabelledByline(Node document) {
    for (Node node : topNodes(document)) {
      if (!(node instanceof Paragraph)) {
        continue;
      }
      List<String> lines = hardLines(node);
      if (lines.size() < 2 || !lines.stream().allMatch(l -> LABELLED_LINE.matcher(l).lookingAt())) {
        continue;
      }
      for (String line : lines) {
        String person = HeaderLines.byline(line, null);
        if (person != null) {
          node.unlink();
          return person;
        }
      }
    }
    return null;
  }

  /**
   * The author an italic credit line near the top names ("*Professor Adaeze Munro, Kelton Business
   * School — delivered in the Rowan Theatre, 3 March 2026*", "*Notes: Lucía Ferro-Castellanos, Vale
   * Cross Asset Management · internal*"): a paragraph wholly in emphasis, not ending like a
   * sentence, opening (after a label and colon, and a title) with a person's name and a comma. Read
   * only when no byline line is found ({@link #takeCreditLine}); null when there is none.
   */
  private static Node creditLine(Node document) {
    for (Node node : topNodes(document)) {
      if (node instanceof Paragraph
          && node.getFirstChild() instanceof Emphasis
          && node.getFirstChild().getNext() == null
          && creditedPerson(node) != null) {
        return node;
      }
    }
    return null;
  }

  private static String creditedPerson(Node line) {
    Matcher credit = CREDIT_LINE.matcher(Whitespace.normalise(inline(line)));
    return credit.lookingAt() ? BylineNames.person(credit.group(1), null) : null;
  }

  /** The person a credit line names, its block then taken off the body. */
  private static String takeCreditLine(Node line, List<Block> blocks) {
    String text = Whitespace.normalise(inline(line));
    blocks.removeIf(b -> b.kind() == Block.Kind.PARAGRAPH && b.text().equals(text));
    return creditedPerson(line);
  }

  /**
   * Removes the notices set in italics at the end ("_For existing partners of the fund only. Past
   * performance is not ..._", "*This article first appeared in ...*"): paragraphs wholly in
   * emphasis after the text's last other paragraph, as a page's footer is none of its body. The
   * text's only paragraph stays.
   */
  private static void dropClosingNotices(Node document) {
    Node node = document.getLastChild();
    while (node instanceof Paragraph p
        && p.getFirstChild() instanceof Emphasis
        && p.getFirstChild().getNext() == null
        && node.getPrevious() != null) {
      Node before = node.getPrevious();
      node.unlink();
      node = before;
    }
    if (node instanceof ThematicBreak && node.getPrevious() != null) {
      node.unlink(); // the rule drawn above the notices
    }
  }

  /**
   * Removes the buttons a newsletter platform's export leaves at the end ("[Subscribe
   * now](https://…/subscribe)", "[Share](…)"): paragraphs that are only a link calling the reader
   * to act, after the article's last other paragraph.
   */
  private void dropTrailingButtons(Node document) {
    Node node = document.getLastChild();
    while (node instanceof Paragraph p
        && p.getFirstChild() instanceof Link link
        && link.getNext() == null
        && (rules.isCallToAction(inline(link)) || rules.isPromo(inline(link)))) {
      Node before = node.getPrevious();
      node.unlink();
      node = before;
    }
  }

  /** The agency a wire story's dateline credits, when the first paragraph opens with one. */
  private static String wireOf(List<Block> blocks) {
    return !blocks.isEmpty() && blocks.getFirst().kind() == Block.Kind.PARAGRAPH
        ? Datelines.wire(blocks.getFirst().text())
        : null;
  }

  /** A header line is a plain paragraph: a heading, list item or quote is never one. */
  private static Function<Block, String> paragraphText(Function<String, String> reader) {
    return block -> block.kind() == Block.Kind.PARAGRAPH ? reader.apply(block.text()) : null;
  }

  private boolean isLevelOneFirst(String markdown) {
    Node first = parser.parse(markdown).getFirstChild();
    return first instanceof Heading heading && heading.getLevel() == 1;
  }

  private static void collect(Node node, List<Block> blocks) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      switch (child) {
        case Heading h -> add(blocks, Block.Kind.HEADING, inline(h));
        case Paragraph p -> add(blocks, kindInside(p), inline(p));
        case ListItem item -> listItem(item, blocks);
        case ListBlock list -> collect(list, blocks);
        case BlockQuote quote -> collect(quote, blocks);
        case FencedCodeBlock code -> add(blocks, Block.Kind.PREFORMATTED, code.getLiteral());
        case IndentedCodeBlock code -> add(blocks, Block.Kind.PREFORMATTED, code.getLiteral());
        case HtmlBlock html ->
            add(blocks, Block.Kind.PARAGRAPH, Jsoup.parseBodyFragment(html.getLiteral()).text());
        case TableRow row -> tableRow(row, blocks);
        default -> collect(child, blocks);
      }
    }
  }

  /**
   * A paragraph inside a block quote is a quote, wherever it is nested; one wholly in bold may be
   * an interviewer's question ({@link #confirmQuestions} decides).
   */
  private static Block.Kind kindInside(Paragraph paragraph) {
    if ((closes(paragraph) || signsTextAbove(paragraph))
        && Signatures.signer(Whitespace.normalise(inline(paragraph))) != null) {
      return Block.Kind.SIGNATURE;
    }
    for (Node parent = paragraph.getParent(); parent != null; parent = parent.getParent()) {
      if (parent instanceof BlockQuote) {
        return Block.Kind.QUOTE;
      }
    }
    Node only = paragraph.getFirstChild();
    return only instanceof StrongEmphasis && only.getNext() == null
        ? Block.Kind.QUESTION
        : Block.Kind.PARAGRAPH;
  }

  /**
   * Whether a paragraph is the last of what it stands in: a block quote, a section (the next block
   * is a heading or a rule) or the document. A signature signs what ends there.
   */
  private static boolean closes(Paragraph paragraph) {
    Node next = paragraph.getNext();
    return next == null || next instanceof Heading || next instanceof ThematicBreak;
  }

  /**
   * Whether a paragraph follows text it can sign, a paragraph or a block quote, and is not the
   * section's first: a letter signed "— Grace Tremayne, chief executive" above an editor's note in
   * the same section signs the letter all the same.
   */
  private static boolean signsTextAbove(Paragraph paragraph) {
    Node previous = paragraph.getPrevious();
    return previous instanceof Paragraph || previous instanceof BlockQuote;
  }

  /**
   * Paragraphs wholly in bold are an interview's questions when there are at least two, one of them
   * ends in a question mark and each is followed by a plain paragraph (its answer); otherwise they
   * are plain paragraphs (a bold line of emphasis, a lead-in).
   */
  private static void confirmQuestions(List<Block> blocks) {
    int questions = 0;
    boolean asks = false;
    boolean answered = true;
    for (int i = 0; i < blocks.size(); i++) {
      if (blocks.get(i).kind() == Block.Kind.QUESTION) {
        questions++;
        asks |= blocks.get(i).text().endsWith("?");
        answered &= i + 1 < blocks.size() && blocks.get(i + 1).kind() == Block.Kind.PARAGRAPH;
      }
    }
    if (questions >= 2 && asks && answered) {
      return;
    }
    blocks.replaceAll(
        b -> b.kind() == Block.Kind.QUESTION ? new Block(Block.Kind.PARAGRAPH, b.text()) : b);
  }

  /** A list item is its own paragraphs' text; nested lists follow as their own items. */
  private static void listItem(ListItem item, List<Block> blocks) {
    StringBuilder text = new StringBuilder();
    List<Block> nested = new ArrayList<>();
    for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Paragraph p) {
        text.append(' ').append(inline(p));
      } else {
        collect(wrap(child), nested);
      }
    }
    add(blocks, Block.Kind.LIST_ITEM, text.toString());
    blocks.addAll(nested);
  }

  private static Node wrap(Node child) {
    Node holder = new org.commonmark.node.Document();
    holder.appendChild(child);
    return holder;
  }

  private static void tableRow(TableRow row, List<Block> blocks) {
    List<String> cells = new ArrayList<>();
    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
      if (cell instanceof TableCell) {
        String text = Whitespace.normalise(inline(cell));
        if (!text.isEmpty()) {
          cells.add(text);
        }
      }
    }
    add(blocks, Block.Kind.TABLE_ROW, String.join(" | ", cells));
  }

  private static String inline(Node node) {
    StringBuilder text = new StringBuilder();
    appendInline(node, text);
    return text.toString();
  }

  private static void appendInline(Node node, StringBuilder text) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      appendNode(child, text);
    }
  }

  private static void appendNode(Node node, StringBuilder text) {
    switch (node) {
      case Text t -> text.append(t.getLiteral());
      case Code c -> text.append(c.getLiteral());
      case SoftLineBreak s -> text.append(' ');
      case HardLineBreak h -> text.append(' ');
      case Image i -> {
        // alt text of an image is not prose
      }
      default -> appendInline(node, text);
    }
  }

  /** A paragraph's lines as its hard line breaks part them, each whitespace normalised. */
  private static List<String> hardLines(Node paragraph) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof HardLineBreak) {
        lines.add(Whitespace.normalise(line.toString()));
        line.setLength(0);
      } else {
        appendNode(child, line);
      }
    }
    lines.add(Whitespace.normalise(line.toString()));
    return lines;
  }

  private static void add(List<Block> blocks, Block.Kind kind, String raw) {
    String text = Whitespace.normalise(raw);
    if (!text.isEmpty()) {
      blocks.add(new Block(kind, text));
    }
  }

  /**
   * The front matter's one-line {@code key: value} entries, read without a YAML parser: a title
   * quoted around quotation marks of its own ({@code title: ""Not yet": the chief on ..."}) is no
   * valid YAML, and the byline and site beside it must not be lost with it (they are the
   * document's own voice). A value in one pair of matching quotes loses them; a value opening a
   * list or a map ({@code [}, {@code {}) is not text and is left out.
   */
  private static JsonNode plainLines(String frontMatter) {
    ObjectNode fields = YAML.createObjectNode();
    for (String line : frontMatter.split("\\R")) {
      Matcher entry = PLAIN_ENTRY.matcher(line);
      if (!entry.matches()) {
        continue;
      }
      String value = entry.group(2).strip();
      if (value.length() >= 2
          && (value.charAt(0) == '"' || value.charAt(0) == '\'')
          && value.charAt(value.length() - 1) == value.charAt(0)) {
        value = value.substring(1, value.length() - 1);
      } else if (value.startsWith("[") || value.startsWith("{")) {
        continue;
      }
      if (!value.isBlank()) {
        fields.put(entry.group(1), value);
      }
    }
    return fields;
  }

  private static String people(JsonNode front) {
    if (front == null) {
      return null;
    }
    List<String> keys = new ArrayList<>(List.of("byline", "author", "authors", "writer"));
    front.fieldNames().forEachRemaining(key -> keys.add(creditKey(key) ? key : null));
    for (String key : keys) {
      JsonNode value = key == null ? null : front.get(key);
      if (value == null || value.isNull()) {
        continue;
      }
      if (value.isArray()) {
        List<String> names = new ArrayList<>();
        value.forEach(n -> names.add(n.isObject() ? n.path("name").asText() : n.asText()));
        return Whitespace.orNull(String.join(", ", names));
      }
      return Whitespace.orNull(value.isObject() ? value.path("name").asText() : value.asText());
    }
    return null;
  }

  /**
   * Whether a front-matter key is a byline's lead-in ({@code bylines.txt}) written as a key
   * ("prepared_by", "submitted-by"): its value names the author, as "Prepared by ..." would.
   */
  private static boolean creditKey(String key) {
    String words = key.replace('_', ' ').replace('-', ' ').strip();
    return !words.isEmpty()
        && BylineCues.STANDARD.withoutLeadIn(words + " Name").strip().equals("Name");
  }

  /** The front matter's title; a list of titles gives its first, with a warning. */
  private static String title(JsonNode front, List<String> warnings) {
    JsonNode value = front == null || !front.isObject() ? null : front.get("title");
    if (value == null || !value.isContainerNode()) {
      return field(front, "title");
    }
    JsonNode first = value.isArray() && !value.isEmpty() ? value.get(0) : null;
    if (first == null || first.isContainerNode() || first.isNull()) {
      warnings.add("the front matter's title is not text (" + value.getNodeType() + "): ignored");
      return null;
    }
    warnings.add(
        "the front matter's title is a list of " + value.size() + ": its first item is the title");
    return Whitespace.orNull(first.asText());
  }

  private static String field(JsonNode front, String key) {
    if (front == null || !front.isObject()) {
      return null;
    }
    JsonNode value = front.get(key);
    if (value == null || value.isNull() || value.isContainerNode()) {
      return null;
    }
    return Whitespace.orNull(value.asText());
  }

  /** A front-matter value that is text, not a flag or a number ("newsletter: true"). */
  private static String name(JsonNode front, String key) {
    JsonNode value = front == null || !front.isObject() ? null : front.get(key);
    if (value == null || !value.isTextual() || FLAG.matcher(value.asText().strip()).matches()) {
      return null;
    }
    return Whitespace.orNull(value.asText());
  }

  private static String first(String... values) {
    for (String value : values) {
      if (value != null) {
        return value;
      }
    }
    return null;
  }
}
