package dev.pincite.search;

import dev.pincite.search.SearchResult.FacetCount;
import java.util.List;

/**
 * What the archive holds, for the landing page.
 *
 * @param documents documents
 * @param claims claims
 * @param speakers people and outlets credited with a claim
 * @param firstDate the earliest publication date ({@code yyyy-MM-dd}), or null when none is dated
 * @param lastDate the latest, or null
 * @param activeSpeakers the speakers with the most claims, most first
 */
public record ArchiveSummary(
    long documents,
    long claims,
    long speakers,
    String firstDate,
    String lastDate,
    List<FacetCount> activeSpeakers) {

  public ArchiveSummary {
    activeSpeakers = List.copyOf(activeSpeakers);
  }
}
