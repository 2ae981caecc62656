package dev.pincite.search;

import static dev.pincite.index.IndexSchema.*;

import dev.pincite.claims.StableIds;
import dev.pincite.index.DocumentInfo;
import dev.pincite.index.IndexSchema;
import dev.pincite.index.ReindexRecord;
import dev.pincite.index.StoredClaim;
import dev.pincite.index.StoredClaimCodec;
import dev.pincite.ingest.Paragraph;
import dev.pincite.search.SearchResult.FacetCount;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.function.BooleanSupplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOFunction;

/**
 * Searches the claim index: keyword queries in Lucene syntax with drill-sideways facet counts and
 * highlighting, claim and document views, autocomplete, spelling suggestions. Sees a new commit of
 * the index (from a reindex in another process) at the next {@link #refresh()}. The facade over
 * {@link ClaimQueryParser} (query text), {@link FacetedSearch} (one search) and {@link Snapshot}
 * (one commit and what is built once for it). The embedded {@link SearchBackend}.
 *
 * <p>NOTE: instances are thread safe; share one per index. Per-index-version state (facet ordinals,
 * the facet counts of the whole archive) is built once when a new commit is opened, never per
 * request.
 */
public final class ClaimSearcher implements SearchBackend {

  /** Facet values returned per dimension; the page shows fewer and offers "more…". */
  public static final int FACET_VALUES = 100;

  /**
   * How long one search may take before it is stopped with a {@link SearchTimeoutException}: an
   * ordinary search takes milliseconds even on a million claims, so only a pathological query (a
   * regular expression that matches most of the dictionary, say) comes near it.
   */
  public static final Duration DEFAULT_SEARCH_BUDGET = Duration.ofSeconds(5);

  private final Directory directory;
  private final SearcherManager manager;
  private final Analyzer analyzer;
  private final ClaimQueryParser parser;
  private final Spelling spelling = new Spelling();
  private final SearchDeadline deadline;
  private final long budgetNanos;
  // Expensive searches (QueryCost.isExpensive) at once: half the cores, so that the other half
  // keeps answering ordinary searches in milliseconds while patterns enumerate the dictionary.
  private final int expensiveLimit = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
  private final Semaphore expensiveSlots = new Semaphore(expensiveLimit);

  private ClaimSearcher(
      Directory directory, SearcherManager manager, Analyzer analyzer, Duration budget) {
    this.directory = directory;
    this.manager = manager;
    this.analyzer = analyzer;
    this.parser = new ClaimQueryParser(analyzer);
    this.deadline = new SearchDeadline();
    this.budgetNanos = budget.toNanos();
  }

  /**
   * Opens an index folder written by {@link dev.pincite.index.Reindexer}.
   *
   * @param indexDir the folder
   * @return a searcher
   * @throws IOException when there is no index there, with the folder in the message
   */
  public static ClaimSearcher open(Path indexDir) throws IOException {
    return open(indexDir, DEFAULT_SEARCH_BUDGET);
  }

  /**
   * Opens an index folder with a time budget per search.
   *
   * @param indexDir the folder
   * @param searchBudget how long one {@link #search} may take, more than zero
   * @return a searcher
   * @throws IOException when there is no index there, with the folder in the message
   */
  public static ClaimSearcher open(Path indexDir, Duration searchBudget) throws IOException {
    if (searchBudget.isNegative() || searchBudget.isZero()) {
      throw new IllegalArgumentException("search budget must be positive, got " + searchBudget);
    }
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
      return new ClaimSearcher(directory, manager, analyzer, searchBudget);
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
   * @throws BadQueryException when the query has bad syntax or would be too costly to run
   * @throws SearchTimeoutException when the search took longer than its budget; no partial answer
   *     is given
   * @throws SearchBusyException when the query is expensive ({@link QueryCost#isExpensive}) and as
   *     many expensive searches as allowed (half the cores, at least one) are running; decided
   *     before the query is parsed when its text may hold a pattern ({@link
   *     QueryCost#mayBeExpensive})
   * @throws SearchAbandonedException when whoever asked has gone ({@link #abandonSearchesWhen})
   * @throws IOException on index failure
   */
  @Override
  public SearchResult search(SearchRequest request) throws BadQueryException, IOException {
    // A slot is taken before parsing: building a pattern's automaton is itself costly (up to a
    // second for one the cost limits let through), so a refusal must not wait for it.
    boolean holdsSlot = QueryCost.mayBeExpensive(request.query());
    if (holdsSlot && !expensiveSlots.tryAcquire()) {
      throw new SearchBusyException(expensiveLimit);
    }
    try {
      Query userQuery = parse(request.query());
      boolean expensive = QueryCost.isExpensive(userQuery);
      if (holdsSlot && !expensive) {
        // A quoted "what?" or an escaped \* looked like a pattern and is not one.
        expensiveSlots.release();
        holdsSlot = false;
      } else if (!holdsSlot && expensive) {
        if (!expensiveSlots.tryAcquire()) {
          throw new SearchBusyException(expensiveLimit);
        }
        holdsSlot = true;
      }
      deadline.start(budgetNanos);
      try {
        return withSnapshot(
            snapshot -> new FacetedSearch(snapshot, request, userQuery, spelling, deadline).run());
      } finally {
        deadline.finish();
      }
    } finally {
      if (holdsSlot) {
        expensiveSlots.release();
      }
    }
  }

  /**
   * Sets what tells that the searches this thread runs from now on are no longer wanted: a server
   * sets it per request to "the client has closed its connection", so a costly search whose client
   * has gone stops within {@link SearchDeadline#PROBE_INTERVAL_NANOS} with a {@link
   * SearchAbandonedException} instead of running to its budget.
   *
   * @param gone asked from time to time while a search runs; null for never (the default)
   */
  @Override
  public void abandonSearchesWhen(BooleanSupplier gone) {
    deadline.abandonWhen(gone);
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
  @Override
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
    return parser.parse(text);
  }

  /**
   * @param id a claim id
   * @return the claim with its paragraph, the claim it answers and its counterclaims
   * @throws IOException on index failure
   */
  @Override
  public Optional<ClaimView> claimView(String id) throws IOException {
    return withSnapshot(snapshot -> claimView(snapshot, id));
  }

  private static Optional<ClaimView> claimView(Snapshot snapshot, String id) throws IOException {
    Optional<StoredClaim> found = snapshot.first(Snapshot.kind(KIND_CLAIM, ID, id));
    if (found.isEmpty()) {
      return Optional.empty();
    }
    StoredClaim stored = found.get();
    String prefix = StableIds.documentPrefix(stored.document().id());
    List<StoredClaim> paragraphClaims =
        snapshot.claimsOf(Snapshot.kind(KIND_CLAIM, DOC_PREFIX, prefix)).stream()
            .filter(c -> c.claim().paragraph() == stored.claim().paragraph())
            .toList();
    Paragraph paragraph = snapshot.paragraph(prefix, stored.claim().paragraph());
    StoredClaim counters =
        stored.claim().counters() == null
            ? null
            : snapshot.first(Snapshot.kind(KIND_CLAIM, ID, stored.claim().counters())).orElse(null);
    List<StoredClaim> counterclaims = snapshot.claimsOf(Snapshot.kind(KIND_CLAIM, COUNTERS, id));
    return Optional.of(
        new ClaimView(
            stored,
            paragraph,
            paragraphClaims,
            counters,
            counterclaims,
            linked(snapshot, ANSWER_TO, id, ANSWER_FROM),
            linked(snapshot, ANSWER_FROM, id, ANSWER_TO)));
  }

  /**
   * The claims that answer a claim: those of its document (counterclaims, in reading order), then
   * those of other documents (found at reindex time).
   *
   * @param claimId a claim id
   * @return the answers; empty for an unknown id
   * @throws IOException on index failure
   */
  @Override
  public List<StoredClaim> answersTo(String claimId) throws IOException {
    if (!StableIds.looksLikeId(claimId)) {
      return List.of();
    }
    return withSnapshot(snapshot -> answersTo(snapshot, claimId));
  }

  private static List<StoredClaim> answersTo(Snapshot snapshot, String claimId) throws IOException {
    List<StoredClaim> answers =
        new ArrayList<>(snapshot.claimsOf(Snapshot.kind(KIND_CLAIM, COUNTERS, claimId)));
    answers.addAll(linked(snapshot, ANSWER_TO, claimId, ANSWER_FROM));
    return answers;
  }

  /**
   * The claims at the other end of the answers across documents with one end at a claim.
   *
   * @param end {@link IndexSchema#ANSWER_TO} for the claims answering it, {@link
   *     IndexSchema#ANSWER_FROM} for those it answers
   * @param other the field naming the other end
   */
  private static List<StoredClaim> linked(Snapshot snapshot, String end, String id, String other)
      throws IOException {
    StoredFields stored = snapshot.storedFields();
    List<StoredClaim> claims = new ArrayList<>();
    for (ScoreDoc hit : snapshot.all(Snapshot.kind(KIND_ANSWER, end, id))) {
      String otherId = stored.document(hit.doc, Set.of(other)).get(other);
      snapshot.first(Snapshot.kind(KIND_CLAIM, ID, otherId)).ifPresent(claims::add);
    }
    claims.sort(StoredClaim.BY_PLACE);
    return claims;
  }

  /**
   * The claims with the most answers, in their documents and elsewhere, each with its answers.
   *
   * @param max the most claims to return
   * @return most answered first, then newest
   * @throws IOException on index failure
   */
  @Override
  public List<Contested> contested(int max) throws IOException {
    if (max < 1) {
      return List.of();
    }
    return withSnapshot(
        snapshot -> {
          Query answered =
              new BooleanQuery.Builder()
                  .add(Snapshot.CLAIMS, Occur.FILTER)
                  .add(
                      NumericDocValuesField.newSlowRangeQuery(ANSWERED_BY, 1, Long.MAX_VALUE),
                      Occur.FILTER)
                  .build();
          Sort order =
              new Sort(
                  new SortField(ANSWERED_BY, SortField.Type.LONG, true),
                  new SortField(DATE_SORT, SortField.Type.LONG, true),
                  new SortField(ORDINAL, SortField.Type.LONG));
          StoredFields stored = snapshot.storedFields();
          List<Contested> out = new ArrayList<>();
          for (ScoreDoc hit : snapshot.search(answered, max, order).scoreDocs) {
            StoredClaim claim = StoredClaimCodec.storedClaim(stored.document(hit.doc));
            out.add(new Contested(claim, answersTo(snapshot, claim.claim().id())));
          }
          return out;
        });
  }

  /**
   * The newest claims that answer another, in their document or elsewhere.
   *
   * @param max the most claims to return
   * @return newest document first, then reading order
   * @throws IOException on index failure
   */
  @Override
  public List<StoredClaim> newestAnswers(int max) throws IOException {
    if (max < 1) {
      return List.of();
    }
    return withSnapshot(
        snapshot -> {
          if (!snapshot.hasDimension(FACET_DEBATE)) {
            return List.of();
          }
          DrillDownQuery answers = new DrillDownQuery(snapshot.config, Snapshot.CLAIMS);
          answers.add(FACET_DEBATE, DEBATE_IS_ANSWER);
          Sort order =
              new Sort(
                  new SortField(DATE_SORT, SortField.Type.LONG, true),
                  new SortField(ORDINAL, SortField.Type.LONG));
          StoredFields stored = snapshot.storedFields();
          List<StoredClaim> out = new ArrayList<>();
          for (ScoreDoc hit : snapshot.search(answers, max, order).scoreDocs) {
            out.add(StoredClaimCodec.storedClaim(stored.document(hit.doc)));
          }
          return out;
        });
  }

  /**
   * What the archive holds, for the landing page.
   *
   * @param speakers how many of the most active speakers to list
   * @return the counts, date span and most active speakers
   * @throws IOException on index failure
   */
  @Override
  public ArchiveSummary summary(int speakers) throws IOException {
    return ArchiveSummary.of(
        documents(),
        claimCount(),
        withSnapshot(snapshot -> snapshot.allValues(FACET_SPEAKER)),
        speakers);
  }

  /**
   * @param id a document id (12 characters), its 6-character prefix, or any of its claim ids
   * @return the document with its body and claims
   * @throws IOException on index failure
   */
  @Override
  public Optional<DocumentView> document(String id) throws IOException {
    if (id == null || id.length() < 6) {
      return Optional.empty();
    }
    return withSnapshot(snapshot -> document(snapshot, id));
  }

  private static Optional<DocumentView> document(Snapshot snapshot, String id) throws IOException {
    String prefix = StableIds.documentPrefix(id);
    Optional<Document> file = snapshot.fileDocument(prefix);
    if (file.isEmpty() || (id.length() == 12 && !id.equals(file.get().get(ID)))) {
      return Optional.empty();
    }
    List<StoredClaim> claims = snapshot.claimsOf(Snapshot.kind(KIND_CLAIM, DOC_PREFIX, prefix));
    return Optional.of(
        DocumentView.of(
            StoredClaimCodec.documentInfo(file.get()),
            StoredClaimCodec.blocks(file.get()),
            claims));
  }

  /** Every document in the index, ordered by path. */
  @Override
  public List<DocumentInfo> documents() throws IOException {
    return withSnapshot(
        snapshot -> {
          StoredFields stored = snapshot.storedFields();
          List<DocumentInfo> documents = new ArrayList<>();
          for (ScoreDoc hit : snapshot.all(new TermQuery(new Term(KIND, KIND_DOCUMENT)))) {
            documents.add(StoredClaimCodec.documentInfo(stored.document(hit.doc)));
          }
          documents.sort(Comparator.comparing(DocumentInfo::path));
          return documents;
        });
  }

  @Override
  public List<String> documentPrefixes() throws IOException {
    return documents().stream().map(d -> StableIds.documentPrefix(d.id())).toList();
  }

  /** How many claims the index holds. */
  @Override
  public long claimCount() throws IOException {
    return withSnapshot(snapshot -> (long) snapshot.count(Snapshot.CLAIMS));
  }

  /**
   * Speakers and companies whose name (or a word of it) starts with a prefix, most claims first.
   *
   * @param prefix what was typed
   * @param max the most suggestions to return
   * @return the suggestions
   * @throws IOException on index failure
   */
  @Override
  public List<Completion> complete(String prefix, int max) throws IOException {
    String typed = prefix == null ? "" : prefix.strip().toLowerCase(Locale.ROOT);
    if (typed.isEmpty() || max < 1) {
      return List.of();
    }
    List<Completion> matches = withSnapshot(snapshot -> completions(snapshot, typed));
    matches.sort(
        Comparator.comparingLong(Completion::count).reversed().thenComparing(Completion::value));
    return matches.subList(0, Math.min(max, matches.size()));
  }

  private static List<Completion> completions(Snapshot snapshot, String typed) throws IOException {
    List<Completion> matches = new ArrayList<>();
    for (String dim : List.of(FACET_SPEAKER, FACET_COMPANY)) {
      for (FacetCount value : snapshot.allValues(dim)) {
        if (startsWordWith(value.value(), typed) && !isNoSpeaker(dim, value.value())) {
          matches.add(new Completion(dim, value.value(), value.count()));
        }
      }
    }
    return matches;
  }

  static boolean isNoSpeaker(String dim, String value) {
    return dim.equals(FACET_SPEAKER) && value.equals(IndexSchema.NO_SPEAKER);
  }

  static boolean startsWordWith(String value, String typed) {
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
    return withSnapshot(snapshot -> snapshot.first(Snapshot.kind(KIND_CLAIM, ID, id)));
  }

  @Override
  public Optional<StoredClaim> formerClaim(String id) throws IOException {
    return withSnapshot(snapshot -> snapshot.first(Snapshot.kind(KIND_FORMER, ID, id)));
  }

  @Override
  public Optional<StoredClaim> successor(String formerId) throws IOException {
    return withSnapshot(
        snapshot -> {
          String id = formerId;
          // A claim whose file was renamed twice was replaced twice; a cycle cannot go on forever.
          for (int hop = 0; hop < MAX_SUCCESSIONS; hop++) {
            id = snapshot.firstValue(Snapshot.kind(KIND_FORMER, ID, id), SUCCESSOR);
            if (id == null) {
              return Optional.empty();
            }
            Optional<StoredClaim> current = snapshot.first(Snapshot.kind(KIND_CLAIM, ID, id));
            if (current.isPresent()) {
              return current;
            }
          }
          return Optional.empty();
        });
  }

  @Override
  public List<StoredClaim> claimsOfDocument(String documentPrefix) throws IOException {
    if (documentPrefix == null || documentPrefix.length() < 6) {
      return List.of();
    }
    String prefix = StableIds.documentPrefix(documentPrefix);
    return withSnapshot(
        snapshot -> snapshot.claimsOf(Snapshot.kind(KIND_CLAIM, DOC_PREFIX, prefix)));
  }

  /**
   * The records of the last reindexes that changed something, newest first: what each added,
   * changed and removed.
   *
   * @param max the most records to return
   * @return the records
   * @throws IOException on index failure
   */
  @Override
  public List<ReindexRecord> reindexes(int max) throws IOException {
    if (max < 1) {
      return List.of();
    }
    return withSnapshot(
        snapshot -> {
          TopDocs top =
              snapshot.search(
                  new TermQuery(new Term(KIND, KIND_REINDEX)),
                  max,
                  new Sort(new SortField(REINDEX_SEQUENCE, SortField.Type.LONG, true)));
          StoredFields stored = snapshot.storedFields();
          List<ReindexRecord> records = new ArrayList<>(top.scoreDocs.length);
          for (ScoreDoc hit : top.scoreDocs) {
            records.add(StoredClaimCodec.reindexRecord(stored.document(hit.doc)));
          }
          return records;
        });
  }

  /** Picks up a newer commit of the index, if any. Cheap when nothing changed. */
  @Override
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

  /**
   * Runs a function over the current commit, holding it (so a reindex's commit cannot close it
   * meanwhile) until the function returns.
   */
  private <T> T withSnapshot(IOFunction<Snapshot, T> fn) throws IOException {
    Snapshot snapshot = (Snapshot) manager.acquire();
    try {
      return fn.apply(snapshot);
    } finally {
      manager.release(snapshot);
    }
  }
}
