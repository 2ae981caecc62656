package dev.pincite.web;

import dev.pincite.claims.Registry;
import dev.pincite.index.IndexSchema;
import dev.pincite.search.BadQueryException;
import dev.pincite.search.SearchBackend;
import dev.pincite.search.SearchRequest;
import dev.pincite.search.SearchResult;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The names page ({@code /names}): the speakers and organisations of the archive that the registry
 * does not list, found by their form and grammar, with how many claims carry each and a link to
 * them, so that a person can confirm them into the registry (a canonical name, aliases, a surname).
 * It reads the registry folder on every request, so a name confirmed there leaves the page at once;
 * the counts are the archive's, over the most frequent values of each facet.
 */
final class NamesHandler {

  /**
   * A name the registry does not list.
   *
   * @param name the name as the claims carry it
   * @param claims how many claims carry it
   * @param searchHref the search page filtered to it
   */
  public record Name(String name, long claims, String searchHref) {}

  private final SearchBackend searcher;
  private final Pages pages;
  private final Path registryDir;

  /**
   * @param registryDir the corpus's registry folder, or null when the archive has none to check
   *     against (every name is then listed)
   */
  NamesHandler(SearchBackend searcher, Pages pages, Path registryDir) {
    this.searcher = searcher;
    this.pages = pages;
    this.registryDir = registryDir;
  }

  /** {@code GET /names}. */
  void page(Context ctx) throws IOException, BadQueryException {
    Registry registry = registryDir == null ? Registry.empty() : Registry.load(registryDir);
    SearchResult all =
        searcher.search(
            new SearchRequest("", Map.of(), null, null, 1, 1, SearchRequest.Sort.RELEVANCE));
    Map<String, Object> model = new HashMap<>();
    model.put("speakers", unregistered(all, IndexSchema.FACET_SPEAKER, registry));
    model.put("organisations", unregistered(all, IndexSchema.FACET_COMPANY, registry));
    model.put("registry", registryDir == null ? null : registryDir.toString());
    model.put("title", "Names not in the registry");
    ctx.html(pages.render("names", model));
  }

  private static List<Name> unregistered(SearchResult all, String dimension, Registry registry) {
    List<Name> out = new ArrayList<>();
    for (SearchResult.FacetResult facet : all.facets()) {
      if (!facet.dimension().equals(dimension)) {
        continue;
      }
      for (SearchResult.FacetCount value : facet.values()) {
        String name = value.value();
        if (!name.equals(IndexSchema.NO_SPEAKER) && !registry.knows(name)) {
          out.add(new Name(name, value.count(), Links.facet(dimension, name)));
        }
      }
    }
    return out;
  }
}
