package dev.pincite.ingest;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;

/**
 * Reads an HTML page's metadata from the best evidence it has, in order of trust: JSON-LD
 * (schema.org article types, also inside {@code @graph}), Open Graph and {@code article:} meta
 * tags, Dublin Core / {@code name=author} / {@code parsely-*} meta tags, {@code <time datetime>},
 * and finally the {@code <title>} without its " | Site" suffix. The title is the page's visible
 * headline when an {@code <h1>} agrees with the declared title ({@link Headline}); the declared one
 * is kept beside it. The visible byline is found by {@link ContentExtractor} and the element and
 * line finders here, and cleaned by {@link #person} with the words of {@link BylineCues}. A field
 * the page does not give is null. Thread safe.
 */
final class MetadataExtractor {

  /**
   * What joins the names of a list of authors (JSON-LD's): a semicolon, as trafilatura's benchmark
   * writes several authors and as a name may itself hold a comma ("Doe, Jane").
   */
  private static final String AUTHORS_SEPARATOR = "; ";

  /** A schema.org type (or microdata item type) of a person. */
  private static final Pattern PERSON_TYPE = Pattern.compile("(^|/)Person$");

  private static final JsonMapper JSON =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
          .build();

  // what wraps a JSON-LD block's data in some pages: CDATA and HTML comment markers
  private static final Pattern JSON_LD_WRAPPER =
      Pattern.compile("^\\s*(<!\\[CDATA\\[|<!--)|(\\]\\]>|-->)\\s*$");

  private static final Pattern ARTICLE_TYPES =
      Pattern.compile(
          "^(Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle"
              + "|BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle"
              + "|Report|SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle"
              + "|SocialMediaPosting|BlogPosting|LiveBlogPosting|DiscussionForumPosting"
              + "|TechArticle|APIReference)$");
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
  private static final Pattern URL_LIKE =
      Pattern.compile("^(https?:)?//|^www\\.", Pattern.CASE_INSENSITIVE);
  // an absolute or root-relative address: its host (group 1, when it has one) and path (group 2)
  private static final Pattern ADDRESS =
      Pattern.compile("(?i)(?:(?:https?:)?//([^/?#\\s]+))?(/[^?#\\s]*)(?:[?#].*)?");
  private static final Pattern LEADING_SEPARATORS = Pattern.compile("^[|•·:,;/\\-–—\\s]+");
  // where a byline's names end: a digit (dates, times), a handle, a separator (the words that
  // date a line, "Updated", "Veröffentlicht", are BylineCues.dated)
  private static final Pattern BYLINE_END =
      Pattern.compile(
          "\\d|@|\\s[|•·]|\\s[-–—]\\s|\\((?!\\p{Lu})"
              // ", Datum: …": a label after a comma starts the line's next field
              + "|,\\s*\\p{L}+\\s*:"
              + "|\\s(on|at)\\s"
              + "|\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d",
          Pattern.CASE_INSENSITIVE);
  // "Jane Doe, Senior Games Editor": a job title after the name is not part of it
  private static final Pattern TRAILING_ROLE =
      Pattern.compile(
          "[\\s,]+((senior|chief|contributing|staff|deputy|associate|managing|executive|assistant"
              + "|political|technology|tech|games|science|business|health|sports|news|foreign"
              + "|national|international|special|investigative|data|video|photo|features?)\\s+){0,2}"
              + "(editor|writer|reporter|correspondent|contributor|columnist|producer|journalist"
              + "|photographer)s?$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern NOT_A_PERSON =
      Pattern.compile(
          "^(staff|editors?|editorial( team| staff| board)?|admin|administrator"
              + "|the .*(staff|team|editors|desk)|.*\\bstaff( writer| reporter)?s?|news ?desk"
              + "|wire|unknown|anonymous|guest|no author|about the author)$",
          Pattern.CASE_INSENSITIVE);
  // a user name: one word in lower case, or with an underscore
  private static final Pattern HANDLE = Pattern.compile("[\\p{Ll}\\d._-]+|\\S+_\\S+");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final Pattern UPDATED =
      Pattern.compile("^(last )?(updated|modified|edited)\\b", Pattern.CASE_INSENSITIVE);
  // the class or id of where an article writes its date and byline: a meta line, its header
  private static final Pattern ARTICLE_META_PLACE =
      Pattern.compile("meta|date|time|head|info|byline|author", Pattern.CASE_INSENSITIVE);
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
    List<JsonNode> blocks = jsonLdBlocks(doc);
    JsonLd ld = jsonLd(doc, blocks);
    Map<String, String> meta = metaTags(doc);
    String site = first(ld.site, meta.get("og:site_name"), meta.get("application-name"));
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
    // a schema.org Person is a person even on a one-person site named after its author; an
    // author typed Organization is the publisher's desk, after any person the tags name
    LdAuthor ldAuthor = jsonLdAuthor(blocks);
    String byline =
        firstPerson(
            site,
            ldAuthor.isPerson() ? ldAuthor.names() : null,
            ldAuthor.isOrganisation() ? null : ldAuthor.names(),
            meta.get("dc:creator"),
            meta.get("dcterm:creator"),
            // a page that names its publisher as its author has no author in its tags
            unlessPublisher(meta.get("author"), meta.get("publisher")),
            meta.get("parsely-author"),
            meta.get("sailthru.author"),
            nameOfProfile(doc, meta.get("article:author")),
            labelledAuthor(doc),
            ldAuthor.names());
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
    // an organisation that signs the page in its tags: the author of a page that shows no other
    String signedBySite = null;
    for (String tag :
        new String[] {
          ldAuthor.names(), meta.get("dc:creator"), meta.get("author"), meta.get("parsely-author")
        }) {
      String named = person(tag, null);
      if (signedBySite == null && named != null && person(tag, site) == null) {
        signedBySite = named;
      }
      if (signedBySite == null && named != null && named.equalsIgnoreCase(meta.get("publisher"))) {
        signedBySite = named;
      }
    }
    return new Found(
        new DocumentMetadata(title, byline, site, published, url, language(doc, meta)),
        asDeclared,
        signedBySite);
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
   */
  record Found(DocumentMetadata metadata, String declaredTitle, String signedBySite) {}

  // ---- people ------------------------------------------------------------------------------

  private static String firstPerson(String site, String personTyped, String... candidates) {
    String typed = person(personTyped, null);
    if (typed != null) {
      return typed;
    }
    for (String candidate : candidates) {
      String person = person(candidate, site);
      if (person != null) {
        return person;
      }
    }
    return null;
  }

  /**
   * A byline's text as people's names: without a leading "By", cut where a date, a time, a handle
   * or a separator starts.
   *
   * @param raw a byline as written, or null
   * @param site the site's name, or null
   * @return the names, or null when nothing person-like remains (empty, a URL, "Staff", the site)
   */
  static String person(String raw, String site) {
    String text = Whitespace.normalise(raw);
    if (text.isEmpty() || URL_LIKE.matcher(text).find()) {
      return null;
    }
    Matcher inner = BylineCues.STANDARD.innerBy().matcher(text);
    if (inner.find() && inner.start() > 0) {
      if (BylineCues.STANDARD.creditsOther(text.substring(0, inner.start()))) {
        // "Revised edition edited by Jane Doe": an editor, a translator, a photographer
        return null;
      }
      text = text.substring(inner.end());
    }
    text = LEADING_SEPARATORS.matcher(text).replaceFirst("");
    text = BylineCues.STANDARD.withoutLeadIn(text);
    Matcher end = BYLINE_END.matcher(text);
    if (end.find()) {
      text = text.substring(0, end.start());
    }
    Matcher dated = BylineCues.STANDARD.dated().matcher(text);
    if (dated.find()) {
      text = text.substring(0, dated.start());
    }
    text = beforeWeekday(text);
    Matcher afterName = BylineCues.STANDARD.afterName().matcher(text);
    if (afterName.find()) {
      text = text.substring(0, afterName.start());
    }
    text = text.replaceAll("[\\s,;:|/·•\\-–—]+$", "").strip();
    // "Jane Doe, Transport Correspondent": after a comma, any words ending in a job title; else
    // a job title with its usual qualifiers ("Jane Doe Senior Editor")
    Matcher role = BylineCues.STANDARD.roleAfterComma().matcher(text);
    if (!role.find()) {
      role = TRAILING_ROLE.matcher(text);
    }
    if (role.find(0) && role.start() > 0 && text.substring(0, role.start()).contains(" ")) {
      text = text.substring(0, role.start()).replaceAll("[\\s,;:|/·•\\-–—]+$", "");
    }
    if (text.isEmpty() || text.length() > 120 || !text.matches(".*\\p{L}.*")) {
      return null;
    }
    if (NOT_A_PERSON.matcher(text).matches()) {
      return null;
    }
    return site != null && text.equalsIgnoreCase(site) ? null : text;
  }

  /** A byline's text up to a day of the week ("Jane Doe Thursday, November 9"). */
  private static String beforeWeekday(String text) {
    Matcher word = WORD.matcher(text);
    while (word.find()) {
      if (Dates.isWeekday(word.group())) {
        return text.substring(0, word.start());
      }
    }
    return text;
  }

  /**
   * The names a byline gives when its tags give a user name ("jane_doe", "janedoe") for the name
   * the page shows ("Jane Doe"): the shown name, when its letters are the handle's.
   *
   * @param tagged the byline from the page's tags, or null
   * @param shown the visible byline, or null
   * @return the byline to keep
   */
  static String displayName(String tagged, String shown) {
    if (tagged == null || shown == null || !HANDLE.matcher(tagged).matches()) {
      return tagged;
    }
    return letters(tagged).equals(letters(shown)) ? shown : tagged;
  }

  /**
   * The byline the page shows when it names the tagged author and others with them ("Jane Doe und
   * John Roe" where the tags give "Jane Doe"): tags often keep only the first of several authors.
   *
   * @param tagged the byline from the page's tags
   * @param shown the visible bylines found, in order of trust, each possibly null
   * @return the byline to keep
   */
  static String withCoauthors(String tagged, String... shown) {
    String taggedLetters = letters(tagged);
    for (String candidate : shown) {
      if (candidate != null
          && BylineCues.STANDARD.isNames(candidate)
          && BylineCues.STANDARD.namesSeveral(candidate)
          && !letters(candidate).equals(taggedLetters)
          && letters(candidate).contains(taggedLetters)) {
        return candidate;
      }
    }
    return tagged;
  }

  /**
   * The tagged byline in the letter case the page shows it in: in capitals when the page's text
   * writes it so ("JANE DOE" in the markup for the tags' "Jane Doe"), else as a visible byline with
   * the same words writes it. A reader copies what is shown.
   *
   * @param doc the page
   * @param tagged the byline from the page's tags
   * @param shown the visible bylines found, in order of trust, each possibly null
   * @return the byline to keep
   */
  static String inShownCase(Document doc, String tagged, String... shown) {
    String capitals = tagged.toUpperCase(Locale.ROOT);
    if (!capitals.equals(tagged) && doc.body() != null && doc.body().text().contains(capitals)) {
      return capitals;
    }
    for (String candidate : shown) {
      if (candidate != null && candidate.equalsIgnoreCase(tagged)) {
        return candidate;
      }
    }
    return tagged;
  }

  /**
   * @param byline a byline
   * @return whether it reads as a user name rather than a person's name
   */
  static boolean isHandle(String byline) {
    return HANDLE.matcher(byline).matches();
  }

  private static String letters(String name) {
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
    return decomposed.replaceAll("[^\\p{L}]|\\p{M}", "").toLowerCase(Locale.ROOT);
  }

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
    if (node == null) {
      return null;
    }
    if (node.isArray()) {
      for (JsonNode item : node) {
        String found = firstDatePublished(item);
        if (found != null) {
          return found;
        }
      }
      return null;
    }
    if (!node.isObject()) {
      return null;
    }
    String own = text(node.get("datePublished"));
    return own != null ? own : firstDatePublished(node.get("@graph"));
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
    for (JsonNode root : jsonLdBlocks(doc)) {
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

  /** The page's JSON-LD blocks, parsed; a broken one is left out (the meta tags still count). */
  private static List<JsonNode> jsonLdBlocks(Document doc) {
    List<JsonNode> roots = new ArrayList<>();
    for (Element script : doc.select("script[type=application/ld+json]")) {
      String content = JSON_LD_WRAPPER.matcher(script.data()).replaceAll("").strip();
      // a block may hold several objects one after the other ("{…}{…}"): each is read, up to a
      // broken one (the meta tags still count)
      try (MappingIterator<JsonNode> values = JSON.readerFor(JsonNode.class).readValues(content)) {
        while (values.hasNextValue()) {
          roots.add(values.nextValue());
        }
      } catch (IOException | RuntimeException e) {
        // the rest of a broken block is ignored
      }
    }
    return roots;
  }

  private static JsonLd jsonLd(Document doc, List<JsonNode> blocks) {
    JsonLd ld = new JsonLd();
    for (JsonNode root : blocks) {
      JsonNode article = findArticle(root);
      if (article == null) {
        // a page typed WebPage or ItemPage still says when it was published
        ld.pagePublished = first(ld.pagePublished, firstDatePublished(root));
        continue;
      }
      // in a @graph the author and publisher are often references to nodes beside the article
      Map<String, JsonNode> ids = new HashMap<>();
      collectIds(root, ids);
      ld.site = names(resolve(article.get("publisher"), ids));
      String name = text(article.get("name"));
      // a "name" that is the publisher's is the site, not the article
      if (name != null && name.equalsIgnoreCase(ld.site)) {
        name = null;
      }
      ld.title = nameOrHeadline(name, text(article.get("headline")), pageTitle(doc));
      ld.published = text(article.get("datePublished"));
      ld.url = first(text(article.get("url")), text(article.path("mainEntityOfPage").get("@id")));
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

  private static JsonNode findArticle(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isArray()) {
      for (JsonNode item : node) {
        JsonNode found = findArticle(item);
        if (found != null) {
          return found;
        }
      }
      return null;
    }
    if (!node.isObject()) {
      return null;
    }
    return isArticleType(node.get("@type")) ? node : findArticle(node.get("@graph"));
  }

  private static boolean isArticleType(JsonNode type) {
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (ARTICLE_TYPES.matcher(t.asText()).matches()) {
          return true;
        }
      }
      return false;
    }
    return ARTICLE_TYPES.matcher(type.asText()).matches();
  }

  /** Every node with an {@code @id} and more than that id, by id, in the page's JSON-LD. */
  private static void collectIds(JsonNode node, Map<String, JsonNode> ids) {
    if (node == null) {
      return;
    }
    if (node.isArray()) {
      node.forEach(item -> collectIds(item, ids));
    } else if (node.isObject()) {
      JsonNode id = node.get("@id");
      if (id != null && id.isTextual() && node.size() > 1) {
        ids.putIfAbsent(id.asText(), node);
      }
      collectIds(node.get("@graph"), ids);
    }
  }

  /** A node, or an array of nodes, with references ({@code {"@id": …}} alone) replaced. */
  private static JsonNode resolve(JsonNode node, Map<String, JsonNode> ids) {
    if (node == null || ids.isEmpty()) {
      return node;
    }
    if (node.isArray()) {
      ArrayNode resolved = JSON.createArrayNode();
      node.forEach(item -> resolved.add(resolve(item, ids)));
      return resolved;
    }
    JsonNode id = node.get("@id");
    if (node.isObject() && id != null && !node.has("name")) {
      return ids.getOrDefault(id.asText(), node);
    }
    return node;
  }

  /**
   * The author the page's JSON-LD gives.
   *
   * @param names the names as written, or null
   * @param isPerson whether the first author is typed {@code Person}
   * @param isOrganisation whether every author is typed {@code Organization} (or a kind of it)
   */
  record LdAuthor(String names, boolean isPerson, boolean isOrganisation) {
    static final LdAuthor NONE = new LdAuthor(null, false, false);
  }

  // properties whose nodes are about other works or people: their authors are not the page's
  private static final Set<String> NOT_THE_PAGES =
      Set.of(
          "comment",
          "review",
          "reviews",
          "citation",
          "itemListElement",
          "isBasedOn",
          "mentions",
          "hasPart",
          "workExample",
          "subjectOf",
          "relatedLink",
          "isPartOf",
          "about");
  private static final Pattern NOT_THE_PAGES_TYPE =
      Pattern.compile("^(Comment|UserComments|Review|Answer|ItemList|BreadcrumbList)$");
  private static final Pattern ORGANISATION_TYPE =
      Pattern.compile(
          "^(Organization|NewsMediaOrganization|Corporation|GovernmentOrganization"
              + "|NGO|EducationalOrganization|LocalBusiness|Brand)$");

  /**
   * The author of the page's JSON-LD, from every block of it: an article's (of any article node,
   * however deep: the {@code mainEntity} of a WebPage too), else that of the page itself (a
   * WebPage, a Recipe), never that of a comment, a review or a listed item. References ({@code
   * {"@id": …}}) are resolved across the blocks.
   */
  private static LdAuthor jsonLdAuthor(List<JsonNode> roots) {
    Map<String, JsonNode> ids = new HashMap<>();
    roots.forEach(root -> collectIds(root, ids));
    List<JsonNode> withAuthor = new ArrayList<>();
    roots.forEach(root -> nodesWithAuthor(root, withAuthor));
    LdAuthor ofPage = LdAuthor.NONE;
    for (JsonNode node : withAuthor) {
      JsonNode author = resolve(node.get("author"), ids);
      String names = names(author);
      if (names == null) {
        continue;
      }
      LdAuthor found = new LdAuthor(names, isType(author, "Person"), isOrganisation(author));
      if (isArticleType(node.get("@type"))) {
        return found;
      }
      ofPage = ofPage.names() == null ? found : ofPage;
    }
    return ofPage;
  }

  /** Every object node with an {@code author}, in document order, outside comments and lists. */
  private static void nodesWithAuthor(JsonNode node, List<JsonNode> found) {
    if (node == null || !node.isContainerNode()) {
      return;
    }
    if (node.isArray()) {
      node.forEach(item -> nodesWithAuthor(item, found));
      return;
    }
    if (types(node.get("@type")).stream().anyMatch(t -> NOT_THE_PAGES_TYPE.matcher(t).matches())) {
      return;
    }
    if (node.has("author")) {
      found.add(node);
    }
    node.properties()
        .forEach(
            field -> {
              if (!field.getKey().equals("author") && !NOT_THE_PAGES.contains(field.getKey())) {
                nodesWithAuthor(field.getValue(), found);
              }
            });
  }

  /**
   * Names of people or organisations: a string, an object whose name may be a list, or an array of
   * these.
   */
  private static String names(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isArray()) {
      Set<String> names = new LinkedHashSet<>();
      for (JsonNode item : node) {
        String name = names(item);
        if (name != null) {
          names.add(name);
        }
      }
      return names.isEmpty() ? null : String.join(AUTHORS_SEPARATOR, names);
    }
    if (node.isObject()) {
      JsonNode name = node.get("name");
      if (name == null) {
        // a Person may give only the parts of the name
        return Whitespace.orNull(
            String.join(" ", nonNull(text(node.get("givenName")), text(node.get("familyName")))));
      }
      return name.isArray() ? names(name) : text(name);
    }
    return text(node);
  }

  private static List<String> nonNull(String... values) {
    List<String> present = new ArrayList<>();
    for (String value : values) {
      if (value != null) {
        present.add(value);
      }
    }
    return present;
  }

  private static List<String> types(JsonNode type) {
    if (type == null) {
      return List.of();
    }
    if (type.isArray()) {
      List<String> all = new ArrayList<>();
      type.forEach(t -> all.add(t.asText()));
      return all;
    }
    return List.of(type.asText());
  }

  private static boolean isType(JsonNode author, String type) {
    JsonNode one = author.isArray() && !author.isEmpty() ? author.get(0) : author;
    return one.isObject() && types(one.get("@type")).contains(type);
  }

  private static boolean isOrganisation(JsonNode author) {
    List<JsonNode> all = new ArrayList<>();
    if (author.isArray()) {
      author.forEach(all::add);
    } else {
      all.add(author);
    }
    return all.stream()
        .allMatch(
            a ->
                a.isObject()
                    && types(a.get("@type")).stream()
                        .anyMatch(t -> ORGANISATION_TYPE.matcher(t).matches()));
  }

  /**
   * The first visible byline outside comments and page furniture: an element marked {@code
   * rel=author}, {@code itemprop=author} or with a byline-like class or id, with short text.
   *
   * @param doc the page
   * @param rules the byline and furniture cues
   * @param site the site's name, or null
   * @return the names, or null
   */
  static String visibleByline(Document doc, BoilerplateRules rules, String site) {
    for (Element element : doc.body() == null ? List.<Element>of() : doc.body().select("*")) {
      FileTimeLimit.checkpoint();
      String hint = element.className() + " " + element.id();
      boolean explicit = isMarkedAuthor(element);
      if (!(explicit || rules.isByline(hint))
          || isDateline(element)
          || (element.text().length() >= 100 && microdataName(element) == null)
          || isPictureCredit(element, rules)
          || (awayFromArticle(element, rules) && !isArticleItemAuthor(element))) {
        continue;
      }
      // an element marked as the author may name the site: an organisation writes the page
      String person = person(bylineText(element), explicit ? null : site);
      if (person != null) {
        return person;
      }
    }
    return null;
  }

  private static final Pattern DATELINE_ONLY = Pattern.compile("(?i)dateline");
  private static final Pattern AUTHOR_HINT = Pattern.compile("(?i)author|byline|writ");

  /**
   * Whether an element is classed as a dateline and not as a byline or author: a dateline names the
   * place a report was filed from ("KOBE –"), not who wrote it.
   */
  static boolean isDateline(Element element) {
    String hint = element.className() + " " + element.id();
    return DATELINE_ONLY.matcher(hint).find()
        && !AUTHOR_HINT.matcher(hint.replaceAll("(?i)dateline", "")).find()
        && !isMarkedAuthor(element);
  }

  /**
   * The text of an element marked as a byline: all of it, unless that does not read as names and
   * the element holds a heading: an author box titled with the author's name, above links such as
   * "All posts by …" and a contact line, is its heading.
   *
   * @param element an element marked as a byline
   * @return its text as shown
   */
  static String bylineText(Element element) {
    // the microdata author of the element or of one inside it: a byline box that also holds the
    // publisher's name or logo ("Partner News Jane Doe") declares which of its words are the name
    for (Element author : element.select("[itemprop]")) {
      String declared = microdataName(author);
      if (declared != null) {
        return declared;
      }
    }
    String all = ShownText.of(element);
    String names = person(all, null);
    if (names != null && BylineCues.STANDARD.isNames(names)) {
      return all;
    }
    Element heading = element.selectFirst("h1, h2, h3, h4, h5, h6");
    String title = heading == null ? "" : ShownText.of(heading);
    return title.isEmpty() ? all : title;
  }

  /**
   * The name a microdata author declares: an element marked {@code itemprop=author} holds the
   * author's item, whose {@code name} property is the name alone, without the "By" before it, the
   * role after it or the biography around it (an author box marked up as a Person).
   *
   * @param element an element
   * @return the name as shown (or as a {@code <meta>} declares it), or null
   */
  static String microdataName(Element element) {
    if (!hasWord(element.attr("itemprop"), "author")) {
      return null;
    }
    for (Element name : element.select("[itemprop]")) {
      // the name of the author's item, not of an item inside it (an employer, an address)
      if (hasWord(name.attr("itemprop"), "name") && itemOf(name, element) == element) {
        String text = name.hasAttr("content") ? name.attr("content") : ShownText.of(name);
        return Whitespace.orNull(Whitespace.normalise(text));
      }
    }
    return null;
  }

  /**
   * The element whose item a property belongs to: the nearest {@code itemscope} above it, or the
   * author's element (pages often leave its {@code itemscope} out).
   */
  private static Element itemOf(Element property, Element author) {
    for (Element e = property.parent(); e != null; e = e.parent()) {
      if (e == author || e.hasAttr("itemscope")) {
        return e;
      }
    }
    return null;
  }

  private static boolean hasWord(String words, String word) {
    for (String w : words.strip().split("\\s+")) {
      if (w.equalsIgnoreCase(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an element names the author of a picture rather than of the article: it sits in a
   * {@code <figure>} or its caption, or its class marks a caption or credit as well
   * ("field-image-author").
   *
   * @param element an element marked as a byline
   * @param rules the caption cues
   * @return whether it is a picture's credit
   */
  static boolean isPictureCredit(Element element, BoilerplateRules rules) {
    return rules.isCaption(element.className() + " " + element.id())
        || element.closest("figure, figcaption") != null;
  }

  /**
   * Whether a standard marks an element as the author: {@code rel=author}, the microdata property
   * {@code itemprop=author}, or the hAtom author's hCard ({@code class="author vcard"}).
   */
  private static boolean isMarkedAuthor(Element element) {
    return element.attr("rel").equals("author")
        || element.attr("itemprop").contains("author")
        || (element.hasClass("vcard") && element.hasClass("author"));
  }

  /**
   * Whether an element is the author property of an article's microdata ({@code itemprop=author}
   * inside an {@code itemscope} typed as an article): declared, wherever the page's layout puts it
   * (a blog's post footer), unlike a comment's author, whose item is a Comment.
   */
  private static boolean isArticleItemAuthor(Element element) {
    if (!element.attr("itemprop").contains("author")) {
      return false;
    }
    for (Element e = element.parent(); e != null; e = e.parent()) {
      if (e.hasAttr("itemscope")) {
        String type = e.attr("itemtype").strip();
        return ARTICLE_TYPES.matcher(type.substring(type.lastIndexOf('/') + 1)).matches();
      }
    }
    return false;
  }

  /**
   * The first short line outside comments and page furniture that reads "By Jane Doe" or "Written
   * by Jane Doe on 9 May 2024": the visible byline of a page that marks it with no class or
   * attribute.
   *
   * @param doc the page
   * @param rules the furniture cues
   * @param site the site's name, or null
   * @return the names, or null
   */
  static String bylineLine(Document doc, BoilerplateRules rules, String site) {
    if (doc.body() == null) {
      return null;
    }
    // the by-word opens a text node; the line is the text of that node's element. An element is
    // looked at once: a page of 100,000 short lines in one <div> would otherwise read the div's
    // whole text once per line (quadratic; PathologicalPagesTest).
    Set<Element> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (TextNode node : textNodes(doc)) {
      FileTimeLimit.checkpoint();
      // "— By Jane Doe": a dash may set the line off
      String own = LEADING_SEPARATORS.matcher(node.text()).replaceFirst("");
      // "Veröffentlicht am 3. Mai 2020 von Jane Doe", "Publié le 3 mai par …": a line that dates
      // the page and then names who wrote it
      boolean dated = BylineCues.STANDARD.dated().matcher(own).lookingAt();
      if (own.length() > 40 || !(dated || BylineCues.STANDARD.startsWithLeadIn(own))) {
        continue;
      }
      Element element = node.parent() instanceof Element e ? e : null;
      // "<span>By</span><span><a>Jane Doe</a></span>": a by-word alone in its element, the names
      // in the element beside it; the line is their container's
      // (the text node is its element's only child: an element's whole text is not read once per
      // node, which is quadratic on a page of 100,000 lines in one <div>)
      if (element != null
          && element.parent() != null
          && element.childNodeSize() == 1
          && BylineCues.STANDARD.isLeadInOnly(own)) {
        element = element.parent();
      }
      if (element != null && !seen.add(element)) {
        continue;
      }
      String text =
          element == null ? "" : LEADING_SEPARATORS.matcher(ShownText.of(element)).replaceFirst("");
      if (dated && !BylineCues.STANDARD.startsWithLeadIn(own)) {
        text = afterLastByWord(text);
      }
      if (text.length() >= 100
          || !BylineCues.STANDARD.opensByline(text)
          || awayFromArticle(element, rules)) {
        continue;
      }
      String person = person(text, site);
      if (person != null && BylineCues.STANDARD.isNames(person)) {
        return person;
      }
    }
    return null;
  }

  /**
   * A dated line from its last by-word on ("von Jane Doe" of "Veröffentlicht am 3. Mai 2020 von
   * Jane Doe"), or "" when no by-word is followed by a capital.
   */
  private static String afterLastByWord(String line) {
    Matcher by = BylineCues.STANDARD.linePart().matcher(line);
    int start = -1;
    while (by.find()) {
      if (by.end() < line.length() && Character.isUpperCase(line.codePointAt(by.end()))) {
        start = by.start();
      }
    }
    return start < 0 ? "" : line.substring(start).strip();
  }

  /**
   * The names on the first link to an author's page ({@link BylineCues#isAuthorPage}: "/author/
   * jane-doe/") outside comments and page furniture: the byline of a page that marks it with
   * neither a class nor an attribute nor a by-word, only by where its name links to.
   *
   * @param doc the page
   * @param rules the furniture cues
   * @param site the site's name, or null
   * @return the names, or null
   */
  static String authorPageLink(Document doc, BoilerplateRules rules, String site) {
    List<String> names = authorPageLinks(doc, rules, site, 1);
    return names.isEmpty() ? null : names.get(0);
  }

  /**
   * The names on the links to authors' pages, as {@link #authorPageLink} reads them, in the order
   * of the page.
   *
   * @param doc the page
   * @param rules the furniture cues
   * @param site the site's name, or null
   * @param max how many names to read at most
   * @return the names
   */
  static List<String> authorPageLinks(Document doc, BoilerplateRules rules, String site, int max) {
    List<String> found = new ArrayList<>();
    if (doc.body() == null) {
      return found;
    }
    for (Element link : doc.body().select("a[href]")) {
      FileTimeLimit.checkpoint();
      if (!BylineCues.STANDARD.isAuthorPage(link.attr("href"))
          || awayFromArticle(link, rules)
          || isPictureCredit(link, rules)) {
        continue;
      }
      String names = person(ShownText.of(link), site);
      if (names != null && BylineCues.STANDARD.isNames(names)) {
        found.add(names);
        if (found.size() >= max) {
          break;
        }
      }
    }
    return found;
  }

  /**
   * The name the page links to its author's page with, when the tags name someone no such link
   * names: a site's tags often name the account that posted the article, its byline links to the
   * reporter's page. When one of the links names the tagged author (or one of the tagged authors),
   * the tags stand: the other links are other articles' authors.
   *
   * @param tagged the byline from the page's tags, or null
   * @param linked the names on the page's links to authors' pages, in order
   * @return the byline to keep
   */
  static String linkedOverTagged(String tagged, List<String> linked) {
    if (tagged == null || linked.isEmpty() || isHandle(tagged)) {
      return tagged;
    }
    String taggedLetters = letters(tagged);
    for (String name : linked) {
      if (taggedLetters.contains(letters(name))) {
        return tagged;
      }
    }
    return linked.get(0);
  }

  /**
   * A news agency's dateline at the start of a paragraph: a place, perhaps a date after a comma,
   * and the agency in parentheses, written in lower case or in capitals as agencies write their
   * abbreviations ("Hamburg (dpa/lno) –", "MADRID (EFE).-"); a place in parentheses is capitalised
   * ("Rostow (Russland)") and is not read.
   */
  private static final Pattern WIRE_DATELINE =
      Pattern.compile(
          "^\\p{Lu}[\\p{L}.' \\-]{1,40}?(?:,[^()]{1,30})?\\s*"
              + "\\(((?:\\p{Ll}{2,6}|\\p{Lu}{2,6})(?:/(?:\\p{Ll}{2,6}|\\p{Lu}{2,6})){0,2})\\)"
              + "\\s*(?:[.:]\\s*)?[-–—]");

  /** How many of an article's first paragraphs may open with its agency's dateline. */
  private static final int DATELINE_BLOCKS = 3;

  /**
   * The news agency whose dateline opens the article ("Hamburg (dpa/lno) – …"), for a page that
   * names no author: an agency's report is signed by the agency.
   *
   * @param blocks the article's blocks
   * @return the agency as written ("dpa/lno"), or null
   */
  static String wireAgency(List<Block> blocks) {
    int seen = 0;
    for (Block block : blocks) {
      if (block.isHeading()) {
        continue;
      }
      Matcher dateline = WIRE_DATELINE.matcher(block.text());
      if (dateline.find()) {
        return dateline.group(1);
      }
      if (++seen >= DATELINE_BLOCKS) {
        break;
      }
    }
    return null;
  }

  /**
   * The name on a reply that the page marks as written by the post's own author (WordPress's {@code
   * bypostauthor} class on the comment): the author of a post that shows no byline, whose name
   * appears only where they answer their readers.
   *
   * @param doc the page
   * @return the name, or null
   */
  static String postAuthorsReply(Document doc) {
    Element reply = doc.body() == null ? null : doc.body().selectFirst(".bypostauthor");
    if (reply == null) {
      return null;
    }
    // the hCard's name first: WordPress's comment-author block also holds the avatar and the text
    for (String query : List.of(".fn", "[itemprop=author]", ".comment-author")) {
      Element name = reply.selectFirst(query);
      if (name != null) {
        return person(ShownText.of(name), null);
      }
    }
    return null;
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
      if (date == null || awayFromHeadline(e, rules, holdsHeadline)) {
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

  /**
   * Whether an element is away from the article as {@link #awayFromArticle} says, the containers
   * that hold the headline not counted.
   */
  private static boolean awayFromHeadline(
      Element element, BoilerplateRules rules, Set<Element> holdsHeadline) {
    for (Element e = element; e != null && !holdsHeadline.contains(e); e = e.parent()) {
      String hint = e.className() + " " + e.id();
      if (rules.isFurnitureContainer(e.normalName(), hint)
          && !ARTICLE_META_PLACE.matcher(hint).find()) {
        return true;
      }
    }
    return element != null && CommentSections.isInside(element);
  }

  private static boolean isWithin(TextNode node, Element ancestor) {
    for (Element e = node.parent() instanceof Element p ? p : null; e != null; e = e.parent()) {
      if (e == ancestor) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an element sits in furniture away from the article (footer, sidebar) or in comments
   * ({@link CommentSections}): the places of an article's date and byline, its "meta" or header
   * line, do not count.
   */
  private static boolean awayFromArticle(Element element, BoilerplateRules rules) {
    return awayFromHeadline(element, rules, Set.of());
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

  private static String text(JsonNode node) {
    if (node == null || node.isNull() || node.isContainerNode()) {
      return null;
    }
    return Whitespace.orNull(Parser.unescapeEntities(node.asText(), false));
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

  /**
   * The author a page gives in the labelled data of its Twitter card: {@code twitter:labelN} a
   * byline's words ("Written by", "Verfasst von") and {@code twitter:dataN} the name, as WordPress
   * SEO plugins write them.
   */
  private static String labelledAuthor(Document doc) {
    for (Element label : doc.select("meta[name~=(?i)^twitter:label\\d$][content]")) {
      if (BylineCues.STANDARD.isLeadInOnly(label.attr("content"))) {
        String data = "twitter:data" + label.attr("name").substring("twitter:label".length());
        Element value = doc.selectFirst("meta[name=" + data + "][content]");
        return value == null
            ? null
            : Whitespace.orNull(Whitespace.normalise(value.attr("content")));
      }
    }
    return null;
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

  private static String unlessPublisher(String author, String publisher) {
    return author != null && author.equalsIgnoreCase(publisher) ? null : author;
  }

  /**
   * An author tag's value as a name: the value itself, or when it is the address of the author's
   * profile ({@code article:author} is one by the Open Graph protocol) the names shown on the first
   * link of the page to the same address (the byline's link to the author's page).
   *
   * @param doc the page
   * @param value the tag's value, or null
   * @return the name, or null when it is an address no link of the page names
   */
  static String nameOfProfile(Document doc, String value) {
    if (value == null || !URL_LIKE.matcher(value).find()) {
      return value;
    }
    String[] profile = hostAndPath(value);
    if (profile == null || doc.body() == null) {
      return null;
    }
    for (Element link : doc.body().select("a[href]")) {
      String[] target = hostAndPath(link.attr("href"));
      // a link written without its host is on the page's own site
      if (target != null
          && target[1].equals(profile[1])
          && (target[0].isEmpty() || target[0].equals(profile[0]))) {
        String names = person(ShownText.of(link), null);
        if (names != null && BylineCues.STANDARD.isNames(names)) {
          return names;
        }
      }
    }
    return null;
  }

  /**
   * An address's host (without "www.", empty when the address has none) and path (without its final
   * slash, query and fragment), in lower case; null when the path is empty.
   */
  private static String[] hostAndPath(String url) {
    Matcher m = ADDRESS.matcher(url.strip());
    if (!m.matches()) {
      return null;
    }
    String host = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
    String path = m.group(2).replaceFirst("/+$", "").toLowerCase(Locale.ROOT);
    return path.isEmpty() ? null : new String[] {host.replaceFirst("^www\\.", ""), path};
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
