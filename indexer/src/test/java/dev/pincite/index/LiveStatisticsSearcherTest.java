package dev.pincite.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/** Scores over an index with deleted copies equal those of a fresh index of the live documents. */
class LiveStatisticsSearcherTest {

  private static final List<String> TEXTS =
      List.of(
          "margins will shrink as copper rises",
          "copper prices rose by a third",
          "the backlog is weaker than it looks",
          "orders were cancelled last month and margins fell",
          "the stock is overvalued at thirty times earnings");

  /**
   * Each text as a document with its number as id; with {@code rewriteSome}, the first three again.
   */
  private static Directory index(boolean rewriteSome) throws IOException {
    Directory dir = new ByteBuffersDirectory();
    // No merges: the deleted copies stay in their segment, as they do until Lucene merges it.
    IndexWriterConfig config =
        new IndexWriterConfig(new StandardAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE);
    try (IndexWriter writer = new IndexWriter(dir, config)) {
      for (int i = 0; i < TEXTS.size(); i++) {
        writer.addDocument(document(i));
      }
      if (rewriteSome) {
        writer.commit();
        for (int i = 0; i < 3; i++) {
          writer.updateDocument(new Term("id", Integer.toString(i)), document(i));
        }
      }
    }
    return dir;
  }

  private static Document document(int i) {
    Document doc = new Document();
    doc.add(new StringField("id", Integer.toString(i), Field.Store.YES));
    doc.add(new TextField("text", TEXTS.get(i), Field.Store.NO));
    return doc;
  }

  /** The ids and scores of a query's hits, best first. */
  private static String[] ranking(IndexSearcher searcher) throws IOException {
    BooleanQuery query =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term("text", "margins")), Occur.SHOULD)
            .add(new TermQuery(new Term("text", "copper")), Occur.SHOULD)
            .add(new TermQuery(new Term("text", "stock")), Occur.SHOULD)
            .build();
    ScoreDoc[] hits = searcher.search(query, 10).scoreDocs;
    String[] out = new String[hits.length];
    for (int i = 0; i < hits.length; i++) {
      out[i] = searcher.storedFields().document(hits[i].doc).get("id") + "=" + hits[i].score;
    }
    return out;
  }

  @Test
  void documentsWrittenAgainScoreAsInAFreshIndex() throws IOException {
    try (Directory rewritten = index(true);
        Directory fresh = index(false);
        DirectoryReader withDeletions = DirectoryReader.open(rewritten);
        DirectoryReader live = DirectoryReader.open(fresh)) {
      assertTrue(withDeletions.hasDeletions(), "the rewritten copies leave deleted documents");
      assertTrue(withDeletions.docFreq(new Term("text", "copper")) > 2, "Lucene counts them");
      String[] expected = ranking(new IndexSearcher(live));
      assertArrayEquals(expected, ranking(new LiveStatisticsSearcher(withDeletions)));
      assertTrue(
          !List.of(expected).equals(List.of(ranking(new IndexSearcher(withDeletions)))),
          "Lucene's own statistics score them otherwise");
      LiveStatisticsSearcher searcher = new LiveStatisticsSearcher(withDeletions);
      assertEquals(2, searcher.liveDocFreq(new Term("text", "copper")));
      assertEquals(
          new IndexSearcher(live).collectionStatistics("text").sumTotalTermFreq(),
          searcher.collectionStatistics("text").sumTotalTermFreq());
    }
  }
}
