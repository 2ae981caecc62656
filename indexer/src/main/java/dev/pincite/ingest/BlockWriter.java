package dev.pincite.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns an article element into blocks in reading order: {@code h1}–{@code h6} are headings, {@code
 * li} list items, {@code tr} of a table of text table rows, {@code pre} preformatted text, the
 * paragraphs of a {@code blockquote} quotes, and every other run of text a paragraph. Not thread
 * safe: one instance per page.
 */
final class BlockWriter {

  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
  private static final Set<String> INLINE =
      Set.of(
          "math", "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i",
          "kbd", "mark", "q", "rp", "rt", "ruby", "s", "samp", "small", "span", "strike", "strong",
          "sub", "sup", "time", "tt", "u", "var", "del", "ins", "big", "label", "nobr", "wbr");
  private static final Set<String> SKIPPED =
      Set.of(
          "img",
          "picture",
          "video",
          "audio",
          "source",
          "track",
          "map",
          "area",
          "hr",
          "head",
          "script",
          "style",
          "noscript",
          "template",
          "svg",
          "button",
          "input",
          "select",
          "textarea");
  private static final Set<String> MATHML =
      Set.of(
          "mi",
          "mo",
          "mn",
          "ms",
          "mtext",
          "mrow",
          "msup",
          "msub",
          "msubsup",
          "mfrac",
          "msqrt",
          "mroot",
          "mover",
          "munder",
          "munderover",
          "mstyle",
          "mspace",
          "mpadded",
          "mphantom",
          "mtable",
          "mtr",
          "mtd",
          "menclose",
          "semantics",
          "annotation");
  private static final Set<String> CELL_BLOCKS =
      Set.of(
          "p", "div", "table", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre");

  private final List<Block> blocks = new ArrayList<>();
  private final StringBuilder inline = new StringBuilder();
  private int quoteDepth;

  /**
   * @param root the article element
   * @return its blocks; an element {@link PostHeaders#mark} marked is one {@link
   *     Block.Kind#POST_HEADER} with its writer's name, its other text dropped
   */
  static List<Block> write(Element root) {
    BlockWriter writer = new BlockWriter();
    writer.container(root);
    writer.flush();
    return List.copyOf(writer.blocks);
  }

  private void container(Element element) {
    for (Node child : element.childNodes()) {
      if (child instanceof TextNode text) {
        inline.append(text.getWholeText());
      } else if (child instanceof Element e) {
        element(e);
      }
    }
  }

  private void element(Element e) {
    String tag = e.normalName();
    if (SKIPPED.contains(tag)) {
      return;
    }
    String poster = PostHeaders.writerOf(e);
    if (poster != null) {
      flush();
      add(Block.Kind.POST_HEADER, poster);
      return;
    }
    if (tag.equals("br")) {
      inline.append(' ');
      return;
    }
    if (isInline(tag) && !hasBlockInside(e)) {
      appendText(e, inline);
      return;
    }
    flush();
    switch (tag) {
      case "h1", "h2", "h3", "h4", "h5", "h6" -> add(Block.Kind.HEADING, text(e));
      case "p" -> add(quoteDepth > 0 ? Block.Kind.QUOTE : Block.Kind.PARAGRAPH, text(e));
      case "ul", "ol" -> list(e);
      case "li" -> listItem(e);
      case "pre" -> preformatted(e.wholeText());
      case "table" -> table(e);
      case "blockquote" -> {
        quoteDepth++;
        container(e);
        flush();
        quoteDepth--;
      }
      default -> container(e);
    }
    flush();
  }

  /**
   * Text kept in a {@code pre} is split at blank lines, so a page of plain text keeps paragraphs.
   */
  private void preformatted(String text) {
    for (String part : text.split("\\n[ \\t]*\\n")) {
      add(Block.Kind.PREFORMATTED, part);
    }
  }

  private void list(Element list) {
    for (Element child : list.children()) {
      if (child.nameIs("li")) {
        listItem(child);
      } else {
        element(child);
      }
    }
  }

  /** A list item's own text; nested lists follow as their own items. */
  private void listItem(Element li) {
    Element own = li.clone();
    own.select("ul, ol").remove();
    if (hasBlockInside(own) && !own.select("p, div").isEmpty() && own.select("p").size() > 1) {
      // an item with several paragraphs keeps them apart
      container(own);
      flush();
    } else {
      add(Block.Kind.LIST_ITEM, text(own));
    }
    for (Element nested : li.select("> ul, > ol, > div > ul, > div > ol")) {
      list(nested);
    }
  }

  private void table(Element table) {
    boolean layout = false;
    for (Element cell : table.select("td, th")) {
      for (Element child : cell.children()) {
        if (CELL_BLOCKS.contains(child.normalName())) {
          layout = true;
        }
      }
    }
    for (Element row : table.select("tr")) {
      if (row.closest("table") != table) {
        continue;
      }
      if (layout) {
        for (Element cell : row.children()) {
          container(cell);
          flush();
        }
        continue;
      }
      List<String> cells = new ArrayList<>();
      for (Element cell : row.children()) {
        String text = text(cell);
        if (!text.isEmpty()) {
          cells.add(text);
        }
      }
      add(Block.Kind.TABLE_ROW, String.join(" | ", cells));
    }
    Element caption = table.selectFirst("> caption");
    if (caption != null) {
      add(Block.Kind.PARAGRAPH, text(caption));
    }
  }

  /** Phrasing elements, MathML and custom elements (a hyphen in the name) run inside text. */
  private static boolean isInline(String tag) {
    return INLINE.contains(tag) || MATHML.contains(tag) || tag.indexOf('-') > 0;
  }

  private static boolean hasBlockInside(Element e) {
    for (Element child : e.children()) {
      String tag = child.normalName();
      if (!isInline(tag) && !tag.equals("br") && !SKIPPED.contains(tag)) {
        return true;
      }
      if (hasBlockInside(child)) {
        return true;
      }
    }
    return false;
  }

  private void flush() {
    if (inline.isEmpty()) {
      return;
    }
    add(quoteDepth > 0 ? Block.Kind.QUOTE : Block.Kind.PARAGRAPH, inline.toString());
    inline.setLength(0);
  }

  private void add(Block.Kind kind, String raw) {
    String text = Whitespace.normalise(raw);
    if (!text.isEmpty()) {
      blocks.add(new Block(kind, text));
    }
  }

  private static String text(Element e) {
    StringBuilder text = new StringBuilder();
    appendText(e, text);
    return text.toString();
  }

  /** Text with a space for each line break and around block children, so words never fuse. */
  private static void appendText(Element e, StringBuilder text) {
    for (Node child : e.childNodes()) {
      if (child instanceof TextNode t) {
        text.append(t.getWholeText());
      } else if (child instanceof Element c) {
        String tag = c.normalName();
        if (SKIPPED.contains(tag)) {
          continue;
        }
        boolean block = !isInline(tag);
        if (block) {
          text.append(' ');
        }
        appendText(c, text);
        if (block) {
          text.append(' ');
        }
      }
    }
  }
}
