package dev.pincite.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
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

/**
 * Finds who wrote a web page: the one place that decides a page's byline.
 *
 * <p>It reads, in this order of trust:
 *
 * <ol>
 *   <li>the page's tags ({@link #tagged}): a JSON-LD author typed {@code Person} (an article's at
 *       any depth, else the page's, never a comment's, review's or listed item's; {@code @id}
 *       references resolved); an untyped JSON-LD author; {@code dc:creator}; {@code <meta
 *       name=author>} unless it names the publisher; {@code parsely-author}; {@code
 *       sailthru.author}; {@code article:author} (a profile address is read as the name the page
 *       links to it with); a Twitter card's labelled author; a JSON-LD author typed {@code
 *       Organization}. A tag naming the site (its name, its host, its name with a place after a
 *       comma) is not a person: it signs the page;
 *   <li>what the page shows ({@link #byline}): the byline element {@link ContentExtractor} finds in
 *       the article; an element marked as the author ({@code rel=author}, {@code itemprop=author},
 *       an hAtom {@code author vcard}) or classed as a byline; a "By Jane Doe" line (lead-ins per
 *       language in {@link BylineCues}); a link to an author's page; the name on the reply the page
 *       marks as its author's ({@code bypostauthor}). The shown bylines also correct the tags' (a
 *       user name, an account instead of the reporter, a first author without co-authors, the
 *       letter case);
 *   <li>for a page that names nobody ({@link #ofUnsignedPage}): the news agency of the article's
 *       dateline, else the organisation that signs the page in its tags.
 * </ol>
 *
 * <p>Every candidate is cleaned by {@link #person}: a lead-in, a trailing date, role, e-mail
 * address, handle, "Updated" line or the site's name after a comma cut; names that are not a
 * person's ("Staff", the site's name) refused. It returns the names as the page writes them,
 * several joined with "; " when the tags list them, or null. Stateless and thread safe.
 */
final class AuthorFinder {

  /** How many links to authors' pages are compared with the tags' author. */
  private static final int AUTHOR_LINKS = 20;

  private static final Pattern URL_LIKE =
      Pattern.compile("^(https?:)?//|^www\\.", Pattern.CASE_INSENSITIVE);
  // the host of an absolute address (group 1)
  private static final Pattern HOST = Pattern.compile("(?i)(?:https?:)?//([^/?#\\s:]+)");
  // an absolute or root-relative address: its host (group 1, when it has one) and path (group 2)
  private static final Pattern ADDRESS =
      Pattern.compile("(?i)(?:(?:https?:)?//([^/?#\\s]+))?(/[^?#\\s]*)(?:[?#].*)?");
  private static final Pattern LEADING_SEPARATORS = Pattern.compile("^[|•·:,;/\\-–—\\s]+");

  // where a byline's names end: a digit (dates, times), an e-mail address, a handle, a separator
  // (the words that date a line, "Updated", "Veröffentlicht", are BylineCues.dated)
  private static final Pattern BYLINE_END =
      Pattern.compile(
          // "Jane Doe (jane.doe@example.com)": the whole address and its bracket, not only from
          // its "@"; a handle written against the name ("Jane Doe@janedoe") has no domain and
          // ends at the "@"
          "(?:[(<\\[]\\s*)?(?<![\\p{L}\\d._%+-])[\\p{L}\\d._%+-]+@[\\p{L}\\d-]+\\.[\\p{L}\\d.-]+"
              + "|\\d|@|\\s[|•·]|\\s[-–—]\\s|\\((?!\\p{Lu})"
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

  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  /**
   * The author the page's tags name, and the organisation that signs it.
   *
   * @param byline the first person the tags name, in the order of trust of this class, or null
   * @param signedBySite an organisation the tags name as the author (the site, the publisher): the
   *     author of a page that shows no other, or null
   */
  record TaggedAuthor(String byline, String signedBySite) {}

  /**
   * @param doc the page
   * @param blocks its JSON-LD blocks ({@link JsonLdNodes#blocks})
   * @param meta its meta tags by key, as {@link MetadataExtractor} reads them
   * @param site the site's name, or null
   * @param url the page's address, or null
   * @return the author its tags name
   */
  static TaggedAuthor tagged(
      Document doc, List<JsonNode> blocks, Map<String, String> meta, String site, String url) {
    String host = hostOf(url);
    // a schema.org Person is a person even on a one-person site named after its author; an
    // author typed Organization is the publisher's desk, after any person the tags name
    LdAuthor ldAuthor = jsonLdAuthor(blocks);
    String byline =
        firstPerson(
            site,
            host,
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
    // an organisation that signs the page in its tags: the author of a page that shows no other
    String signedBySite = null;
    for (String tag :
        new String[] {
          ldAuthor.names(), meta.get("dc:creator"), meta.get("author"), meta.get("parsely-author")
        }) {
      String named = person(tag, null);
      if (signedBySite == null
          && named != null
          && (person(tag, site) == null || isSite(named, site, host))) {
        signedBySite = named;
      }
      if (signedBySite == null && named != null && named.equalsIgnoreCase(meta.get("publisher"))) {
        signedBySite = named;
      }
    }
    return new TaggedAuthor(byline, signedBySite);
  }

  /**
   * The byline, from the page's tags first (a user name there gives way to the name shown for it, a
   * tagged author to the name the byline links to an author's page with, and a tagged author shown
   * beside co-authors to them all; written in the letter case the page shows), else from what the
   * page shows: the byline element of the article, an element marked as a byline, a "By Jane Doe"
   * line, a link to an author's page, the name on the reply the page marks as its author's.
   *
   * @param doc the page
   * @param meta the page's metadata: its tagged byline ({@link #tagged}) and site
   * @param rules the byline and furniture cues of the page's language
   * @param inArticleText the text of the byline element found in the article, or null
   * @return the names, or null
   */
  static String byline(
      Document doc, DocumentMetadata meta, BoilerplateRules rules, String inArticleText) {
    String site = meta.site();
    String inArticle = person(inArticleText, site);
    String marked = visibleByline(doc, rules, site);
    FileTimeLimit.checkpoint();
    String line = bylineLine(doc, rules, site);
    List<String> linked = authorPageLinks(doc, rules, site, AUTHOR_LINKS);
    FileTimeLimit.checkpoint();
    String byline = meta.byline();
    if (byline != null && isHandle(byline)) {
      byline = displayName(byline, marked);
      if (isHandle(byline)) {
        // the name may be shown on a "By" line that no class or attribute marks
        byline = displayName(byline, line);
      }
    }
    byline = linkedOverTagged(byline, linked);
    if (byline != null && !isHandle(byline)) {
      byline = withCoauthors(byline, line, inArticle, marked);
    }
    if (byline != null) {
      return inShownCase(doc, byline, inArticle, marked, line);
    }
    for (String shown :
        new String[] {inArticle, marked, line, linked.isEmpty() ? null : linked.get(0)}) {
      if (shown != null) {
        return shown;
      }
    }
    return postAuthorsReply(doc);
  }

  /**
   * The author of a page whose tags and text name nobody: the news agency whose dateline opens the
   * article ({@link #wireAgency}), else the organisation that signs the page in its tags.
   *
   * @param blocks the article's blocks
   * @param signedBySite the organisation of {@link TaggedAuthor#signedBySite}, or null
   * @return the agency or organisation, or null
   */
  static String ofUnsignedPage(List<Block> blocks, String signedBySite) {
    String agency = wireAgency(blocks);
    return agency != null ? agency : signedBySite;
  }

  private static String firstPerson(
      String site, String host, String personTyped, String... candidates) {
    String typed = person(personTyped, null);
    if (typed != null) {
      return typed;
    }
    for (String candidate : candidates) {
      String person = person(candidate, site);
      if (person != null && !isSite(person, site, host)) {
        return person;
      }
    }
    return null;
  }

  /**
   * Whether a tag's value names the site rather than a person: the page's own host name ({@link
   * #isHost}), or the site's name with its place or address after a comma ("Harbour Weekly,
   * Hamburg, Germany").
   */
  private static boolean isSite(String value, String site, String host) {
    if (isHost(value, host)) {
      return true;
    }
    int comma = value.indexOf(',');
    return comma > 0
        && (value.substring(0, comma).strip().equalsIgnoreCase(site)
            || isHost(value.substring(0, comma).strip(), host));
  }

  /**
   * Whether a tag's value is the page's own host name ("harbourweekly.example" on
   * https://www.harbourweekly.example/…): the site signs the page, as when it gives its name.
   */
  private static boolean isHost(String value, String host) {
    return host != null && value.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "").equals(host);
  }

  /** The host of the page's address, in lower case and without "www.", or null. */
  private static String hostOf(String url) {
    Matcher m = url == null ? null : HOST.matcher(url.strip());
    return m == null || !m.lookingAt()
        ? null
        : m.group(1).toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
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
    text = withoutSiteAfterComma(text, site);
    if (text.isEmpty() || text.length() > 120 || !text.matches(".*\\p{L}.*")) {
      return null;
    }
    if (NOT_A_PERSON.matcher(text).matches()) {
      return null;
    }
    return site != null && text.equalsIgnoreCase(site) ? null : text;
  }

  /**
   * A byline without the site's name after a comma ("Jane Doe, Harbour Weekly"): the outlet the
   * names write for, not one of them.
   */
  private static String withoutSiteAfterComma(String text, String site) {
    if (site == null || site.isBlank()) {
      return text;
    }
    int comma = text.lastIndexOf(',');
    return comma > 0 && text.substring(comma + 1).strip().equalsIgnoreCase(site.strip())
        ? text.substring(0, comma).strip()
        : text;
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
    roots.forEach(root -> JsonLdNodes.collectIds(root, ids));
    List<JsonNode> withAuthor = new ArrayList<>();
    roots.forEach(root -> nodesWithAuthor(root, withAuthor));
    LdAuthor ofPage = LdAuthor.NONE;
    for (JsonNode node : withAuthor) {
      JsonNode author = JsonLdNodes.resolve(node.get("author"), ids);
      String names = JsonLdNodes.names(author);
      if (names == null) {
        continue;
      }
      LdAuthor found = new LdAuthor(names, isType(author, "Person"), isOrganisation(author));
      if (JsonLdNodes.isArticleType(node.get("@type"))) {
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
    if (JsonLdNodes.types(node.get("@type")).stream()
        .anyMatch(t -> NOT_THE_PAGES_TYPE.matcher(t).matches())) {
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

  private static boolean isType(JsonNode author, String type) {
    JsonNode one = author.isArray() && !author.isEmpty() ? author.get(0) : author;
    return one.isObject() && JsonLdNodes.types(one.get("@type")).contains(type);
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
                    && JsonLdNodes.types(a.get("@type")).stream()
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
          || (PageFurniture.awayFromArticle(element, rules) && !isArticleItemAuthor(element))) {
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
        return JsonLdNodes.isArticleTypeName(type.substring(type.lastIndexOf('/') + 1));
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
    for (TextNode node : doc.body().nodeStream(TextNode.class).toList()) {
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
          || PageFurniture.awayFromArticle(element, rules)) {
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
          || PageFurniture.awayFromArticle(link, rules)
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

  private AuthorFinder() {}
}
