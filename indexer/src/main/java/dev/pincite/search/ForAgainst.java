package dev.pincite.search;

import dev.pincite.search.SearchResult.Hit;
import java.util.List;

/**
 * The hits of a search split by their stance toward one organisation, so both sides of a debate
 * stand side by side: bullish claims for it, bearish against it. Neutral claims and claims about
 * other organisations are left out.
 *
 * @param company the organisation: the search's company filter when it has exactly one, else the
 *     organisation most of its hits discuss; null when no hit names one
 * @param forIt bullish claims, in the search's order
 * @param against bearish claims, in the search's order
 * @param searched how many hits were split (the first page of up to 100)
 */
public record ForAgainst(String company, List<Hit> forIt, List<Hit> against, int searched) {

  public ForAgainst {
    forIt = List.copyOf(forIt);
    against = List.copyOf(against);
  }
}
