package dev.pincite.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pincite.claims.Claim;
import dev.pincite.index.DocumentInfo;
import dev.pincite.index.StoredClaim;
import dev.pincite.ingest.Block;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The JSON shapes of the versioned API ({@code /api/v1/…}, described in {@code openapi.json}): a
 * claim is flat (no wrapper around it) and names its document by id, a document is written once per
 * answer, every enum value is lower case, a field with no value is left out rather than written as
 * {@code null}, and claims and documents carry {@code links} to their page and API URL.
 *
 * @param base the archive's base URL, without a trailing slash, for the links
 */
record ApiJson(String base) {

  /** A claim's fields, in the order they are written; {@code id} is always written. */
  static final List<String> CLAIM_FIELDS =
      List.of(
          "id",
          "text",
          "highlighted",
          "paragraph",
          "section",
          "speaker",
          "attributed",
          "companies",
          "type",
          "stance",
          "counters",
          "counterclaims",
          "document",
          "links");

  static final ObjectMapper MAPPER = new ObjectMapper();

  /**
   * @param stored a claim
   * @param fields the fields to write (see {@link #CLAIM_FIELDS}); {@code id} is always written
   * @return the claim as the API writes it, naming its document by id
   */
  ObjectNode claim(StoredClaim stored, Set<String> fields) {
    Claim c = stored.claim();
    ObjectNode out = MAPPER.createObjectNode();
    out.put("id", c.id());
    if (fields.contains("text")) {
      out.put("text", c.text());
    }
    if (fields.contains("paragraph")) {
      out.put("paragraph", c.paragraph());
    }
    putIf(out, fields, "section", c.section());
    putIf(out, fields, "speaker", c.speaker());
    if (fields.contains("attributed")) {
      out.put("attributed", c.attributed());
    }
    if (fields.contains("companies")) {
      ArrayNode companies = out.putArray("companies");
      c.companies().forEach(companies::add);
    }
    putIf(out, fields, "type", c.type().label());
    putIf(out, fields, "stance", c.stance().label());
    putIf(out, fields, "counters", c.counters());
    putIf(out, fields, "document", stored.document().id());
    if (fields.contains("links")) {
      ObjectNode links = out.putObject("links");
      links.put("page", base + Links.claim(c.id()));
      links.put("api", base + "/api/v1/claims/" + Links.segment(c.id()));
      links.put("paragraph", base + Links.paragraph(stored.document().id(), c.paragraph()));
    }
    return out;
  }

  /** A claim with every field. */
  ObjectNode claim(StoredClaim stored) {
    return claim(stored, Set.copyOf(CLAIM_FIELDS));
  }

  /**
   * @param doc a document
   * @return its metadata, the fields it has, with links to its page and API URL
   */
  ObjectNode document(DocumentInfo doc) {
    ObjectNode out = MAPPER.createObjectNode();
    out.put("id", doc.id());
    out.put("path", doc.path());
    putIfPresent(out, "title", doc.title());
    putIfPresent(out, "byline", doc.byline());
    putIfPresent(out, "site", doc.site());
    putIfPresent(out, "published", doc.published());
    putIfPresent(out, "url", doc.url());
    putIfPresent(out, "lang", doc.lang());
    ObjectNode links = out.putObject("links");
    links.put("page", base + Links.document(doc.id()));
    links.put("api", base + "/api/v1/documents/" + Links.segment(doc.id()));
    return out;
  }

  /**
   * @param block a body block
   * @return {@code {"kind": "paragraph", "text": …}}, the kind in lower case
   */
  static ObjectNode block(Block block) {
    ObjectNode out = MAPPER.createObjectNode();
    out.put("kind", block.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    out.put("text", block.text());
    return out;
  }

  /** An array of the given nodes. */
  static ArrayNode array(List<? extends JsonNode> nodes) {
    ArrayNode out = MAPPER.createArrayNode();
    out.addAll(nodes);
    return out;
  }

  private static void putIf(ObjectNode out, Set<String> fields, String name, String value) {
    if (fields.contains(name)) {
      putIfPresent(out, name, value);
    }
  }

  private static void putIfPresent(ObjectNode out, String name, String value) {
    if (value != null) {
      out.put(name, value);
    }
  }
}
