package dev.pincite.search;

import dev.pincite.index.DocumentInfo;
import dev.pincite.index.IndexSchema;
import dev.pincite.search.SearchResult.FacetCount;
import java.util.Comparator;
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

  /**
   * The summary of an archive, as every backend makes it.
   *
   * @param documents every document
   * @param claims how many claims
   * @param speakerCounts every value of the speaker facet with its claims, in any order
   * @param speakers how many of the most active speakers to list
   * @return the counts, the date span and the most active credited speakers
   */
  public static ArchiveSummary of(
      List<DocumentInfo> documents, long claims, List<FacetCount> speakerCounts, int speakers) {
    String first = null;
    String last = null;
    for (DocumentInfo document : documents) {
      String published = document.published();
      if (published == null || published.length() < 10) {
        continue;
      }
      String day = published.substring(0, 10);
      first = first == null || day.compareTo(first) < 0 ? day : first;
      last = last == null || day.compareTo(last) > 0 ? day : last;
    }
    List<FacetCount> credited =
        speakerCounts.stream()
            .filter(v -> !v.value().equals(IndexSchema.NO_SPEAKER))
            .sorted(
                Comparator.comparingLong(FacetCount::count)
                    .reversed()
                    .thenComparing(FacetCount::value))
            .toList();
    return new ArchiveSummary(
        documents.size(),
        claims,
        credited.size(),
        first,
        last,
        credited.subList(0, Math.min(Math.max(0, speakers), credited.size())));
  }
}
