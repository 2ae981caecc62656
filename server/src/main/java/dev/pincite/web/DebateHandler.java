package dev.pincite.web;

import dev.pincite.search.BadQueryException;
import dev.pincite.search.ForAgainst;
import dev.pincite.search.SearchBackend;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The debate views: {@code /contested} (the claims with the most answers, each with its answers
 * inline) and {@code /debate} (a search's hits in two columns, for and against the organisation the
 * search is about, with the same parameters as the search page).
 */
final class DebateHandler {

  /** Claims the Contested view lists. */
  static final int CONTESTED = 50;

  private final SearchBackend searcher;
  private final Pages pages;

  DebateHandler(SearchBackend searcher, Pages pages) {
    this.searcher = searcher;
    this.pages = pages;
  }

  /** {@code GET /contested}. */
  void contested(Context ctx) throws IOException {
    Map<String, Object> model = new HashMap<>();
    model.put("contested", searcher.contested(CONTESTED));
    model.put("title", "Contested claims");
    ctx.html(pages.render("contested", model));
  }

  /** {@code GET /debate?q=…}: the for / against view of a search. */
  void forAgainst(Context ctx) throws BadQueryException, IOException {
    SearchState state = SearchParams.read(ctx);
    ForAgainst columns = searcher.forAgainst(state.toRequest(100));
    Map<String, Object> model = new HashMap<>();
    model.put("state", state);
    model.put("q", state.query());
    model.put("columns", columns);
    model.put("searchHref", state.href());
    model.put("title", "For and against" + (state.query().isBlank() ? "" : ": " + state.query()));
    ctx.html(pages.render("debate", model));
  }
}
