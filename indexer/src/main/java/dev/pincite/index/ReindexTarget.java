package dev.pincite.index;

import dev.pincite.claims.Claim;
import dev.pincite.ingest.Article;
import java.io.Closeable;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a {@link Reindexer} writes, and what its incremental run compares against: an index folder
 * ({@link IndexFolder}) or a Solr collection ({@code dev.pincite.solr.SolrCollection}). Both hold
 * the documents {@link ClaimDocuments} makes and make a reindex visible in one commit.
 */
public interface ReindexTarget {

  /**
   * A file's new version as a reindex writes it.
   *
   * @param article the parsed file
   * @param claims its claims, in reading order
   * @param contentHash the hash of the file's bytes and catalog entry
   * @param vanished claims of the file's previous version whose ids are gone (kept as former
   *     claims)
   * @param firstIndexed when each claim was first indexed, by id; a claim not in it has no date
   * @param successors the claim that replaced each vanished one (its id by the vanished claim's id;
   *     {@link ClaimSuccession}), so that an old id leads to its successor even when the file was
   *     renamed or moved
   */
  record FileVersion(
      Article article,
      List<Claim> claims,
      String contentHash,
      List<StoredClaim> vanished,
      Map<String, Instant> firstIndexed,
      Map<String, String> successors) {

    /** A file with no previous version and no first-indexed dates. */
    public static FileVersion of(Article article, List<Claim> claims, String contentHash) {
      return new FileVersion(article, claims, contentHash, List.of(), Map.of(), Map.of());
    }
  }

  /**
   * @return the archive as its last commit left it
   * @throws IOException when it cannot be read
   */
  Previous previous() throws IOException;

  /**
   * @param create start from an empty archive (the old one stays until the commit)
   * @return a writer; closing it without a commit leaves the last commit as it was
   * @throws IOException when the archive cannot be written
   */
  Writer writer(boolean create) throws IOException;

  /**
   * A writer for files written from several threads at once; by default {@link #writer(boolean)}.
   *
   * @param create start from an empty archive (the old one stays until the commit)
   * @param threads how many threads write files at once
   * @return a writer; closing it without a commit leaves the last commit as it was
   * @throws IOException when the archive cannot be written
   */
  default Writer writer(boolean create, int threads) throws IOException {
    return writer(create);
  }

  /**
   * @return the claims and documents of the last commit
   * @throws IOException when the archive cannot be read
   */
  Totals totals() throws IOException;

  /**
   * What the archive holds after a commit.
   *
   * @param claims claims
   * @param documents corpus files
   * @param answers answers across documents
   */
  record Totals(long claims, long documents, long answers) {}

  /** The last commit, as far as an incremental reindex needs it. */
  interface Previous extends Closeable {
    /** Whether there is an archive at all. */
    boolean exists();

    /** The {@link IndexSchema#VERSION} it was written with, or null. */
    String schema() throws IOException;

    /** The extraction rules' fingerprint it was written with, or null. */
    String fingerprint() throws IOException;

    /** Each file's content hash, by corpus path. */
    Map<String, String> hashes();

    /** The claims the last commit holds for a file, in no particular order. */
    List<StoredClaim> claimsOf(String path) throws IOException;

    /** The sequence number of the last reindex record, 0 when there is none. */
    long lastSequence() throws IOException;
  }

  /** Writes one reindex; thread safe, as files are written from several threads. */
  interface Writer extends Closeable {
    /**
     * Replaces whatever the archive holds for a file with its new version, and records the claims
     * that vanished so their ids can still be resolved to a suggestion.
     */
    void replaceFile(FileVersion file) throws IOException;

    /** Removes a file that left the corpus, keeping its claims as former claims. */
    void removeFile(String path, List<StoredClaim> vanished) throws IOException;

    /**
     * The linking stage, once every file is written or removed and before the commit: finds the
     * answers across documents given or received by the claims of the files written in this run
     * ({@link dev.pincite.claims.AnswerMatcher} deciding on each candidate) and writes again every
     * claim whose place in the debate changed, so that both archives hold the same answers.
     *
     * @param written the paths of the files written in this run
     * @param threads how many threads the stage may search on
     * @return what the stage did
     */
    CrossDocumentLinker.Result link(Set<String> written, int threads) throws IOException;

    /** Makes every change visible at once, with the rules' fingerprint. */
    void commit(String fingerprint) throws IOException;

    /**
     * Makes every change visible at once, together with the record of what this reindex changed (or
     * null to record nothing); only the last {@link IndexSchema#REINDEX_RECORDS_KEPT} records are
     * kept.
     */
    void commit(String fingerprint, ReindexRecord record) throws IOException;
  }
}
