package dev.pincite.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The versioned API against its contract: every answer of {@code /api/v1/…} is checked over HTTP
 * against the schema {@code /api/openapi.json} gives for it, and the promises the schemas cannot
 * state (no {@code null} anywhere, each document once, lower-case enums, CORS) are checked on the
 * same answers.
 */
class ApiContractTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path tmp;
  private static TestArchive archive;
  private static JsonNode openApi;

  @BeforeAll
  static void start() throws Exception {
    archive = TestArchive.start(tmp, Map.of(), 5);
    HttpResponse<String> response = archive.get("/api/openapi.json");
    assertEquals(200, response.statusCode());
    openApi = JSON.readTree(response.body());
  }

  @AfterAll
  static void stop() throws IOException {
    archive.close();
  }

  @Test
  void searchAnswersMatchTheSchemaWithDocumentsOnceAndLinksPerHit() throws Exception {
    JsonNode answer = checked("/api/v1/search?q=gizmo&size=8", 200, "SearchAnswer");
    assertEquals(8, answer.get("hits").size());
    assertTrue(answer.get("documents").size() < answer.get("hits").size(), answer.toString());
    for (JsonNode hit : answer.get("hits")) {
      assertTrue(answer.get("documents").has(hit.get("document").asText()), hit.toString());
      assertTrue(
          hit.at("/links/page").asText().endsWith("/claims/" + hit.get("id").asText()),
          hit.toString());
      assertTrue(hit.at("/links/api").asText().contains("/api/v1/claims/"), hit.toString());
    }
    assertNoNulls(answer);
  }

  @Test
  void theClientChoosesPageSizeFacetValuesAndFields() throws Exception {
    JsonNode small = checked("/api/v1/search?q=gizmo&size=2&facets=1&fields=id,text", 200, null);
    assertEquals(2, small.get("hits").size());
    assertEquals(2, small.get("pageSize").asInt());
    for (JsonNode facet : small.get("facets")) {
      assertTrue(facet.get("values").size() <= 1, facet.toString());
    }
    JsonNode hit = small.at("/hits/0");
    assertEquals(List.of("id", "text"), names(hit));
    assertFalse(small.has("documents"), "no document field, no documents");
    JsonNode bare = checked("/api/v1/search?q=gizmo&facets=0", 200, "SearchAnswer");
    assertFalse(bare.has("facets"));
    assertEquals(400, archive.get("/api/v1/search?q=gizmo&fields=nope").statusCode());
    assertEquals(400, archive.get("/api/v1/search?q=gizmo&size=0").statusCode());
  }

  @Test
  void claimDocumentAndCitationAnswersMatchTheSchema() throws Exception {
    JsonNode search = checked("/api/v1/search?q=gizmo&size=1", 200, "SearchAnswer");
    String id = search.at("/hits/0/id").asText();
    String doc = search.at("/hits/0/document").asText();

    JsonNode claim = checked("/api/v1/claims/" + id, 200, "ClaimAnswer");
    assertEquals(id, claim.at("/claim/id").asText());
    assertNoNulls(claim);

    JsonNode document = checked("/api/v1/documents/" + doc, 200, "DocumentAnswer");
    for (JsonNode block : document.get("blocks")) {
      String kind = block.get("kind").asText();
      assertEquals(kind.toLowerCase(Locale.ROOT), kind, "enum values are lower case");
    }
    assertNoNulls(document);

    JsonNode csl = checked("/api/v1/claims/" + id + "/cite?style=csl-json", 200, "Citation");
    assertTrue(csl.get("text").isObject(), "CSL-JSON is an object, not a string: " + csl);
    assertEquals(id, csl.at("/text/id").asText());
    JsonNode all = checked("/api/v1/claims/" + id + "/cite", 200, null);
    for (JsonNode citation : all) {
      assertSchema("Citation", citation);
    }
  }

  @Test
  void errorsAndUnknownIdsAnswerTheErrorShape() throws Exception {
    checked("/api/v1/claims/zzzzzzzzzzzzzz", 404, "Error");
    checked("/api/v1/documents/nosuchdoc", 404, "Error");
    checked("/api/v1/search?q=%22unclosed", 400, "Error");
  }

  @Test
  void everyApiAnswerMayBeReadFromAnyOrigin() throws Exception {
    for (String path : List.of("/api/v1/search?q=gizmo", "/api/search?q=gizmo")) {
      HttpResponse<String> response = archive.get(path);
      assertEquals(
          "*", response.headers().firstValue("Access-Control-Allow-Origin").orElse(null), path);
    }
  }

  @Test
  void theOldUnversionedPathsStillAnswerTheirFirstShape() throws Exception {
    JsonNode old = JSON.readTree(archive.get("/api/search?q=gizmo").body());
    assertTrue(old.at("/hits/0/stored/claim/id").isTextual(), "old /api/search is unchanged");
  }

  private static JsonNode checked(String path, int status, String schema) throws Exception {
    HttpResponse<String> response = archive.get(path);
    assertEquals(status, response.statusCode(), path + ": " + response.body());
    assertTrue(
        response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
        path);
    JsonNode body = JSON.readTree(response.body());
    if (schema != null) {
      assertSchema(schema, body);
    }
    return body;
  }

  /** Validates a node against one of the OpenAPI file's component schemas. */
  private static void assertSchema(String name, JsonNode node) {
    assertTrue(openApi.at("/components/schemas/" + name).isObject(), "no schema " + name);
    ObjectNode root = JSON.createObjectNode();
    root.put("$ref", "#/components/schemas/" + name);
    root.set("components", openApi.get("components"));
    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(root);
    List<Error> errors = schema.validate(node);
    assertEquals(List.of(), errors.stream().map(Error::toString).toList(), name + ": " + node);
  }

  private static void assertNoNulls(JsonNode node) {
    if (node.isNull()) {
      throw new AssertionError("a null in the answer");
    }
    node.forEach(ApiContractTest::assertNoNulls);
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }
}
