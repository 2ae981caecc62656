package dev.pincite.ingest;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * A page's schema.org JSON-LD: its blocks parsed leniently (comments, single quotes, trailing
 * commas, CDATA wrappers, several objects in one block), and the walks the metadata and author
 * readers share over them: the article node, the nodes by {@code @id} and references resolved
 * through them, names and types. Stateless and thread safe.
 */
final class JsonLdNodes {

  /**
   * What joins the names of a list of authors (JSON-LD's): a semicolon, as trafilatura's benchmark
   * writes several authors and as a name may itself hold a comma ("Doe, Jane").
   */
  private static final String AUTHORS_SEPARATOR = "; ";

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

  /**
   * @param doc the page
   * @return its JSON-LD blocks, parsed; a broken one is left out (the meta tags still count)
   */
  static List<JsonNode> blocks(Document doc) {
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

  static JsonNode findArticle(JsonNode node) {
    return first(node, n -> isArticleType(n.get("@type")) ? n : null);
  }

  /**
   * The first answer of {@code read} over a JSON-LD tree, in document order: an array's items in
   * turn, an object before the nodes of its {@code @graph}.
   *
   * @param read what a node gives, or null to look further
   * @return the first answer, or null when no node gives one
   */
  static <T> T first(JsonNode node, Function<JsonNode, T> read) {
    if (node == null) {
      return null;
    }
    if (node.isArray()) {
      for (JsonNode item : node) {
        T found = first(item, read);
        if (found != null) {
          return found;
        }
      }
      return null;
    }
    if (!node.isObject()) {
      return null;
    }
    T own = read.apply(node);
    return own != null ? own : first(node.get("@graph"), read);
  }

  /** Whether a node's {@code @type} (one or a list) is a schema.org kind of article. */
  static boolean isArticleType(JsonNode type) {
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (isArticleTypeName(t.asText())) {
          return true;
        }
      }
      return false;
    }
    return isArticleTypeName(type.asText());
  }

  /** Whether a type's name ("NewsArticle", not its URL) is a schema.org kind of article. */
  static boolean isArticleTypeName(String type) {
    return ARTICLE_TYPES.matcher(type).matches();
  }

  /** Every node with an {@code @id} and more than that id, by id, in the page's JSON-LD. */
  static void collectIds(JsonNode node, Map<String, JsonNode> ids) {
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
  static JsonNode resolve(JsonNode node, Map<String, JsonNode> ids) {
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
   * Names of people or organisations: a string, an object whose name may be a list, or an array of
   * these.
   */
  static String names(JsonNode node) {
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

  /** The names of a node's {@code @type}: one, a list, or none. */
  static List<String> types(JsonNode type) {
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

  /**
   * A value's text with its HTML entities decoded, or null when it is absent, empty or not text.
   */
  static String text(JsonNode node) {
    if (node == null || node.isNull() || node.isContainerNode()) {
      return null;
    }
    return Whitespace.orNull(Parser.unescapeEntities(node.asText(), false));
  }

  private JsonLdNodes() {}
}
