package dev.pincite.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

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
 *   <li>what the page shows ({@link #byline}, {@link ShownBylines}): the byline element {@link
 *       ContentExtractor} finds in the article; an element marked as the author ({@code
 *       rel=author}, {@code itemprop=author}, an hAtom {@code author vcard}) or classed as a
 *       byline; a "By Jane Doe" line (lead-ins per language in {@link BylineCues}); a link to an
 *       author's page; the name on the reply the page marks as its author's ({@code bypostauthor});
 *       the author row of a paper's cover sheet; the person an "about the author" box opens with.
 *       The shown bylines also correct the tags' (a user name, an account instead of the reporter,
 *       a first author without co-authors, the letter case);
 *   <li>for a page that names nobody ({@link #ofUnsignedPage}): the news agency of the article's
 *       dateline, else the organisation that signs the page in its tags.
 * </ol>
 *
 * <p>Every candidate is cleaned by {@link BylineNames#person}: a lead-in, a trailing date, role,
 * e-mail address, handle, "Updated" line or the site's name after a comma cut; names that are not a
 * person's ("Staff", the site's name) refused. It returns the names as the page writes them,
 * several joined with "; " when the tags list them, or null. Stateless and thread safe.
 */
final class AuthorFinder {

  /** How many links to authors' pages are compared with the tags' author. */
  private static final int AUTHOR_LINKS = 20;

  // the host of an absolute address (group 1)
  private static final Pattern HOST = Pattern.compile("(?i)(?:https?:)?//([^/?#\\s:]+)");
  // an absolute or root-relative address: its host (group 1, when it has one) and path (group 2)
  private static final Pattern ADDRESS =
      Pattern.compile("(?i)(?:(?:https?:)?//([^/?#\\s]+))?(/[^?#\\s]*)(?:[?#].*)?");

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
    JsonLdAuthor ldAuthor = JsonLdAuthor.of(blocks);
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
      String named = BylineNames.person(tag, null);
      if (signedBySite == null
          && named != null
          && (BylineNames.person(tag, site) == null || isSite(named, site, host))) {
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
   * line, a link to an author's page, the name on the reply the page marks as its author's, a cover
   * sheet's author row, an "about the author" box.
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
    String inArticle = BylineNames.person(inArticleText, site);
    String marked = ShownBylines.visibleByline(doc, rules, site);
    FileTimeLimit.checkpoint();
    String line = ShownBylines.bylineLine(doc, rules, site);
    List<String> linked = ShownBylines.authorPageLinks(doc, rules, site, AUTHOR_LINKS);
    FileTimeLimit.checkpoint();
    String byline = meta.byline();
    if (byline != null && BylineNames.isHandle(byline)) {
      byline = BylineNames.displayName(byline, marked);
      if (BylineNames.isHandle(byline)) {
        // the name may be shown on a "By" line that no class or attribute marks
        byline = BylineNames.displayName(byline, line);
      }
    }
    byline = linkedOverTagged(byline, linked);
    if (byline != null && !BylineNames.isHandle(byline)) {
      byline = BylineNames.withCoauthors(byline, line, inArticle, marked);
    }
    if (byline != null) {
      return BylineNames.inShownCase(doc, byline, inArticle, marked, line);
    }
    for (String shown :
        new String[] {inArticle, marked, line, linked.isEmpty() ? null : linked.get(0)}) {
      if (shown != null) {
        return shown;
      }
    }
    String reply = ShownBylines.postAuthorsReply(doc);
    if (reply != null) {
      return reply;
    }
    // where papers and newsletters name their author when no byline does
    String covered = ShownBylines.coverSheetAuthor(doc, rules, site);
    if (covered != null) {
      return covered;
    }
    String boxed = ShownBylines.authorBox(doc, rules, site);
    if (boxed != null) {
      return boxed;
    }
    String listed = ShownBylines.analystList(doc, rules, site);
    if (listed != null) {
      return listed;
    }
    String addressed = ShownBylines.addressAuthor(doc, site);
    return addressed != null ? addressed : ShownBylines.labelledCredit(doc, site);
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
    String typed = BylineNames.person(personTyped, null);
    if (typed != null) {
      return typed;
    }
    for (String candidate : candidates) {
      String person = BylineNames.person(candidate, site);
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
    if (tagged == null || linked.isEmpty() || BylineNames.isHandle(tagged)) {
      return tagged;
    }
    String taggedLetters = BylineNames.letters(tagged);
    for (String name : linked) {
      if (taggedLetters.contains(BylineNames.letters(name))) {
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
    if (value == null || !BylineNames.URL_LIKE.matcher(value).find()) {
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
        String names = BylineNames.person(ShownText.of(link), null);
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
