package dev.pincite.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pincite.cite.Citation;
import dev.pincite.cite.CitationStyle;
import dev.pincite.claims.StableIds;
import dev.pincite.index.DocumentInfo;
import dev.pincite.index.StoredClaim;
import dev.pincite.ingest.Block;
import dev.pincite.search.BadQueryException;
import dev.pincite.search.ClaimView;
import dev.pincite.search.DocumentView;
import dev.pincite.search.SearchBackend;
import dev.pincite.search.SearchResult;
import dev.pincite.search.SearchResult.FacetCount;
import dev.pincite.search.SearchResult.FacetResult;
import dev.pincite.search.SearchResult.Hit;
import dev.pincite.search.SearchResult.MonthCount;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The versioned JSON API, {@code /api/v1/…}, in the shapes of {@link ApiJson} and as {@code
 * /api/openapi.json} describes it: search (with a page size, the number of facet values and the
 * claim fields the client wants), a claim in its context, a document, a claim's citations (CSL-JSON
 * as an object) and the successor of an outdated claim id.
 */
final class ApiV1Handler {

  /** The OpenAPI description, served as is. */
  static final String OPENAPI_RESOURCE = "/openapi.json";

  /** Facet values per dimension when the client does not say. */
  static final int DEFAULT_FACET_VALUES = 10;

  static final int MAX_FACET_VALUES = 100;
  static final int MAX_PAGE_SIZE = 100;

  private final SearchBackend searcher;
  private final ClaimHandler claims;
  private final Citations citations;
  private final int defaultPageSize;
  private final byte[] openApi;

  ApiV1Handler(
      SearchBackend searcher, ClaimHandler claims, Citations citations, int defaultPageSize) {
    this.searcher = searcher;
    this.claims = claims;
    this.citations = citations;
    this.defaultPageSize = defaultPageSize;
    this.openApi = readOpenApi();
  }

  /** {@code GET /api/openapi.json}. */
  void openApi(Context ctx) {
    ctx.contentType(ContentType.APPLICATION_JSON).result(openApi);
  }

  /**
   * {@code GET /api/v1/search}: the search page's parameters, plus {@code size} (hits per page),
   * {@code facets} (values per facet dimension, 0 for none) and {@code fields} (the claim fields to
   * write, comma-separated).
   */
  void search(Context ctx) throws BadQueryException, IOException {
    SearchState state = SearchParams.read(ctx);
    int size =
        ctx.queryParamAsClass("size", Integer.class)
            .check(
                s -> s == null || (s >= 1 && s <= MAX_PAGE_SIZE),
                "size must be a number from 1 to " + MAX_PAGE_SIZE)
            .getOrDefault(defaultPageSize);
    int facetValues =
        ctx.queryParamAsClass("facets", Integer.class)
            .check(
                n -> n == null || (n >= 0 && n <= MAX_FACET_VALUES),
                "facets must be a number from 0 to " + MAX_FACET_VALUES)
            .getOrDefault(DEFAULT_FACET_VALUES);
    Set<String> fields = fields(ctx.queryParam("fields"));
    SearchResult result = searcher.search(state.toRequest(size));
    ApiJson json = new ApiJson(citations.baseUrl(ctx));

    ObjectNode out = ApiJson.MAPPER.createObjectNode();
    out.put("total", result.total());
    out.put("page", result.page());
    out.put("pageSize", result.pageSize());
    ArrayNode hits = out.putArray("hits");
    Map<String, DocumentInfo> documents = new LinkedHashMap<>();
    for (Hit hit : result.hits()) {
      ObjectNode claim = json.claim(hit.stored(), fields);
      if (fields.contains("highlighted")) {
        claim.put("highlighted", hit.highlighted());
      }
      if (fields.contains("counterclaims")) {
        claim.put("counterclaims", hit.counterclaims());
      }
      hits.add(claim);
      documents.putIfAbsent(hit.stored().document().id(), hit.stored().document());
    }
    if (fields.contains("document")) {
      ObjectNode docs = out.putObject("documents");
      documents.forEach((id, doc) -> docs.set(id, json.document(doc)));
    }
    if (facetValues > 0) {
      out.set("facets", facets(result.facets(), facetValues));
    }
    ArrayNode timeline = out.putArray("timeline");
    for (MonthCount m : result.timeline()) {
      timeline
          .addObject()
          .put("month", m.month())
          .put("bullish", m.bullish())
          .put("bearish", m.bearish())
          .put("neutral", m.neutral());
    }
    ArrayNode spelling = out.putArray("spelling");
    result.spelling().forEach(spelling::add);
    write(ctx, out);
  }

  /**
   * {@code GET /api/v1/claims/{id}}: the claim, its document, its paragraph and the claims around
   * it. An outdated id answers 308 with the successor's URL in {@code Location} and in the body.
   */
  void claim(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    Optional<ClaimView> found = view(id);
    if (found.isEmpty()) {
      redirectToSuccessor(ctx, id);
      return;
    }
    ClaimView view = found.get();
    ApiJson json = new ApiJson(citations.baseUrl(ctx));
    ObjectNode out = ApiJson.MAPPER.createObjectNode();
    out.set("claim", json.claim(view.stored()));
    out.set("document", json.document(view.stored().document()));
    if (view.paragraph() != null) {
      out.putObject("paragraph")
          .put("number", view.paragraph().n())
          .put("text", view.paragraph().text());
    }
    out.set(
        "paragraphClaims",
        ApiJson.array(view.paragraphClaims().stream().map(json::claim).toList()));
    if (view.counters() != null) {
      out.set("answers", json.claim(view.counters()));
    }
    out.set(
        "counterclaims", ApiJson.array(view.counterclaims().stream().map(json::claim).toList()));
    write(ctx, out);
  }

  /** {@code GET /api/v1/claims/{id}/former}: what an outdated id said, and its successor. */
  void former(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    ClaimHandler.Moved moved =
        claims
            .moved(id)
            .orElseThrow(
                () -> new NotFoundResponse("No claim was ever indexed with the id " + id + "."));
    write(ctx, movedJson(new ApiJson(citations.baseUrl(ctx)), moved));
  }

  /**
   * {@code GET /api/v1/claims/{id}/cite?style=apa}: one citation, or every style without one. A
   * CSL-JSON citation's {@code text} is the item itself, a JSON object.
   */
  void cite(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    StoredClaim stored =
        view(id)
            .map(ClaimView::stored)
            .orElseThrow(() -> new NotFoundResponse(ClaimHandler.notFoundMessage(id)));
    String style = ctx.queryParam("style");
    if (style == null || style.isBlank()) {
      write(
          ctx,
          ApiJson.array(
              citations.formatter(ctx).all(stored).stream().map(ApiV1Handler::citation).toList()));
      return;
    }
    write(ctx, citation(citations.formatter(ctx).format(stored, ClaimHandler.style(style))));
  }

  /** {@code GET /api/v1/documents/{id}}: metadata, body blocks, claims and speakers. */
  void document(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    Optional<DocumentView> found =
        id.matches("[a-z0-9]{6,16}") ? searcher.document(id) : Optional.empty();
    DocumentView view =
        found.orElseThrow(
            () -> new NotFoundResponse("No document has the id \"" + id + "\" in the archive."));
    ApiJson json = new ApiJson(citations.baseUrl(ctx));
    ObjectNode out = json.document(view.info());
    List<JsonNode> blocks = new ArrayList<>();
    for (Block block : view.blocks()) {
      blocks.add(ApiJson.block(block));
    }
    out.set("blocks", ApiJson.array(blocks));
    Set<String> withoutDocument = new LinkedHashSet<>(ApiJson.CLAIM_FIELDS);
    withoutDocument.remove("document");
    out.set(
        "claims",
        ApiJson.array(view.claims().stream().map(c -> json.claim(c, withoutDocument)).toList()));
    ArrayNode speakers = out.putArray("speakers");
    for (FacetCount s : view.speakers()) {
      speakers.addObject().put("value", s.value()).put("count", s.count());
    }
    write(ctx, out);
  }

  private void redirectToSuccessor(Context ctx, String id) throws IOException {
    Optional<ClaimHandler.Moved> moved = claims.moved(id);
    if (moved.isEmpty()) {
      throw new NotFoundResponse(ClaimHandler.notFoundMessage(id));
    }
    ApiJson json = new ApiJson(citations.baseUrl(ctx));
    ObjectNode body = movedJson(json, moved.get());
    if (moved.get().closest() == null) {
      // The document no longer says anything like it: gone, with what it said.
      ctx.status(410);
      write(ctx, body);
      return;
    }
    // 308, not 301: the successor is the answer for this request method too, and a client that
    // follows it gets the current claim; the body names it for one that does not follow.
    ctx.status(308);
    ctx.header("Location", "/api/v1/claims/" + Links.segment(moved.get().closest().claim().id()));
    write(ctx, body);
  }

  private static ObjectNode movedJson(ApiJson json, ClaimHandler.Moved moved) {
    ObjectNode out = ApiJson.MAPPER.createObjectNode();
    out.put("status", "changed");
    out.set("former", json.claim(moved.former()));
    if (moved.closest() != null) {
      out.set("successor", json.claim(moved.closest()));
      out.put("clear", moved.clear());
    }
    return out;
  }

  private static ObjectNode citation(Citation citation) {
    ObjectNode out = ApiJson.MAPPER.createObjectNode();
    out.put("style", citation.style().urlName());
    out.put("mediaType", citation.mediaType());
    if (citation.style() == CitationStyle.CSL_JSON) {
      try {
        out.set("text", ApiJson.MAPPER.readTree(citation.text()));
      } catch (IOException e) {
        throw new UncheckedIOException("the CSL-JSON citation is not JSON", e);
      }
    } else {
      out.put("text", citation.text());
    }
    return out;
  }

  private static Set<String> fields(String param) {
    if (param == null || param.isBlank()) {
      return Set.copyOf(ApiJson.CLAIM_FIELDS);
    }
    Set<String> fields = new LinkedHashSet<>();
    for (String field : param.split(",")) {
      String name = field.strip();
      if (!ApiJson.CLAIM_FIELDS.contains(name)) {
        throw new BadRequestResponse(
            "There is no claim field \""
                + name
                + "\". Fields are: "
                + String.join(", ", ApiJson.CLAIM_FIELDS)
                + ".");
      }
      fields.add(name);
    }
    return fields;
  }

  private static ArrayNode facets(List<FacetResult> facets, int max) {
    ArrayNode out = ApiJson.MAPPER.createArrayNode();
    for (FacetResult facet : facets) {
      ObjectNode f = out.addObject();
      f.put("dimension", facet.dimension());
      f.put("totalValues", facet.totalValues());
      ArrayNode values = f.putArray("values");
      int n = 0;
      for (FacetCount count : facet.values()) {
        // Selected values are always written, so a client can show what it filtered on.
        if (n++ >= max && !count.selected()) {
          continue;
        }
        ObjectNode v = values.addObject().put("value", count.value()).put("count", count.count());
        if (count.selected()) {
          v.put("selected", true);
        }
      }
    }
    return out;
  }

  private Optional<ClaimView> view(String id) throws IOException {
    return StableIds.looksLikeId(id) ? searcher.claimView(id) : Optional.empty();
  }

  private static void write(Context ctx, JsonNode body) throws IOException {
    ctx.contentType(ContentType.APPLICATION_JSON);
    ctx.result(ApiJson.MAPPER.writeValueAsBytes(body));
  }

  private static byte[] readOpenApi() {
    try (InputStream in = ApiV1Handler.class.getResourceAsStream(OPENAPI_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(OPENAPI_RESOURCE + " is missing from the class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
