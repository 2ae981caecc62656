package dev.pincite.index;

import static dev.pincite.index.IndexSchema.*;

import dev.pincite.claims.AnswerMatcher;
import dev.pincite.claims.Claim;
import dev.pincite.claims.Stance;
import dev.pincite.index.ClaimIndexWriter.Answer;
import dev.pincite.index.ClaimIndexWriter.Debate;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * The reindex stage that links claims across documents ({@link AnswerMatcher}) and keeps each
 * claim's place in the debate ({@link Debate}: the debate facet, the "most contested" sort) in step
 * with every answer the index holds.
 *
 * <p>Incremental: when a file is written again or removed, the writer drops the answers it gave and
 * received; this stage then searches again from the claims of the files written in this run, in
 * both directions (a claim of a new file can answer an old claim, or be answered by one), and from
 * the claims of unchanged files that pair with one of them and may rank it among their own
 * candidates ({@link AnswerFinder#REVERSE_CANDIDATES}), and keeps the answers between unchanged
 * files. What is searched and how the answers are decided is {@link AnswerFinder}'s, shared with
 * the Solr backend; this class runs its queries on an index folder, on the reindex's threads. Not
 * thread safe: one run per reindex, after every file is written and before the commit.
 */
public final class CrossDocumentLinker {

  /**
   * What the stage did.
   *
   * @param claimsSearched claims whose candidates were searched
   * @param answers the cross-document answers found in this run (those given or received by the
   *     files written in it, old ones found again included)
   * @param claimsRewritten claims written again because their place in the debate changed
   * @param elapsed wall time of the stage
   */
  public record Result(
      int claimsSearched, List<Answer> answers, int claimsRewritten, Duration elapsed) {

    public Result {
      answers = List.copyOf(answers);
    }

    /** How many cross-document answers this run found. */
    public int answersAdded() {
      return answers.size();
    }
  }

  private final AnswerFinder finder = new AnswerFinder();
  private final FacetsConfig facets = IndexSchema.facetsConfig();
  private final int threads;

  /** A linker that searches on one thread. */
  public CrossDocumentLinker() {
    this(1);
  }

  /**
   * A linker that searches the candidates of its seeds on several threads; the answers are the same
   * as on one.
   *
   * @param threads worker threads, at least 1
   */
  public CrossDocumentLinker(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    this.threads = threads;
  }

  /**
   * Links the claims of the files written in this run and brings every claim's debate up to date.
   *
   * @param writer the reindex's writer, every file already written or removed
   * @param written the paths of the files written in this run
   * @return what it did
   * @throws IOException on index failure
   */
  public Result link(ClaimIndexWriter writer, Set<String> written) throws IOException {
    long start = System.nanoTime();
    // Opening the reader writes every buffered document to a segment on the calling thread; the
    // buffers (one per indexing thread) are written on the linker's threads first.
    onThreads(
        () -> {
          while (writer.flushNextBuffer()) {
            // until no buffer is left
          }
          return null;
        });
    try (DirectoryReader reader = writer.openReader()) {
      Search search = new Search(reader);
      List<Integer> seeds = search.seedsOf(written);
      List<List<Answer>> perSeed = new ArrayList<>(search.answersOf(seeds));
      perSeed.addAll(search.answersBack(seeds, written));
      AnswerFinder.Merged merged = AnswerFinder.merge(perSeed);
      List<Answer> answers = merged.answers();
      writer.addAnswers(answers);
      int rewritten = syncDebate(writer, reader, answers);
      return new Result(
          merged.searched(), answers, rewritten, Duration.ofNanos(System.nanoTime() - start));
    }
  }

  /**
   * One run's view of the index: claims as matcher sides, candidates, word rarity. Safe for the
   * run's worker threads: each reads stored fields through its own {@link StoredFields}, and a
   * claim's side is decoded once per run however many seeds it is a candidate of.
   */
  private final class Search {
    private final IndexReader reader;
    private final LiveStatisticsSearcher searcher;
    private final Map<String, Double> idf = new ConcurrentHashMap<>();
    private final Map<Integer, AnswerMatcher.Side> sides = new ConcurrentHashMap<>();
    // The documents of the claims decoded, by their stored JSON: every claim of a document stores
    // the same, and decoding it (and parsing its date) once per claim was a fifth of decoding a
    // side.
    private final Map<String, ClaimsDocument> documents = new ConcurrentHashMap<>();
    private final int claims;

    Search(IndexReader reader) throws IOException {
      this.reader = reader;
      // Live statistics: the claims a reindex replaced are still in the reader, deleted, and
      // would otherwise weigh in the ranking and the word rarity until their segments merge.
      this.searcher = new LiveStatisticsSearcher(reader);
      this.claims = Math.max(1, searcher.count(new TermQuery(new Term(KIND, KIND_CLAIM))));
    }

    /**
     * The claims of some files that take a side (bullish or bearish), in index order: the others
     * are never debatable.
     */
    List<Integer> seedsOf(Set<String> paths) throws IOException {
      if (paths.isEmpty()) {
        return List.of();
      }
      List<BytesRef> terms = sortedTerms(paths);
      DrillDownQuery query =
          new DrillDownQuery(
              facets,
              new BooleanQuery.Builder()
                  .add(new TermQuery(new Term(KIND, KIND_CLAIM)), Occur.FILTER)
                  .add(new TermInSetQuery(PATH, terms), Occur.FILTER)
                  .build());
      query.add(FACET_STANCE, Stance.BULLISH.label());
      query.add(FACET_STANCE, Stance.BEARISH.label());
      List<Integer> docs = new ArrayList<>();
      for (ScoreDoc hit : all(searcher, query)) {
        docs.add(hit.doc);
      }
      Collections.sort(docs);
      return docs;
    }

    /**
     * The answers each seed gives or receives, in the seeds' order; null for a seed that is not
     * debatable. Seeds are shared out among the worker threads.
     */
    List<List<Answer>> answersOf(List<Integer> seeds) throws IOException {
      return onEach(seeds, (doc, worker) -> answersOf(side(doc, worker.stored()), worker));
    }

    /**
     * What claims of unchanged files add when searched again ({@link
     * AnswerFinder#partnersToSearchAgain}): their answers that involve a written file, in claim id
     * order, null for a claim that is not debatable. None when every file was written (a full run
     * searches from every claim anyway).
     */
    List<List<Answer>> answersBack(List<Integer> seeds, Set<String> written) throws IOException {
      if (seeds.isEmpty() || !hasClaimsBesides(written)) {
        return List.of();
      }
      Map<String, AnswerMatcher.Side> unchanged = new TreeMap<>();
      List<List<AnswerMatcher.Side>> partners =
          onEach(
              seeds,
              (doc, worker) ->
                  finder.partnersToSearchAgain(
                      side(doc, worker.stored()),
                      query -> candidates(query, worker),
                      this::idf,
                      written));
      partners.forEach(found -> found.forEach(claim -> unchanged.putIfAbsent(claim.id(), claim)));
      return onEach(
          List.copyOf(unchanged.values()),
          (claim, worker) ->
              finder.answersInvolving(
                  claim, query -> candidates(query, worker), this::idf, written));
    }

    /** Whether the index holds claims of files other than these. */
    private boolean hasClaimsBesides(Set<String> paths) throws IOException {
      Query others =
          new BooleanQuery.Builder()
              .add(new TermQuery(new Term(KIND, KIND_CLAIM)), Occur.FILTER)
              .add(new TermInSetQuery(PATH, sortedTerms(paths)), Occur.MUST_NOT)
              .build();
      return searcher.count(others) > 0;
    }

    /**
     * One result per item, in the items' order, the items shared out among the worker threads, each
     * thread reading with a worker of its own.
     */
    private <T, R> List<R> onEach(List<T> items, PerItem<T, R> work) throws IOException {
      List<R> out = new ArrayList<>(Collections.nCopies(items.size(), null));
      AtomicInteger next = new AtomicInteger();
      onThreads(
          () -> {
            Worker worker = new Worker(reader.storedFields(), new HashMap<>());
            for (int i = next.getAndIncrement(); i < items.size(); i = next.getAndIncrement()) {
              out.set(i, work.apply(items.get(i), worker));
            }
            return null;
          });
      return out;
    }

    /** Work on one item with a worker thread's readers. */
    @FunctionalInterface
    private interface PerItem<T, R> {
      R apply(T item, Worker worker) throws IOException;
    }

    /**
     * What one worker thread reads with: its stored fields, and the terms it has looked up in the
     * index (every segment's entry for the term and its statistics). The synthetic and the real
     * corpora repeat their words from seed to seed, and looking each up in every segment again was
     * a third of a candidate search. Lucene's {@link TermStates} are not meant to be shared between
     * threads, so each worker keeps its own.
     */
    private record Worker(StoredFields stored, Map<Term, TermStates> terms) {}

    private List<Answer> answersOf(AnswerMatcher.Side seed, Worker worker) throws IOException {
      return finder.answersOf(seed, query -> candidates(query, worker), this::idf);
    }

    /**
     * A term query whose term is looked up once per worker: the same query, scored with the same
     * statistics, as {@code new TermQuery(term)}.
     */
    private TermQuery termQuery(Term term, Worker worker) throws IOException {
      TermStates states = worker.terms().get(term);
      if (states == null) {
        states = TermStates.build(searcher, term, true);
        worker.terms().put(term, states);
      }
      return new TermQuery(term, states);
    }

    /** The claims a candidate query matches, best first. */
    private List<AnswerMatcher.Side> candidates(
        AnswerFinder.CandidateQuery candidates, Worker worker) throws IOException {
      StoredFields stored = worker.stored();
      List<AnswerMatcher.Side> out = new ArrayList<>();
      for (ScoreDoc hit : best(luceneQuery(candidates, worker), candidates.rows(), stored)) {
        out.add(side(hit.doc, stored));
      }
      return out;
    }

    /** A candidate query as a Lucene query. */
    private Query luceneQuery(AnswerFinder.CandidateQuery candidates, Worker worker)
        throws IOException {
      BooleanQuery.Builder words = new BooleanQuery.Builder();
      for (String word : candidates.words()) {
        words.add(termQuery(new Term(TEXT, word), worker), Occur.SHOULD);
      }
      for (String name : candidates.names()) {
        words.add(termQuery(new Term(SPEAKER_TEXT, name), worker), Occur.SHOULD);
      }
      // The filters' terms too are looked up once per worker: a query's filters are the same from
      // seed to seed (the kind, the stance, a few companies, the seed's document).
      Query base =
          new BooleanQuery.Builder()
              .add(words.build(), Occur.MUST)
              .add(termQuery(new Term(KIND, KIND_CLAIM), worker), Occur.FILTER)
              .add(
                  termQuery(new Term(DOC_ID, candidates.excludedDocument()), worker),
                  Occur.MUST_NOT)
              .build();
      BooleanQuery.Builder companies = new BooleanQuery.Builder();
      for (String company : candidates.companies()) {
        companies.add(termQuery(new Term(DEBATE_COMPANY, company), worker), Occur.SHOULD);
      }
      DrillDownQuery query =
          new DrillDownQuery(
              facets,
              new BooleanQuery.Builder()
                  .add(base, Occur.MUST)
                  .add(companies.build(), Occur.FILTER)
                  .build());
      String stanceField = facets.getDimConfig(FACET_STANCE).indexFieldName;
      query.add(
          FACET_STANCE,
          termQuery(
              DrillDownQuery.term(stanceField, FACET_STANCE, candidates.stance().label()), worker));
      return query;
    }

    /**
     * The {@code rows} best hits of a query, best first; hits with the last place's score are
     * ranked by claim id, not by doc id. Doc ids depend on which thread wrote which file and on
     * what the index held before, so breaking ties by them made the answers of two reindexes of the
     * same files differ by a few.
     *
     * <p>Only the best rows and one more are collected, never the hit count: counting the first
     * 1,000 hits exactly (IndexSearcher's default) kept Lucene from skipping the documents that
     * cannot make the top rows. The one more tells whether the last place is tied; only then are
     * the tied hits beyond it collected.
     */
    private List<ScoreDoc> best(Query query, int rows, StoredFields stored) throws IOException {
      ScoreDoc[] top =
          searcher.search(query, new TopScoreDocCollectorManager(rows + 1, null, rows + 1))
              .scoreDocs;
      if (top.length <= rows || top[rows].score < top[rows - 1].score) {
        return List.of(top).subList(0, Math.min(rows, top.length));
      }
      float last = top[rows - 1].score;
      List<ScoreDoc> out = new ArrayList<>();
      List<ScoreDoc> tied = new ArrayList<>();
      for (ScoreDoc hit : top) {
        (hit.score > last ? out : tied).add(hit);
      }
      tied.addAll(tiedAfter(query, top[rows], last));
      Map<Integer, String> ids = new HashMap<>();
      for (ScoreDoc hit : tied) {
        ids.put(hit.doc, stored.document(hit.doc, ID_FIELD).get(ID));
      }
      tied.sort(Comparator.comparing(hit -> ids.get(hit.doc)));
      out.addAll(tied.subList(0, rows - out.size()));
      return out;
    }

    /** The hits after {@code after}, in Lucene's order, that score {@code score}. */
    private List<ScoreDoc> tiedAfter(Query query, ScoreDoc after, float score) throws IOException {
      List<ScoreDoc> out = new ArrayList<>();
      ScoreDoc from = after;
      while (true) {
        ScoreDoc[] page =
            searcher.search(query, new TopScoreDocCollectorManager(TIE_PAGE, from, TIE_PAGE))
                .scoreDocs;
        for (ScoreDoc hit : page) {
          if (hit.score < score) {
            return out;
          }
          out.add(hit);
        }
        if (page.length < TIE_PAGE) {
          return out;
        }
        from = page[page.length - 1];
      }
    }

    /** A claim as the matcher sees it, decoded (and its words analysed) once per run. */
    private AnswerMatcher.Side side(int doc, StoredFields stored) throws IOException {
      AnswerMatcher.Side known = sides.get(doc);
      if (known != null) {
        return known;
      }
      Document fields = stored.document(doc, SIDE_FIELDS);
      Claim claim = StoredClaimCodec.claim(fields.get(CLAIM_JSON));
      ClaimsDocument document = documentOf(fields.get(DOC_JSON));
      AnswerMatcher.Side side =
          new AnswerMatcher.Side(
              claim.id(),
              document.id(),
              document.path(),
              document.epochDay(),
              claim.speaker(),
              List.of(fields.getValues(DEBATE_COMPANY)),
              claim.type(),
              claim.stance(),
              AnswerMatcher.contentWords(claim.text()),
              claim.text());
      AnswerMatcher.Side raced = sides.putIfAbsent(doc, side);
      return raced == null ? side : raced;
    }

    /** A claim's document as a side reads it, decoded once per run. */
    private ClaimsDocument documentOf(String json) throws IOException {
      ClaimsDocument known = documents.get(json);
      if (known != null) {
        return known;
      }
      DocumentInfo info = StoredClaimCodec.documentInfo(json);
      ClaimsDocument document =
          new ClaimsDocument(info.id(), info.path(), ClaimDocuments.epochDay(info.published()));
      ClaimsDocument raced = documents.putIfAbsent(json, document);
      return raced == null ? document : raced;
    }

    /**
     * The inverse document frequency of a stemmed word over the live claims (BM25's), as in a fresh
     * index of the same documents.
     */
    double idf(String word) {
      Double known = idf.get(word);
      if (known != null) {
        return known;
      }
      int df = searcher.liveDocFreq(new Term(TEXT, word));
      double value = Math.log(1 + (claims - df + 0.5) / (df + 0.5));
      idf.put(word, value);
      return value;
    }
  }

  /** Paths as the terms of a term-in-set query, sorted. */
  private static List<BytesRef> sortedTerms(Set<String> paths) {
    return paths.stream().sorted().map(BytesRef::new).toList();
  }

  /** The stored field a tied hit's claim id is read from. */
  private static final Set<String> ID_FIELD = Set.of(ID);

  /** How many hits a search for the hits tied at the last candidate's place collects at once. */
  private static final int TIE_PAGE = 64;

  /** The stored fields a matcher side is read from. */
  private static final Set<String> SIDE_FIELDS = Set.of(CLAIM_JSON, DOC_JSON, DEBATE_COMPANY);

  /** What a matcher side takes from its claim's document: ids, and the publication day. */
  private record ClaimsDocument(String id, String path, long epochDay) {}

  /** Runs a task on each of the linker's threads (on the caller's when there is one) and waits. */
  private void onThreads(Callable<Void> task) throws IOException {
    if (threads == 1) {
      try {
        task.call();
      } catch (IOException | RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Void>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        futures.add(pool.submit(task));
      }
      for (Future<Void> future : futures) {
        await(future);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static void await(Future<Void> future) throws IOException {
    try {
      future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("linking interrupted");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(cause);
    }
  }

  /**
   * Writes again every claim whose stored place in the debate differs from what the index's answers
   * (within documents, by the counters field; across them, by answer documents) now give. The
   * claims to write are found on one thread; they are written on the linker's threads.
   *
   * @param reader the index as it was before {@code added} was written, every file written
   * @param added the answers written since the reader was opened
   * @return how many claims were written again
   */
  private int syncDebate(ClaimIndexWriter writer, IndexReader reader, List<Answer> added)
      throws IOException {
    Map<String, Integer> answeredBy = liveTermCounts(reader, COUNTERS);
    liveTermCounts(reader, ANSWER_TO).forEach((id, n) -> answeredBy.merge(id, n, Integer::sum));
    Map<String, Integer> answersElsewhere = liveTermCounts(reader, ANSWER_FROM);
    for (Answer answer : added) {
      answeredBy.merge(answer.to(), 1, Integer::sum);
      answersElsewhere.merge(answer.from(), 1, Integer::sum);
    }
    Set<String> ids = new TreeSet<>(answeredBy.keySet());
    ids.addAll(answersElsewhere.keySet());
    ids.addAll(claimsWithDebate(reader));
    LiveClaims live = new LiveClaims(reader);
    List<Rewrite> rewrites = new ArrayList<>();
    for (String id : ids) {
      int doc = live.docOf(id);
      if (doc < 0) {
        continue; // an answer to a claim no longer live; the answer goes with its file
      }
      Debate wanted =
          new Debate(answeredBy.getOrDefault(id, 0), answersElsewhere.getOrDefault(id, 0));
      Debate now =
          new Debate(docValue(reader, doc, ANSWERED_BY), docValue(reader, doc, ANSWERS_ELSEWHERE));
      if (!wanted.equals(now)) {
        rewrites.add(new Rewrite(doc, wanted));
      }
    }
    AtomicInteger next = new AtomicInteger();
    onThreads(
        () -> {
          StoredFields stored = reader.storedFields();
          for (int i = next.getAndIncrement(); i < rewrites.size(); i = next.getAndIncrement()) {
            Rewrite rewrite = rewrites.get(i);
            writer.rewriteClaim(
                stored.document(rewrite.doc()),
                docValue(reader, rewrite.doc(), ORDINAL),
                rewrite.debate());
          }
          return null;
        });
    return rewrites.size();
  }

  /** A claim to write again with its new place in the debate. */
  private record Rewrite(int doc, Debate debate) {}

  /** Finds a live claim by id through the id postings, without a search per id. */
  private static final class LiveClaims {
    private final List<LeafReaderContext> leaves;
    private final List<FixedBitSet> claims = new ArrayList<>();
    private final List<Bits> live = new ArrayList<>();
    private final List<TermsEnum> ids = new ArrayList<>();

    LiveClaims(IndexReader reader) throws IOException {
      this.leaves = reader.leaves();
      for (LeafReaderContext leaf : leaves) {
        LeafReader r = leaf.reader();
        FixedBitSet bits = new FixedBitSet(Math.max(1, r.maxDoc()));
        Terms kinds = r.terms(KIND);
        TermsEnum kind = kinds == null ? null : kinds.iterator();
        if (kind != null && kind.seekExact(new BytesRef(KIND_CLAIM))) {
          bits.or(kind.postings(null, PostingsEnum.NONE));
        }
        claims.add(bits);
        live.add(r.getLiveDocs());
        Terms idTerms = r.terms(ID);
        ids.add(idTerms == null ? null : idTerms.iterator());
      }
    }

    /** The global doc id of the live claim with this id, or -1. */
    int docOf(String id) throws IOException {
      BytesRef term = new BytesRef(id);
      for (int i = 0; i < leaves.size(); i++) {
        TermsEnum it = ids.get(i);
        if (it == null || !it.seekExact(term)) {
          continue;
        }
        PostingsEnum postings = it.postings(null, PostingsEnum.NONE);
        for (int d = postings.nextDoc();
            d != DocIdSetIterator.NO_MORE_DOCS;
            d = postings.nextDoc()) {
          if (claims.get(i).get(d) && (live.get(i) == null || live.get(i).get(d))) {
            return leaves.get(i).docBase + d;
          }
        }
      }
      return -1;
    }
  }

  /** For each term of a field, how many live documents hold it. */
  private static Map<String, Integer> liveTermCounts(IndexReader reader, String field)
      throws IOException {
    Map<String, Integer> counts = new HashMap<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms terms = leaf.reader().terms(field);
      if (terms == null) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      TermsEnum it = terms.iterator();
      PostingsEnum postings = null;
      for (BytesRef term = it.next(); term != null; term = it.next()) {
        postings = it.postings(postings, PostingsEnum.NONE);
        int n = 0;
        for (int d = postings.nextDoc();
            d != DocIdSetIterator.NO_MORE_DOCS;
            d = postings.nextDoc()) {
          if (live == null || live.get(d)) {
            n++;
          }
        }
        if (n > 0) {
          counts.merge(term.utf8ToString(), n, Integer::sum);
        }
      }
    }
    return counts;
  }

  /** The ids of the live claims whose stored debate is not {@link Debate#NONE}. */
  private static Set<String> claimsWithDebate(IndexReader reader) throws IOException {
    Set<String> ids = new TreeSet<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      LeafReader r = leaf.reader();
      Bits live = r.getLiveDocs();
      StoredFields stored = r.storedFields();
      for (String field : List.of(ANSWERED_BY, ANSWERS_ELSEWHERE)) {
        NumericDocValues values = r.getNumericDocValues(field);
        if (values == null) {
          continue;
        }
        for (int d = values.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = values.nextDoc()) {
          if (values.longValue() != 0 && (live == null || live.get(d))) {
            ids.add(stored.document(d, Set.of(ID)).get(ID));
          }
        }
      }
    }
    return ids;
  }

  /** A numeric doc value of one document, 0 when it has none. */
  private static int docValue(IndexReader reader, int doc, String field) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    NumericDocValues values = leaf.reader().getNumericDocValues(field);
    if (values == null || !values.advanceExact(doc - leaf.docBase)) {
      return 0;
    }
    return (int) values.longValue();
  }

  private static ScoreDoc[] all(IndexSearcher searcher, Query query) throws IOException {
    int count = searcher.count(query);
    return count == 0 ? new ScoreDoc[0] : searcher.search(query, count).scoreDocs;
  }
}
