package dev.pincite.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Searches the claim index: keyword queries with facets and highlighting, claim and document views,
 * autocomplete. Sees a new commit of the index (from a reindex in another process) at the next
 * {@link #refresh()}. Thread safe.
 */
public final class ClaimSearcher implements ClaimLookup, Closeable {

  private ClaimSearcher() {}

  /**
   * Opens an index folder written by {@link dev.pincite.index.Reindexer}.
   *
   * @param indexDir the folder
   * @return a searcher
   * @throws IOException when there is no index there
   */
  public static ClaimSearcher open(Path indexDir) throws IOException {
    throw new UnsupportedOperationException("in progress");
  }

  /**
   * @param request the search
   * @return the page of hits with facet counts
   * @throws BadQueryException when the query has bad syntax
   * @throws IOException on index failure
   */
  public SearchResult search(SearchRequest request) throws BadQueryException, IOException {
    throw new UnsupportedOperationException("in progress");
  }

  /**
   * @param id a claim id
   * @return the claim with its paragraph, the claim it answers and its counterclaims
   * @throws IOException on index failure
   */
  public Optional<ClaimView> claimView(String id) throws IOException {
    throw new UnsupportedOperationException("in progress");
  }

  /**
   * @param id a document id
   * @return the document with its body and claims
   * @throws IOException on index failure
   */
  public Optional<DocumentView> document(String id) throws IOException {
    throw new UnsupportedOperationException("in progress");
  }

  /** Every document in the index, ordered by path. */
  public List<DocumentInfo> documents() throws IOException {
    throw new UnsupportedOperationException("in progress");
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
    throw new UnsupportedOperationException("in progress");
  }

  @Override
  public Optional<StoredClaim> claim(String id) throws IOException {
    throw new UnsupportedOperationException("in progress");
  }

  @Override
  public List<StoredClaim> claimsOfDocument(String documentPrefix) throws IOException {
    throw new UnsupportedOperationException("in progress");
  }

  /** Picks up a newer commit of the index, if any. Cheap when nothing changed. */
  public void refresh() throws IOException {}

  @Override
  public void close() throws IOException {}
}
