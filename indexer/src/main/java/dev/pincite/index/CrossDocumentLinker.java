package dev.pincite.index;

import static dev.pincite.index.IndexSchema.*;

import dev.pincite.claims.AnswerMatcher;
import dev.pincite.index.ClaimIndexWriter.Answer;
import dev.pincite.index.ClaimIndexWriter.Debate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The reindex stage that links claims across documents ({@link AnswerMatcher}) and keeps each
 * claim's place in the debate ({@link Debate}: the debate facet, the "most contested" sort) in step
 * with every answer the index holds.
 *
 * <p>Incremental: when a file is written again or removed, the writer drops the answers it gave and
 * received; this stage then searches again only from the claims of the files written in this run,
 * in both directions (a claim of a new file can answer an old claim, or be answered by one), and
 * keeps the answers between unchanged files. The candidates of a claim are the claims of other
 * documents with the opposite stance on one of its organisations, ranked by BM25 over its words;
 * the matcher decides on each. Not thread safe: one run per reindex, after every file is written
 * and before the commit.
 */
public final class CrossDocumentLinker {

  /** How many candidates, by BM25 over its words, a claim is compared with. */
  public static final int CANDIDATES = 20;

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

  private final AnswerMatcher matcher = new AnswerMatcher();
  private final FacetsConfig facets = IndexSchema.facetsConfig();

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
    List<Answer> answers;
    int searched;
    try (DirectoryReader reader = writer.openReader()) {
      Search search = new Search(reader);
      Map<String, Answer> found = new LinkedHashMap<>();
      List<AnswerMatcher.Side> seeds = search.sidesOf(written);
      searched = 0;
      for (AnswerMatcher.Side seed : seeds) {
        if (!seed.debatable()) {
          continue;
        }
        searched++;
        for (AnswerMatcher.Side candidate : search.candidates(seed)) {
          AnswerMatcher.Pair pair = matcher.match(seed, candidate, search::idf);
          if (pair != null) {
            Answer answer =
                new Answer(
                    pair.answer().id(),
                    pair.answer().path(),
                    pair.answered().id(),
                    pair.answered().path(),
                    pair.similarity());
            found.putIfAbsent(answer.from() + ">" + answer.to(), answer);
          }
        }
      }
      answers = List.copyOf(found.values());
    }
    writer.addAnswers(answers);
    int rewritten = syncDebate(writer);
    return new Result(searched, answers, rewritten, Duration.ofNanos(System.nanoTime() - start));
  }

  /** One run's view of the index: claims as matcher sides, candidates, word rarity. */
  private final class Search {
    private final IndexReader reader;
    private final IndexSearcher searcher;
    private final StoredFields stored;
    private final Map<String, Double> idf = new HashMap<>();
    private final int claims;

    Search(IndexReader reader) throws IOException {
      this.reader = reader;
      this.searcher = new IndexSearcher(reader);
      this.stored = searcher.storedFields();
      this.claims = Math.max(1, searcher.count(new TermQuery(new Term(KIND, KIND_CLAIM))));
    }

    /** The claims of some files. */
    List<AnswerMatcher.Side> sidesOf(Set<String> paths) throws IOException {
      if (paths.isEmpty()) {
        return List.of();
      }
      List<BytesRef> terms = paths.stream().sorted().map(BytesRef::new).toList();
      Query query =
          new BooleanQuery.Builder()
              .add(new TermQuery(new Term(KIND, KIND_CLAIM)), Occur.FILTER)
              .add(new TermInSetQuery(PATH, terms), Occur.FILTER)
              .build();
      List<AnswerMatcher.Side> sides = new ArrayList<>();
      for (ScoreDoc hit : all(searcher, query)) {
        sides.add(side(hit.doc));
      }
      return sides;
    }

    /**
     * Claims of other documents with the opposite stance on one of the seed's organisations, the
     * most alike by BM25 over the seed's words first (a word that names a speaker also counts
     * toward that speaker's claims).
     */
    List<AnswerMatcher.Side> candidates(AnswerMatcher.Side seed) throws IOException {
      BooleanQuery.Builder words = new BooleanQuery.Builder();
      for (String word : seed.words()) {
        words.add(new TermQuery(new Term(TEXT, word)), Occur.SHOULD);
      }
      for (String name : capitalisedWords(seed.text())) {
        words.add(new TermQuery(new Term(SPEAKER_TEXT, name)), Occur.SHOULD);
      }
      Query base =
          new BooleanQuery.Builder()
              .add(words.build(), Occur.MUST)
              .add(new TermQuery(new Term(KIND, KIND_CLAIM)), Occur.FILTER)
              .add(new TermQuery(new Term(DOC_ID, seed.documentId())), Occur.MUST_NOT)
              .build();
      BooleanQuery.Builder companies = new BooleanQuery.Builder();
      for (String company : seed.companies()) {
        companies.add(new TermQuery(new Term(DEBATE_COMPANY, company)), Occur.SHOULD);
      }
      DrillDownQuery query =
          new DrillDownQuery(
              facets,
              new BooleanQuery.Builder()
                  .add(base, Occur.MUST)
                  .add(companies.build(), Occur.FILTER)
                  .build());
      query.add(FACET_STANCE, seed.opposite().label());
      List<AnswerMatcher.Side> out = new ArrayList<>();
      for (ScoreDoc hit : searcher.search(query, CANDIDATES).scoreDocs) {
        out.add(side(hit.doc));
      }
      return out;
    }

    private AnswerMatcher.Side side(int doc) throws IOException {
      Document fields = stored.document(doc);
      StoredClaim claim = StoredClaimCodec.storedClaim(fields);
      return new AnswerMatcher.Side(
          claim.claim().id(),
          claim.document().id(),
          claim.document().path(),
          ClaimDocuments.epochDay(claim.document().published()),
          claim.claim().speaker(),
          List.of(fields.getValues(DEBATE_COMPANY)),
          claim.claim().type(),
          claim.claim().stance(),
          AnswerMatcher.contentWords(claim.claim().text()),
          claim.claim().text());
    }

    /** The inverse document frequency of a stemmed word over the claims (BM25's). */
    double idf(String word) {
      return idf.computeIfAbsent(
          word,
          w -> {
            try {
              int df = reader.docFreq(new Term(TEXT, w));
              return Math.log(1 + (claims - df + 0.5) / (df + 0.5));
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    }
  }

  /** The lower-cased words of a text that start with a capital: where speakers' names are. */
  public static Set<String> capitalisedWords(String text) {
    Set<String> out = new TreeSet<>();
    for (String word : text.split("[^\\p{L}]+")) {
      if (word.length() > 1 && Character.isUpperCase(word.codePointAt(0))) {
        out.add(word.toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  /**
   * Writes again every claim whose stored place in the debate differs from what the index's answers
   * (within documents, by the counters field; across them, by answer documents) now give.
   *
   * @return how many claims were written again
   */
  private static int syncDebate(ClaimIndexWriter writer) throws IOException {
    int rewritten = 0;
    try (DirectoryReader reader = writer.openReader()) {
      Map<String, Integer> answeredBy = liveTermCounts(reader, COUNTERS);
      liveTermCounts(reader, ANSWER_TO).forEach((id, n) -> answeredBy.merge(id, n, Integer::sum));
      Map<String, Integer> answersElsewhere = liveTermCounts(reader, ANSWER_FROM);
      Set<String> ids = new TreeSet<>(answeredBy.keySet());
      ids.addAll(answersElsewhere.keySet());
      ids.addAll(claimsWithDebate(reader));
      IndexSearcher searcher = new IndexSearcher(reader);
      StoredFields stored = searcher.storedFields();
      for (String id : ids) {
        ScoreDoc[] hits =
            searcher.search(
                    new BooleanQuery.Builder()
                        .add(new TermQuery(new Term(KIND, KIND_CLAIM)), Occur.FILTER)
                        .add(new TermQuery(new Term(ID, id)), Occur.FILTER)
                        .build(),
                    1)
                .scoreDocs;
        if (hits.length == 0) {
          continue; // an answer to a claim no longer live; the answer goes with its file
        }
        int doc = hits[0].doc;
        Debate wanted =
            new Debate(answeredBy.getOrDefault(id, 0), answersElsewhere.getOrDefault(id, 0));
        Debate now =
            new Debate(
                docValue(reader, doc, ANSWERED_BY), docValue(reader, doc, ANSWERS_ELSEWHERE));
        if (!wanted.equals(now)) {
          Document fields = stored.document(doc);
          writer.rewriteClaim(
              StoredClaimCodec.storedClaim(fields),
              docValue(reader, doc, ORDINAL),
              wanted,
              List.of(fields.getValues(DEBATE_COMPANY)));
          rewritten++;
        }
      }
    }
    return rewritten;
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
