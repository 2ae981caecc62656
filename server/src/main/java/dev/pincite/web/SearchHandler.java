package dev.pincite.web;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.pincite.cite.CitationStyle;
import dev.pincite.index.StoredClaim;
import dev.pincite.search.ArchiveSummary;
import dev.pincite.search.BadQueryException;
import dev.pincite.search.Completion;
import dev.pincite.search.Contested;
import dev.pincite.search.SearchBackend;
import dev.pincite.search.SearchResult;
import dev.pincite.search.SearchResult.Hit;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The search page ({@code /}) and {@code /api/search}: the same parameters ({@link SearchParams}),
 * the same search; the page adds what a person needs around the hits (facet links, chips, pages,
 * the timeline, and when nothing matches, why and what to try).
 */
final class SearchHandler {

  /**
   * A search hit as the page shows it.
   *
   * @param hit the hit
   * @param citation the claim's Markdown citation, for the copy button
   * @param counterclaims the claims answering it, in its document and elsewhere, for the inline
   *     toggle
   */
  public record HitView(Hit hit, String citation, List<StoredClaim> counterclaims) {}

  /**
   * The hits of one document on a page: the first where it ranks, with the document's title, the
   * next few under it without the title, and the rest folded ("N more from this article"), so a
   * title is not repeated card after card and one article does not fill a page, while a search
   * whose hits all come from one article still shows several of them.
   *
   * @param first the document's best-ranked hit on the page
   * @param next its next hits on the page, in rank order, shown under the first
   * @param more its other hits on the page, in rank order, folded
   */
  public record HitGroup(HitView first, List<HitView> next, List<HitView> more) {

    /** Hits of one document shown before the rest are folded. */
    static final int SHOWN = 3;

    /**
     * @param hits a page of hits in rank order
     * @return one group per document, in the order of each document's first hit
     */
    static List<HitGroup> of(List<HitView> hits) {
      Map<String, List<HitView>> byDocument = new LinkedHashMap<>();
      for (HitView hit : hits) {
        byDocument
            .computeIfAbsent(hit.hit().stored().document().id(), id -> new ArrayList<>())
            .add(hit);
      }
      return byDocument.values().stream().map(HitGroup::ofDocument).toList();
    }

    private static HitGroup ofDocument(List<HitView> hits) {
      int shown = Math.min(SHOWN, hits.size());
      return new HitGroup(
          hits.getFirst(),
          List.copyOf(hits.subList(1, shown)),
          List.copyOf(hits.subList(shown, hits.size())));
    }
  }

  /**
   * An active filter, shown as a removable chip.
   *
   * @param label the facet's name
   * @param value the value
   * @param removeHref the link without it
   */
  public record Chip(String label, String value, String removeHref) {}

  /**
   * A way out of an empty result: the same search with one filter less, and what it would find.
   *
   * @param label what is removed
   * @param href the search without it
   * @param total how many claims that search finds
   */
  public record Relaxation(String label, String href, long total) {}

  /**
   * A spelling correction of the query.
   *
   * @param query the corrected query
   * @param href the search for it
   */
  public record Suggestion(String query, String href) {}

  /**
   * What the landing page (no words, no filters, first page) shows above the newest claims.
   *
   * @param summary the archive's counts, date span and most active speakers
   * @param contested the most contested claims with their answers
   * @param newestAnswers the newest claims answering another
   */
  public record Landing(
      ArchiveSummary summary, List<Contested> contested, List<StoredClaim> newestAnswers) {}

  /** Items of each list on the landing page. */
  static final int LANDING_ITEMS = 5;

  private final SearchBackend searcher;
  private final Pages pages;
  private final Citations citations;
  private final int pageSize;

  SearchHandler(SearchBackend searcher, Pages pages, Citations citations, int pageSize) {
    this.searcher = searcher;
    this.pages = pages;
    this.citations = citations;
    this.pageSize = pageSize;
  }

  /**
   * {@code GET /api/search}: the searcher's result as JSON, streamed by the app's Jackson mapper
   * into the response as it is encoded (no String nor byte array of the ~30 kB answer). The result
   * is complete before the first byte is written, so an error still gets its own status.
   */
  void api(Context ctx) throws BadQueryException, IOException {
    SearchState state = SearchParams.read(ctx);
    SearchResult result = searcher.search(state.toRequest(pageSize));
    if (ctx.jsonMapper() instanceof JavalinJackson jackson) {
      ctx.contentType(ContentType.APPLICATION_JSON);
      jackson
          .getMapper()
          .writerFor(SearchResult.class)
          .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET) // Javalin finishes the response
          .writeValue(ctx.outputStream(), result);
    } else {
      ctx.json(result);
    }
  }

  /** {@code GET /api/complete?q=hay}: speakers and companies starting with what was typed. */
  void complete(Context ctx) throws IOException {
    String typed =
        ctx.queryParamAsClass("q", String.class)
            .check(q -> q == null || q.length() <= 100, "q must be at most 100 characters")
            .getOrDefault("");
    int max =
        ctx.queryParamAsClass("max", Integer.class)
            .check(m -> m == null || (m >= 1 && m <= 50), "max must be a number from 1 to 50")
            .getOrDefault(8);
    List<Completion> found = searcher.complete(typed, max);
    if ("opensearch".equals(ctx.queryParam("format"))) {
      // OpenSearch suggestions: [typed, [value, ...]], for the browser's address bar.
      ctx.contentType("application/x-suggestions+json; charset=utf-8");
      ctx.result(
          ctx.jsonMapper()
              .toJsonString(
                  List.of(typed, found.stream().map(Completion::value).toList()), List.class));
      return;
    }
    ctx.json(found);
  }

  /** {@code GET /opensearch.xml}: lets a browser add the archive as a search engine. */
  void openSearch(Context ctx) {
    Map<String, Object> model = Map.of("base", citations.baseUrl(ctx));
    ctx.contentType("application/opensearchdescription+xml; charset=utf-8");
    ctx.result(pages.render("opensearch", model));
  }

  /** {@code GET /}: the search page. */
  void page(Context ctx) throws BadQueryException, IOException {
    SearchState state = SearchParams.read(ctx);
    SearchResult result = searcher.search(state.toRequest(pageSize));
    Map<String, Object> model = new HashMap<>();
    model.put("state", state);
    model.put("q", state.query());
    model.put("result", result);
    List<HitView> hits = hits(ctx, result);
    model.put("hits", hits);
    model.put("groups", HitGroup.of(hits));
    model.put("facets", result.facets().stream().map(f -> FacetView.of(f, state)).toList());
    model.put("chips", chips(state));
    model.put("pager", Pager.of(state, result.total(), result.pageSize()));
    model.put("histogram", Histogram.of(result.timeline(), undated(state, result)));
    model.put("sorts", SearchState.sortsFor(state.query()));
    model.put("suggestions", suggestions(state, result));
    model.put("relaxations", result.total() == 0 ? relaxations(state) : List.of());
    model.put("offset", (long) (state.page() - 1) * result.pageSize());
    model.put("searchPage", true);
    model.put("debateHref", "/debate" + state.href().substring(1));
    if (state.query().isBlank() && !state.hasFilters() && state.page() == 1) {
      model.put(
          "landing",
          new Landing(
              searcher.summary(LANDING_ITEMS),
              searcher.contested(LANDING_ITEMS),
              searcher.newestAnswers(LANDING_ITEMS)));
    }
    ctx.html(pages.render("search", model));
  }

  /**
   * Claims of undated documents among the result: the timeline counts only dated ones. With a month
   * range set the result holds no undated claim, so there is nothing to count.
   */
  private static long undated(SearchState state, SearchResult result) {
    if (state.from() != null || state.to() != null) {
      return 0;
    }
    long dated = 0;
    for (SearchResult.MonthCount m : result.timeline()) {
      dated += m.bullish() + m.bearish() + m.neutral();
    }
    return Math.max(0, result.total() - dated);
  }

  private List<HitView> hits(Context ctx, SearchResult result) throws IOException {
    List<HitView> views = new ArrayList<>();
    for (Hit hit : result.hits()) {
      List<StoredClaim> counterclaims =
          hit.counterclaims() == 0 ? List.of() : searcher.answersTo(hit.stored().claim().id());
      String citation =
          citations.formatter(ctx).format(hit.stored(), CitationStyle.MARKDOWN).text();
      views.add(new HitView(hit, citation, counterclaims));
    }
    return views;
  }

  private static List<Chip> chips(SearchState state) {
    List<Chip> chips = new ArrayList<>();
    state
        .filters()
        .forEach(
            (dimension, values) -> {
              for (String value : values) {
                chips.add(
                    new Chip(
                        FacetView.LABELS.getOrDefault(dimension, dimension),
                        value,
                        state.without(dimension, value)));
              }
            });
    if (state.from() != null || state.to() != null) {
      String range =
          (state.from() == null ? "…" : state.from())
              + " to "
              + (state.to() == null ? "…" : state.to());
      chips.add(new Chip("Months", range, state.withoutRange()));
    }
    if (state.newSince() != null) {
      chips.add(new Chip("New since", state.newSince(), state.withoutNewSince()));
    }
    return chips;
  }

  private static List<Suggestion> suggestions(SearchState state, SearchResult result) {
    return result.spelling().stream()
        .filter(s -> !s.equals(state.query()))
        .map(s -> new Suggestion(s, state.withQuery(s)))
        .toList();
  }

  /** For an empty result: what each filter, removed alone, would give. */
  private List<Relaxation> relaxations(SearchState state) throws IOException {
    List<Relaxation> out = new ArrayList<>();
    if (!state.hasFilters()) {
      return out;
    }
    for (Map.Entry<String, List<String>> entry : state.filters().entrySet()) {
      for (String value : entry.getValue()) {
        Map<String, List<String>> fewer = new LinkedHashMap<>(state.filters());
        List<String> rest = new ArrayList<>(entry.getValue());
        rest.remove(value);
        fewer.put(entry.getKey(), rest);
        SearchState relaxed =
            new SearchState(
                state.query(), fewer, state.from(), state.to(), 1, state.sort(), state.newSince());
        String label = FacetView.LABELS.getOrDefault(entry.getKey(), entry.getKey()) + ": " + value;
        out.add(new Relaxation(label, relaxed.href(), count(relaxed)));
      }
    }
    if (state.from() != null || state.to() != null) {
      SearchState relaxed =
          new SearchState(
              state.query(), state.filters(), null, null, 1, state.sort(), state.newSince());
      out.add(new Relaxation("the month range", relaxed.href(), count(relaxed)));
    }
    if (state.newSince() != null) {
      SearchState relaxed =
          new SearchState(
              state.query(), state.filters(), state.from(), state.to(), 1, state.sort(), null);
      out.add(new Relaxation("the new-since date", relaxed.href(), count(relaxed)));
    }
    if (out.size() > 1) {
      SearchState bare = new SearchState(state.query(), Map.of(), null, null, 1, state.sort());
      out.add(new Relaxation("all filters", bare.href(), count(bare)));
    }
    return out;
  }

  private long count(SearchState state) throws IOException {
    try {
      return searcher.search(state.toRequest(1)).total();
    } catch (BadQueryException e) {
      return 0;
    }
  }
}
