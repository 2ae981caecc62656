package dev.pincite.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Reads an HTML page's metadata from the best evidence it has, in order of trust: JSON-LD
 * (schema.org article types, also inside {@code @graph}; read by {@link JsonLdNodes}), Open Graph
 * and {@code article:} meta tags, Dublin Core / {@code name=author} / {@code parsely-*} meta tags,
 * {@code <time datetime>}, and finally the {@code <title>} without its " | Site" suffix. The title
 * is the page's visible headline when an {@code <h1>} agrees with the declared title ({@link
 * Headline}); the declared one is kept beside it. The author the tags name comes from {@link
 * AuthorFinder#tagged}, which also finds the byline the page shows. A field the page does not give
 * is null. Thread safe.
 */
final class MetadataExtractor {

  /** A schema.org type (or microdata item type) of a person. */
  private static final Pattern PERSON_TYPE = Pattern.compile("(^|/)Person$");

  private static final Pattern PROPERTY_KEY =
      Pattern.compile(
          "^\\s*(dc|dcterm|dcterms|og|article|twitter)\\s*:\\s*"
              + "(author|creator|published_time|title|site_name|url|locale)\\s*$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern NAME_KEY =
      Pattern.compile(
          "^\\s*(?:(dc|dcterm|dcterms|og|twitter|parsely|sailthru|weibo:(?:article|webpage))"
              + "\\s*[-.:]\\s*)?(author|creator|pub-date|date|title|site_name|published_time"
              + "|language|publisher)\\s*$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern UPDATED =
      Pattern.compile("^(last )?(updated|modified|edited)\\b", Pattern.CASE_INSENSITIVE);
  // what separates a date from the words beside it on one line ("Site • 02.02.2022")
  // or from the byline after it ("Posted on September 21, 2020 by Jane Doe")
  private static final Pattern LINE_PARTS =
      Pattern.compile(
          "\\s+[|•·–—]\\s+|\\s+-\\s+|" + BylineCues.STANDARD.linePart().pattern(),
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** How many runs of text after the headline are the article's header, where its date is. */
  private static final int HEADER_TEXT_NODES = 60;

  private static final Pattern TITLE_SEPARATOR = Pattern.compile(" [|\\-–—\\\\/>»] ");
  private static final Pattern HIERARCHICAL_SEPARATOR = Pattern.compile(" [\\\\/>»] ");
  private static final Pattern LAST_PART = Pattern.compile("(.*)[|\\-–—\\\\/>»] .*");
  private static final Pattern FIRST_PART = Pattern.compile("[^|\\-–—\\\\/>»]*[|\\-–—\\\\/>»](.*)");
  private static final Pattern SUFFIX_START = Pattern.compile("^\\s+([|\\-–—:·»/]|::)\\s+\\S.*");
  private static final Pattern PREFIX_END = Pattern.compile(".*\\S\\s+([|\\-–—·»/]|::)\\s+$");
  // the separators between a <title>'s parts; a colon is left out, as titles have their own
  private static final Pattern TITLE_PARTS = Pattern.compile("\\s+[|\\-–—·»/]\\s+|\\s*[|｜]\\s*");
  private static final Pattern LANGUAGE_TAG =
      Pattern.compile("[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*");

  /**
   * @param doc the parsed page
   * @return its metadata and declared title
   */
  Found extract(Document doc) {
    List<JsonNode> blocks = JsonLdNodes.blocks(doc);
    JsonLd ld = jsonLd(doc, blocks);
    Map<String, String> meta = metaTags(doc);
    // Dublin Core's publisher last: a regulator's or a council's page may name its issuer only
    // there, its logo and its footer
    String site =
        first(
            ld.site,
            meta.get("og:site_name"),
            meta.get("application-name"),
            meta.get("dc:publisher"),
            meta.get("dcterm:publisher"));
    String[] declared = {
      ld.title,
      meta.get("dc:title"),
      meta.get("dcterm:title"),
      meta.get("og:title"),
      meta.get("weibo:article:title"),
      meta.get("weibo:webpage:title"),
      meta.get("title"),
      meta.get("twitter:title"),
      meta.get("parsely-title")
    };
    String declaredTitle = withoutDeclaredAffixes(first(declared), declared);
    String pageTitle = pageTitle(doc);
    // a title the page declares is taken as declared; only <title> carries the site's name
    String asDeclared = declaredTitle == null ? titleFromTitleTag(doc, site) : declaredTitle;
    String title = title(doc, site, declaredTitle, first(declared), pageTitle, asDeclared);
    String published =
        Dates.toIso(
            first(
                ld.published,
                meta.get("article:published_time"),
                meta.get("og:published_time"),
                meta.get("parsely-pub-date"),
                meta.get("sailthru.date"),
                meta.get("dc:date"),
                meta.get("dcterm:date"),
                meta.get("date"),
                timeElement(doc),
                ld.pagePublished));
    String url = first(canonical(doc), meta.get("og:url"), ld.url);
    AuthorFinder.TaggedAuthor author = AuthorFinder.tagged(doc, blocks, meta, site, url);
    return new Found(
        new DocumentMetadata(title, author.byline(), site, published, url, language(doc, meta)),
        asDeclared,
        author.signedBySite());
  }

  /**
   * The article's own title, the first of: the declared title (without the site's name) when a
   * heading shows it as it is; the visible headline ({@link Headline}); the declared title without
   * the site's name; the part of the {@code <title>} that a heading shows; the {@code <title>} as
   * read by {@link #titleFromTitleTag}. Two sources that agree word for word beat one, and the
   * declared titles are compared with the headline without the site's name, so that a heading that
   * is one word of the site's name ("Opinion" of "Analyse Opinion Critique") never agrees with
   * them.
   */
  private static String title(
      Document doc,
      String site,
      String declaredTitle,
      String firstDeclared,
      String pageTitle,
      String asDeclared) {
    String declaredWithoutSite = declaredTitle == null ? null : withoutSite(declaredTitle, site);
    List<String> compared = new ArrayList<>();
    for (String candidate : new String[] {declaredTitle, firstDeclared, pageTitle}) {
      compared.add(candidate == null ? null : withoutSite(candidate, site));
    }
    String shownDeclared =
        declaredWithoutSite == null ? null : shownAsHeading(doc, List.of(declaredWithoutSite));
    if (shownDeclared != null) {
      return shownDeclared;
    }
    String headline = Headline.find(doc, site, compared);
    if (headline != null) {
      return headline;
    }
    if (declaredWithoutSite != null) {
      return declaredWithoutSite;
    }
    String shownPart = pageTitle == null ? null : shownAsHeading(doc, titleParts(pageTitle, site));
    return shownPart != null ? shownPart : asDeclared;
  }

  /**
   * The longest of the candidates that a heading ({@code h1} to {@code h3}) shows as its whole
   * text, or null: a title the page declares and also shows is the article's, whatever its other
   * headings say (a breadcrumb set as {@code h1}, a blog's name). A heading of a list of other
   * articles ({@link #isTeaser}) does not count, nor one of a single word.
   */
  private static String shownAsHeading(Document doc, List<String> candidates) {
    if (candidates.isEmpty() || doc.body() == null) {
      return null;
    }
    String best = null;
    for (Element heading : doc.body().select("h1, h2, h3")) {
      String text = Whitespace.normalise(heading.text());
      if (wordCount(text) < 2 || (best != null && text.length() <= best.length())) {
        continue;
      }
      for (String candidate : candidates) {
        if (candidate != null
            && text.equals(Whitespace.normalise(candidate))
            && !isTeaser(heading)) {
          best = text;
          break;
        }
      }
    }
    return best;
  }

  /**
   * Whether a heading is one of a list of other articles' titles: another heading of its kind and
   * class (a slider's, a "related" list's) says something else.
   */
  private static boolean isTeaser(Element heading) {
    String className = heading.className().strip();
    if (className.isEmpty()) {
      return false;
    }
    String text = heading.text();
    for (Element other : heading.ownerDocument().getElementsByTag(heading.tagName())) {
      if (other != heading
          && other.className().strip().equals(className)
          && !other.text().equals(text)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A {@code <title>}'s parts between its separators (" | ", " » ", " - "), the site's left out.
   */
  private static List<String> titleParts(String pageTitle, String site) {
    List<String> parts = new ArrayList<>();
    for (String part : TITLE_PARTS.split(pageTitle)) {
      String stripped = part.strip();
      if (!stripped.isEmpty()
          && !stripped.equals(pageTitle.strip())
          && !stripped.equalsIgnoreCase(site)) {
        parts.add(stripped);
      }
    }
    return parts;
  }

  /**
   * The page's {@code <title>}: the one in its head, else the first outside an SVG or MathML
   * drawing, where a parser puts it when text comes before it (a PHP warning printed above the
   * page's {@code <head>}).
   *
   * @param doc the page
   * @return the title's text, or null when the page has none
   */
  static String pageTitle(Document doc) {
    String inHead = Whitespace.orNull(doc.title());
    if (inHead != null) {
      return inHead;
    }
    for (Element title : doc.select("title")) {
      if (title.closest("svg, math") == null) {
        return Whitespace.orNull(Whitespace.normalise(title.text()));
      }
    }
    return null;
  }

  /**
   * What a page's tags say.
   *
   * @param metadata the fields; the title is the article's headline
   * @param declaredTitle the title as the page declares it, a site's name in it included, or null
   * @param signedBySite an organisation the tags name as the author ({@link
   *     AuthorFinder.TaggedAuthor#signedBySite}), or null
   */
  record Found(DocumentMetadata metadata, String declaredTitle, String signedBySite) {}

  // ---- JSON-LD -----------------------------------------------------------------------------

  private static final class JsonLd {
    String title;
    String site;
    String published;
    String pagePublished;
    String url;
  }

  /** The first {@code datePublished} of any node, for a page with no article node. */
  private static String firstDatePublished(JsonNode node) {
    return JsonLdNodes.first(node, n -> JsonLdNodes.text(n.get("datePublished")));
  }

  /**
   * What the page's schema.org data says about the people in it: the {@code description} of every
   * {@code Person} in its JSON-LD (at any depth) and in its microdata, whitespace-normalised. Shown
   * on the page, such a description is an author's biography, not the article.
   *
   * @param doc the parsed page
   * @return the descriptions of at least {@code minChars} characters
   */
  static Set<String> personDescriptions(Document doc, int minChars) {
    Set<String> descriptions = new HashSet<>();
    for (JsonNode root : JsonLdNodes.blocks(doc)) {
      collectPersonDescriptions(root, descriptions, minChars);
    }
    for (Element description : doc.select("[itemprop=description]")) {
      Element scope =
          description.parent() == null ? null : description.parent().closest("[itemscope]");
      if (scope != null && PERSON_TYPE.matcher(scope.attr("itemtype")).find()) {
        addDescription(description.text(), descriptions, minChars);
      }
    }
    return descriptions;
  }

  private static void collectPersonDescriptions(
      JsonNode node, Set<String> descriptions, int minChars) {
    if (node == null) {
      return;
    }
    if (node.isArray()) {
      node.forEach(item -> collectPersonDescriptions(item, descriptions, minChars));
      return;
    }
    if (!node.isObject()) {
      return;
    }
    JsonNode type = node.get("@type");
    boolean person = false;
    if (type != null) {
      for (JsonNode t : type.isArray() ? type : List.of(type)) {
        person |= PERSON_TYPE.matcher(t.asText()).find();
      }
    }
    JsonNode description = node.get("description");
    if (person && description != null && description.isTextual()) {
      addDescription(description.asText(), descriptions, minChars);
    }
    node.forEach(value -> collectPersonDescriptions(value, descriptions, minChars));
  }

  private static void addDescription(String text, Set<String> descriptions, int minChars) {
    String description = Whitespace.normalise(text);
    if (description.length() >= minChars) {
      descriptions.add(description);
    }
  }

  private static JsonLd jsonLd(Document doc, List<JsonNode> blocks) {
    JsonLd ld = new JsonLd();
    for (JsonNode root : blocks) {
      JsonNode article = JsonLdNodes.findArticle(root);
      if (article == null) {
        // a page typed WebPage or ItemPage still says when it was published
        ld.pagePublished = first(ld.pagePublished, firstDatePublished(root));
        continue;
      }
      // in a @graph the author and publisher are often references to nodes beside the article
      Map<String, JsonNode> ids = new HashMap<>();
      JsonLdNodes.collectIds(root, ids);
      ld.site = JsonLdNodes.names(JsonLdNodes.resolve(article.get("publisher"), ids));
      String name = JsonLdNodes.text(article.get("name"));
      // a "name" that is the publisher's is the site, not the article
      if (name != null && name.equalsIgnoreCase(ld.site)) {
        name = null;
      }
      ld.title = nameOrHeadline(name, JsonLdNodes.text(article.get("headline")), pageTitle(doc));
      ld.published = JsonLdNodes.text(article.get("datePublished"));
      ld.url =
          first(
              JsonLdNodes.text(article.get("url")),
              JsonLdNodes.text(article.path("mainEntityOfPage").get("@id")));
      return ld;
    }
    return ld;
  }

  /** The name, unless only the headline resembles the page's {@code <title>}. */
  private static String nameOrHeadline(String name, String headline, String pageTitle) {
    if (name == null || headline == null || name.equals(headline)) {
      return name != null ? name : headline;
    }
    boolean nameMatches = similarity(name, pageTitle) > 0.75;
    boolean headlineMatches = similarity(headline, pageTitle) > 0.75;
    return headlineMatches && !nameMatches ? headline : name;
  }

  /** The share of b's text made of words that a also has: 1 when every word of b is in a. */
  static double similarity(String a, String b) {
    List<String> wordsA = words(a);
    List<String> wordsB = words(b);
    if (wordsB.isEmpty()) {
      return 0;
    }
    String unique = String.join(" ", wordsB.stream().filter(w -> !wordsA.contains(w)).toList());
    return 1 - unique.length() / (double) String.join(" ", wordsB).length();
  }

  private static List<String> words(String text) {
    return List.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).stream()
        .filter(w -> !w.isEmpty())
        .toList();
  }

  /**
   * The line outside comments and page furniture that is a written date and nothing more ("Posted
   * on March 12, 2004", "12 March 2004"), for a page whose metadata gives none: the first one in
   * the article's header (from its headline on, the heading that reads as the title or else the
   * first {@code <h1>}, over the next {@value #HEADER_TEXT_NODES} runs of text), else the nearest
   * before the headline, else the first of the page. Lists of other articles with their dates often
   * come before the article. A line that says when the page was updated is not its publication
   * date.
   *
   * @param doc the page
   * @param rules the furniture cues
   * @param title the article's title, or null
   * @param lang the page's language tag, or null
   * @return the ISO date, or null
   */
  static String dateLine(Document doc, BoilerplateRules rules, String title, String lang) {
    boolean dayFirst = writesDayFirst(lang);
    if (doc.body() == null) {
      return null;
    }
    List<TextNode> nodes = textNodes(doc);
    Element h1 = headline(doc, title);
    Set<Element> holdsHeadline = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element e = h1; e != null; e = e.parent()) {
      holdsHeadline.add(e);
    }
    int headline = -1;
    for (int i = 0; h1 != null && i < nodes.size(); i++) {
      if (nodes.get(i).hasParent() && isWithin(nodes.get(i), h1)) {
        headline = i;
        break;
      }
    }
    String first = null;
    String beforeHeadline = null;
    for (int i = 0; i < nodes.size(); i++) {
      FileTimeLimit.checkpoint();
      if (headline >= 0 && i >= headline + HEADER_TEXT_NODES && first != null) {
        break;
      }
      TextNode node = nodes.get(i);
      if (!(node.parent() instanceof Element e)) {
        continue;
      }
      String date = lineDate(node.text(), dayFirst);
      if (date == null || PageFurniture.awayFromHeadline(e, rules, holdsHeadline)) {
        continue;
      }
      if (headline < 0) {
        return date;
      }
      if (i >= headline && i < headline + HEADER_TEXT_NODES) {
        return date;
      }
      first = first == null ? date : first;
      beforeHeadline = i < headline ? date : beforeHeadline;
    }
    return beforeHeadline != null ? beforeHeadline : first;
  }

  /**
   * The heading that reads as the title ({@code h1} to {@code h3}), else the {@code <h1>} that
   * holds it after a kicker ("27.01.2022 Title"), else the page's first {@code <h1>}.
   */
  private static Element headline(Document doc, String title) {
    if (title != null) {
      for (Element heading : doc.body().select("h1, h2, h3")) {
        if (Whitespace.normalise(heading.text()).equals(title)) {
          return heading;
        }
      }
    }
    Elements h1s = doc.body().select("h1");
    for (Element h1 : h1s) {
      if (title != null && Whitespace.normalise(h1.text()).endsWith(title)) {
        return h1;
      }
    }
    return h1s.isEmpty() ? null : h1s.first();
  }

  private static boolean isWithin(TextNode node, Element ancestor) {
    for (Element e = node.parent() instanceof Element p ? p : null; e != null; e = e.parent()) {
      if (e == ancestor) {
        return true;
      }
    }
    return false;
  }

  private static List<TextNode> textNodes(Document doc) {
    return doc.body().nodeStream(TextNode.class).toList();
  }

  /** Whether a language writes a date's day before its month: all but English here. */
  private static boolean writesDayFirst(String lang) {
    if (lang == null) {
      return false;
    }
    String language = lang.toLowerCase(Locale.ROOT);
    return !language.startsWith("en")
        && !language.startsWith("zh")
        && !language.startsWith("ja")
        && !language.startsWith("ko");
  }

  private static String lineDate(String text, boolean dayFirst) {
    // cheap tests first: most text nodes are too short, too long or have no year
    if (text.length() < 8 || text.length() > 60 || !YEAR.matcher(text).find()) {
      return null;
    }
    String line = Whitespace.normalise(text);
    if (line.length() > 60 || UPDATED.matcher(line).find()) {
      return null;
    }
    String whole = line.length() > 40 ? null : Dates.lineDate(line, dayFirst);
    if (whole != null) {
      return whole;
    }
    // one part of a line "3. August 2015 · Filed under", "Site • 02.02.2022"
    for (String part : LINE_PARTS.split(line)) {
      String date = part.equals(line) ? null : Dates.lineDate(part, dayFirst);
      if (date != null) {
        return date;
      }
    }
    return null;
  }

  // ---- meta tags ---------------------------------------------------------------------------

  /** Meta tag values by key; a {@code property} tag beats a {@code name} tag, the last tag wins. */
  private static Map<String, String> metaTags(Document doc) {
    Map<String, String> byProperty = new HashMap<>();
    Map<String, String> byName = new HashMap<>();
    for (Element meta : doc.select("meta[content]")) {
      String content = Whitespace.normalise(meta.attr("content"));
      if (content.isEmpty()) {
        continue;
      }
      for (String property : meta.attr("property").split("\\s+")) {
        Matcher m = PROPERTY_KEY.matcher(property);
        if (m.matches()) {
          byProperty.put(key(m.group(1), ":", m.group(2)), content);
        }
      }
      String name = meta.attr("name").isEmpty() ? meta.attr("itemprop") : meta.attr("name");
      Matcher m = NAME_KEY.matcher(name);
      if (m.matches()) {
        byName.put(nameKey(m.group(1), m.group(2)), content);
      }
      if (meta.attr("http-equiv").equalsIgnoreCase("content-language")) {
        byName.put("content-language", content);
      }
      if (name.equalsIgnoreCase("application-name")) {
        byName.put("application-name", content);
      }
    }
    byName.forEach(byProperty::putIfAbsent);
    return byProperty;
  }

  private static String nameKey(String prefix, String name) {
    if (prefix == null) {
      return name.toLowerCase(Locale.ROOT);
    }
    String lower = prefix.toLowerCase(Locale.ROOT);
    String separator = lower.equals("parsely") ? "-" : lower.equals("sailthru") ? "." : ":";
    return key(prefix, separator, name);
  }

  private static String key(String prefix, String separator, String name) {
    return prefix.toLowerCase(Locale.ROOT).replace("dcterms", "dcterm")
        + separator
        + name.toLowerCase(Locale.ROOT);
  }

  private static String timeElement(Document doc) {
    Element published =
        doc.selectFirst(
            "[itemprop=datePublished][datetime], [itemprop=datePublished][content],"
                + " abbr[itemprop=datePublished][title]");
    if (published != null) {
      return published.hasAttr("datetime")
          ? published.attr("datetime")
          : published.hasAttr("content") ? published.attr("content") : published.attr("title");
    }
    Element time = doc.selectFirst("time[datetime]");
    return time == null ? null : time.attr("datetime");
  }

  private static String canonical(Document doc) {
    Element link = doc.selectFirst("link[rel=canonical][href]");
    if (link == null) {
      return null;
    }
    String absolute = link.absUrl("href");
    return Whitespace.orNull(absolute.isEmpty() ? link.attr("href") : absolute);
  }

  private static String language(Document doc, Map<String, String> meta) {
    Element html = doc.selectFirst("html");
    String lang =
        html == null
            ? null
            : first(Whitespace.orNull(html.attr("lang")), Whitespace.orNull(html.attr("xml:lang")));
    if (lang == null) {
      lang = first(meta.get("content-language"), meta.get("dc:language"), meta.get("language"));
    }
    if (lang == null) {
      lang = meta.get("og:locale");
    }
    return lang == null || !LANGUAGE_TAG.matcher(lang).matches() ? null : lang.replace('_', '-');
  }

  // ---- <title> -----------------------------------------------------------------------------

  /**
   * A declared title that is another declared title plus " - Publication - Site", or "Section - "
   * before it, is the other one: one source of the page's metadata carried the parts of its {@code
   * <title>}, another did not.
   */
  static String withoutDeclaredAffixes(String title, String... declared) {
    if (title == null) {
      return null;
    }
    String shortest = title;
    for (String other : declared) {
      if (other == null || other.length() >= shortest.length() || other.isBlank()) {
        continue;
      }
      boolean suffixed =
          title.startsWith(other)
              && SUFFIX_START.matcher(title.substring(other.length())).matches();
      boolean prefixed =
          title.endsWith(other)
              && PREFIX_END.matcher(title.substring(0, title.length() - other.length())).matches();
      if (suffixed || prefixed) {
        shortest = other;
      }
    }
    return shortest;
  }

  /**
   * A "Site: Title" or "Site :: Title" page title without the part before the colon, unless a page
   * heading repeats the whole title (then the colon is the title's own) or more than five words
   * come before the colon (then it is not a site's name). When fewer than three words follow the
   * last colon, the cut is made at the first.
   */
  private static String afterColon(Document doc, String title) {
    for (Element heading : doc.select("h1, h2")) {
      if (heading.text().strip().equals(title)) {
        return title;
      }
    }
    String candidate = title.substring(title.lastIndexOf(':') + 1).strip();
    if (wordCount(candidate) < 3) {
      candidate = title.substring(title.indexOf(':') + 1).strip();
    } else if (wordCount(title.substring(0, title.indexOf(':'))) > 5) {
      return title;
    }
    // four words or fewer after the colon: the colon more likely belongs to the title itself
    return wordCount(candidate) <= 4 ? title : candidate;
  }

  /**
   * The {@code <title>} without a " | Site" or " - Site" part: the site's name when known, else the
   * part after the last separator (the part before the first when that leaves under three words).
   * When four words or fewer would remain the whole title is kept, since what remains is then often
   * the site's name rather than the article's.
   */
  static String titleFromTitleTag(Document doc, String site) {
    String title = pageTitle(doc);
    if (title == null) {
      return null;
    }
    String withoutSite = withoutSite(title, site);
    if (!withoutSite.equals(title)) {
      return withoutSite;
    }
    if (!TITLE_SEPARATOR.matcher(title).find()) {
      return title.contains(": ") ? afterColon(doc, title) : title;
    }
    boolean hierarchical = HIERARCHICAL_SEPARATOR.matcher(title).find();
    String candidate = LAST_PART.matcher(title).replaceFirst("$1").strip();
    if (words(candidate).size() < 3) {
      candidate = FIRST_PART.matcher(title).replaceFirst("$1").strip();
    }
    int remaining = candidate.split("\\s+").length;
    if (remaining >= 5) {
      return candidate;
    }
    // a short remainder is still the title when what was cut is short enough to be a site name
    String cutPart = title.substring(Math.min(title.length(), candidate.length())).strip();
    int cutWords = cutPart.replaceAll("^[|\\-–—\\\\/>»]\\s*", "").split("\\s+").length;
    return !hierarchical && remaining >= 2 && cutWords <= 3 && title.startsWith(candidate)
        ? candidate
        : title;
  }

  /** A title without a leading or trailing part that is the site's name. */
  static String withoutSite(String title, String site) {
    if (site == null || title.equalsIgnoreCase(site)) {
      return title;
    }
    String quoted = Pattern.quote(site);
    String stripped =
        title
            .replaceFirst("(?i)(\\s+[|\\-–—:·»/]\\s+|\\s*[|｜]\\s*)" + quoted + "\\s*$", "")
            .replaceFirst("(?i)^\\s*" + quoted + "(\\s+[|\\-–—:·»/]\\s+|\\s*[|｜]\\s*)", "");
    return stripped.isBlank() ? title : stripped.strip();
  }

  private static int wordCount(String text) {
    String stripped = text.strip();
    return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
  }

  private static String first(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return null;
  }
}
