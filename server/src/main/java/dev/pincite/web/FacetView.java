package dev.pincite.web;

import dev.pincite.index.IndexSchema;
import dev.pincite.search.SearchResult.FacetCount;
import dev.pincite.search.SearchResult.FacetResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One facet of the search sidebar: the first values in view, the rest behind "more…", selected
 * values always in view (even with a count of zero, so they can be unticked). The speakers' "No
 * speaker" comes last, always in view: it is there to filter by, not a speaker to rank.
 *
 * @param dimension the facet dimension
 * @param label its heading
 * @param shown the values in view
 * @param more the values behind "more…"
 * @param totalValues how many distinct values the facet has for this search
 */
public record FacetView(
    String dimension, String label, List<Value> shown, List<Value> more, int totalValues) {

  /** How many values a facet shows before "more…". */
  static final int SHOWN = 6;

  /** Facet headings by dimension. */
  static final Map<String, String> LABELS =
      Map.of(
          "voice", "Voice",
          "speaker", "Speaker",
          "company", "Company",
          "type", "Claim type",
          "stance", "Stance",
          "outlet", "Outlet",
          "month", "Month");

  /**
   * A value with its checkbox.
   *
   * @param value the value
   * @param count matching claims (drill-sideways)
   * @param selected whether it is ticked
   * @param href the link that ticks or unticks it
   * @param inputId the checkbox's element id
   * @param excludeHref the link that leaves out this value's claims, or null where the query syntax
   *     cannot name it (months, the voice, "No speaker")
   */
  public record Value(
      String value,
      long count,
      boolean selected,
      String href,
      String inputId,
      String excludeHref) {}

  /**
   * @param result the searcher's counts for one dimension
   * @param state the current search
   * @return the sidebar entry
   */
  static FacetView of(FacetResult result, SearchState state) {
    String dimension = result.dimension();
    List<Value> shown = new ArrayList<>();
    List<Value> more = new ArrayList<>();
    List<String> listed = new ArrayList<>();
    Value noSpeaker = null;
    int i = 0;
    for (FacetCount count : result.values()) {
      boolean selected = count.selected() || state.isSelected(dimension, count.value());
      Value value =
          new Value(
              count.value(),
              count.count(),
              selected,
              state.toggle(dimension, count.value()),
              "f-" + dimension + "-" + i++,
              state.excluding(dimension, count.value()));
      listed.add(count.value());
      if (dimension.equals(IndexSchema.FACET_SPEAKER)
          && count.value().equals(IndexSchema.NO_SPEAKER)) {
        noSpeaker = value;
        continue;
      }
      (shown.size() < SHOWN || selected ? shown : more).add(value);
    }
    for (String selected : state.filters().getOrDefault(dimension, List.of())) {
      if (!listed.contains(selected)) {
        shown.add(
            new Value(
                selected,
                0,
                true,
                state.toggle(dimension, selected),
                "f-" + dimension + "-" + i++,
                null));
      }
    }
    if (noSpeaker != null) {
      shown.add(noSpeaker);
    }
    return new FacetView(
        dimension,
        LABELS.getOrDefault(dimension, dimension),
        List.copyOf(shown),
        List.copyOf(more),
        result.totalValues());
  }
}
