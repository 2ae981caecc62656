package dev.pincite.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PagerTest {

  private static String numbers(Pager pager) {
    StringBuilder out = new StringBuilder();
    for (Pager.Link link : pager.links()) {
      out.append(
              link.number() == null
                  ? "…"
                  : link.current() ? "[" + link.number() + "]" : link.number())
          .append(' ');
    }
    return out.toString().strip();
  }

  private static SearchState page(int n) {
    return new SearchState("x", Map.of(), null, null, n, SearchState.RELEVANCE);
  }

  @Test
  void showsFirstLastAndAWindowAroundTheCurrentPage() {
    Pager pager = Pager.of(page(10), 200, 10);
    assertEquals("1 … 8 9 [10] 11 12 … 20", numbers(pager));
    assertEquals("/?q=x&page=9", pager.previous());
    assertEquals("/?q=x&page=11", pager.next());
  }

  @Test
  void firstPageHasNoPreviousAndLinksPageOneWithoutAPageParameter() {
    Pager pager = Pager.of(page(1), 25, 10);
    assertEquals("[1] 2 3", numbers(pager));
    assertNull(pager.previous());
    assertEquals("/?q=x", pager.links().get(0).href());
  }

  @Test
  void noResultsNoPages() {
    assertEquals(0, Pager.of(page(1), 0, 10).pages());
  }
}
