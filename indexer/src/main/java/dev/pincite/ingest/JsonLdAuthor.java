package dev.pincite.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The author a page's JSON-LD gives.
 *
 * @param names the names as written, or null
 * @param isPerson whether the first author is typed {@code Person}
 * @param isOrganisation whether every author is typed {@code Organization} (or a kind of it)
 */
record JsonLdAuthor(String names, boolean isPerson, boolean isOrganisation) {

  static final JsonLdAuthor NONE = new JsonLdAuthor(null, false, false);

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
  static JsonLdAuthor of(List<JsonNode> roots) {
    Map<String, JsonNode> ids = new HashMap<>();
    roots.forEach(root -> JsonLdNodes.collectIds(root, ids));
    List<JsonNode> withAuthor = new ArrayList<>();
    roots.forEach(root -> nodesWithAuthor(root, withAuthor));
    JsonLdAuthor ofPage = JsonLdAuthor.NONE;
    for (JsonNode node : withAuthor) {
      JsonNode author = JsonLdNodes.resolve(node.get("author"), ids);
      String names = JsonLdNodes.names(author);
      if (names == null) {
        continue;
      }
      JsonLdAuthor found =
          new JsonLdAuthor(names, isType(author, "Person"), isOrganisation(author));
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
}
