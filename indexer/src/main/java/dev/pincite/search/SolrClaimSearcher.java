package dev.pincite.search;

import static dev.pincite.index.IndexSchema.*;

import dev.pincite.claims.StableIds;
import dev.pincite.index.DocumentInfo;
import dev.pincite.index.IndexSchema;
import dev.pincite.index.ReindexRecord;
import dev.pincite.index.StoredClaim;
import dev.pincite.ingest.Article;
import dev.pincite.ingest.Block;
import dev.pincite.ingest.Paragraph;
import dev.pincite.search.SearchResult.FacetCount;
import dev.pincite.search.SearchResult.FacetResult;
import dev.pincite.search.SearchResult.Hit;
import dev.pincite.search.SearchResult.MonthCount;
import dev.pincite.solr.SolrCollection;
import dev.pincite.solr.SolrConfigset;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Semaphore;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.SpellCheckResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.jsoup.nodes.Entities;

/**
 * The {@link SearchBackend} over a Solr collection written by {@code reindex --solr}: the same
 * answers as {@link ClaimSearcher} from Solr's own features. Drill-sideways counts are tagged facet
 * filters counted with their own tag excluded ({@code {!tag}} / {@code {!ex}}); the timeline is the
 * month-and-stance facet with the month range excluded; highlights come from Solr's unified
 * highlighter with the embedded one's settings; the query is read by Solr's edismax parser with the
 * embedded parser's fields, boosts and operator (solrconfig.xml), after the embedded parser has
 * checked it, so a bad query fails with the same message. Thread safe; a reindex's commit is seen
 * at once, so {@link #refresh()} has nothing to do.
 */
public final class SolrClaimSearcher implements SearchBackend {

  private static final String MONTH_RANGE_TAG = "month_range";
  private static final String HIGHLIGHT_FIELD = TEXT;
  // The embedded highlighter's formatter (Snapshot), for a text with nothing to mark.
  private static final DefaultPassageFormatter UNMARKED =
      new DefaultPassageFormatter("<mark>", "</mark>", " … ", true);

  private final SolrCollection collection;
  private final ClaimQueryParser parser = new ClaimQueryParser(IndexSchema.analyzer());
  private final int budgetMillis;
  private final int expensiveLimit = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
  private final Semaphore expensiveSlots = new Semaphore(expensiveLimit);

  /**
   * @param collection the collection, closed with this searcher
   * @param searchBudget how long one search may take (Solr's {@code timeAllowed})
   */
  public SolrClaimSearcher(SolrCollection collection, Duration searchBudget) {
    if (searchBudget.isNegative() || searchBudget.isZero()) {
      throw new IllegalArgumentException("search budget must be positive, got " + searchBudget);
    }
    this.collection = collection;
    this.budgetMillis = (int) Math.min(Integer.MAX_VALUE, Math.max(1, searchBudget.toMillis()));
  }

  /**
   * As {@link ClaimSearcher#search}, searches with a pattern included: at most as many at once as
   * the embedded searcher allows (half this machine's cores), a further one refused with {@link
   * SearchBusyException}, so that they cannot hold every thread that ordinary searches wait on.
   */
  @Override
  public SearchResult search(SearchRequest request) throws BadQueryException, IOException {
    Query parsed = parser.parse(request.query());
    boolean expensive = QueryCost.isExpensive(parsed);
    if (expensive && !expensiveSlots.tryAcquire()) {
      throw new SearchBusyException(expensiveLimit);
    }
    try {
      return search(request, parsed);
    } finally {
      if (expensive) {
        expensiveSlots.release();
      }
    }
  }

  private SearchResult search(SearchRequest request, Query parsed) throws IOException {
    boolean words = !(parsed instanceof MatchAllDocsQuery);
    SolrQuery query = new SolrQuery(words ? request.query() : "*:*");
    query.addFilterQuery(SolrCollection.term(KIND, KIND_CLAIM));
    if (request.fromMonth() != null || request.toMonth() != null) {
      String from =
          request.fromMonth() == null ? "*" : "" + IndexSchema.monthNumber(request.fromMonth());
      String to = request.toMonth() == null ? "*" : "" + IndexSchema.monthNumber(request.toMonth());
      query.addFilterQuery(
          "{!tag=" + MONTH_RANGE_TAG + "}" + MONTH_NUMBER + ":[" + from + " TO " + to + "]");
    }
    if (request.newSince() != null) {
      // Claims without a date (an archive from before dates were kept) are not new.
      query.addFilterQuery(FIRST_INDEXED + ":[" + request.newSince().getEpochSecond() + " TO *]");
    }
    for (Map.Entry<String, List<String>> filter : new TreeMap<>(request.filters()).entrySet()) {
      if (!IndexSchema.FACETS.contains(filter.getKey())) {
        throw new IllegalArgumentException(
            "unknown facet: "
                + filter.getKey()
                + " (facets are "
                + String.join(", ", IndexSchema.FACETS)
                + ")");
      }
      query.addFilterQuery(facetFilter(filter.getKey(), filter.getValue()));
    }
    query.setFacet(true).setFacetLimit(-1).setFacetMinCount(1);
    query.setFacetSort("count");
    for (String dim : IndexSchema.FACETS) {
      query.addFacetField("{!ex=" + tag(dim) + " key=" + dim + "}" + facetField(dim));
    }
    query.addFacetField(
        "{!ex="
            + MONTH_RANGE_TAG
            + " key="
            + FACET_MONTH_STANCE
            + "}"
            + facetField(FACET_MONTH_STANCE));
    query.setStart((request.page() - 1) * request.pageSize()).setRows(request.pageSize());
    query.setFields(SolrConfigset.KEY, CLAIM_JSON, DOC_JSON, FIRST_INDEXED);
    switch (request.sort()) {
      case RELEVANCE -> {}
      case DATE_DESC ->
          query.addSort(DATE_SORT, SolrQuery.ORDER.desc).addSort(ORDINAL, SolrQuery.ORDER.asc);
      case DATE_ASC ->
          query.addSort(DATE_SORT, SolrQuery.ORDER.asc).addSort(ORDINAL, SolrQuery.ORDER.asc);
      case CONTESTED -> mostContestedFirst(query);
    }
    if (words) {
      highlight(query);
    }
    query.setTimeAllowed(budgetMillis);
    QueryResponse response = collection.query(query);
    if (Boolean.TRUE.equals(response.getHeader().get("partialResults"))) {
      throw new SearchTimeoutException();
    }
    long total = response.getResults().getNumFound();
    List<String> suggestions =
        total == 0 && words ? Spelling.suggest(request.query(), this::correct) : List.of();
    return new SearchResult(
        total,
        hits(response, words),
        facets(response, request),
        timeline(response.getFacetField(FACET_MONTH_STANCE)),
        suggestions,
        request.page(),
        request.pageSize());
  }

  private static String tag(String dim) {
    return "facet_" + dim;
  }

  /** A dimension's selected values, ORed, tagged so its own counts can leave it out. */
  private static String facetFilter(String dim, List<String> values) {
    StringBuilder fq = new StringBuilder("{!tag=" + tag(dim) + " q.op=OR}");
    for (String value : values) {
      fq.append(facetField(dim)).append(":\"").append(quoted(value)).append("\" ");
    }
    return values.isEmpty() ? "{!tag=" + tag(dim) + "}*:*" : fq.toString().strip();
  }

  private static String quoted(String value) {
    return value.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  /** The embedded highlighter's settings: whole text, {@code <mark>}, escaped, strict phrases. */
  private static void highlight(SolrQuery query) {
    query.setHighlight(true);
    query.set("hl.method", "unified");
    query.set("hl.fl", HIGHLIGHT_FIELD);
    query.set("hl.snippets", 1);
    query.set("hl.tag.pre", "<mark>");
    query.set("hl.tag.post", "</mark>");
    query.set("hl.tag.ellipsis", " … ");
    query.set("hl.bs.type", "WHOLE");
    query.set("hl.encoder", "html");
    query.set("hl.maxAnalyzedChars", 20_000);
    query.set("hl.requireFieldMatch", true);
    query.set("hl.usePhraseHighlighter", true);
    query.set("hl.defaultSummary", false);
  }

  private List<Hit> hits(QueryResponse response, boolean words) throws IOException {
    SolrDocumentList docs = response.getResults();
    Map<String, Map<String, List<String>>> highlights = response.getHighlighting();
    List<StoredClaim> claims = new ArrayList<>(docs.size());
    for (SolrDocument doc : docs) {
      claims.add(SolrCollection.storedClaim(doc));
    }
    Map<String, Long> counters = counterclaims(claims);
    List<Hit> hits = new ArrayList<>(docs.size());
    for (int i = 0; i < docs.size(); i++) {
      StoredClaim claim = claims.get(i);
      String key = (String) docs.get(i).getFirstValue(SolrConfigset.KEY);
      List<String> marked =
          highlights == null ? null : highlights.getOrDefault(key, Map.of()).get(HIGHLIGHT_FIELD);
      String html =
          marked != null && !marked.isEmpty()
              ? marked.getFirst()
              : unmarked(claim.claim().text(), words);
      hits.add(
          new Hit(claim, html, Math.toIntExact(counters.getOrDefault(claim.claim().id(), 0L))));
    }
    return hits;
  }

  /**
   * A hit's text when Solr marked nothing in it, as the embedded searcher gives it: after a search
   * for words (even words found only in other fields, or only excluded), the embedded highlighter's
   * summary, the whole text escaped by its formatter; after none, the text escaped.
   */
  private static String unmarked(String text, boolean words) {
    if (!words) {
      return Entities.escape(text);
    }
    Passage whole = new Passage();
    whole.setStartOffset(0);
    whole.setEndOffset(text.length());
    return UNMARKED.format(new Passage[] {whole}, text);
  }

  /** Most answered first, then newest, then reading order: the embedded searcher's order. */
  private static void mostContestedFirst(SolrQuery query) {
    query
        .addSort(ANSWERED_BY, SolrQuery.ORDER.desc)
        .addSort(DATE_SORT, SolrQuery.ORDER.desc)
        .addSort(ORDINAL, SolrQuery.ORDER.asc);
  }

  /**
   * How many claims answer each claim of a page, in its document (claims naming it in their
   * counters field) and in others (answer documents naming it), in two requests.
   */
  private Map<String, Long> counterclaims(List<StoredClaim> claims) throws IOException {
    if (claims.isEmpty()) {
      return Map.of();
    }
    StringBuilder ids = new StringBuilder();
    for (StoredClaim claim : claims) {
      ids.append(ids.isEmpty() ? "" : ",").append(claim.claim().id());
    }
    Map<String, Long> counts = new TreeMap<>();
    for (String[] end : new String[][] {{KIND_CLAIM, COUNTERS}, {KIND_ANSWER, ANSWER_TO}}) {
      SolrQuery query = SolrCollection.kind(end[0], null, null);
      query.addFilterQuery("{!terms f=" + end[1] + "}" + ids);
      query.setRows(0).setFacet(true).setFacetLimit(-1).setFacetMinCount(1);
      query.addFacetField(end[1]);
      FacetField field = collection.query(query).getFacetField(end[1]);
      if (field != null && field.getValues() != null) {
        for (FacetField.Count count : field.getValues()) {
          counts.merge(count.getName(), count.getCount(), Long::sum);
        }
      }
    }
    return counts;
  }

  /** As the embedded backend: the top values by count, the selected ones always shown. */
  private static List<FacetResult> facets(QueryResponse response, SearchRequest request) {
    List<FacetResult> results = new ArrayList<>();
    for (String dim : IndexSchema.FACETS) {
      List<String> selected = request.filters().getOrDefault(dim, List.of());
      FacetField field = response.getFacetField(dim);
      List<FacetCount> values = new ArrayList<>();
      int total = field == null ? 0 : field.getValueCount();
      if (field != null) {
        for (FacetField.Count count : field.getValues()) {
          if (values.size() == ClaimSearcher.FACET_VALUES) {
            break;
          }
          values.add(
              new FacetCount(
                  count.getName(), count.getCount(), selected.contains(count.getName())));
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

  private static List<MonthCount> timeline(FacetField field) {
    if (field == null) {
      return List.of();
    }
    Map<String, long[]> months = new TreeMap<>();
    for (FacetField.Count count : field.getValues()) {
      String label = count.getName();
      int bar = label.indexOf('|');
      long[] byStance = months.computeIfAbsent(label.substring(0, bar), m -> new long[3]);
      switch (label.substring(bar + 1)) {
        case "bullish" -> byStance[0] += count.getCount();
        case "bearish" -> byStance[1] += count.getCount();
        default -> byStance[2] += count.getCount();
      }
    }
    return months.entrySet().stream()
        .map(e -> new MonthCount(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
        .toList();
  }

  /** Solr's spelling checker, configured as the embedded one, asked about one word. */
  private String correct(String word) throws IOException {
    SolrQuery query = new SolrQuery("*:*");
    query.set("defType", "lucene");
    query.setRows(0);
    query.set("spellcheck", true);
    query.set("spellcheck.q", word);
    query.set("spellcheck.count", 1);
    SpellCheckResponse spelling = collection.query(query).getSpellCheckResponse();
    if (spelling == null) {
      return null;
    }
    SpellCheckResponse.Suggestion suggestion = spelling.getSuggestionMap().get(word);
    return suggestion == null || suggestion.getAlternatives().isEmpty()
        ? null
        : suggestion.getAlternatives().getFirst();
  }

  @Override
  public Optional<ClaimView> claimView(String id) throws IOException {
    Optional<StoredClaim> found = claim(id);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    StoredClaim stored = found.get();
    String prefix = StableIds.documentPrefix(stored.document().id());
    List<StoredClaim> paragraphClaims =
        claimsOf(DOC_PREFIX, prefix).stream()
            .filter(c -> c.claim().paragraph() == stored.claim().paragraph())
            .toList();
    Paragraph paragraph = paragraph(prefix, stored.claim().paragraph());
    StoredClaim counters =
        stored.claim().counters() == null ? null : claim(stored.claim().counters()).orElse(null);
    return Optional.of(
        new ClaimView(
            stored,
            paragraph,
            paragraphClaims,
            counters,
            claimsOf(COUNTERS, id),
            linked(ANSWER_TO, id, ANSWER_FROM),
            linked(ANSWER_FROM, id, ANSWER_TO)));
  }

  /**
   * As the embedded searcher: the claims at the other end of the answers across documents with one
   * end at a claim, by path, then paragraph.
   *
   * @param end {@link IndexSchema#ANSWER_TO} for the claims answering it, {@link
   *     IndexSchema#ANSWER_FROM} for those it answers
   * @param other the field naming the other end
   */
  private List<StoredClaim> linked(String end, String id, String other) throws IOException {
    List<String> ids = new ArrayList<>();
    for (SolrDocument answer : collection.all(SolrCollection.kind(KIND_ANSWER, end, id, other))) {
      ids.add((String) answer.getFirstValue(other));
    }
    if (ids.isEmpty()) {
      return List.of();
    }
    SolrQuery query =
        SolrCollection.kind(KIND_CLAIM, null, null, CLAIM_JSON, DOC_JSON, FIRST_INDEXED);
    query.addFilterQuery("{!terms f=" + ID + "}" + String.join(",", ids));
    List<StoredClaim> claims = new ArrayList<>();
    for (SolrDocument doc : collection.all(query)) {
      claims.add(SolrCollection.storedClaim(doc));
    }
    claims.sort(StoredClaim.BY_PLACE);
    return claims;
  }

  @Override
  public List<Contested> contested(int max) throws IOException {
    if (max < 1) {
      return List.of();
    }
    SolrQuery query =
        SolrCollection.kind(KIND_CLAIM, null, null, CLAIM_JSON, DOC_JSON, FIRST_INDEXED);
    query.addFilterQuery(ANSWERED_BY + ":[1 TO *]");
    mostContestedFirst(query);
    List<Contested> out = new ArrayList<>();
    for (SolrDocument doc : collection.query(query.setRows(max)).getResults()) {
      StoredClaim claim = SolrCollection.storedClaim(doc);
      out.add(new Contested(claim, answersTo(claim.claim().id())));
    }
    return out;
  }

  @Override
  public List<StoredClaim> newestAnswers(int max) throws IOException {
    if (max < 1) {
      return List.of();
    }
    SolrQuery query =
        SolrCollection.kind(
            KIND_CLAIM,
            facetField(FACET_DEBATE),
            DEBATE_IS_ANSWER,
            CLAIM_JSON,
            DOC_JSON,
            FIRST_INDEXED);
    query.addSort(DATE_SORT, SolrQuery.ORDER.desc).addSort(ORDINAL, SolrQuery.ORDER.asc);
    List<StoredClaim> out = new ArrayList<>();
    for (SolrDocument doc : collection.query(query.setRows(max)).getResults()) {
      out.add(SolrCollection.storedClaim(doc));
    }
    return out;
  }

  @Override
  public ArchiveSummary summary(int speakers) throws IOException {
    List<DocumentInfo> documents = documents();
    SolrQuery query = SolrCollection.kind(KIND_CLAIM, null, null).setRows(0);
    query.setFacet(true).setFacetLimit(-1).setFacetMinCount(1);
    query.addFacetField(facetField(FACET_SPEAKER));
    QueryResponse response = collection.query(query);
    List<FacetCount> all = new ArrayList<>();
    FacetField field = response.getFacetField(facetField(FACET_SPEAKER));
    if (field != null && field.getValues() != null) {
      for (FacetField.Count value : field.getValues()) {
        all.add(new FacetCount(value.getName(), value.getCount(), false));
      }
    }
    return ArchiveSummary.of(documents, response.getResults().getNumFound(), all, speakers);
  }

  private Paragraph paragraph(String prefix, int n) throws IOException {
    Optional<SolrDocument> file = fileDocument(prefix);
    if (file.isEmpty()) {
      return null;
    }
    List<Paragraph> paragraphs = Article.paragraphsOf(blocks(file.get()));
    return n >= 1 && n <= paragraphs.size() ? paragraphs.get(n - 1) : null;
  }

  private static List<Block> blocks(SolrDocument file) throws IOException {
    return SolrCollection.blocks(file);
  }

  private Optional<SolrDocument> fileDocument(String prefix) throws IOException {
    SolrQuery query =
        SolrCollection.kind(KIND_DOCUMENT, DOC_PREFIX, prefix, ID, DOC_JSON, BLOCKS_JSON);
    SolrDocumentList found = collection.query(query.setRows(1)).getResults();
    return found.isEmpty() ? Optional.empty() : Optional.of(found.getFirst());
  }

  /** Claims with a field's value, in reading order (document, then sentence). */
  private List<StoredClaim> claimsOf(String field, String value) throws IOException {
    SolrQuery query =
        SolrCollection.kind(KIND_CLAIM, field, value, CLAIM_JSON, DOC_JSON, FIRST_INDEXED);
    query.addSort(ORDINAL, SolrQuery.ORDER.asc).addSort(ID, SolrQuery.ORDER.asc);
    List<StoredClaim> claims = new ArrayList<>();
    for (SolrDocument doc : collection.all(query)) {
      claims.add(SolrCollection.storedClaim(doc));
    }
    return claims;
  }

  @Override
  public Optional<DocumentView> document(String id) throws IOException {
    if (id == null || id.length() < 6) {
      return Optional.empty();
    }
    String prefix = StableIds.documentPrefix(id);
    Optional<SolrDocument> file = fileDocument(prefix);
    if (file.isEmpty() || (id.length() == 12 && !id.equals(file.get().getFirstValue(ID)))) {
      return Optional.empty();
    }
    List<StoredClaim> claims = claimsOf(DOC_PREFIX, prefix);
    return Optional.of(
        DocumentView.of(SolrCollection.documentInfo(file.get()), blocks(file.get()), claims));
  }

  @Override
  public List<DocumentInfo> documents() throws IOException {
    List<DocumentInfo> documents = new ArrayList<>();
    for (SolrDocument doc :
        collection.all(SolrCollection.kind(KIND_DOCUMENT, null, null, DOC_JSON))) {
      documents.add(SolrCollection.documentInfo(doc));
    }
    documents.sort(Comparator.comparing(DocumentInfo::path));
    return documents;
  }

  @Override
  public long claimCount() throws IOException {
    return collection
        .query(SolrCollection.kind(KIND_CLAIM, null, null).setRows(0))
        .getResults()
        .getNumFound();
  }

  @Override
  public List<Completion> complete(String prefix, int max) throws IOException {
    String typed = prefix == null ? "" : prefix.strip().toLowerCase(Locale.ROOT);
    if (typed.isEmpty() || max < 1) {
      return List.of();
    }
    SolrQuery query = SolrCollection.kind(KIND_CLAIM, null, null).setRows(0);
    query.setFacet(true).setFacetLimit(-1).setFacetMinCount(1);
    // Narrowed by Solr to values containing what was typed; the word-start test is ours.
    query.set("facet.contains", typed);
    query.set("facet.contains.ignoreCase", true);
    for (String dim : List.of(FACET_SPEAKER, FACET_COMPANY)) {
      query.addFacetField("{!key=" + dim + "}" + facetField(dim));
    }
    QueryResponse response = collection.query(query);
    List<Completion> matches = new ArrayList<>();
    for (String dim : List.of(FACET_SPEAKER, FACET_COMPANY)) {
      FacetField field = response.getFacetField(dim);
      if (field == null) {
        continue;
      }
      for (FacetField.Count value : field.getValues()) {
        if (ClaimSearcher.startsWordWith(value.getName(), typed)
            && !ClaimSearcher.isNoSpeaker(dim, value.getName())) {
          matches.add(new Completion(dim, value.getName(), value.getCount()));
        }
      }
    }
    matches.sort(
        Comparator.comparingLong(Completion::count).reversed().thenComparing(Completion::value));
    return matches.subList(0, Math.min(max, matches.size()));
  }

  @Override
  public void warmUp() throws IOException {
    try {
      search(SearchRequest.of(""));
    } catch (BadQueryException e) {
      throw new IllegalStateException("the empty query is always valid", e);
    }
  }

  @Override
  public void refresh() {
    // Solr opens a new searcher at each commit itself.
  }

  @Override
  public Optional<StoredClaim> claim(String id) throws IOException {
    return first(KIND_CLAIM, id);
  }

  @Override
  public Optional<StoredClaim> formerClaim(String id) throws IOException {
    return first(KIND_FORMER, id);
  }

  @Override
  public Optional<StoredClaim> successor(String formerId) throws IOException {
    String id = formerId;
    for (int hop = 0; hop < MAX_SUCCESSIONS; hop++) {
      SolrDocumentList former =
          collection
              .query(SolrCollection.kind(KIND_FORMER, ID, id, SUCCESSOR).setRows(1))
              .getResults();
      if (former.isEmpty()
          || !(former.getFirst().getFirstValue(SUCCESSOR) instanceof String next)) {
        return Optional.empty();
      }
      id = next;
      Optional<StoredClaim> current = first(KIND_CLAIM, id);
      if (current.isPresent()) {
        return current;
      }
    }
    return Optional.empty();
  }

  private Optional<StoredClaim> first(String kind, String id) throws IOException {
    SolrQuery query =
        SolrCollection.kind(kind, ID, id, CLAIM_JSON, DOC_JSON, FIRST_INDEXED).setRows(1);
    SolrDocumentList found = collection.query(query).getResults();
    return found.isEmpty()
        ? Optional.empty()
        : Optional.of(SolrCollection.storedClaim(found.getFirst()));
  }

  @Override
  public List<StoredClaim> claimsOfDocument(String documentPrefix) throws IOException {
    if (documentPrefix == null || documentPrefix.length() < 6) {
      return List.of();
    }
    return claimsOf(DOC_PREFIX, StableIds.documentPrefix(documentPrefix));
  }

  @Override
  public List<String> documentPrefixes() throws IOException {
    return documents().stream().map(d -> StableIds.documentPrefix(d.id())).toList();
  }

  /**
   * As {@link ClaimSearcher#answersTo}: the counterclaims whose link names the claim, in reading
   * order, then the claims of other documents answering it.
   */
  @Override
  public List<StoredClaim> answersTo(String claimId) throws IOException {
    if (!StableIds.looksLikeId(claimId)) {
      return List.of();
    }
    List<StoredClaim> answers = new ArrayList<>(claimsOf(COUNTERS, claimId));
    answers.addAll(linked(ANSWER_TO, claimId, ANSWER_FROM));
    return answers;
  }

  @Override
  public List<ReindexRecord> reindexes(int max) throws IOException {
    if (max < 1) {
      return List.of();
    }
    SolrQuery query = SolrCollection.kind(KIND_REINDEX, null, null, REINDEX_JSON).setRows(max);
    query.setSort(REINDEX_SEQUENCE, SolrQuery.ORDER.desc);
    List<ReindexRecord> records = new ArrayList<>();
    for (SolrDocument doc : collection.query(query).getResults()) {
      records.add(SolrCollection.reindexRecord(doc));
    }
    return records;
  }

  @Override
  public void close() throws IOException {
    collection.close();
  }
}
