package dev.pincite.index;

import static dev.pincite.index.IndexSchema.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pincite.claims.Claim;
import dev.pincite.claims.StableIds;
import dev.pincite.ingest.Article;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Writes articles and their claims into the index, one file at a time, and commits once at the end.
 * Until {@link #commit} succeeds, readers (the running server) keep seeing the previous commit, so
 * a reindex that fails or is killed halfway leaves the old index serving and intact. {@link #close}
 * without a commit rolls back; after one, it waits for running merges and commits their result (the
 * same documents in fewer segments), so a kill at any moment leaves either the previous index or
 * the new one. Thread safe where {@link IndexWriter} is: files may be written from several threads.
 * They share a given number of in-memory buffers ({@link #ClaimIndexWriter(Path, boolean, int)}),
 * each of which becomes one segment.
 */
public final class ClaimIndexWriter implements ReindexTarget.Writer {

  // Stored JSON is read leniently so a field added to a record does not break older indexes.
  static final ObjectMapper JSON =
      new ObjectMapper()
          .configure(
              com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
              false);

  /**
   * The share of deleted documents (replaced or removed files, former claims) an incremental
   * reindex may leave in the index: above it, segments holding deletes are merged before the
   * commit.
   */
  public static final double MAX_DELETED_SHARE = 0.1;

  private static final int CLAIMS_PER_BATCH = 1_000;

  /**
   * A claim's place in the debate, stored on its document for the debate facet and the "most
   * contested" sort.
   *
   * @param answeredBy how many claims answer it, in its document and in others
   * @param answersElsewhere how many claims of other documents it answers
   */
  public record Debate(int answeredBy, int answersElsewhere) {

    /** Nothing answers it and it answers nothing elsewhere. */
    public static final Debate NONE = new Debate(0, 0);
  }

  /**
   * A claim of one file answering a claim of another.
   *
   * @param from the answering claim's id
   * @param fromPath its file
   * @param to the answered claim's id
   * @param toPath its file
   * @param similarity how alike their wording is, 0 to 1
   */
  public record Answer(String from, String fromPath, String to, String toPath, double similarity) {}

  private final Directory directory;
  private final IndexWriter writer;
  private final FacetsConfig facets = IndexSchema.facetsConfig();
  // A new index holds nothing from before this writer: there is nothing to delete, and deletes by
  // query are costly (each is run against every segment at flush), so they are skipped.
  private final boolean fresh;
  // Lucene gives every thread that adds documents while another one is adding a buffer of its own,
  // and each buffer becomes a segment: two reindex threads left two segments (28,000 and 3,700
  // claims of the bench's 956 pages), written at the linking stage's start on one thread each, and
  // every candidate search of that stage then ran once per segment. Threads take a permit to add,
  // so that only this many buffers are ever filled at once.
  private final Semaphore buffers;
  private boolean committed;

  /**
   * Opens the index folder for writing, with one buffer for the documents of every thread.
   *
   * @param indexDir the folder (created when missing)
   * @param create true to start from an empty index (the old one stays until the commit)
   * @throws IOException when the folder cannot be written or another reindex holds the lock
   */
  public ClaimIndexWriter(Path indexDir, boolean create) throws IOException {
    this(indexDir, create, Integer.MAX_VALUE);
  }

  /**
   * Opens the index folder for writing, the documents of all threads in at most {@code buffers}
   * in-memory buffers: a thread that finds them all in use waits.
   *
   * @param indexDir the folder (created when missing)
   * @param create true to start from an empty index (the old one stays until the commit)
   * @param buffers at most this many threads add documents at once, at least 1
   * @throws IOException when the folder cannot be written or another reindex holds the lock
   */
  public ClaimIndexWriter(Path indexDir, boolean create, int buffers) throws IOException {
    if (buffers < 1) {
      throw new IllegalArgumentException("buffers must be >= 1, got " + buffers);
    }
    this.buffers = new Semaphore(buffers);
    directory = FSDirectory.open(indexDir);
    IndexWriterConfig config = new IndexWriterConfig(IndexSchema.analyzer());
    config.setOpenMode(
        create ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setRAMBufferSizeMB(128);
    // Closing after the commit waits for the merges still running and commits them: the same
    // documents in fewer segments. Without this, close rolled them back and every incremental
    // reindex left more segments and deleted documents. Closing without a commit rolls back.
    config.setCommitOnClose(true);
    fresh = create;
    try {
      writer = new IndexWriter(directory, config);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /**
   * Replaces whatever the index holds for a file (its documents, claims and answers) with its new
   * version, with the date each claim was first indexed.
   *
   * @param file the file's new version
   * @throws IOException on write failure
   */
  @Override
  public void replaceFile(ReindexTarget.FileVersion file) throws IOException {
    Article article = file.article();
    List<Claim> claims = file.claims();
    DocumentInfo info = documentInfo(article);
    // Every claim stores its document's metadata: encode it once per file, not once per claim.
    String infoJson = json(info);
    // Answers within the file are known now; answers from other files are added by the linking
    // stage, which rewrites the claims whose debate changed.
    ClaimDocuments.FileDebate debate = ClaimDocuments.FileDebate.of(claims);
    if (!fresh) {
      // The file's claims, and the answers they gave to other files (same PATH), go; so do the
      // answers other files gave to its old claims.
      writer.deleteDocuments(
          new Term(PATH, article.path()), new Term(ANSWER_TO_PATH, article.path()));
      deleteFormer(claims.stream().map(Claim::id).toList());
    }
    add(List.of(ClaimDocuments.file(article, info, infoJson, file.contentHash())));
    // Added in batches, not as one block: a block is buffered whole (the writer cannot flush
    // inside it), and a file of 50,000 claims built at once took hundreds of MB of heap. Nothing
    // reads a file's documents as a block; the commit at the end makes them visible together.
    List<Document> batch = new ArrayList<>(Math.min(claims.size(), CLAIMS_PER_BATCH));
    for (int i = 0; i < claims.size(); i++) {
      Claim claim = claims.get(i);
      batch.add(
          facets.build(
              ClaimDocuments.claim(
                  claim,
                  info,
                  infoJson,
                  new ClaimDocuments.Standing(
                      i,
                      file.firstIndexed().get(claim.id()),
                      debate.of(claim),
                      debate.companiesOf(claim)))));
      if (batch.size() == CLAIMS_PER_BATCH) {
        add(batch);
        batch.clear();
      }
    }
    if (!batch.isEmpty()) {
      add(batch);
    }
    addFormer(file.vanished(), file.successors());
  }

  /**
   * Removes a file that left the corpus, keeping its claims as former claims.
   *
   * @param path the file's corpus path
   * @param vanished its claims
   * @throws IOException on write failure
   */
  @Override
  public void removeFile(String path, List<StoredClaim> vanished) throws IOException {
    writer.deleteDocuments(new Term(PATH, path), new Term(ANSWER_TO_PATH, path));
    addFormer(vanished, Map.of());
  }

  /** Runs {@link CrossDocumentLinker} over this writer's index, uncommitted changes included. */
  @Override
  public CrossDocumentLinker.Result link(Set<String> written, int threads) throws IOException {
    return new CrossDocumentLinker(threads).link(this, written);
  }

  /**
   * Records answers between files.
   *
   * @param answers the answers
   * @throws IOException on write failure
   */
  public void addAnswers(List<Answer> answers) throws IOException {
    List<Document> docs = new ArrayList<>(answers.size());
    for (Answer answer : answers) {
      docs.add(ClaimDocuments.answer(answer));
    }
    add(docs);
  }

  /**
   * Writes a claim again with a new place in the debate, everything else as it was.
   *
   * @param stored the claim's stored fields, as read from this index
   * @param ordinal its place in its document's reading order
   * @param debate its new place in the debate
   * @throws IOException on write failure, or when the stored JSON cannot be read
   */
  public void rewriteClaim(Document stored, int ordinal, Debate debate) throws IOException {
    Claim claim = JSON.readValue(stored.get(CLAIM_JSON), Claim.class);
    DocumentInfo document = StoredClaimCodec.documentInfo(stored.get(DOC_JSON));
    // The first-indexed date is the claim's, not the rewrite's: a new answer is no edit. Read as
    // the number it is stored as (an ISO string parsed back cost more than the rest of a rewrite
    // before the JIT had compiled it).
    IndexableField firstIndexed = stored.getField(FIRST_INDEXED);
    Instant at =
        firstIndexed == null || firstIndexed.numericValue() == null
            ? null
            : Instant.ofEpochSecond(firstIndexed.numericValue().longValue());
    // Claim ids (14 characters) never equal a document id (12); a former claim never shares a
    // live claim's id (it is deleted when the id comes back), so the id term names this claim.
    Document doc =
        ClaimDocuments.claim(
            claim,
            document,
            json(document),
            new ClaimDocuments.Standing(
                ordinal, at, debate, List.of(stored.getValues(DEBATE_COMPANY))));
    Document built = facets.build(doc);
    takeBuffer();
    try {
      writer.updateDocument(new Term(ID, claim.id()), built);
    } finally {
      buffers.release();
    }
  }

  /**
   * Writes one buffer of added documents to a segment in the calling thread, so that several
   * threads can share the writing that opening a reader would otherwise do on one.
   *
   * @return false when no buffer was left to write
   * @throws IOException on write failure
   */
  public boolean flushNextBuffer() throws IOException {
    return writer.flushNextBuffer();
  }

  /**
   * A reader of everything written so far, committed or not, for the linking stage.
   *
   * @return a near-real-time reader; the caller closes it
   * @throws IOException on failure
   */
  public DirectoryReader openReader() throws IOException {
    return DirectoryReader.open(writer);
  }

  /**
   * Makes every change visible at once.
   *
   * @param fingerprint the extraction rules' fingerprint, stored with the commit
   * @throws IOException on write failure
   */
  @Override
  public void commit(String fingerprint) throws IOException {
    commit(fingerprint, null);
  }

  /**
   * Makes every change visible at once, together with the record of what this reindex changed, so
   * that a crash leaves either the previous index and records or the new ones, never a mix. Only
   * the last {@link IndexSchema#REINDEX_RECORDS_KEPT} records are kept.
   *
   * @param fingerprint the extraction rules' fingerprint, stored with the commit
   * @param record what the reindex changed, or null to record nothing
   * @throws IOException on write failure
   */
  @Override
  public void commit(String fingerprint, ReindexRecord record) throws IOException {
    if (record != null) {
      addRecord(record);
    }
    if (!fresh) {
      mergeAwayDeletes();
    }
    writer.setLiveCommitData(
        Map.of(COMMIT_SCHEMA, IndexSchema.VERSION, COMMIT_FINGERPRINT, fingerprint).entrySet());
    writer.commit();
    committed = true;
  }

  /**
   * Merges the segments that hold deletes when the index's share of deleted documents is above
   * {@link #MAX_DELETED_SHARE}, before the commit, so the commit never holds more than that.
   */
  private void mergeAwayDeletes() throws IOException {
    writer.flush();
    IndexWriter.DocStats stats = writer.getDocStats();
    if (stats.maxDoc > 0 && (stats.maxDoc - stats.numDocs) > MAX_DELETED_SHARE * stats.maxDoc) {
      writer.forceMergeDeletes(true);
    }
  }

  @Override
  public void close() throws IOException {
    try (directory) {
      if (committed) {
        writer.close();
      } else {
        writer.rollback();
      }
    }
  }

  /** The document metadata a claim carries with it. */
  public static DocumentInfo documentInfo(Article article) {
    return new DocumentInfo(
        StableIds.documentId(article.path()), article.path(), article.metadata());
  }

  private void addFormer(List<StoredClaim> vanished, Map<String, String> successors)
      throws IOException {
    if (vanished.isEmpty()) {
      return;
    }
    if (!fresh) {
      deleteFormer(vanished.stream().map(s -> s.claim().id()).toList());
    }
    List<Document> docs = new ArrayList<>(vanished.size());
    for (StoredClaim former : vanished) {
      docs.add(ClaimDocuments.former(former, successors.get(former.claim().id())));
    }
    add(docs);
  }

  /** Adds documents, built beforehand, into one of the buffers. */
  private void add(List<Document> docs) throws IOException {
    takeBuffer();
    try {
      writer.addDocuments(docs);
    } finally {
      buffers.release();
    }
  }

  /** Waits for a buffer to add to; the caller releases it. */
  private void takeBuffer() throws InterruptedIOException {
    try {
      buffers.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting to add documents");
    }
  }

  private void addRecord(ReindexRecord record) throws IOException {
    long oldestKept = record.sequence() - REINDEX_RECORDS_KEPT + 1;
    if (!fresh && oldestKept > Long.MIN_VALUE + 1) {
      writer.deleteDocuments(
          new BooleanQuery.Builder()
              .add(new TermQuery(new Term(KIND, KIND_REINDEX)), Occur.FILTER)
              .add(
                  LongPoint.newRangeQuery(REINDEX_SEQUENCE, Long.MIN_VALUE, oldestKept - 1),
                  Occur.FILTER)
              .build());
    }
    writer.addDocument(ClaimDocuments.reindex(record));
  }

  private void deleteFormer(List<String> ids) throws IOException {
    for (String id : ids) {
      writer.deleteDocuments(
          new BooleanQuery.Builder()
              .add(new TermQuery(new Term(KIND, KIND_FORMER)), Occur.FILTER)
              .add(new TermQuery(new Term(ID, id)), Occur.FILTER)
              .build());
    }
  }

  /**
   * @param value a claim, document metadata, body blocks or a reindex record
   * @return its stored JSON
   */
  public static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
