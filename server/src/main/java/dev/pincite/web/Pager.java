package dev.pincite.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The page links under the results: previous, next, the first and last pages and a window around
 * the current one, with gaps between.
 *
 * @param page the current page
 * @param pages how many pages the results fill
 * @param previous the previous page's link, or null on the first
 * @param next the next page's link, or null on the last
 * @param links the numbered links, a null number standing for a gap
 */
public record Pager(int page, int pages, String previous, String next, List<Link> links) {

  private static final int WINDOW = 2;

  /**
   * One numbered link.
   *
   * @param number the page, or null for a gap ("…")
   * @param href the link, or null for a gap
   * @param current whether it is the page shown
   */
  public record Link(Integer number, String href, boolean current) {}

  /**
   * @param state the search
   * @param total matching claims
   * @param pageSize hits per page
   * @return the pager
   */
  static Pager of(SearchState state, long total, int pageSize) {
    int pages = (int) Math.min(SearchParams.MAX_PAGE, (total + pageSize - 1) / pageSize);
    int page = state.page();
    List<Link> links = new ArrayList<>();
    Integer last = null;
    for (int n = 1; n <= pages; n++) {
      boolean inWindow = Math.abs(n - page) <= WINDOW;
      if (n == 1 || n == pages || inWindow) {
        if (last != null && n > last + 1) {
          links.add(new Link(null, null, false));
        }
        links.add(new Link(n, state.atPage(n), n == page));
        last = n;
      }
    }
    String previous = page > 1 && page <= pages + 1 ? state.atPage(page - 1) : null;
    String next = page < pages ? state.atPage(page + 1) : null;
    return new Pager(page, pages, previous, next, List.copyOf(links));
  }
}
