package dev.pincite.web;

import dev.pincite.claims.Stance;
import dev.pincite.index.IndexSchema;
import dev.pincite.index.StoredClaim;
import dev.pincite.search.BadQueryException;
import dev.pincite.search.SearchBackend;
import dev.pincite.search.SearchRequest;
import dev.pincite.search.SearchResult;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The speaker page ({@code /speakers/{name}}): a person's claims grouped by company and stance. */
final class SpeakerHandler {

  /** A speaker page lists at most this many claims; the search page has the rest. */
  static final int MAX_CLAIMS = 1000;

  /** The heading for claims that discuss no company. */
  static final String NO_COMPANY = "No company named";

  /**
   * The claims about one company.
   *
   * @param company the company, or {@link #NO_COMPANY}
   * @param total claims about it
   * @param stances claims by stance, bullish, bearish then neutral; stances without claims left out
   * @param searchHref the search page for this speaker and company
   */
  public record CompanyGroup(
      String company, int total, List<StanceGroup> stances, String searchHref) {}

  /**
   * The claims of one stance.
   *
   * @param stance the stance
   * @param claims the claims, newest document first
   */
  public record StanceGroup(String stance, List<StoredClaim> claims) {}

  private final SearchBackend searcher;
  private final Pages pages;

  SpeakerHandler(SearchBackend searcher, Pages pages) {
    this.searcher = searcher;
    this.pages = pages;
  }

  /** {@code GET /speakers/{name}}. */
  void page(Context ctx) throws IOException, BadQueryException {
    String name = ctx.pathParam("name");
    // "No speaker" is a facet value for unattributed claims, not a person with a page.
    List<StoredClaim> claims = name.equals(IndexSchema.NO_SPEAKER) ? List.of() : claimsOf(name);
    if (claims.isEmpty()) {
      throw new NotFoundResponse("No claims in the archive are attributed to \"" + name + "\".");
    }
    Map<String, Object> model = new HashMap<>();
    model.put("name", name);
    model.put("total", claims.size());
    model.put("groups", group(name, claims));
    model.put("searchHref", Links.facet(IndexSchema.FACET_SPEAKER, name));
    model.put("title", name);
    ctx.html(pages.render("speaker", model));
  }

  private List<StoredClaim> claimsOf(String name) throws IOException, BadQueryException {
    List<StoredClaim> claims = new ArrayList<>();
    Map<String, List<String>> filter = Map.of(IndexSchema.FACET_SPEAKER, List.of(name));
    for (int page = 1; claims.size() < MAX_CLAIMS; page++) {
      SearchResult result =
          searcher.search(
              new SearchRequest("", filter, null, null, page, 100, SearchRequest.Sort.DATE_DESC));
      result.hits().forEach(hit -> claims.add(hit.stored()));
      if (result.hits().size() < 100 || claims.size() >= result.total()) {
        break;
      }
    }
    return claims;
  }

  private static List<CompanyGroup> group(String name, List<StoredClaim> claims) {
    Map<String, Map<Stance, List<StoredClaim>>> byCompany = new LinkedHashMap<>();
    for (StoredClaim stored : claims) {
      List<String> companies = stored.claim().companies();
      for (String company : companies.isEmpty() ? List.of(NO_COMPANY) : companies) {
        byCompany
            .computeIfAbsent(company, c -> new EnumMap<>(Stance.class))
            .computeIfAbsent(stored.claim().stance(), s -> new ArrayList<>())
            .add(stored);
      }
    }
    List<CompanyGroup> groups = new ArrayList<>();
    byCompany.forEach(
        (company, stances) -> {
          List<StanceGroup> stanceGroups = new ArrayList<>();
          int total = 0;
          for (Stance stance : List.of(Stance.BULLISH, Stance.BEARISH, Stance.NEUTRAL)) {
            List<StoredClaim> list = stances.getOrDefault(stance, List.of());
            if (!list.isEmpty()) {
              stanceGroups.add(new StanceGroup(stance.label(), List.copyOf(list)));
              total += list.size();
            }
          }
          String href =
              NO_COMPANY.equals(company)
                  ? Links.facet(IndexSchema.FACET_SPEAKER, name)
                  : new SearchState(
                          "",
                          Map.of(
                              IndexSchema.FACET_SPEAKER,
                              List.of(name),
                              IndexSchema.FACET_COMPANY,
                              List.of(company)),
                          null,
                          null,
                          1,
                          SearchState.RELEVANCE)
                      .href();
          groups.add(new CompanyGroup(company, total, List.copyOf(stanceGroups), href));
        });
    groups.sort(
        Comparator.comparing((CompanyGroup g) -> NO_COMPANY.equals(g.company()))
            .thenComparing(Comparator.comparingInt(CompanyGroup::total).reversed())
            .thenComparing(CompanyGroup::company));
    return groups;
  }
}
