package dev.pincite.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;

/**
 * Reads Markdown (CommonMark with GFM tables). YAML front matter gives the metadata ({@code title};
 * {@code byline}, {@code author} or {@code authors}; {@code site} or {@code site_name}; {@code
 * published} or {@code date}; {@code url} or {@code canonical_url}; {@code lang} or {@code
 * language}); without a front-matter title, a leading level-1 heading is the title, and without a
 * front-matter byline or site a "By ..." or "Source: ..." line near the top gives it ({@link
 * HeaderLines}; such a line is never body). Headings, paragraphs, list items, block quotes, table
 * rows and code blocks become blocks. Thread safe.
 */
public final class MarkdownArticleReader implements ArticleReader {

  private static final Pattern FRONT_MATTER =
      Pattern.compile(
          "\\A(?:\\uFEFF)?---[ \\t]*\\R(.*?)\\R(?:---|\\.\\.\\.)[ \\t]*(?:\\R|\\z)",
          Pattern.DOTALL);
  private static final Pattern FRONT_MATTER_OPENING = Pattern.compile("(?:\\uFEFF)?---[ \\t]*\\R");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private final Parser parser =
      Parser.builder().extensions(List.of(TablesExtension.create())).build();

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
        warnings.add("front matter is not valid YAML: " + e.getOriginalMessage());
      }
    } else if (FRONT_MATTER_OPENING.matcher(text).lookingAt()) {
      warnings.add("front matter opened by --- on the first line is never closed: read as body");
    }
    markdown = HeaderLines.standApart(markdown);
    List<Block> blocks = new ArrayList<>();
    collect(parser.parse(markdown), blocks);
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
    String site = first(field(front, "site"), field(front, "site_name"), field(front, "publisher"));
    String shownSite = HeaderLines.take(blocks, paragraphText(HeaderLines::source));
    String siteNamed = first(site, shownSite);
    String shownByline =
        HeaderLines.take(blocks, paragraphText(line -> HeaderLines.byline(line, siteNamed)));
    if (blocks.isEmpty()) {
      warnings.add("no article text found");
    }
    DocumentMetadata metadata =
        new DocumentMetadata(
            title,
            first(people(front), shownByline, SignOff.signer(blocks)),
            siteNamed,
            Dates.toIso(first(field(front, "published"), field(front, "date"))),
            first(field(front, "url"), field(front, "canonical_url"), field(front, "canonical")),
            first(field(front, "lang"), field(front, "language")));
    return new Article(path, metadata, blocks, warnings);
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

  /** A paragraph inside a block quote is a quote, wherever it is nested. */
  private static Block.Kind kindInside(Node node) {
    for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
      if (parent instanceof BlockQuote) {
        return Block.Kind.QUOTE;
      }
    }
    return Block.Kind.PARAGRAPH;
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
      switch (child) {
        case Text t -> text.append(t.getLiteral());
        case Code c -> text.append(c.getLiteral());
        case SoftLineBreak s -> text.append(' ');
        case HardLineBreak h -> text.append(' ');
        case Image i -> {
          // alt text of an image is not prose
        }
        default -> appendInline(child, text);
      }
    }
  }

  private static void add(List<Block> blocks, Block.Kind kind, String raw) {
    String text = Whitespace.normalise(raw);
    if (!text.isEmpty()) {
      blocks.add(new Block(kind, text));
    }
  }

  private static String people(JsonNode front) {
    for (String key : List.of("byline", "author", "authors")) {
      JsonNode value = front == null ? null : front.get(key);
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

  private static String first(String... values) {
    for (String value : values) {
      if (value != null) {
        return value;
      }
    }
    return null;
  }
}
