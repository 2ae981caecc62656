package dev.pincite.search;

import static dev.pincite.index.IndexSchema.FACET_COMPANY;

import dev.pincite.index.DocumentInfo;
import dev.pincite.index.ReindexRecord;
import dev.pincite.index.StoredClaim;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * What the web pages and citations ask of an archive: searches with drill-sideways facet counts,
 * highlights, the timeline and spelling suggestions, claim and document pages, completion, and the
 * debate's views (answers across documents, the most contested claims, the newest answers, for and
 * against, the landing page's summary). Two implementations answer the same way: {@link
 * ClaimSearcher} over an index folder in this process (the default) and {@code
 * dev.pincite.solr.SolrClaimSearcher} over a Solr collection.
 *
 * <p>Implementations are thread safe; share one per archive.
 */
public interface SearchBackend extends ClaimLookup, Closeable {

  /**
   * Runs a search.
   *
   * @param request the search
   * @return the page of hits with drill-sideways facet counts, timeline and spelling suggestions
   * @throws BadQueryException when the query has bad syntax or would be too costly to run
   * @throws SearchTimeoutException when the search took longer than its budget
   * @throws IOException when the archive cannot be read
   */
  SearchResult search(SearchRequest request) throws BadQueryException, IOException;

  /**
   * @param id a claim id
   * @return the claim with its paragraph, the claim it answers and its counterclaims
   * @throws IOException when the archive cannot be read
   */
  Optional<ClaimView> claimView(String id) throws IOException;

  /**
   * @param id a document id (12 characters), its 6-character prefix, or any of its claim ids
   * @return the document with its body and claims
   * @throws IOException when the archive cannot be read
   */
  Optional<DocumentView> document(String id) throws IOException;

  /**
   * @return every document of the archive, ordered by path
   * @throws IOException when the archive cannot be read
   */
  List<DocumentInfo> documents() throws IOException;

  /**
   * @return how many claims the archive holds
   * @throws IOException when the archive cannot be read
   */
  long claimCount() throws IOException;

  /**
   * Speakers and companies whose name (or a word of it) starts with a prefix, most claims first.
   *
   * @param prefix what was typed
   * @param max the most suggestions to return
   * @return the suggestions
   * @throws IOException when the archive cannot be read
   */
  List<Completion> complete(String prefix, int max) throws IOException;

  /**
   * Answers the searches people start with and drops the results, so that no person waits for a
   * cold start. Safe to run concurrently with other searches.
   *
   * @throws IOException when the archive cannot be read
   */
  void warmUp() throws IOException;

  /**
   * Picks up a newer commit of the archive, if any. Cheap when nothing changed.
   *
   * @throws IOException when the archive cannot be read
   */
  void refresh() throws IOException;

  /**
   * The records of the last reindexes that changed something, newest first: what each added,
   * changed and removed.
   *
   * @param max the most records to return
   * @return the records
   * @throws IOException when the archive cannot be read
   */
  List<ReindexRecord> reindexes(int max) throws IOException;

  /**
   * The claims with the most answers, in their documents and elsewhere, each with its answers.
   *
   * @param max the most claims to return
   * @return most answered first, then newest, then reading order
   * @throws IOException when the archive cannot be read
   */
  List<Contested> contested(int max) throws IOException;

  /**
   * The newest claims that answer another, in their document or elsewhere.
   *
   * @param max the most claims to return
   * @return newest document first, then reading order
   * @throws IOException when the archive cannot be read
   */
  List<StoredClaim> newestAnswers(int max) throws IOException;

  /**
   * What the archive holds, for the landing page.
   *
   * @param speakers how many of the most active speakers to list
   * @return the counts, date span and most active speakers
   * @throws IOException when the archive cannot be read
   */
  ArchiveSummary summary(int speakers) throws IOException;

  /**
   * A search's hits split by stance toward one organisation: the for / against view.
   *
   * @param request the search; its page and page size are ignored (the first 100 hits are split)
   * @return the two columns
   * @throws BadQueryException when the query has bad syntax or would be too costly to run
   * @throws IOException when the archive cannot be read
   */
  default ForAgainst forAgainst(SearchRequest request) throws BadQueryException, IOException {
    SearchResult result =
        search(
            new SearchRequest(
                request.query(),
                request.filters(),
                request.fromMonth(),
                request.toMonth(),
                1,
                100,
                request.sort()));
    String company = companyOf(request, result);
    List<SearchResult.Hit> forIt = new ArrayList<>();
    List<SearchResult.Hit> against = new ArrayList<>();
    for (SearchResult.Hit hit : result.hits()) {
      var claim = hit.stored().claim();
      // A claim that names no organisation takes its stance toward its document's main one.
      if (company == null
          || (!claim.companies().isEmpty() && !claim.companies().contains(company))) {
        continue;
      }
      switch (claim.stance()) {
        case BULLISH -> forIt.add(hit);
        case BEARISH -> against.add(hit);
        case NEUTRAL -> {}
      }
    }
    return new ForAgainst(company, forIt, against, result.hits().size());
  }

  /** The search's one company filter, else the organisation most of its hits discuss. */
  private static String companyOf(SearchRequest request, SearchResult result) {
    List<String> chosen = request.filters().getOrDefault(FACET_COMPANY, List.of());
    if (chosen.size() == 1) {
      return chosen.getFirst();
    }
    for (SearchResult.FacetResult facet : result.facets()) {
      if (facet.dimension().equals(FACET_COMPANY) && !facet.values().isEmpty()) {
        return facet.values().getFirst().value();
      }
    }
    return null;
  }

  /**
   * Sets what tells that the searches this thread runs from now on are no longer wanted (a server
   * sets it per request to "the client has closed its connection"). A backend that can stop a
   * search midway stops it with a {@link SearchAbandonedException}; one that cannot (a search sent
   * to Solr runs there to its end) ignores it, which is the default.
   *
   * @param gone asked from time to time while a search runs; null for never
   */
  default void abandonSearchesWhen(BooleanSupplier gone) {}

  /** Every document's prefix: a backend can always list them (no empty default). */
  @Override
  List<String> documentPrefixes() throws IOException;

  /** The claims that answer a claim: a backend can always find them (no empty default). */
  @Override
  List<StoredClaim> answersTo(String claimId) throws IOException;
}
