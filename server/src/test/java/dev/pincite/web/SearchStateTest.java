package dev.pincite.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.pincite.search.SearchRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchStateTest {

  private final SearchState state =
      new SearchState(
          "cloud \"margins\"",
          Map.of("speaker", List.of("Jordi Hays")),
          "2026-06",
          null,
          3,
          SearchState.DATE);

  @Test
  void hrefKeepsTheWholeStateAndLeavesDefaultsOut() {
    assertEquals(
        "/?q=cloud+%22margins%22&f.speaker=Jordi+Hays&from=2026-06&sort=date&page=3", state.href());
    assertEquals("/", SearchState.empty().href());
  }

  @Test
  void tickingAValueAddsItAndGoesBackToPageOne() {
    assertEquals(
        "/?q=cloud+%22margins%22&f.speaker=Jordi+Hays&f.speaker=John+Coogan&from=2026-06&sort=date",
        state.toggle("speaker", "John Coogan"));
  }

  @Test
  void untickingAValueRemovesOnlyIt() {
    assertEquals(
        "/?q=cloud+%22margins%22&from=2026-06&sort=date", state.toggle("speaker", "Jordi Hays"));
  }

  @Test
  void clearingFiltersKeepsQueryAndSort() {
    assertEquals("/?q=cloud+%22margins%22&sort=date", state.withoutFilters());
  }

  @Test
  void requestCarriesFiltersRangePageAndSort() {
    SearchRequest request = state.toRequest(10);
    assertEquals(Map.of("speaker", List.of("Jordi Hays")), request.filters());
    assertEquals("2026-06", request.fromMonth());
    assertNull(request.toMonth());
    assertEquals(3, request.page());
    assertEquals(SearchRequest.Sort.DATE_DESC, request.sort());
  }

  @Test
  void excludingAValueAddsItsNegationToTheQueryAndUnticksIt() {
    assertEquals(
        "/?q=cloud+%22margins%22+-speaker%3A%22Jordi+Hays%22&from=2026-06&sort=date",
        state.excluding("speaker", "Jordi Hays"));
    SearchState bare = SearchState.empty();
    assertEquals(
        "/?q=-outlet%3A%22The+%5C%22Daily%5C%22%22", bare.excluding("outlet", "The \"Daily\""));
    assertNull(bare.excluding("speaker", "No speaker"), "not a name the query can hold");
    assertNull(bare.excluding("month", "2026-06"), "months are not a query field");
  }
}
