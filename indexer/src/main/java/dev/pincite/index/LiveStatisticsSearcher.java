package dev.pincite.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * A searcher whose scoring statistics (a term's document frequency and total frequency, a field's
 * document count and total length) count live documents only, as they would be counted in a fresh
 * index of the same documents.
 *
 * <p>Why: Lucene's statistics still count a deleted document until its segment is merged away. A
 * reindex deletes the old copy of every claim it writes again, so without this the linking stage's
 * BM25 ranking and word rarity, and so the answers it finds, depended on the index's history (a
 * {@code reindex --full} over an existing index found 6,197 answers in the bench's pages against
 * 6,345 to 6,349 in an empty folder). Over a reader without deletions the statistics are Lucene's
 * own, computed the same way.
 *
 * <p>Cost: a term's live counts walk its postings in the segments that have deletions, once per
 * searcher and only for the terms asked for (scored terms, and {@link #liveDocFreq}); a field's
 * walk every posting of the field in those segments, once per searcher. Thread safe, like {@link
 * IndexSearcher}: the counts are cached in concurrent maps (two threads may count a term at once;
 * they find the same).
 */
final class LiveStatisticsSearcher extends IndexSearcher {

  /** A term's live document frequency and total frequency. */
  private record LiveCounts(long docFreq, long totalTermFreq) {}

  private final boolean deletions;
  private final Map<Term, LiveCounts> terms = new ConcurrentHashMap<>();
  private final Map<String, CollectionStatistics> fields = new ConcurrentHashMap<>();

  /**
   * @param reader the index as the run sees it
   */
  LiveStatisticsSearcher(IndexReader reader) {
    super(reader);
    this.deletions = reader.hasDeletions();
  }

  @Override
  public TermStatistics termStatistics(Term term, int docFreq, long totalTermFreq)
      throws IOException {
    if (!deletions) {
      return super.termStatistics(term, docFreq, totalTermFreq);
    }
    LiveCounts live = liveCounts(term);
    if (live.docFreq() == 0) {
      // Only deleted documents hold the term: no live document is scored by it, and Lucene's
      // statistics must count at least one document.
      return super.termStatistics(term, docFreq, totalTermFreq);
    }
    return new TermStatistics(
        BytesRef.deepCopyOf(term.bytes()), live.docFreq(), live.totalTermFreq());
  }

  @Override
  public CollectionStatistics collectionStatistics(String field) throws IOException {
    if (!deletions) {
      return super.collectionStatistics(field);
    }
    CollectionStatistics known = fields.get(field);
    if (known == null) {
      known = liveCollectionStatistics(field);
      if (known == null) {
        return null; // no live document has the field
      }
      fields.putIfAbsent(field, known);
    }
    return known;
  }

  /**
   * How many live documents hold a term.
   *
   * @param term an indexed term
   * @return its document frequency over the live documents
   */
  int liveDocFreq(Term term) {
    try {
      return deletions ? (int) liveCounts(term).docFreq() : getIndexReader().docFreq(term);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private LiveCounts liveCounts(Term term) throws IOException {
    LiveCounts known = terms.get(term);
    if (known != null) {
      return known;
    }
    long docFreq = 0;
    long totalTermFreq = 0;
    for (LeafReaderContext leaf : getIndexReader().leaves()) {
      LeafReader reader = leaf.reader();
      Terms fieldTerms = reader.terms(term.field());
      if (fieldTerms == null) {
        continue;
      }
      TermsEnum it = fieldTerms.iterator();
      if (!it.seekExact(term.bytes())) {
        continue;
      }
      Bits live = reader.getLiveDocs();
      if (live == null) {
        docFreq += it.docFreq();
        totalTermFreq += it.totalTermFreq();
        continue;
      }
      PostingsEnum postings = it.postings(null, PostingsEnum.FREQS);
      for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
        if (live.get(d)) {
          docFreq++;
          totalTermFreq += postings.freq();
        }
      }
    }
    LiveCounts counts = new LiveCounts(docFreq, totalTermFreq);
    terms.putIfAbsent(term, counts);
    return counts;
  }

  /** A field's statistics over the live documents, or null when none has it. */
  private CollectionStatistics liveCollectionStatistics(String field) throws IOException {
    long docCount = 0;
    long sumTotalTermFreq = 0;
    long sumDocFreq = 0;
    for (LeafReaderContext leaf : getIndexReader().leaves()) {
      LeafReader reader = leaf.reader();
      Terms fieldTerms = reader.terms(field);
      if (fieldTerms == null) {
        continue;
      }
      Bits live = reader.getLiveDocs();
      if (live == null) {
        docCount += fieldTerms.getDocCount();
        sumTotalTermFreq += fieldTerms.getSumTotalTermFreq();
        sumDocFreq += fieldTerms.getSumDocFreq();
        continue;
      }
      FixedBitSet withField = new FixedBitSet(Math.max(1, reader.maxDoc()));
      TermsEnum it = fieldTerms.iterator();
      PostingsEnum postings = null;
      for (BytesRef term = it.next(); term != null; term = it.next()) {
        postings = it.postings(postings, PostingsEnum.FREQS);
        for (int d = postings.nextDoc();
            d != DocIdSetIterator.NO_MORE_DOCS;
            d = postings.nextDoc()) {
          if (live.get(d)) {
            withField.set(d);
            sumDocFreq++;
            sumTotalTermFreq += postings.freq();
          }
        }
      }
      docCount += withField.cardinality();
    }
    if (docCount == 0) {
      return null;
    }
    int maxDoc = getIndexReader().numDocs(); // a fresh index's: its live documents
    return new CollectionStatistics(field, maxDoc, docCount, sumTotalTermFreq, sumDocFreq);
  }
}
