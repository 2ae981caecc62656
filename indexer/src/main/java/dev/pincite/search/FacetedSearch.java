package dev.pincite.search;

import static dev.pincite.index.IndexSchema.*;

import dev.pincite.index.IndexSchema;
import dev.pincite.index.StoredClaim;
import dev.pincite.index.StoredClaimCodec;
import dev.pincite.search.SearchResult.FacetCount;
import dev.pincite.search.SearchResult.FacetResult;
import dev.pincite.search.SearchResult.Hit;
import dev.pincite.search.SearchResult.MonthCount;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.jsoup.nodes.Entities;

/**
 * One search over one {@link Snapshot}: the page of hits, highlighted, with drill-sideways facet
 * counts (each dimension counted as if its own filter were off), the timeline of months by stance
 * and, when nothing matched, a spelling suggestion. Used by one thread, once.
 */
final class FacetedSearch {

  private final Snapshot snapshot;
  private final SearchRequest request;
  private final Query userQuery;
  private final Spelling spelling;
  private final SearchDeadline deadline;

  /**
   * @param snapshot the commit to search
   * @param request the search
   * @param userQuery the parsed query words
   * @param spelling suggests a corrected query when nothing matched
   * @param deadline the search's time budget, checked while matching and between steps
   */
  FacetedSearch(
      Snapshot snapshot,
      SearchRequest request,
      Query userQuery,
      Spelling spelling,
      SearchDeadline deadline) {
    this.snapshot = snapshot;
    this.request = request;
    this.userQuery = userQuery;
    this.spelling = spelling;
    this.deadline = deadline;
  }

  SearchResult run() throws IOException {
    if (snapshot.state == null) {
      // No claim carries a facet field yet (an archive whose files were all skipped): drill
      // sideways cannot count, and there is nothing to find.
      return new SearchResult(
          0, List.of(), facets(null), List.of(), List.of(), request.page(), request.pageSize());
    }
    if (userQuery instanceof MatchAllDocsQuery) {
      return browse();
    }
    DrillDownQuery query = drillDown(true);
    int topN = request.page() * request.pageSize();
    DrillSideways.DrillSidewaysResult result =
        sideways()
            .search(
                query, null, null, topN, sort(), request.sort() == SearchRequest.Sort.RELEVANCE);
    deadline.check();
    long total = total(result, query);
    List<Hit> hits = hits(result.hits);
    List<FacetResult> facets = facets(result.facets);
    List<MonthCount> timeline = timeline(hasMonthRange() ? timelineFacets() : result.facets);
    List<String> suggestions =
        total == 0 ? spelling.suggest(request.query(), snapshot.getIndexReader()) : List.of();
    return new SearchResult(
        total, hits, facets, timeline, suggestions, request.page(), request.pageSize());
  }

  /**
   * No words, only filters or none: the landing page and every facet clicked from it. The total,
   * facet counts and timeline come from the snapshot's cache (counted once per index version and
   * set of filters); only the page of hits is searched, without facet counting.
   */
  private SearchResult browse() throws IOException {
    Snapshot.Counts counts =
        snapshot.counts(
            new Snapshot.CountsKey(
                request.filters(), request.fromMonth(), request.toMonth(), request.newSince()),
            this::countBrowse);
    int topN = request.page() * request.pageSize();
    Query query = drillDown(true);
    Sort sort = sort();
    TopDocs top = sort == null ? snapshot.search(query, topN) : snapshot.search(query, topN, sort);
    return new SearchResult(
        counts.total(),
        hits(top),
        counts.facets(),
        counts.timeline(),
        List.of(),
        request.page(),
        request.pageSize());
  }

  /** What a search with these filters would count: total, drill-sideways facets, timeline. */
  private Snapshot.Counts countBrowse() throws IOException {
    DrillDownQuery query = drillDown(true);
    DrillSideways.DrillSidewaysResult result = sideways().search(query, null, null, 1, null, false);
    // Counts cut short by the budget must not be cached for the commit's lifetime.
    deadline.check();
    return new Snapshot.Counts(
        total(result, query),
        facets(result.facets),
        timeline(hasMonthRange() ? timelineFacets() : result.facets));
  }

  private long total(DrillSideways.DrillSidewaysResult result, Query query) throws IOException {
    return result.hits.totalHits.relation() == TotalHits.Relation.EQUAL_TO
        ? result.hits.totalHits.value()
        : snapshot.count(query);
  }

  private DrillSideways sideways() {
    return new DrillSideways(snapshot, snapshot.config, snapshot.state);
  }

  private Sort sort() {
    return switch (request.sort()) {
      case RELEVANCE -> null;
      case DATE_DESC ->
          new Sort(
              new SortField(DATE_SORT, SortField.Type.LONG, true),
              new SortField(ORDINAL, SortField.Type.LONG));
      case DATE_ASC ->
          new Sort(
              new SortField(DATE_SORT, SortField.Type.LONG),
              new SortField(ORDINAL, SortField.Type.LONG));
    };
  }

  private boolean hasMonthRange() {
    return request.fromMonth() != null || request.toMonth() != null;
  }

  private DrillDownQuery drillDown(boolean withMonthRange) {
    BooleanQuery.Builder base =
        new BooleanQuery.Builder()
            .add(deadline.limit(userQuery), Occur.MUST)
            .add(Snapshot.CLAIMS, Occur.FILTER);
    if (request.newSince() != null) {
      // Claims without a date (an index from before dates were kept) are not new.
      base.add(
          LongPoint.newRangeQuery(
              FIRST_INDEXED, request.newSince().getEpochSecond(), Long.MAX_VALUE),
          Occur.FILTER);
    }
    if (withMonthRange && hasMonthRange()) {
      int from =
          request.fromMonth() == null
              ? Integer.MIN_VALUE
              : IndexSchema.monthNumber(request.fromMonth());
      int to =
          request.toMonth() == null
              ? Integer.MAX_VALUE
              : IndexSchema.monthNumber(request.toMonth());
      base.add(IntPoint.newRangeQuery(MONTH_NUMBER, from, to), Occur.FILTER);
    }
    DrillDownQuery query = new DrillDownQuery(snapshot.config, base.build());
    for (Map.Entry<String, List<String>> filter : new TreeMap<>(request.filters()).entrySet()) {
      if (!IndexSchema.FACETS.contains(filter.getKey())) {
        throw new IllegalArgumentException(
            "unknown facet: "
                + filter.getKey()
                + " (facets are "
                + String.join(", ", IndexSchema.FACETS)
                + ")");
      }
      for (String value : filter.getValue()) {
        query.add(filter.getKey(), value);
      }
    }
    return query;
  }

  private List<Hit> hits(TopDocs top) throws IOException {
    int from = (request.page() - 1) * request.pageSize();
    if (from >= top.scoreDocs.length) {
      return List.of();
    }
    ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length);
    String[] highlights = highlight(page);
    StoredFields stored = snapshot.storedFields();
    List<Hit> hits = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      StoredClaim claim =
          StoredClaimCodec.storedClaim(stored.document(page[i].doc, Snapshot.CLAIM_FIELDS));
      String html = highlights[i] != null ? highlights[i] : Entities.escape(claim.claim().text());
      int counterclaims = snapshot.counterclaims(claim.claim().id());
      hits.add(new Hit(claim, html, counterclaims));
    }
    return hits;
  }

  /** Highlights only the page shown, never the whole result set. */
  private String[] highlight(ScoreDoc[] page) throws IOException {
    if (userQuery instanceof MatchAllDocsQuery) {
      return new String[page.length];
    }
    TopDocs pageDocs = new TopDocs(new TotalHits(page.length, TotalHits.Relation.EQUAL_TO), page);
    return snapshot.highlighter.highlight(TEXT, userQuery, pageDocs, 1);
  }

  private List<FacetResult> facets(Facets facets) throws IOException {
    List<FacetResult> results = new ArrayList<>();
    for (String dim : IndexSchema.FACETS) {
      List<String> selected = request.filters().getOrDefault(dim, List.of());
      org.apache.lucene.facet.FacetResult counts =
          facets != null && snapshot.hasDimension(dim)
              ? facets.getTopChildren(ClaimSearcher.FACET_VALUES, dim)
              : null;
      List<FacetCount> values = new ArrayList<>();
      int total = 0;
      if (counts != null) {
        total = counts.childCount;
        for (LabelAndValue lv : counts.labelValues) {
          values.add(new FacetCount(lv.label, lv.value.longValue(), selected.contains(lv.label)));
        }
      }
      for (String value : selected) {
        if (values.stream().noneMatch(v -> v.value().equals(value))) {
          values.add(new FacetCount(value, 0, true));
        }
      }
      if (dim.equals(FACET_MONTH)) {
        values.sort(Comparator.comparing(FacetCount::value));
      }
      results.add(new FacetResult(dim, values, Math.max(total, values.size())));
    }
    return results;
  }

  private Facets timelineFacets() throws IOException {
    DrillDownQuery query = drillDown(false);
    return snapshot.state == null
        ? null
        : new SortedSetDocValuesFacetCounts(
            snapshot.state, snapshot.search(query, new FacetsCollectorManager()));
  }

  private List<MonthCount> timeline(Facets facets) throws IOException {
    if (facets == null || !snapshot.hasDimension(FACET_MONTH_STANCE)) {
      return List.of();
    }
    org.apache.lucene.facet.FacetResult counts = facets.getAllChildren(FACET_MONTH_STANCE);
    if (counts == null) {
      return List.of();
    }
    Map<String, long[]> months = new TreeMap<>();
    for (LabelAndValue lv : counts.labelValues) {
      int bar = lv.label.indexOf('|');
      long[] byStance = months.computeIfAbsent(lv.label.substring(0, bar), m -> new long[3]);
      switch (lv.label.substring(bar + 1)) {
        case "bullish" -> byStance[0] += lv.value.longValue();
        case "bearish" -> byStance[1] += lv.value.longValue();
        default -> byStance[2] += lv.value.longValue();
      }
    }
    return months.entrySet().stream()
        .map(e -> new MonthCount(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
        .toList();
  }
}
