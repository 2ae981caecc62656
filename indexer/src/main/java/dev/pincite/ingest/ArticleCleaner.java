package dev.pincite.ingest;

import static dev.pincite.ingest.ElementText.countCommas;
import static dev.pincite.ingest.ElementText.innerText;
import static dev.pincite.ingest.ElementText.linkDensity;
import static dev.pincite.ingest.ElementText.similar;
import static dev.pincite.ingest.ElementText.textDensity;
import static dev.pincite.ingest.ElementTree.hasAncestor;
import static dev.pincite.ingest.ElementTree.removeAll;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Cleans the furniture out of the element {@link ContentExtractor} chose as a page's article, in
 * the manner of Mozilla Readability's {@code _prepArticle}: forms, share bars, asides and the
 * headings that repeat the title go; with conditional cleaning on, tables, lists and containers
 * that look like navigation, galleries or link lists go too (judged by link density, class and id
 * weight, images against paragraphs), and link lines, teasers and in-page navigation are trimmed.
 * Data tables and what they hold are kept. One instance per extraction attempt: it remembers which
 * tables of the article are data tables. Not thread safe.
 */
final class ArticleCleaner {

  // parsed once: jsoup parses a selector string again on every call
  private static final Evaluator MEDIA = QueryParser.parse("img, embed, object, iframe");

  private final BoilerplateRules rules;
  private final boolean weightClasses;
  private final boolean cleanConditionally;
  private final Map<Element, Boolean> dataTables = new IdentityHashMap<>();

  /**
   * @param rules the class, id and text cues
   * @param weightClasses whether class and id hints weigh a container (Readability's {@code
   *     FLAG_WEIGHT_CLASSES})
   * @param cleanConditionally whether containers are judged and dropped (Readability's {@code
   *     FLAG_CLEAN_CONDITIONALLY})
   */
  ArticleCleaner(BoilerplateRules rules, boolean weightClasses, boolean cleanConditionally) {
    this.rules = rules;
    this.weightClasses = weightClasses;
    this.cleanConditionally = cleanConditionally;
  }

  /** Cleans an article in place. */
  void clean(Element article, String title) {
    markDataTables(article);
    removeConditionally(article, "form");
    removeConditionally(article, "fieldset");
    // before <nav> goes: a table of contents set in one keeps its title beside it
    if (cleanConditionally) {
      removeInPageNavigation(article);
    }
    removeAll(
        article.select(
            "footer, aside, nav, link, object, embed, iframe, input, textarea, select, button"));
    removeShareElements(article);
    cleanHeaders(article, title);
    removeLinkCells(article);
    removeConditionally(article, "table");
    removeConditionally(article, "ul");
    removeConditionally(article, "ol");
    removeConditionally(article, "div");
    removeConditionally(article, "section");
    List<Element> blank = new ArrayList<>();
    for (Element p : article.select("p")) {
      if (p.selectFirst(MEDIA) == null && p.text().isBlank()) {
        blank.add(p);
      }
    }
    removeAll(blank);
    if (cleanConditionally) {
      trimLinkLines(article);
      removeLinkTeasers(article);
    }
  }

  /**
   * Drops blocks that are mostly links to places on this page or to scripts: a table of contents
   * with its title, a "jump to" or "print" button bar. They move the reader around the page or act
   * on it; they say nothing the article's text does not. Structural: where the links point, not
   * what they say.
   */
  private static void removeInPageNavigation(Element article) {
    List<Element> navigation = new ArrayList<>();
    for (Element block : article.select("div, section, p, ul, ol, table")) {
      if (block != article && !hasAncestorIn(block, navigation) && isInPageNavigation(block)) {
        navigation.add(block);
      }
    }
    removeAll(navigation);
  }

  private static boolean isInPageNavigation(Element block) {
    Elements links = block.select("a[href]");
    if (links.size() < 2) {
      return false;
    }
    int linkChars = 0;
    for (Element link : links) {
      if (toAnotherPage(link.attr("href"))) {
        return false;
      }
      linkChars += innerText(link).length();
    }
    // (linkDensity counts links within the page at a third: they are often a heading's anchor)
    return linkChars > 0.5 * innerText(block).length();
  }

  private static boolean hasAncestorIn(Element element, List<Element> containers) {
    for (Element parent = element.parent(); parent != null; parent = parent.parent()) {
      if (containers.contains(parent)) {
        return true;
      }
    }
    return false;
  }

  /** Drops the cells of a layout table that are mostly links: the menu column of an old page. */
  private void removeLinkCells(Element article) {
    if (!cleanConditionally) {
      return;
    }
    List<Element> cells = new ArrayList<>();
    for (Element cell : article.select("td")) {
      Element table = cell.closest("table");
      boolean layout = table == null || !Boolean.TRUE.equals(dataTables.get(table));
      if (layout && innerText(cell).length() < 500 && linkDensity(cell) > 0.5) {
        cells.add(cell);
      }
    }
    removeAll(cells);
  }

  /** Drops link lines at the start and at the end of the article, where navigation sits. */
  private static void trimLinkLines(Element article) {
    Elements paragraphs = article.select("p");
    List<Element> lines = new ArrayList<>();
    int first = 0;
    for (; first < paragraphs.size() && isLinkLine(paragraphs.get(first)); first++) {
      lines.add(paragraphs.get(first));
    }
    for (int i = paragraphs.size() - 1; i >= first && isLinkLine(paragraphs.get(i)); i--) {
      lines.add(paragraphs.get(i));
    }
    removeAll(lines);
  }

  /**
   * A short paragraph of several links and little else is navigation ("Home Radios Clocks",
   * "Topics: Ferries Islands"), not a sentence of the article.
   */
  private static boolean isLinkLine(Element p) {
    String text = innerText(p);
    return text.length() < 200 && p.select("a").size() >= 2 && linkDensity(p) > 0.5;
  }

  /**
   * A paragraph inside the article that is one link behind a short label ("Lea también: …", "Read
   * more: …") points to another article; it is not this one's text. Structural: one link, most of
   * the text and at its end, after a label ending in a colon, whatever the language.
   */
  private static void removeLinkTeasers(Element article) {
    List<Element> teasers = new ArrayList<>();
    for (Element p : article.select("p")) {
      FileTimeLimit.checkpoint();
      if (isLinkTeaser(p) || isLoneLink(p)) {
        teasers.add(p);
      }
    }
    for (Element list : article.select("ul, ol")) {
      FileTimeLimit.checkpoint();
      if (list.childrenSize() == 1 && isLoneLink(list.child(0))) {
        teasers.add(list);
      }
    }
    removeAll(teasers);
  }

  /** A headline-length link text: shorter is a "here" or a name, longer is a sentence. */
  private static final int MIN_LONE_LINK_CHARS = 20;

  private static final int MAX_LONE_LINK_CHARS = 200;

  /** A headline has words: an address or a URL shown as a link is the article's information. */
  private static final int MIN_LONE_LINK_WORDS = 3;

  /**
   * A paragraph, or a list of one item, that is nothing but one link to another page, set between
   * the article's paragraphs: the headline of another article ("read also" without a label). A
   * sentence of the article is never a link from its first word to its last. Left alone: a link to
   * a place on this page (a table of contents), to an e-mail address or a phone, and a link whose
   * text is an address or a URL rather than words.
   */
  private static boolean isLoneLink(Element block) {
    Elements links = block.select("a[href]");
    if (links.size() != 1 || !toAnotherPage(links.getFirst().attr("href"))) {
      return false;
    }
    String text = innerText(block);
    return text.length() >= MIN_LONE_LINK_CHARS
        && text.length() <= MAX_LONE_LINK_CHARS
        && text.split("\\s+").length >= MIN_LONE_LINK_WORDS
        && text.equals(innerText(links.getFirst()))
        && block.selectFirst(MEDIA) == null;
  }

  private static boolean toAnotherPage(String href) {
    String scheme = href.strip().toLowerCase(Locale.ROOT);
    return !scheme.startsWith("#")
        && !scheme.startsWith("mailto:")
        && !scheme.startsWith("tel:")
        && !scheme.startsWith("javascript:");
  }

  private static boolean isLinkTeaser(Element p) {
    Elements links = p.select("a");
    if (links.size() != 1) {
      return false;
    }
    String text = innerText(p);
    String link = innerText(links.getFirst());
    if (text.length() >= 300 || link.length() < 10 || link.length() < text.length() * 0.5) {
      return false;
    }
    // the label leads and the link ends the paragraph: "… as follows: <a>…</a>" ends a sentence
    if (!text.endsWith(link)) {
      return false;
    }
    String label = text.substring(0, text.length() - link.length()).strip();
    return !label.isEmpty() && label.length() <= 30 && label.endsWith(":");
  }

  private void removeShareElements(Element article) {
    for (Element child : article.children()) {
      for (Element element : child.select("*")) {
        String matchString = element.className() + " " + element.id();
        if (rules.isShare(matchString)
            && element.text().length() < 500
            && element.parent() != null) {
          element.remove();
        }
      }
    }
  }

  private void cleanHeaders(Element article, String title) {
    for (Element heading : article.select("h1, h2")) {
      boolean negative = classWeight(heading) < 0;
      boolean duplicatesTitle =
          title != null && similar(Whitespace.normalise(heading.text()), title);
      if (negative || duplicatesTitle) {
        heading.remove();
      }
    }
  }

  private void markDataTables(Element root) {
    for (Element table : root.select("table")) {
      dataTables.put(table, isDataTable(table));
    }
  }

  private static boolean isDataTable(Element table) {
    if (table.attr("role").equals("presentation") || table.attr("datatable").equals("0")) {
      return false;
    }
    if (!table.attr("summary").isEmpty()) {
      return true;
    }
    Element caption = table.selectFirst("> caption");
    if (caption != null && !caption.text().isBlank()) {
      return true;
    }
    if (!table.select("col, colgroup, tfoot, thead, th").isEmpty()) {
      return true;
    }
    if (!table.select("table table").isEmpty() || table.select("table").size() > 1) {
      return false;
    }
    Elements rows = table.select("tr");
    int columns = 0;
    for (Element row : rows) {
      int cells = 0;
      for (Element cell : row.select("> td")) {
        String span = cell.attr("colspan");
        cells += span.matches("\\d+") ? Integer.parseInt(span) : 1;
      }
      columns = Math.max(columns, cells);
    }
    if (rows.size() >= 10 || columns > 4) {
      return true;
    }
    return rows.size() * columns > 10;
  }

  private void removeConditionally(Element root, String tag) {
    if (!cleanConditionally) {
      return;
    }
    Elements elements = root.select(tag);
    for (int i = elements.size() - 1; i >= 0; i--) {
      Element node = elements.get(i);
      if (node.parent() == null || node == root) {
        continue;
      }
      if (shouldRemove(node, tag)) {
        node.remove();
      }
    }
  }

  private boolean shouldRemove(Element node, String tag) {
    boolean isList = tag.equals("ul") || tag.equals("ol");
    if (!isList) {
      int listLength = 0;
      for (Element list : node.select("ul, ol")) {
        listLength += innerText(list).length();
      }
      int total = innerText(node).length();
      isList = total > 0 && listLength / (double) total > 0.9;
    }
    if (tag.equals("table") && Boolean.TRUE.equals(dataTables.get(node))) {
      return false;
    }
    if (hasDataTableAncestor(node) || hasAncestor(node, "code", -1)) {
      return false;
    }
    if (!node.select("table").isEmpty()
        && node.select("table").stream().anyMatch(t -> Boolean.TRUE.equals(dataTables.get(t)))) {
      return false;
    }
    int weight = classWeight(node);
    if (weight < 0) {
      return true;
    }
    String text = innerText(node);
    if (countCommas(text) >= 10) {
      return false;
    }
    int p = node.select("p").size();
    int img = node.select("img").size();
    int li = node.select("li").size() - 100;
    int input = node.select("input").size();
    double headingDensity = textDensity(node, "h1, h2, h3, h4, h5, h6");
    int embeds = node.select("object, embed, iframe").size();
    double linkDensity = linkDensity(node);
    int contentLength = text.length();
    boolean inFigure = hasAncestor(node, "figure", 3);
    if (rules.isAdLabel(text)) {
      return true;
    }
    // pictures set in figures with their captions illustrate the text around them; only loose
    // images outnumbering the paragraphs make a gallery or a block of thumbnails
    int looseImages = img - node.select("figure img").size();
    if (!inFigure && looseImages > 1 && p / (double) looseImages < 0.5) {
      return true;
    }
    if (!isList && li > p) {
      return true;
    }
    if (input > Math.floor(p / 3.0)) {
      return true;
    }
    if (!isList
        && !inFigure
        && headingDensity < 0.9
        && contentLength < 25
        && (img == 0 || img > 2)
        && linkDensity > 0) {
      return true;
    }
    if (!isList && weight < 25 && linkDensity > 0.2) {
      return true;
    }
    if (weight >= 25 && linkDensity > 0.5) {
      return true;
    }
    return (embeds == 1 && contentLength < 75) || embeds > 1;
  }

  private boolean hasDataTableAncestor(Element node) {
    for (Element parent = node.parent(); parent != null; parent = parent.parent()) {
      if (parent.nameIs("table") && Boolean.TRUE.equals(dataTables.get(parent))) {
        return true;
      }
    }
    return false;
  }

  private int classWeight(Element element) {
    return weightClasses ? rules.classWeight(element) : 0;
  }
}
