package dev.pincite.search;

import static dev.pincite.index.IndexSchema.*;

import dev.pincite.claims.StableIds;
import dev.pincite.index.DocumentInfo;
import dev.pincite.index.IndexSchema;
import dev.pincite.index.StoredClaim;
import dev.pincite.index.StoredClaimCodec;
import dev.pincite.ingest.Article;
import dev.pincite.ingest.Paragraph;
import dev.pincite.search.SearchResult.FacetCount;
import dev.pincite.search.SearchResult.FacetResult;
import dev.pincite.search.SearchResult.Hit;
import dev.pincite.search.SearchResult.MonthCount;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOSupplier;
import org.jsoup.nodes.Entities;

/**
 * Searches the claim index: keyword queries in Lucene syntax with drill-sideways facet counts and
 * highlighting, claim and document views, autocomplete, spelling suggestions. Sees a new commit of
 * the index (from a reindex in another process) at the next {@link #refresh()}.
 *
 * <p>NOTE: instances are thread safe; share one per index. Per-index-version state (facet ordinals,
 * the facet counts of the whole archive) is built once when a new commit is opened, never per
 * request.
 */
public final class ClaimSearcher implements ClaimLookup, Closeable {

  /** Facet values returned per dimension; the page shows fewer and offers "more…". */
  public static final int FACET_VALUES = 100;

  private static final int MAX_QUERY_LENGTH = 1000;
  private static final Query CLAIMS = new TermQuery(new Term(KIND, KIND_CLAIM));

  private final Directory directory;
  private final SearcherManager manager;
  private final Analyzer analyzer;
  private final FacetsConfig facetsConfig = IndexSchema.facetsConfig();
  private final DirectSpellChecker spellChecker = new DirectSpellChecker();
  // Query parsers are not thread safe: one per thread, reused across requests.
  private final ThreadLocal<QueryParser> parsers = ThreadLocal.withInitial(this::newParser);

  private ClaimSearcher(Directory directory, SearcherManager manager, Analyzer analyzer) {
    this.directory = directory;
    this.manager = manager;
    this.analyzer = analyzer;
  }

  /**
   * Opens an index folder written by {@link dev.pincite.index.Reindexer}.
   *
   * @param indexDir the folder
   * @return a searcher
   * @throws IOException when there is no index there, with the folder in the message
   */
  public static ClaimSearcher open(Path indexDir) throws IOException {
    if (!Files.isDirectory(indexDir)) {
      throw new IOException(
          "no index at " + indexDir.toAbsolutePath() + ": run `pincite reindex` first");
    }
    Directory directory = FSDirectory.open(indexDir);
    try {
      if (!DirectoryReader.indexExists(directory)) {
        throw new IOException(
            "no index at " + indexDir.toAbsolutePath() + ": run `pincite reindex` first");
      }
      FacetsConfig config = IndexSchema.facetsConfig();
      Analyzer analyzer = IndexSchema.analyzer();
      SearcherManager manager =
          new SearcherManager(
              directory,
              new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(IndexReader reader, IndexReader previous)
                    throws IOException {
                  return new Snapshot(reader, config, analyzer);
                }
              });
      return new ClaimSearcher(directory, manager, analyzer);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /**
   * Runs a search.
   *
   * @param request the search
   * @return the page of hits with drill-sideways facet counts, timeline and spelling suggestions
   * @throws BadQueryException when the query has bad syntax
   * @throws IOException on index failure
   */
  public SearchResult search(SearchRequest request) throws BadQueryException, IOException {
    Query userQuery = parse(request.query());
    Snapshot snapshot = (Snapshot) manager.acquire();
    try {
      return new Search(snapshot, request, userQuery).run();
    } finally {
      manager.release(snapshot);
    }
  }

  /**
   * Answers the searches people start with (the landing page, a word, a word with a filter) and
   * drops the results. On a cold JVM the first search loads and compiles most of the search code
   * (query parsing, drill sideways, highlighting, stored fields), about half a second; a server
   * calls this in the background at start-up so that no person waits for it. Safe to run
   * concurrently with other searches.
   *
   * @throws IOException on index failure
   */
  public void warmUp() throws IOException {
    try {
      SearchResult landing = search(SearchRequest.of(""));
      if (landing.hits().isEmpty()) {
        return;
      }
      String word = searchableWord(landing.hits().getFirst().stored().claim().text());
      if (word.isEmpty()) {
        return;
      }
      search(SearchRequest.of(word));
      for (SearchResult.FacetResult facet : landing.facets()) {
        if (!facet.values().isEmpty()) {
          Map<String, List<String>> filter =
              Map.of(facet.dimension(), List.of(facet.values().getFirst().value()));
          search(new SearchRequest(word, filter, null, null, 1, 10, SearchRequest.Sort.RELEVANCE));
          return;
        }
      }
    } catch (BadQueryException e) {
      throw new IllegalStateException("a word of the index is not a valid query", e);
    }
  }

  /**
   * A word of a text to search for, for warm-ups and training runs: its longest run of letters.
   *
   * @return the word, empty when the text has no letters
   */
  public static String searchableWord(String text) {
    String longest = "";
    for (String word : text.split("[^\\p{IsAlphabetic}]+")) {
      if (word.length() > longest.length()) {
        longest = word;
      }
    }
    return longest;
  }

  /**
   * Parses a query the way {@link #search} does.
   *
   * @param text the query text; blank matches everything
   * @return the Lucene query
   * @throws BadQueryException with a message a person understands
   */
  public Query parse(String text) throws BadQueryException {
    if (text == null || text.isBlank()) {
      return new MatchAllDocsQuery();
    }
    if (text.length() > MAX_QUERY_LENGTH) {
      throw new BadQueryException(
          "The query is too long ("
              + text.length()
              + " characters; the limit is "
              + MAX_QUERY_LENGTH
              + ").",
          null);
    }
    try {
      return parsers.get().parse(text);
    } catch (ParseException e) {
      throw new BadQueryException(explain(text, e), e);
    } catch (IndexSearcher.TooManyClauses e) {
      throw new BadQueryException(
          "The query expands to too many terms; make wildcards more specific.", e);
    } catch (RuntimeException e) {
      // The classic parser throws a few unchecked errors (e.g. for odd fuzzy or range syntax).
      throw new BadQueryException(
          "The query “" + text + "” could not be read: " + e.getMessage(), e);
    }
  }

  private static String explain(String text, ParseException e) {
    long quotes = text.chars().filter(c -> c == '"').count();
    if (quotes % 2 == 1) {
      return "The query has an unclosed quotation mark: close the phrase with a second \".";
    }
    long open = text.chars().filter(c -> c == '(').count();
    long close = text.chars().filter(c -> c == ')').count();
    if (open != close) {
      return "The query's parentheses do not match: "
          + open
          + " opening and "
          + close
          + " closing.";
    }
    String trimmed = text.strip();
    if (trimmed.endsWith("AND")
        || trimmed.endsWith("OR")
        || trimmed.endsWith("NOT")
        || trimmed.startsWith("AND ")
        || trimmed.startsWith("OR ")) {
      return "AND, OR and NOT need a word or phrase on both sides.";
    }
    if (trimmed.startsWith("*") || trimmed.startsWith("?")) {
      return "A word cannot start with * or ?: put at least one letter first.";
    }
    return "The query “"
        + text
        + "” could not be read. Use words, \"phrases\", AND/OR/NOT, "
        + "field:value (speaker, company, type, stance, outlet, section) and parentheses; "
        + "put a backslash before special characters such as : or /.";
  }

  /**
   * @param id a claim id
   * @return the claim with its paragraph, the claim it answers and its counterclaims
   * @throws IOException on index failure
   */
  public Optional<ClaimView> claimView(String id) throws IOException {
    Snapshot snapshot = (Snapshot) manager.acquire();
    try {
      Optional<StoredClaim> found = snapshot.first(kind(KIND_CLAIM, ID, id));
      if (found.isEmpty()) {
        return Optional.empty();
      }
      StoredClaim stored = found.get();
      String prefix = StableIds.documentPrefix(stored.document().id());
      List<StoredClaim> paragraphClaims =
          snapshot.claimsOf(kind(KIND_CLAIM, DOC_PREFIX, prefix)).stream()
              .filter(c -> c.claim().paragraph() == stored.claim().paragraph())
              .toList();
      Paragraph paragraph = snapshot.paragraph(prefix, stored.claim().paragraph());
      StoredClaim counters =
          stored.claim().counters() == null
              ? null
              : snapshot.first(kind(KIND_CLAIM, ID, stored.claim().counters())).orElse(null);
      List<StoredClaim> counterclaims = snapshot.claimsOf(kind(KIND_CLAIM, COUNTERS, id));
      return Optional.of(
          new ClaimView(stored, paragraph, paragraphClaims, counters, counterclaims));
    } finally {
      manager.release(snapshot);
    }
  }

  /**
   * @param id a document id (12 characters), its 6-character prefix, or any of its claim ids
   * @return the document with its body and claims
   * @throws IOException on index failure
   */
  public Optional<DocumentView> document(String id) throws IOException {
    if (id == null || id.length() < 6) {
      return Optional.empty();
    }
    Snapshot snapshot = (Snapshot) manager.acquire();
    try {
      String prefix = StableIds.documentPrefix(id);
      Optional<Document> file = snapshot.fileDocument(prefix);
      if (file.isEmpty() || (id.length() == 12 && !id.equals(file.get().get(ID)))) {
        return Optional.empty();
      }
      List<StoredClaim> claims = snapshot.claimsOf(kind(KIND_CLAIM, DOC_PREFIX, prefix));
      Map<String, Long> speakers = new TreeMap<>();
      for (StoredClaim claim : claims) {
        if (claim.claim().speaker() != null) {
          speakers.merge(claim.claim().speaker(), 1L, Long::sum);
        }
      }
      List<FacetCount> speakerCounts =
          speakers.entrySet().stream()
              .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
              .map(e -> new FacetCount(e.getKey(), e.getValue(), false))
              .toList();
      return Optional.of(
          new DocumentView(
              StoredClaimCodec.documentInfo(file.get()),
              StoredClaimCodec.blocks(file.get()),
              claims,
              speakerCounts));
    } finally {
      manager.release(snapshot);
    }
  }

  /** Every document in the index, ordered by path. */
  public List<DocumentInfo> documents() throws IOException {
    Snapshot snapshot = (Snapshot) manager.acquire();
    try {
      StoredFields stored = snapshot.storedFields();
      List<DocumentInfo> documents = new ArrayList<>();
      for (ScoreDoc hit :
          snapshot.search(new TermQuery(new Term(KIND, KIND_DOCUMENT)), Integer.MAX_VALUE / 2)
              .scoreDocs) {
        documents.add(StoredClaimCodec.documentInfo(stored.document(hit.doc)));
      }
      documents.sort(Comparator.comparing(DocumentInfo::path));
      return documents;
    } finally {
      manager.release(snapshot);
    }
  }

  /** How many claims the index holds. */
  public long claimCount() throws IOException {
    Snapshot snapshot = (Snapshot) manager.acquire();
    try {
      return snapshot.count(CLAIMS);
    } finally {
      manager.release(snapshot);
    }
  }

  /**
   * Speakers and companies whose name (or a word of it) starts with a prefix, most claims first.
   *
   * @param prefix what was typed
   * @param max the most suggestions to return
   * @return the suggestions
   * @throws IOException on index failure
   */
  public List<Completion> complete(String prefix, int max) throws IOException {
    String typed = prefix == null ? "" : prefix.strip().toLowerCase(Locale.ROOT);
    if (typed.isEmpty() || max < 1) {
      return List.of();
    }
    Snapshot snapshot = (Snapshot) manager.acquire();
    try {
      List<Completion> matches = new ArrayList<>();
      for (String dim : List.of(FACET_SPEAKER, FACET_COMPANY)) {
        for (FacetCount value : snapshot.allValues(dim)) {
          if (startsWordWith(value.value(), typed)) {
            matches.add(new Completion(dim, value.value(), value.count()));
          }
        }
      }
      matches.sort(
          Comparator.comparingLong(Completion::count).reversed().thenComparing(Completion::value));
      return matches.subList(0, Math.min(max, matches.size()));
    } finally {
      manager.release(snapshot);
    }
  }

  private static boolean startsWordWith(String value, String typed) {
    String lower = value.toLowerCase(Locale.ROOT);
    if (lower.startsWith(typed)) {
      return true;
    }
    for (String word : lower.split("[\\s\\-]+")) {
      if (word.startsWith(typed)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public Optional<StoredClaim> claim(String id) throws IOException {
    Snapshot snapshot = (Snapshot) manager.acquire();
    try {
      return snapshot.first(kind(KIND_CLAIM, ID, id));
    } finally {
      manager.release(snapshot);
    }
  }

  @Override
  public Optional<StoredClaim> formerClaim(String id) throws IOException {
    Snapshot snapshot = (Snapshot) manager.acquire();
    try {
      return snapshot.first(kind(KIND_FORMER, ID, id));
    } finally {
      manager.release(snapshot);
    }
  }

  @Override
  public List<StoredClaim> claimsOfDocument(String documentPrefix) throws IOException {
    if (documentPrefix == null || documentPrefix.length() < 6) {
      return List.of();
    }
    Snapshot snapshot = (Snapshot) manager.acquire();
    try {
      return snapshot.claimsOf(
          kind(KIND_CLAIM, DOC_PREFIX, StableIds.documentPrefix(documentPrefix)));
    } finally {
      manager.release(snapshot);
    }
  }

  /** Picks up a newer commit of the index, if any. Cheap when nothing changed. */
  public void refresh() throws IOException {
    manager.maybeRefresh();
  }

  @Override
  public void close() throws IOException {
    try (directory;
        analyzer) {
      manager.close();
    }
  }

  private QueryParser newParser() {
    Map<String, Float> boosts = IndexSchema.defaultSearchFields();
    MultiFieldQueryParser parser =
        new MultiFieldQueryParser(
            boosts.keySet().stream().sorted().toArray(String[]::new), analyzer, boosts);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    parser.setAllowLeadingWildcard(false);
    parser.setSplitOnWhitespace(true);
    return parser;
  }

  private static Query kind(String kind, String field, String value) {
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(KIND, kind)), Occur.FILTER)
        .add(new TermQuery(new Term(field, value)), Occur.FILTER)
        .build();
  }

  /** One search over one snapshot. */
  private final class Search {
    private final Snapshot snapshot;
    private final SearchRequest request;
    private final Query userQuery;

    Search(Snapshot snapshot, SearchRequest request, Query userQuery) {
      this.snapshot = snapshot;
      this.request = request;
      this.userQuery = userQuery;
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
      long total =
          result.hits.totalHits.relation() == TotalHits.Relation.EQUAL_TO
              ? result.hits.totalHits.value()
              : snapshot.count(query);
      List<Hit> hits = hits(result.hits);
      List<FacetResult> facets = facets(result.facets);
      List<MonthCount> timeline = timeline(hasMonthRange() ? timelineFacets() : result.facets);
      List<String> spelling = total == 0 ? spelling() : List.of();
      return new SearchResult(
          total, hits, facets, timeline, spelling, request.page(), request.pageSize());
    }

    /**
     * No words, only filters or none: the landing page and every facet clicked from it. The total,
     * facet counts and timeline come from the snapshot's cache (counted once per index version and
     * set of filters); only the page of hits is searched, without facet counting.
     */
    private SearchResult browse() throws IOException {
      Snapshot.Counts counts =
          snapshot.counts(
              new Snapshot.CountsKey(request.filters(), request.fromMonth(), request.toMonth()),
              this::countBrowse);
      int topN = request.page() * request.pageSize();
      Query query = drillDown(true);
      Sort sort = sort();
      TopDocs top =
          sort == null ? snapshot.search(query, topN) : snapshot.search(query, topN, sort);
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
      DrillSideways.DrillSidewaysResult result =
          sideways().search(query, null, null, 1, null, false);
      long total =
          result.hits.totalHits.relation() == TotalHits.Relation.EQUAL_TO
              ? result.hits.totalHits.value()
              : snapshot.count(query);
      return new Snapshot.Counts(
          total,
          facets(result.facets),
          timeline(hasMonthRange() ? timelineFacets() : result.facets));
    }

    private DrillSideways sideways() {
      return new DrillSideways(snapshot, facetsConfig, snapshot.state);
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
          new BooleanQuery.Builder().add(userQuery, Occur.MUST).add(CLAIMS, Occur.FILTER);
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
      DrillDownQuery query = new DrillDownQuery(facetsConfig, base.build());
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
      ScoreDoc[] page = java.util.Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length);
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
        org.apache.lucene.facet.FacetResult counts = topChildren(facets, dim);
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

    private org.apache.lucene.facet.FacetResult topChildren(Facets facets, String dim)
        throws IOException {
      if (facets == null) {
        return null;
      }
      try {
        return facets.getTopChildren(FACET_VALUES, dim);
      } catch (IllegalArgumentException e) {
        return null; // no claim has this dimension yet
      }
    }

    private Facets timelineFacets() throws IOException {
      DrillDownQuery query = drillDown(false);
      return snapshot.state == null
          ? null
          : new SortedSetDocValuesFacetCounts(
              snapshot.state, snapshot.search(query, new FacetsCollectorManager()));
    }

    private List<MonthCount> timeline(Facets facets) throws IOException {
      if (facets == null) {
        return List.of();
      }
      org.apache.lucene.facet.FacetResult counts;
      try {
        counts = facets.getAllChildren(FACET_MONTH_STANCE);
      } catch (IllegalArgumentException e) {
        return List.of();
      }
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

    /** A corrected query, word by word, from the index's own terms. */
    private List<String> spelling() throws IOException {
      String text = request.query();
      if (text.isBlank()) {
        return List.of();
      }
      StringBuilder corrected = new StringBuilder();
      boolean changed = false;
      java.util.regex.Matcher words =
          java.util.regex.Pattern.compile("[\\p{L}\\p{N}]{3,}").matcher(text);
      int last = 0;
      while (words.find()) {
        corrected.append(text, last, words.start());
        String word = words.group();
        boolean isField = words.end() < text.length() && text.charAt(words.end()) == ':';
        String replacement = word;
        if (!isField && !isOperator(word)) {
          SuggestWord[] suggestions =
              spellChecker.suggestSimilar(
                  new Term(SPELL, word.toLowerCase(Locale.ROOT)),
                  1,
                  snapshot.getIndexReader(),
                  SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
          if (suggestions.length > 0) {
            replacement = suggestions[0].string;
            changed = true;
          }
        }
        corrected.append(replacement);
        last = words.end();
      }
      corrected.append(text.substring(last));
      return changed ? List.of(corrected.toString()) : List.of();
    }

    private static boolean isOperator(String word) {
      return word.equals("AND") || word.equals("OR") || word.equals("NOT");
    }
  }

  /**
   * An {@link IndexSearcher} over one commit with what is built once per commit: the facet ordinals
   * and the highlighter when the commit is opened; the facet values of the whole archive (for
   * autocomplete) and the counts of searches without words (the landing page, facet clicks) on
   * first use, so opening stays fast.
   */
  private static final class Snapshot extends IndexSearcher {
    /** The stored fields a hit is decoded from; the text and id are inside the claim JSON. */
    static final Set<String> CLAIM_FIELDS = Set.of(CLAIM_JSON, DOC_JSON);

    /**
     * What a search without words counts.
     *
     * @param total claims
     * @param facets facet counts per dimension
     * @param timeline claims per month and stance
     */
    record Counts(long total, List<FacetResult> facets, List<MonthCount> timeline) {}

    /**
     * What those counts depend on.
     *
     * @param filters the facet filters, values in the request's order
     * @param fromMonth the range's first month, or null
     * @param toMonth its last month, or null
     */
    record CountsKey(Map<String, List<String>> filters, String fromMonth, String toMonth) {}

    /** Sets of filters whose counts are kept: enough for the facets people click. */
    private static final int MAX_COUNTS = 128;

    final SortedSetDocValuesReaderState state;
    final UnifiedHighlighter highlighter;
    private final Object lazyLock = new Object();
    private volatile Map<String, List<FacetCount>> allValues;
    // Least recently used first out; counted outside the lock (two threads may both count).
    private final Map<CountsKey, Counts> counts =
        Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
              @Override
              protected boolean removeEldestEntry(Map.Entry<CountsKey, Counts> eldest) {
                return size() > MAX_COUNTS;
              }
            });

    Snapshot(IndexReader reader, FacetsConfig config, Analyzer analyzer) throws IOException {
      super(reader);
      this.state = facetState(reader, config);
      // One highlighter per commit: it caches the merged field infos, which are costly to build.
      this.highlighter =
          UnifiedHighlighter.builder(this, analyzer)
              .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
              .withBreakIterator(org.apache.lucene.search.uhighlight.WholeBreakIterator::new)
              .withMaxLength(20_000)
              .withHighlightPhrasesStrictly(true)
              .build();
    }

    private static SortedSetDocValuesReaderState facetState(IndexReader reader, FacetsConfig config)
        throws IOException {
      try {
        return new DefaultSortedSetDocValuesReaderState(reader, config);
      } catch (IllegalArgumentException e) {
        return null; // an index without any facet values yet
      }
    }

    /** The counts of a search without words, counted by {@code count} on first use and kept. */
    Counts counts(CountsKey key, IOSupplier<Counts> count) throws IOException {
      Counts known = counts.get(key);
      if (known == null) {
        known = count.get();
        counts.put(key, known);
      }
      return known;
    }

    /**
     * How many claims answer a claim: a term lookup per segment instead of a query, since only
     * claims carry the counters field.
     */
    int counterclaims(String id) throws IOException {
      BytesRef term = new BytesRef(id);
      int count = 0;
      for (LeafReaderContext leaf : getIndexReader().leaves()) {
        Terms terms = leaf.reader().terms(COUNTERS);
        if (terms == null) {
          continue;
        }
        TermsEnum it = terms.iterator();
        if (!it.seekExact(term)) {
          continue;
        }
        Bits live = leaf.reader().getLiveDocs();
        if (live == null) {
          count += it.docFreq();
          continue;
        }
        PostingsEnum docs = it.postings(null, PostingsEnum.NONE);
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
          if (live.get(doc)) {
            count++;
          }
        }
      }
      return count;
    }

    private Map<String, List<FacetCount>> allValues() throws IOException {
      Map<String, List<FacetCount>> known = allValues;
      if (known == null) {
        synchronized (lazyLock) {
          known = allValues;
          if (known == null) {
            known = countAllValues(this, state);
            allValues = known;
          }
        }
      }
      return known;
    }

    private static Map<String, List<FacetCount>> countAllValues(
        IndexSearcher searcher, SortedSetDocValuesReaderState state) throws IOException {
      Map<String, List<FacetCount>> values = new LinkedHashMap<>();
      if (state == null) {
        return values;
      }
      Facets facets =
          new SortedSetDocValuesFacetCounts(
              state, searcher.search(CLAIMS, new FacetsCollectorManager()));
      for (String dim : List.of(FACET_SPEAKER, FACET_COMPANY)) {
        List<FacetCount> counts = new ArrayList<>();
        try {
          org.apache.lucene.facet.FacetResult result = facets.getAllChildren(dim);
          if (result != null) {
            for (LabelAndValue lv : result.labelValues) {
              counts.add(new FacetCount(lv.label, lv.value.longValue(), false));
            }
          }
        } catch (IllegalArgumentException e) {
          // dimension not indexed yet
        }
        values.put(dim, List.copyOf(counts));
      }
      return values;
    }

    List<FacetCount> allValues(String dim) throws IOException {
      return allValues().getOrDefault(dim, List.of());
    }

    Optional<StoredClaim> first(Query query) throws IOException {
      TopDocs top = search(query, 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      return Optional.of(
          StoredClaimCodec.storedClaim(storedFields().document(top.scoreDocs[0].doc)));
    }

    /** Claims matching a query in reading order (document, then sentence). */
    List<StoredClaim> claimsOf(Query query) throws IOException {
      Sort order = new Sort(new SortField(ORDINAL, SortField.Type.LONG));
      TopDocs top = search(query, Math.max(1, count(query)), order);
      StoredFields stored = storedFields();
      List<StoredClaim> claims = new ArrayList<>(top.scoreDocs.length);
      for (ScoreDoc hit : top.scoreDocs) {
        claims.add(StoredClaimCodec.storedClaim(stored.document(hit.doc)));
      }
      return claims;
    }

    Optional<Document> fileDocument(String prefix) throws IOException {
      TopDocs top = search(kind(KIND_DOCUMENT, DOC_PREFIX, prefix), 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      return Optional.of(storedFields().document(top.scoreDocs[0].doc));
    }

    Paragraph paragraph(String prefix, int n) throws IOException {
      Optional<Document> file = fileDocument(prefix);
      if (file.isEmpty()) {
        return null;
      }
      List<Paragraph> paragraphs = Article.paragraphsOf(StoredClaimCodec.blocks(file.get()));
      return n >= 1 && n <= paragraphs.size() ? paragraphs.get(n - 1) : null;
    }
  }
}
