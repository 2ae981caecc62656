package dev.pincite.ingest;

import static dev.pincite.ingest.ElementText.countCommas;
import static dev.pincite.ingest.ElementText.innerText;
import static dev.pincite.ingest.ElementText.linkDensity;
import static dev.pincite.ingest.ElementText.similar;
import static dev.pincite.ingest.ElementText.textLength;
import static dev.pincite.ingest.ElementTree.hasAncestor;
import static dev.pincite.ingest.ElementTree.removeAll;
import static dev.pincite.ingest.ElementTree.setChildren;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;

/**
 * Finds the element that holds a page's article, in the manner of Mozilla Readability: paragraphs
 * score their ancestors by text length and commas, containers are weighted by class/id hints from
 * {@link BoilerplateRules} and penalised by link density, the best candidate is taken with its
 * related siblings, and furniture inside it (share bars, forms, link lists, ad boxes) is cleaned
 * away by {@link ArticleCleaner}. When the result is too short the search is repeated with fewer
 * cleaning rules. Not thread safe: one instance per page.
 */
final class ContentExtractor {

  /** An article shorter than this is looked for again with fewer cleaning rules. */
  private static final int MIN_ARTICLE_CHARS = 500;

  private static final int TOP_CANDIDATES = 5;

  private static final Set<String> TAGS_TO_SCORE =
      Set.of("section", "h2", "h3", "h4", "h5", "h6", "p", "td", "pre");
  private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");
  private static final Set<String> WITHOUT_CONTENT_TAGS =
      Set.of("div", "section", "header", "h1", "h2", "h3", "h4", "h5", "h6");
  private static final Set<String> DIV_TO_P_BLOCKS =
      Set.of("blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul");
  private static final Set<String> UNLIKELY_ROLES =
      Set.of("menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog");
  private static final Set<String> PHRASING =
      Set.of(
          "abbr",
          "audio",
          "b",
          "bdo",
          "br",
          "button",
          "cite",
          "code",
          "data",
          "datalist",
          "dfn",
          "em",
          "embed",
          "i",
          "img",
          "input",
          "kbd",
          "label",
          "mark",
          "math",
          "meter",
          "noscript",
          "object",
          "output",
          "progress",
          "q",
          "ruby",
          "samp",
          "script",
          "select",
          "small",
          "span",
          "strong",
          "sub",
          "sup",
          "textarea",
          "time",
          "var",
          "wbr",
          "a",
          "font",
          "u",
          "s",
          "strike",
          "del",
          "ins",
          "big",
          "tt");

  private static final Pattern SENTENCE_END = Pattern.compile("\\.( |$)");
  private static final Pattern HIDDEN_STYLE =
      Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden");

  private final BoilerplateRules rules;
  private final Map<Element, Double> scores = new IdentityHashMap<>();
  private final Map<Element, Boolean> stories = new IdentityHashMap<>();
  private String byline;
  private boolean bylineRemoved;

  ContentExtractor(BoilerplateRules rules) {
    this.rules = rules;
  }

  /** The result: the article element (null when none) and a byline seen in the page, if any. */
  record Result(Element article, String byline) {}

  /**
   * @param page the parsed page; not modified
   * @param title the article's title, to drop a heading that repeats it
   * @return the article
   */
  Result extract(Document page, String title) {
    List<Flags> attempts =
        List.of(
            new Flags(true, true, true),
            new Flags(false, true, true),
            new Flags(false, false, true),
            new Flags(false, false, false));
    Element best = null;
    int bestLength = -1;
    for (Flags flags : attempts) {
      scores.clear();
      stories.clear();
      bylineRemoved = false;
      Document doc = page.clone();
      Element article = grab(doc, flags, title);
      if (article != null) {
        addDeclaredStandfirst(page, article, title);
      }
      int length = article == null ? 0 : textLength(article);
      if (length >= MIN_ARTICLE_CHARS) {
        return new Result(article, byline);
      }
      if (length > bestLength) {
        best = article;
        bestLength = length;
      }
    }
    return new Result(bestLength > 0 ? best : null, byline);
  }

  private record Flags(boolean stripUnlikely, boolean weightClasses, boolean cleanConditionally) {}

  private Element grab(Document doc, Flags flags, String title) {
    Element body = doc.body();
    if (body == null) {
      return null;
    }
    prepare(doc);
    List<Element> toScore = collectScorable(body, flags);
    List<Element> candidates = scoreParagraphs(toScore, flags);
    Element top = pickTop(candidates, body, flags);
    Element lead = lead(body, top, title);
    Element article = gatherSiblings(top, doc);
    if (lead != null && !hasAncestor(lead, article)) {
      lead.remove();
      article.prependChild(lead);
    }
    new ArticleCleaner(rules, flags.weightClasses, flags.cleanConditionally).clean(article, title);
    return article;
  }

  // ---- preparation -------------------------------------------------------------------------

  /**
   * Removes what is never text; form controls stay until forms are judged by them. Ruby annotations
   * ({@code rt}, {@code rp}: the reading printed over Japanese or Chinese characters) go too: kept,
   * they would interleave the text with its own pronunciation.
   */
  private static void prepare(Document doc) {
    removeAll(
        doc.select(
            "script, style, noscript, template, link, meta, svg, canvas, iframe, object, embed,"
                + " dialog, rt, rp"));
    removeComments(doc);
    for (Element font : doc.select("font")) {
      font.tagName("span");
    }
    replaceBrRuns(doc.body());
  }

  private static void removeComments(Document doc) {
    List<Node> comments = new ArrayList<>();
    NodeTraversor.traverse(
        (node, depth) -> {
          if (node instanceof Comment) {
            comments.add(node);
          }
        },
        doc);
    removeAll(comments);
  }

  /**
   * Two or more {@code <br>} in a row end a paragraph: the phrasing content after them becomes one.
   * Each parent's children are rebuilt in one pass: moving nodes one at a time makes jsoup re-index
   * every sibling after each move, quadratic in the number of {@code <br>} (issue 18).
   */
  private static void replaceBrRuns(Element body) {
    Set<Element> parents = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Element> ordered = new ArrayList<>();
    for (Element br : body.select("br")) {
      Element parent = br.parent();
      if (parent != null && parents.add(parent)) {
        ordered.add(parent);
      }
    }
    for (Element parent : ordered) {
      replaceBrRunsIn(parent);
    }
  }

  private static void replaceBrRunsIn(Element parent) {
    List<Node> children = new ArrayList<>(parent.childNodes());
    int n = children.size();
    if (!hasBrRun(children)) {
      return;
    }
    parent.empty();
    List<Node> rebuilt = new ArrayList<>(n);
    int i = 0;
    while (i < n) {
      if (!isBrRunAt(children, i)) {
        rebuilt.add(children.get(i));
        i++;
        continue;
      }
      // the run's <br> and the blank text between them go; a paragraph takes their place
      while (i < n && isWhitespace(children.get(i))) {
        i++;
      }
      List<Node> content = new ArrayList<>();
      while (i < n && !isBrRunAt(children, i) && isPhrasing(children.get(i))) {
        content.add(children.get(i));
        i++;
      }
      while (!content.isEmpty() && isWhitespace(content.getLast())) {
        content.removeLast();
      }
      Element p = new Element("p");
      rebuilt.add(p);
      p.appendChildren(content);
    }
    parent.appendChildren(rebuilt);
    if (parent.nameIs("p")) {
      parent.tagName("div");
    }
  }

  private static boolean hasBrRun(List<Node> children) {
    for (int i = 0; i < children.size(); i++) {
      if (isBrRunAt(children, i)) {
        return true;
      }
    }
    return false;
  }

  /** A {@code <br>} followed, blank text aside, by another {@code <br>}. */
  private static boolean isBrRunAt(List<Node> children, int i) {
    if (!isBr(children.get(i))) {
      return false;
    }
    for (int j = i + 1; j < children.size(); j++) {
      Node next = children.get(j);
      if (!(next instanceof TextNode t && t.isBlank())) {
        return isBr(next);
      }
    }
    return false;
  }

  private static boolean isBr(Node node) {
    return node instanceof Element e && e.nameIs("br");
  }

  private static Node nextSignificant(Node node) {
    Node next = node.nextSibling();
    while (next instanceof TextNode t && t.isBlank()) {
      next = next.nextSibling();
    }
    return next;
  }

  private static boolean isWhitespace(Node node) {
    return (node instanceof TextNode t && t.isBlank())
        || (node instanceof Element e && e.nameIs("br"));
  }

  private static boolean isPhrasing(Node node) {
    if (node instanceof TextNode) {
      return true;
    }
    if (node instanceof Element e) {
      String tag = e.normalName();
      if (PHRASING.contains(tag)) {
        return true;
      }
      if (tag.equals("a") || tag.equals("del") || tag.equals("ins")) {
        return e.childNodes().stream().allMatch(ContentExtractor::isPhrasing);
      }
    }
    return false;
  }

  /**
   * The standfirst that a page sets under its headline, outside the container of the article's
   * text: the first paragraph or heading after the headline (the {@code <h1>} that repeats the
   * title) and before the top candidate, when it reads as a sentence with no link. Only when the
   * headline precedes the candidate and is not inside it; within {@link #MAX_LEAD_STEPS} elements.
   */
  private static Element lead(Element body, Element top, String title) {
    if (title == null) {
      return null;
    }
    Element headline = null;
    for (Element h1 : body.select("h1")) {
      if (similar(Whitespace.normalise(h1.text()), title)) {
        headline = h1;
        break;
      }
    }
    if (headline == null || hasAncestor(headline, top) || hasAncestor(top, headline)) {
      return null;
    }
    Element node = nextNode(headline, true);
    for (int steps = 0; node != null && node != top && steps < MAX_LEAD_STEPS; steps++) {
      if (hasAncestor(top, node)) {
        // the top's own container: its other children may still come before the top
        node = nextNode(node, false);
        continue;
      }
      if (LEAD_TAGS.contains(node.normalName())) {
        if (isLead(node)) {
          return node;
        }
        node = nextNode(node, true);
        continue;
      }
      node = nextNode(node, node.nameIs("figure"));
    }
    return null;
  }

  /**
   * The standfirst the page declares as its description (Open Graph, {@code <meta
   * name=description>}) and shows under its headline, put back at the top of the article when the
   * article lacks it: a header container's class or an unlikely wrapper may have hidden it from the
   * walk that finds the article. Looked for on the page as given, among the elements that follow
   * the headline; a standfirst that links elsewhere, or sits in a figure, is not taken.
   */
  private static void addDeclaredStandfirst(Document page, Element article, String title) {
    String description = declaredDescription(page);
    if (description == null || title == null || page.body() == null) {
      return;
    }
    String opening = description.substring(0, MIN_LEAD_CHARS);
    if (Whitespace.normalise(article.text()).contains(opening)) {
      return;
    }
    Element headline = null;
    for (Element h1 : page.body().select("h1")) {
      if (similar(Whitespace.normalise(h1.text()), title)) {
        headline = h1;
        break;
      }
    }
    if (headline == null) {
      return;
    }
    Element node = nextNode(headline, true);
    for (int steps = 0; node != null && steps < MAX_LEAD_STEPS; steps++) {
      String text = Whitespace.normalise(node.text());
      if (text.startsWith(opening) && text.length() <= 2 * description.length() + MIN_LEAD_CHARS) {
        if (node.selectFirst("a[href]") == null && !hasAncestor(node, "figure", -1)) {
          article.prependChild(node.clone());
        }
        return;
      }
      node = nextNode(node, false);
    }
  }

  /** The page's own summary, if it is a sentence long; a trailing ellipsis cut off. */
  private static String declaredDescription(Document page) {
    for (String selector : DESCRIPTION_TAGS) {
      Element meta = page.selectFirst(selector);
      if (meta != null) {
        String description =
            Whitespace.normalise(meta.attr("content")).replaceFirst("\\s*(\\.\\.\\.|…)$", "");
        if (description.length() >= MIN_LEAD_CHARS) {
          return description;
        }
      }
    }
    return null;
  }

  private static final List<String> DESCRIPTION_TAGS =
      List.of(
          "meta[property=og:description]",
          "meta[name=description]",
          "meta[name=twitter:description]");

  private static boolean isLead(Element element) {
    String text = innerText(element);
    return text.length() >= MIN_LEAD_CHARS
        && element.selectFirst("a") == null
        && !hasAncestor(element, "figure", -1);
  }

  private static final Set<String> LEAD_TAGS = Set.of("p", "h2", "h3", "h4");

  /** A standfirst is a sentence: a line shorter than this is a date, a byline or a label. */
  private static final int MIN_LEAD_CHARS = 60;

  /** How many elements after the headline are looked at for the standfirst. */
  private static final int MAX_LEAD_STEPS = 30;

  // ---- candidate scoring -------------------------------------------------------------------

  /**
   * Walks the page once: drops hidden, unlikely and empty containers, finds the byline, turns divs
   * of phrasing content into paragraphs, and returns what to score. Removals and replacements are
   * recorded during the walk and applied at its end, each parent rebuilt once: the walk never looks
   * back at what it passed, and jsoup re-indexes all siblings after each single removal (quadratic
   * for a parent with many dropped children, issue 18).
   */
  private List<Element> collectScorable(Element body, Flags flags) {
    List<Element> toScore = new ArrayList<>();
    Map<Node, Node> changes = new IdentityHashMap<>();
    Set<Element> withText = elementsWithText(body);
    int bodyChars = body.text().length();
    Element node = body;
    while (node != null) {
      String matchString = node.className() + " " + node.id();
      if (!isProbablyVisible(node)) {
        node = dropAndGetNext(node, changes);
        continue;
      }
      if (!bylineRemoved && isBylineElement(node, matchString)) {
        // each attempt works on a fresh copy: the byline leaves every copy, not just the first
        bylineRemoved = true;
        if (byline == null && !ShownBylines.isDateline(node)) {
          byline = ShownBylines.bylineText(node);
        }
        node = dropAndGetNext(node, changes);
        continue;
      }
      if (flags.stripUnlikely && isUnlikely(node, matchString)) {
        node = dropAndGetNext(node, changes);
        continue;
      }
      if (isFillInForm(node, bodyChars)) {
        node = dropAndGetNext(node, changes);
        continue;
      }
      String tag = node.normalName();
      if (WITHOUT_CONTENT_TAGS.contains(tag) && isWithoutContent(node, withText)) {
        node = dropAndGetNext(node, changes);
        continue;
      }
      if (TAGS_TO_SCORE.contains(tag)) {
        toScore.add(node);
      }
      if (tag.equals("div")) {
        wrapPhrasingRuns(node);
        if (hasSingleTagInside(node, "p") && linkDensity(node) < 0.25) {
          Element child = node.child(0);
          changes.put(node, child);
          node = child;
          // the paragraph takes the wrapper's place: its own class is judged like the wrapper's was
          if (flags.stripUnlikely && isUnlikely(child, child.className() + " " + child.id())) {
            node = dropAndGetNext(child, changes);
            continue;
          }
          toScore.add(node);
        } else if (!hasChildBlock(node)) {
          node.tagName("p");
          toScore.add(node);
        }
      }
      node = nextNode(node, false);
    }
    applyChanges(changes);
    return toScore;
  }

  /**
   * A form to fill in (a login, a newsletter sign-up, a comment box): it has a field to type into
   * and holds less than half of the page's text. Its labels and messages are never the article. A
   * form that wraps the whole page (as some site frameworks do) holds the article and stays.
   */
  private static boolean isFillInForm(Element node, int bodyChars) {
    return node.nameIs("form")
        && !node.select(TYPED_FIELDS).isEmpty()
        && node.text().length() * 2 < bodyChars;
  }

  private static final String TYPED_FIELDS =
      "textarea, input:not([type]), input[type=text], input[type=email], input[type=password],"
          + " input[type=search], input[type=tel]";

  private static final Node DROPPED = new Element("dropped");

  private static Element dropAndGetNext(Element node, Map<Node, Node> changes) {
    changes.put(node, DROPPED);
    return nextNode(node, true);
  }

  /** Applies the walk's removals and replacements, each parent's children rebuilt once. */
  private static void applyChanges(Map<Node, Node> changes) {
    Set<Element> parents = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Element> ordered = new ArrayList<>();
    for (Node changed : changes.keySet()) {
      if (changed.parent() instanceof Element parent
          && !changes.containsKey(parent)
          && parents.add(parent)) {
        ordered.add(parent);
      }
    }
    for (Element parent : ordered) {
      List<Node> rebuilt = new ArrayList<>(parent.childNodeSize());
      for (Node child : parent.childNodes()) {
        Node now = child;
        // a wrapper gives way to its paragraph, which may itself have been dropped
        while (now != null && changes.containsKey(now)) {
          Node next = changes.get(now);
          now = next == DROPPED ? null : next;
        }
        if (now != null) {
          rebuilt.add(now);
        }
      }
      setChildren(parent, rebuilt);
    }
  }

  /**
   * The elements with text in them, found bottom-up in one pass; asking jsoup's {@code hasText} of
   * every container instead walks each subtree again, quadratic in the nesting (issue 18).
   */
  private static Set<Element> elementsWithText(Element root) {
    Set<Element> withText = Collections.newSetFromMap(new IdentityHashMap<>());
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {}

          @Override
          public void tail(Node node, int depth) {
            boolean text =
                (node instanceof TextNode t && !t.isBlank())
                    || (node instanceof Element e && withText.contains(e));
            if (text && node.parent() instanceof Element parent) {
              withText.add(parent);
            }
          }
        },
        root);
    return withText;
  }

  private boolean isBylineElement(Element node, String matchString) {
    String rel = node.attr("rel");
    String itemprop = node.attr("itemprop");
    boolean hinted =
        rel.equals("author") || itemprop.contains("author") || rules.isByline(matchString);
    if (!hinted) {
      return false;
    }
    String text = Whitespace.normalise(node.text());
    // a commenter's name is marked as an author too, but is never the article's; nor is the
    // author of a picture, whose credit is marked as a caption too
    return !text.isEmpty()
        && text.length() < 100
        && !CommentSections.isInside(node)
        && !ShownBylines.isPictureCredit(node, rules);
  }

  private boolean isUnlikely(Element node, String matchString) {
    String tag = node.normalName();
    // a heading is text, not furniture: "header" in a heading's class names its anchor or style
    if (tag.equals("body") || tag.equals("a") || HEADINGS.contains(tag)) {
      return false;
    }
    if (UNLIKELY_ROLES.contains(node.attr("role").toLowerCase(Locale.ROOT))) {
      return true;
    }
    // a rendered formula carries its MathML: it is text whatever its class says ("…Menu…")
    return rules.isUnlikelyCandidate(matchString)
        && !hasAncestor(node, "table", 3)
        && !hasAncestor(node, "code", 3)
        && node.selectFirst("math") == null;
  }

  private static boolean isProbablyVisible(Element node) {
    if (HIDDEN_STYLE.matcher(node.attr("style")).find()) {
      return false;
    }
    if (node.hasAttr("hidden")) {
      return false;
    }
    String ariaHidden = node.attr("aria-hidden");
    // an image adds no text; hidden from screen readers it is a formula's picture or decoration
    // inside a paragraph, which stays a paragraph with it
    return !ariaHidden.equals("true") || node.nameIs("img");
  }

  /**
   * Wraps runs of phrasing content in a div that also has block children into paragraphs; the div's
   * children are rebuilt in one pass.
   */
  private static void wrapPhrasingRuns(Element div) {
    if (!hasChildBlock(div)) {
      return;
    }
    List<Node> children = new ArrayList<>(div.childNodes());
    div.empty();
    List<Node> rebuilt = new ArrayList<>(children.size());
    List<Node> run = null;
    for (Node child : children) {
      if (isPhrasing(child)) {
        if (run != null) {
          run.add(child);
        } else if (!isWhitespace(child)) {
          run = new ArrayList<>();
          run.add(child);
        } else {
          rebuilt.add(child);
        }
      } else {
        if (run != null) {
          rebuilt.add(paragraphOf(run));
          run = null;
        }
        rebuilt.add(child);
      }
    }
    if (run != null) {
      rebuilt.add(paragraphOf(run));
    }
    div.appendChildren(rebuilt);
  }

  /** A paragraph of a run of phrasing nodes, without the blank text and breaks that end it. */
  private static Element paragraphOf(List<Node> run) {
    while (!run.isEmpty() && isWhitespace(run.getLast())) {
      run.removeLast();
    }
    Element p = new Element("p");
    p.appendChildren(run);
    return p;
  }

  private static boolean hasChildBlock(Element element) {
    for (Element child : element.children()) {
      if (DIV_TO_P_BLOCKS.contains(child.normalName()) || hasChildBlock(child)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasSingleTagInside(Element element, String tag) {
    if (element.childrenSize() != 1 || !element.child(0).nameIs(tag)) {
      return false;
    }
    for (Node child : element.childNodes()) {
      if (child instanceof TextNode t && !t.isBlank()) {
        return false;
      }
    }
    return true;
  }

  private static boolean isWithoutContent(Element node, Set<Element> withText) {
    if (withText.contains(node)) {
      return false;
    }
    for (Element child : node.children()) {
      if (!child.nameIs("br") && !child.nameIs("hr")) {
        return false;
      }
    }
    return true;
  }

  private List<Element> scoreParagraphs(List<Element> toScore, Flags flags) {
    List<Element> candidates = new ArrayList<>();
    for (Element element : toScore) {
      if (element.parent() == null) {
        continue;
      }
      String text = innerText(element);
      if (text.length() < 25) {
        continue;
      }
      List<Element> ancestors = ancestors(element, 5);
      if (ancestors.isEmpty()) {
        continue;
      }
      // one point for the paragraph, one per comma-separated part, up to three for length
      double contentScore =
          1 + countCommas(text) + 1 + Math.min(Math.floor(text.length() / 100.0), 3);
      for (int level = 0; level < ancestors.size(); level++) {
        Element ancestor = ancestors.get(level);
        if (ancestor.parent() == null) {
          continue;
        }
        if (!scores.containsKey(ancestor)) {
          scores.put(ancestor, initialScore(ancestor, flags));
          candidates.add(ancestor);
        }
        double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        scores.merge(ancestor, contentScore / divider, Double::sum);
      }
    }
    for (Element candidate : candidates) {
      scores.put(candidate, scores.get(candidate) * (1 - linkDensity(candidate)));
    }
    candidates.sort((a, b) -> Double.compare(scores.get(b), scores.get(a)));
    return candidates.subList(0, Math.min(TOP_CANDIDATES, candidates.size()));
  }

  private double initialScore(Element element, Flags flags) {
    double score =
        switch (element.normalName()) {
          case "div" -> 5;
          case "pre", "td", "blockquote" -> 3;
          case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
          case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
          default -> 0;
        };
    return score + classWeight(element, flags);
  }

  private int classWeight(Element element, Flags flags) {
    return flags.weightClasses ? rules.classWeight(element) : 0;
  }

  private Element pickTop(List<Element> candidates, Element body, Flags flags) {
    Element top = candidates.isEmpty() ? null : candidates.getFirst();
    if (top == null || top.nameIs("body")) {
      Element holder = new Element("div");
      List<Node> children = new ArrayList<>(body.childNodes());
      body.empty();
      holder.appendChildren(children);
      body.appendChild(holder);
      scores.put(holder, initialScore(holder, flags));
      return holder;
    }
    top = commonAncestorOfRivals(top, candidates);
    // the rivals' common ancestor may be no candidate itself (no paragraph within five levels)
    double lastScore = scores.computeIfAbsent(top, e -> initialScore(e, flags));
    double threshold = lastScore / 3;
    Element parent = top.parent();
    while (parent != null && !parent.nameIs("body")) {
      Double parentScore = scores.get(parent);
      if (parentScore == null) {
        parent = parent.parent();
        continue;
      }
      if (parentScore < threshold) {
        break;
      }
      if (parentScore > lastScore) {
        top = parent;
        break;
      }
      lastScore = parentScore;
      parent = parent.parent();
    }
    parent = top.parent();
    while (parent != null && !parent.nameIs("body") && parent.childrenSize() == 1) {
      top = parent;
      parent = top.parent();
    }
    scores.putIfAbsent(top, initialScore(top, flags));
    return top;
  }

  /** When several strong candidates share an ancestor, the article is that ancestor. */
  private Element commonAncestorOfRivals(Element top, List<Element> candidates) {
    double topScore = scores.get(top);
    List<List<Element>> rivals = new ArrayList<>();
    for (Element candidate : candidates.subList(1, candidates.size())) {
      if (scores.get(candidate) / topScore >= 0.75) {
        rivals.add(ancestors(candidate, 0));
      }
    }
    if (rivals.size() < 3) {
      return top;
    }
    Element parent = top.parent();
    while (parent != null && !parent.nameIs("body")) {
      int containing = 0;
      for (List<Element> chain : rivals) {
        if (chain.contains(parent)) {
          containing++;
        }
      }
      if (containing >= 3) {
        return parent;
      }
      parent = parent.parent();
    }
    return top;
  }

  private Element gatherSiblings(Element candidate, Document doc) {
    Element top = partOfRepeatedParts(candidate);
    Element article = doc.createElement("div");
    double topScore = scores.getOrDefault(top, 0.0);
    double threshold = Math.max(10, topScore * 0.2);
    Element parent = top.parent();
    if (parent == null) {
      article.appendChild(top);
      return article;
    }
    List<Node> appended = new ArrayList<>();
    for (Element sibling : parent.children()) {
      boolean append = sibling == top;
      if (!append) {
        double bonus = 0;
        if (!top.className().isEmpty() && sibling.className().equals(top.className())) {
          bonus += topScore * 0.2;
        }
        Double score = scores.get(sibling);
        if (score != null && score + bonus >= threshold) {
          append = true;
        } else if (continuesTheArticle(sibling, top)) {
          append = true;
        } else if (sibling.nameIs("p")) {
          double density = linkDensity(sibling);
          String text = innerText(sibling);
          if (text.length() > 80 && density < 0.25) {
            append = true;
          } else if (text.length() < 80
              && text.length() > 0
              && density == 0
              && SENTENCE_END.matcher(text).find()) {
            append = true;
          }
        }
      }
      if (append) {
        appended.add(sibling);
      }
    }
    removeAll(appended);
    article.appendChildren(appended);
    return article;
  }

  /**
   * The top candidate, or the nearest of its ancestors (up to {@link #MAX_PART_LEVELS} levels up)
   * that has a sibling continuing it ({@link #continuesTheArticle}): a page that sets each section
   * or block of its article in a container of its own wraps the paragraphs a few levels deeper than
   * where the containers repeat, and the scoring picks the paragraphs' wrapper in one part.
   */
  private Element partOfRepeatedParts(Element top) {
    Element part = top;
    for (int level = 0; level <= MAX_PART_LEVELS; level++) {
      // each level measures the siblings' subtrees: up to the whole page near the top
      FileTimeLimit.checkpoint();
      Element parent = part.parent();
      if (parent == null || part.nameIs("body")) {
        return top;
      }
      for (Element sibling : parent.children()) {
        if (sibling != part && continuesTheArticle(sibling, part)) {
          return part;
        }
      }
      part = parent;
    }
    return top;
  }

  /** How far above the top candidate its article's repeated parts are looked for. */
  private static final int MAX_PART_LEVELS = 4;

  /**
   * Whether a sibling of the top candidate is another part of the same article: a page that splits
   * its text into sibling containers of one kind (a section per heading, a column per block of a
   * page builder) gives each the same tag and class, and only the largest wins the scoring. A
   * sibling of the top's tag and class that holds text and few links continues the article; one
   * with its own {@code <h1>}, {@code <article>} or linked heading is another article (a page of
   * several stories, a list of teasers).
   */
  private boolean continuesTheArticle(Element sibling, Element top) {
    if (top.className().isEmpty()
        || !sibling.nameIs(top.normalName())
        || !sibling.className().equals(top.className())) {
      return false;
    }
    return textLength(sibling) >= MIN_CONTINUATION_CHARS
        && linkDensity(sibling) < MAX_CONTINUATION_LINK_DENSITY
        && !holdsAStory(sibling)
        && !holdsAStory(top);
  }

  /**
   * Whether an element has a headline, article or linked heading of its own; remembered, as the top
   * is asked once per sibling of its kind and a walk of its subtree each time would be quadratic on
   * a page of many such siblings.
   */
  private boolean holdsAStory(Element element) {
    return stories.computeIfAbsent(element, e -> e.selectFirst(OTHER_ARTICLE) != null);
  }

  /** A sibling with one of these is a story of its own, not the rest of the top's. */
  private static final Evaluator OTHER_ARTICLE = QueryParser.parse("h1, article, h2 a, h3 a");

  /** A continuing sibling holds at least a short paragraph's text. */
  private static final int MIN_CONTINUATION_CHARS = 25;

  /** A continuing sibling is text with a few links, not a list of links. */
  private static final double MAX_CONTINUATION_LINK_DENSITY = 0.25;

  // ---- tree walking ----------------------------------------------------------------------

  private static List<Element> ancestors(Element element, int maxDepth) {
    List<Element> ancestors = new ArrayList<>();
    Element parent = element.parent();
    while (parent != null && !(parent instanceof Document)) {
      ancestors.add(parent);
      if (maxDepth > 0 && ancestors.size() == maxDepth) {
        break;
      }
      parent = parent.parent();
    }
    return ancestors;
  }

  private static Element nextNode(Element node, boolean ignoreChildren) {
    if (!ignoreChildren && node.childrenSize() > 0) {
      return node.child(0);
    }
    Element current = node;
    while (current != null) {
      Element sibling = current.nextElementSibling();
      if (sibling != null) {
        return sibling;
      }
      current = current.parent();
    }
    return null;
  }
}
