package dev.pincite.index;

import static dev.pincite.index.IndexSchema.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/** An index folder as a {@link ReindexTarget}: the embedded archive. */
public final class IndexFolder implements ReindexTarget {

  private final Path indexDir;

  /**
   * @param indexDir the folder (created when missing)
   */
  public IndexFolder(Path indexDir) {
    this.indexDir = indexDir;
  }

  @Override
  public Previous previous() throws IOException {
    Files.createDirectories(indexDir);
    return FolderPrevious.open(indexDir);
  }

  @Override
  public Writer writer(boolean create) throws IOException {
    return new ClaimIndexWriter(indexDir, create);
  }

  /**
   * One in-memory buffer for every two threads: a reindex thread spends about a sixth of its time
   * on a file adding its documents (the bench's 956 pages: 7 of 40 thread-s), so two threads seldom
   * wait for one buffer, and each buffer is a segment that the linking stage's candidate searches
   * run over (one segment instead of two for two threads: the searches took about 10% less
   * processor time, docs/performance.md, 6 December, fourteenth session).
   */
  @Override
  public Writer writer(boolean create, int threads) throws IOException {
    return new ClaimIndexWriter(indexDir, create, Math.max(1, threads / 2));
  }

  @Override
  public Totals totals() throws IOException {
    try (Directory dir = FSDirectory.open(indexDir);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      return new Totals(
          searcher.count(new TermQuery(new Term(KIND, KIND_CLAIM))),
          searcher.count(new TermQuery(new Term(KIND, KIND_DOCUMENT))),
          searcher.count(new TermQuery(new Term(KIND, KIND_ANSWER))));
    }
  }

  /** The index folder as the last commit left it. */
  private static final class FolderPrevious implements ReindexTarget.Previous {
    private final Directory directory;
    private final DirectoryReader reader;
    private final Map<String, String> hashes;

    private FolderPrevious(
        Directory directory, DirectoryReader reader, Map<String, String> hashes) {
      this.directory = directory;
      this.reader = reader;
      this.hashes = hashes;
    }

    static FolderPrevious open(Path indexDir) throws IOException {
      Directory directory = FSDirectory.open(indexDir);
      if (!DirectoryReader.indexExists(directory)) {
        return new FolderPrevious(directory, null, Map.of());
      }
      DirectoryReader reader = DirectoryReader.open(directory);
      return new FolderPrevious(directory, reader, fileHashes(reader));
    }

    @Override
    public boolean exists() {
      return reader != null;
    }

    @Override
    public String schema() throws IOException {
      return reader == null ? null : reader.getIndexCommit().getUserData().get(COMMIT_SCHEMA);
    }

    @Override
    public String fingerprint() throws IOException {
      return reader == null ? null : reader.getIndexCommit().getUserData().get(COMMIT_FINGERPRINT);
    }

    @Override
    public Map<String, String> hashes() {
      return hashes;
    }

    @Override
    public long lastSequence() throws IOException {
      if (reader == null) {
        return 0;
      }
      IndexSearcher searcher = new IndexSearcher(reader);
      TopDocs top =
          searcher.search(
              new TermQuery(new Term(KIND, KIND_REINDEX)),
              1,
              new Sort(new SortField(REINDEX_SEQUENCE, SortField.Type.LONG, true)));
      if (top.scoreDocs.length == 0) {
        return 0;
      }
      return StoredClaimCodec.reindexRecord(searcher.storedFields().document(top.scoreDocs[0].doc))
          .sequence();
    }

    /** The claims the last commit holds for a file, in no particular order. */
    @Override
    public List<StoredClaim> claimsOf(String path) throws IOException {
      if (reader == null || !hashes.containsKey(path)) {
        return List.of();
      }
      IndexSearcher searcher = new IndexSearcher(reader);
      BooleanQuery query =
          new BooleanQuery.Builder()
              .add(new TermQuery(new Term(KIND, KIND_CLAIM)), Occur.FILTER)
              .add(new TermQuery(new Term(PATH, path)), Occur.FILTER)
              .build();
      StoredFields stored = searcher.storedFields();
      List<StoredClaim> claims = new ArrayList<>();
      for (ScoreDoc hit : all(searcher, query)) {
        claims.add(StoredClaimCodec.storedClaim(stored.document(hit.doc)));
      }
      return claims;
    }

    private static Map<String, String> fileHashes(DirectoryReader reader) throws IOException {
      IndexSearcher searcher = new IndexSearcher(reader);
      StoredFields stored = searcher.storedFields();
      Map<String, String> hashes = new TreeMap<>();
      for (ScoreDoc hit : all(searcher, new TermQuery(new Term(KIND, KIND_DOCUMENT)))) {
        Document doc = stored.document(hit.doc, Set.of(PATH, CONTENT_HASH));
        hashes.put(doc.get(PATH), doc.get(CONTENT_HASH));
      }
      return new HashMap<>(hashes);
    }

    /**
     * Every match of a query. Counted first so that the result queue is sized by the matches (a
     * file's claims), not by the whole index: this runs once per file with an earlier version,
     * which is every file on {@code --full} or after a rules change.
     */
    private static ScoreDoc[] all(IndexSearcher searcher, Query query) throws IOException {
      int count = searcher.count(query);
      return count == 0 ? new ScoreDoc[0] : searcher.search(query, count).scoreDocs;
    }

    @Override
    public void close() throws IOException {
      try (directory) {
        if (reader != null) {
          reader.close();
        }
      }
    }
  }
}
