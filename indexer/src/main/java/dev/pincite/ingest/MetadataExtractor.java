package dev.pincite.ingest;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an HTML page's metadata from the best evidence it has, in order of trust: JSON-LD
 * (schema.org article types, also inside {@code @graph}), Open Graph and {@code article:} meta
 * tags, Dublin Core / {@code name=author} / {@code parsely-*} meta tags, {@code <time datetime>},
 * and finally the {@code <title>} without its " | Site" suffix. A field the page does not give is
 * null. Thread safe.
 */
final class MetadataExtractor {

  /** What the page says about itself; any field may be null. */
  record Metadata(
      String title, String byline, String site, String published, String url, String lang) {}

  private static final JsonMapper JSON =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .build();

  private static final Pattern ARTICLE_TYPES =
      Pattern.compile(
          "^(Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle"
              + "|BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle"
              + "|Report|SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle"
              + "|SocialMediaPosting|BlogPosting|LiveBlogPosting|DiscussionForumPosting"
              + "|TechArticle|APIReference)$");
  private static final Pattern PROPERTY_KEY =
      Pattern.compile(
          "^\\s*(dc|dcterm|dcterms|og|article|twitter)\\s*:\\s*(author|creator|published_time|title|site_name|url|locale)\\s*$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern NAME_KEY =
      Pattern.compile(
          "^\\s*(?:(dc|dcterm|dcterms|og|twitter|parsely|sailthru|weibo:(?:article|webpage))\\s*[-.:]\\s*)?(author|creator|pub-date|date|title|site_name|published_time|language)\\s*$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern URL_LIKE =
      Pattern.compile("^(https?:)?//|^www\\.", Pattern.CASE_INSENSITIVE);
  private static final Pattern BY_PREFIX =
      Pattern.compile("^(written |posted |words )?by[:\\s]+", Pattern.CASE_INSENSITIVE);
  private static final Pattern NOT_A_PERSON =
      Pattern.compile(
          "^(staff|editors?|editorial( team| staff| board)?|admin|administrator|the .*(staff|team|editors|desk)|.*\\bstaff( writer| reporter)?s?|news ?desk|wire|unknown|anonymous)$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern TITLE_SEPARATOR = Pattern.compile(" [|\\-–—\\\\/>»·:] ");

  /**
   * @param doc the parsed page
   * @return its metadata
   */
  Metadata extract(Document doc) {
    JsonLd ld = jsonLd(doc);
    Map<String, String> meta = metaTags(doc);
    String site = first(ld.site, meta.get("og:site_name"), meta.get("application-name"));
    String title =
        first(
            ld.title,
            meta.get("dc:title"),
            meta.get("dcterm:title"),
            meta.get("og:title"),
            meta.get("weibo:article:title"),
            meta.get("weibo:webpage:title"),
            meta.get("title"),
            meta.get("twitter:title"),
            meta.get("parsely-title"));
    if (title == null) {
      title = titleFromTitleTag(doc, site);
    }
    String byline =
        person(
            first(
                ld.byline,
                meta.get("dc:creator"),
                meta.get("dcterm:creator"),
                meta.get("author"),
                meta.get("parsely-author"),
                meta.get("sailthru.author"),
                nonUrl(meta.get("article:author"))),
            site);
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
                timeElement(doc)));
    String url = first(canonical(doc), meta.get("og:url"), ld.url);
    String lang = language(doc, meta);
    return new Metadata(title, byline, site, published, url, lang);
  }

  /** A byline element's text as a person's name, or null when it names no person. */
  static String person(String raw, String site) {
    String text = Whitespace.normalise(raw);
    if (text.isEmpty()) {
      return null;
    }
    text = BY_PREFIX.matcher(text).replaceFirst("");
    text = text.replaceAll("\\s*[|,·•]\\s*$", "").strip();
    if (text.isEmpty() || text.length() > 120 || URL_LIKE.matcher(text).find()) {
      return null;
    }
    if (NOT_A_PERSON.matcher(text).matches()) {
      return null;
    }
    if (site != null && text.equalsIgnoreCase(site)) {
      return null;
    }
    return text;
  }

  // ---- JSON-LD -----------------------------------------------------------------------------

  private static final class JsonLd {
    String title;
    String byline;
    String site;
    String published;
    String url;
  }

  private static JsonLd jsonLd(Document doc) {
    JsonLd ld = new JsonLd();
    for (Element script : doc.select("script[type=application/ld+json]")) {
      String content = script.data().replaceAll("^\\s*<!\\[CDATA\\[|\\]\\]>\\s*$", "").strip();
      JsonNode root;
      try {
        root = JSON.readTree(content);
      } catch (java.io.IOException e) {
        continue; // a broken JSON-LD block is ignored, the meta tags still count
      }
      JsonNode article = findArticle(root);
      if (article == null) {
        continue;
      }
      ld.title = first(text(article.get("headline")), text(article.get("name")));
      ld.byline = names(article.get("author"));
      JsonNode publisher = article.get("publisher");
      ld.site = publisher == null ? null : names(publisher);
      ld.published = text(article.get("datePublished"));
      ld.url = first(text(article.get("url")), text(article.path("mainEntityOfPage").get("@id")));
      return ld;
    }
    return ld;
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
    if (isArticleType(node.get("@type"))) {
      return node;
    }
    return findArticle(node.get("@graph"));
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

  /** Names of people or organisations: a string, an object with a name, or an array of these. */
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
      return names.isEmpty() ? null : String.join(", ", names);
    }
    if (node.isObject()) {
      return text(node.get("name"));
    }
    return text(node);
  }

  private static String text(JsonNode node) {
    if (node == null || node.isNull() || node.isContainerNode()) {
      return null;
    }
    return Whitespace.orNull(org.jsoup.parser.Parser.unescapeEntities(node.asText(), false));
  }

  // ---- meta tags ---------------------------------------------------------------------------

  private static Map<String, String> metaTags(Document doc) {
    Map<String, String> values = new HashMap<>();
    for (Element meta : doc.select("meta[content]")) {
      String content = Whitespace.normalise(meta.attr("content"));
      if (content.isEmpty()) {
        continue;
      }
      for (String property : meta.attr("property").split("\\s+")) {
        var m = PROPERTY_KEY.matcher(property);
        if (m.matches()) {
          String key =
              m.group(1).toLowerCase(Locale.ROOT).replace("dcterms", "dcterm")
                  + ":"
                  + m.group(2).toLowerCase(Locale.ROOT);
          values.putIfAbsent(key, content);
        }
      }
      String name = meta.attr("name").isEmpty() ? meta.attr("itemprop") : meta.attr("name");
      var m = NAME_KEY.matcher(name);
      if (m.matches()) {
        String prefix =
            m.group(1) == null
                ? ""
                : m.group(1).toLowerCase(Locale.ROOT).replace("dcterms", "dcterm");
        String separator = prefix.equals("parsely") ? "-" : prefix.equals("sailthru") ? "." : ":";
        String key =
            prefix.isEmpty()
                ? m.group(2).toLowerCase(Locale.ROOT)
                : prefix + separator + m.group(2).toLowerCase(Locale.ROOT);
        values.putIfAbsent(key, content);
      }
      String equiv = meta.attr("http-equiv");
      if (equiv.equalsIgnoreCase("content-language")) {
        values.putIfAbsent("content-language", content);
      }
      if (name.equalsIgnoreCase("application-name")) {
        values.putIfAbsent("application-name", content);
      }
    }
    return values;
  }

  private static String timeElement(Document doc) {
    Element published =
        doc.selectFirst("[itemprop=datePublished][datetime], [itemprop=datePublished][content]");
    if (published != null) {
      return published.hasAttr("datetime") ? published.attr("datetime") : published.attr("content");
    }
    Element time = doc.selectFirst("time[datetime]");
    return time == null ? null : time.attr("datetime");
  }

  private static String canonical(Document doc) {
    Element link = doc.selectFirst("link[rel=canonical][href]");
    return link == null
        ? null
        : Whitespace.orNull(
            link.absUrl("href").isEmpty() ? link.attr("href") : link.absUrl("href"));
  }

  private static String language(Document doc, Map<String, String> meta) {
    Element html = doc.selectFirst("html");
    String lang = html == null ? null : Whitespace.orNull(html.attr("lang"));
    if (lang == null && html != null) {
      lang = Whitespace.orNull(html.attr("xml:lang"));
    }
    if (lang == null) {
      lang = first(meta.get("content-language"), meta.get("dc:language"), meta.get("language"));
    }
    if (lang == null) {
      String locale = meta.get("og:locale");
      lang = locale == null ? null : locale.replace('_', '-');
    }
    return lang == null || !lang.matches("[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*")
        ? null
        : lang.replace('_', '-');
  }

  // ---- <title> -----------------------------------------------------------------------------

  /**
   * The {@code <title>} without a " | Site" or " - Site" part, keeping it when too little remains.
   */
  static String titleFromTitleTag(Document doc, String site) {
    String title = Whitespace.orNull(doc.title());
    if (title == null) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    var m = TITLE_SEPARATOR.matcher(title);
    int start = 0;
    while (m.find()) {
      parts.add(title.substring(start, m.start()));
      start = m.end();
    }
    parts.add(title.substring(start));
    if (parts.size() == 1) {
      return title;
    }
    if (site != null) {
      String last = parts.getLast().strip();
      String firstPart = parts.getFirst().strip();
      if (last.equalsIgnoreCase(site)) {
        return title
            .substring(0, title.length() - last.length())
            .replaceAll("\\s*[|\\-–—\\\\/>»·:]\\s*$", "")
            .strip();
      }
      if (firstPart.equalsIgnoreCase(site)) {
        return title
            .substring(firstPart.length())
            .replaceAll("^\\s*[|\\-–—\\\\/>»·:]\\s*", "")
            .strip();
      }
    }
    String withoutLast =
        title
            .substring(0, title.lastIndexOf(parts.getLast()))
            .replaceAll("\\s*[|\\-–—\\\\/>»·]\\s*$", "")
            .strip();
    if (words(withoutLast) >= 3
        && !title.substring(title.length() - parts.getLast().length() - 3).contains(":")) {
      return withoutLast;
    }
    return title;
  }

  private static int words(String text) {
    return text.isBlank() ? 0 : text.strip().split("\\s+").length;
  }

  private static String nonUrl(String value) {
    return value == null || URL_LIKE.matcher(value).find() ? null : value;
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
