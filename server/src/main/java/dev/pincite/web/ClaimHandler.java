package dev.pincite.web;

import dev.pincite.cite.Citation;
import dev.pincite.cite.CitationStyle;
import dev.pincite.claims.StableIds;
import dev.pincite.index.ClosestClaim;
import dev.pincite.index.DocumentInfo;
import dev.pincite.index.StoredClaim;
import dev.pincite.search.ClaimView;
import dev.pincite.search.SearchBackend;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The claim page ({@code /claims/{id}}) and the claim API ({@code /api/claims/{id}}, {@code
 * /former}, {@code /answers}, {@code /cite}). An id that no longer resolves (its sentence was
 * edited or removed in a reindex) does not end in a bare 404: the page shows what the claim said
 * and the closest current claim of the same document, so a citation in an old memo still leads
 * somewhere useful.
 */
final class ClaimHandler {

  /**
   * What an outdated id leads to.
   *
   * @param former the claim as it was last indexed
   * @param closest the closest current claim of the same document, or null when none shares a word
   * @param clear whether that match is clear ({@link ClosestClaim.Match#clear()}), not a guess
   */
  public record Moved(StoredClaim former, StoredClaim closest, boolean clear) {}

  /** Citation style labels, in the order the page lists them. */
  static final Map<String, String> STYLE_LABELS = styleLabels();

  private final SearchBackend searcher;
  private final Pages pages;
  private final Citations citations;

  ClaimHandler(SearchBackend searcher, Pages pages, Citations citations) {
    this.searcher = searcher;
    this.pages = pages;
    this.citations = citations;
  }

  /** {@code GET /claims/{id}}. */
  void page(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    Optional<ClaimView> view =
        StableIds.looksLikeId(id) ? searcher.claimView(id) : Optional.empty();
    if (view.isPresent()) {
      ctx.html(pages.render("claim", claimModel(ctx, view.get())));
      return;
    }
    Optional<Moved> moved = moved(id);
    if (moved.isEmpty()) {
      throw new NotFoundResponse(notFoundMessage(id));
    }
    Map<String, Object> model = new HashMap<>();
    model.put("id", id);
    model.put("moved", moved.get());
    model.put("title", "Claim moved");
    ctx.html(pages.render("moved", model));
  }

  /**
   * {@code GET /api/claims/{id}}: the claim in its context. An outdated id answers as the page
   * does, naming its successor: 308 to the successor's URL, with what the id said and what replaced
   * it in the body (the shape of {@code /former}).
   */
  void api(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    Optional<ClaimView> view = view(id);
    if (view.isPresent()) {
      ctx.json(view.get());
      return;
    }
    Moved moved = moved(id).orElseThrow(() -> new NotFoundResponse(notFoundMessage(id)));
    if (moved.closest() != null) {
      ctx.status(308);
      ctx.header("Location", "/api/claims/" + Links.segment(moved.closest().claim().id()));
    } else {
      ctx.status(410);
    }
    ctx.json(moved);
  }

  /** {@code GET /api/claims/{id}/former}: what an outdated id said, and its closest successor. */
  void former(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    ctx.json(
        moved(id)
            .orElseThrow(
                () -> new NotFoundResponse("No claim was ever indexed with the id " + id + ".")));
  }

  /**
   * {@code GET /api/claims/{id}/answers}: the claims that answer a claim ({@link
   * SearchBackend#answersTo}), each with its first-indexed date, as {@code {"id", "answers"}}.
   */
  void answers(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    if (view(id).isEmpty()) {
      throw new NotFoundResponse(notFoundMessage(id));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", id);
    body.put("answers", searcher.answersTo(id));
    ctx.json(body);
  }

  /** {@code GET /api/claims/{id}/cite?style=apa}: one citation, or all of them without a style. */
  void cite(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    StoredClaim stored =
        view(id)
            .map(ClaimView::stored)
            .orElseThrow(() -> new NotFoundResponse(notFoundMessage(id)));
    String style = ctx.queryParam("style");
    if (style == null || style.isBlank()) {
      ctx.json(citations.formatter(ctx).all(stored));
      return;
    }
    CitationStyle parsed = style(style);
    Citation citation = citations.formatter(ctx).format(stored, parsed);
    if ("text".equals(ctx.queryParam("format"))) {
      // The citation itself, ready to save or paste, in its own media type.
      ctx.contentType(citation.mediaType()).result(citation.text());
      return;
    }
    ctx.json(citation);
  }

  /**
   * @param urlName a style's URL name, such as {@code apa}
   * @return the style
   * @throws BadRequestResponse naming the styles there are, for an unknown one
   */
  static CitationStyle style(String urlName) {
    try {
      return CitationStyle.fromUrlName(urlName);
    } catch (IllegalArgumentException e) {
      throw new BadRequestResponse(
          "There is no citation style \""
              + urlName
              + "\". Styles are: "
              + String.join(", ", STYLE_LABELS.keySet())
              + ".");
    }
  }

  private Optional<ClaimView> view(String id) throws IOException {
    return StableIds.looksLikeId(id) ? searcher.claimView(id) : Optional.empty();
  }

  private Map<String, Object> claimModel(Context ctx, ClaimView view) {
    Map<String, Object> model = new HashMap<>();
    StoredClaim stored = view.stored();
    DocumentInfo doc = stored.document();
    List<Citation> all = citations.formatter(ctx).all(stored);
    model.put("view", view);
    model.put("claim", stored.claim());
    model.put("doc", doc);
    model.put(
        "segments",
        view.paragraph() == null
            ? List.of(new ParagraphSegments.Segment(stored.claim().text(), stored))
            : ParagraphSegments.of(view.paragraph().text(), view.paragraphClaims()));
    model.put("citations", all);
    model.put("styleLabels", STYLE_LABELS);
    model.put("title", stored.claim().text());
    return model;
  }

  Optional<Moved> moved(String id) throws IOException {
    if (!StableIds.looksLikeId(id)) {
      return Optional.empty();
    }
    Optional<StoredClaim> former = searcher.formerClaim(id);
    if (former.isEmpty()) {
      return Optional.empty();
    }
    List<StoredClaim> current = searcher.claimsOfDocument(StableIds.documentPrefix(id));
    Optional<ClosestClaim.Match> match =
        ClosestClaim.find(current, former.get().claim().text(), former.get().claim().paragraph());
    if (match.isEmpty() || !match.get().clear()) {
      // its file renamed or moved: the successor the reindex recorded, in another document
      Optional<StoredClaim> successor = searcher.successor(id);
      if (successor.isPresent()) {
        return Optional.of(new Moved(former.get(), successor.get(), true));
      }
    }
    return Optional.of(
        new Moved(
            former.get(),
            match.map(ClosestClaim.Match::claim).orElse(null),
            match.map(ClosestClaim.Match::clear).orElse(false)));
  }

  static String notFoundMessage(String id) {
    return "No claim has the id \""
        + id
        + "\". It may have been mistyped, or the document it came"
        + " from is no longer in the archive.";
  }

  private static Map<String, String> styleLabels() {
    Map<String, String> labels = new LinkedHashMap<>();
    for (CitationStyle style : CitationStyle.values()) {
      labels.put(
          style.urlName(),
          switch (style) {
            case MARKDOWN -> "Markdown";
            case TEXT -> "Plain text";
            case APA -> "APA";
            case CHICAGO -> "Chicago";
            case BIBTEX -> "BibTeX";
            case CSL_JSON -> "CSL-JSON";
          });
    }
    return Collections.unmodifiableMap(labels);
  }
}
