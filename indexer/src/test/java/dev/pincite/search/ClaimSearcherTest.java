package dev.pincite.search;

import static org.junit.jupiter.api.Assertions.*;

import dev.pincite.claims.Claim;
import dev.pincite.claims.ClaimType;
import dev.pincite.claims.StableIds;
import dev.pincite.claims.Stance;
import dev.pincite.index.ClaimIndexWriter;
import dev.pincite.index.IndexSchema;
import dev.pincite.index.ReindexTarget;
import dev.pincite.ingest.Article;
import dev.pincite.ingest.Block;
import dev.pincite.ingest.DocumentMetadata;
import dev.pincite.search.SearchResult.FacetCount;
import dev.pincite.search.SearchResult.FacetResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search over hand-built claims, so the assertions do not move with the extraction rules. */
class ClaimSearcherTest {

  @TempDir static Path indexDir;
  static ClaimSearcher searcher;
  static String bullId;
  static String bearId;

  @BeforeAll
  static void buildIndex() throws IOException {
    try (ClaimIndexWriter writer = new ClaimIndexWriter(indexDir, true)) {
      Article one =
          article(
              "one.md",
              "Alpha Weekly",
              "2026-07-01",
              "Compute is the new oil.",
              "Selling compute is a bridge.",
              "Ada Analyst disagreed with the bridge thesis.");
      StableIds ids = new StableIds(one.path());
      bullId = ids.next("Selling compute is a bridge.");
      List<Claim> claims = new ArrayList<>();
      claims.add(
          claim(
              new StableIds(one.path()).next("Compute is the new oil."),
              1,
              "Compute is the new oil.",
              "Bo Writer",
              List.of("Acme"),
              ClaimType.CLAIM,
              Stance.BULLISH,
              null));
      claims.add(
          claim(
              bullId,
              2,
              "Selling compute is a bridge.",
              "Bo Writer",
              List.of("Acme", "Globex"),
              ClaimType.CLAIM,
              Stance.BULLISH,
              null));
      bearId = new StableIds(one.path()).next("Ada Analyst disagreed with the bridge thesis.");
      claims.add(
          claim(
              bearId,
              3,
              "Ada Analyst disagreed with the bridge thesis.",
              "Ada Analyst",
              List.of("Acme"),
              ClaimType.COUNTERCLAIM,
              Stance.BEARISH,
              bullId));
      writer.replaceFile(ReindexTarget.FileVersion.of(one, claims, "h1"));

      Article two =
          article(
              "two.txt",
              "Beta Daily",
              "2026-08-15",
              "Globex reported revenue of 5 billion dollars.",
              "Compute prices will fall next year.");
      writer.replaceFile(
          ReindexTarget.FileVersion.of(
              two,
              List.of(
                  claim(
                      StableIds.claimId(
                          two.path(), "Globex reported revenue of 5 billion dollars."),
                      1,
                      "Globex reported revenue of 5 billion dollars.",
                      "Cy Reporter",
                      List.of("Globex"),
                      ClaimType.EVIDENCE,
                      Stance.NEUTRAL,
                      null),
                  claim(
                      StableIds.claimId(two.path(), "Compute prices will fall next year."),
                      2,
                      "Compute prices will fall next year.",
                      "Cy Reporter",
                      List.of(),
                      ClaimType.PREDICTION,
                      Stance.BEARISH,
                      null)),
              "h2"));
      writer.commit("test");
    }
    searcher = ClaimSearcher.open(indexDir);
  }

  @AfterAll
  static void close() throws IOException {
    searcher.close();
  }

  @Test
  void warmUpLeavesTheAnswersAsTheyWere() throws Exception {
    SearchResult before = searcher.search(SearchRequest.of("compute"));
    searcher.warmUp();
    assertEquals(before, searcher.search(SearchRequest.of("compute")));
  }

  @Test
  void anArchiveWithNoClaimsYetAnswersEverySearchWithNothing(@TempDir Path empty) throws Exception {
    try (ClaimIndexWriter writer = new ClaimIndexWriter(empty, true)) {
      writer.commit("test");
    }
    try (ClaimSearcher none = ClaimSearcher.open(empty)) {
      none.warmUp();
      SearchResult landing = none.search(SearchRequest.of(""));
      assertEquals(0, landing.total());
      assertTrue(landing.facets().stream().allMatch(f -> f.values().isEmpty()), landing.toString());
      assertEquals(0, none.search(SearchRequest.of("compute")).total());
      assertEquals(
          0,
          none.search(
                  new SearchRequest(
                      "compute",
                      Map.of("speaker", List.of("Bo Writer")),
                      null,
                      null,
                      1,
                      10,
                      SearchRequest.Sort.RELEVANCE))
              .total());
    }
  }

  @Test
  void dimensionsNoClaimHasYetAreCountedAsEmpty(@TempDir Path sparse) throws Exception {
    // Issue 13: an absent dimension is asked of the facet state, not signalled by an exception.
    try (ClaimIndexWriter writer = new ClaimIndexWriter(sparse, true)) {
      Article undated = article("plain.md", null, null, "Compute is the new oil.");
      Claim claim =
          claim(
              new StableIds(undated.path()).next("Compute is the new oil."),
              1,
              "Compute is the new oil.",
              null,
              List.of(),
              ClaimType.CLAIM,
              Stance.NEUTRAL,
              null);
      writer.replaceFile(ReindexTarget.FileVersion.of(undated, List.of(claim), "h"));
      writer.commit("test");
    }
    try (ClaimSearcher one = ClaimSearcher.open(sparse)) {
      for (SearchResult result :
          List.of(one.search(SearchRequest.of("")), one.search(SearchRequest.of("oil")))) {
        assertEquals(1, result.total());
        assertEquals(Map.of("claim", 1L), counts(result, "type"));
        // Issue 17: a claim without a speaker counts under "No speaker", so that one is never
        // empty.
        assertEquals(Map.of(IndexSchema.NO_SPEAKER, 1L), counts(result, "speaker"));
        for (String dim : List.of("company", "outlet", "month")) {
          assertTrue(facet(result, dim).values().isEmpty(), dim + ": " + result);
        }
        assertTrue(result.timeline().isEmpty(), result.toString());
      }
      assertTrue(one.complete("c", 10).isEmpty());
    }
  }

  @Test
  void aQueryThatOnlyExcludesMeansEverythingExcept() throws Exception {
    long all = searcher.search(SearchRequest.of("")).total();
    long bo = searcher.search(SearchRequest.of("speaker:\"Bo Writer\"")).total();
    assertTrue(bo > 0 && bo < all);
    for (String except : List.of("-speaker:\"Bo Writer\"", "NOT speaker:\"Bo Writer\"")) {
      SearchResult result = searcher.search(SearchRequest.of(except));
      assertEquals(all - bo, result.total(), except);
      assertTrue(
          result.hits().stream().noneMatch(h -> "Bo Writer".equals(h.stored().claim().speaker())),
          except);
      assertEquals(List.of(), result.spelling(), except);
    }
  }

  @Test
  void aQueryThatCannotBeReadHasItsPlainWords() {
    assertEquals(
        "cloud margins hays", ClaimQueryParser.plainWords("\"cloud margins AND speaker:hays"));
    assertEquals("compute", ClaimQueryParser.plainWords("(compute"));
    assertEquals("", ClaimQueryParser.plainWords("AND ))"));
  }

  @Test
  void theSearchableWordOfATextIsItsLongestRunOfLetters() {
    assertEquals("bridge", ClaimSearcher.searchableWord("It is a bridge, not a moat."));
    assertEquals("Übergang", ClaimSearcher.searchableWord("Ein Übergang, 2026."));
    assertEquals("", ClaimSearcher.searchableWord("2026 — 42%"));
  }

  @Test
  void keywordSearchFindsStemmedMatchesAndHighlightsThem() throws Exception {
    SearchResult result = searcher.search(SearchRequest.of("computing"));
    assertEquals(3, result.total());
    assertTrue(
        result.hits().stream()
            .allMatch(
                h ->
                    h.highlighted().contains("<mark>Compute</mark>")
                        || h.highlighted().contains("<mark>compute</mark>")),
        result.hits().toString());
  }

  @Test
  void facetCountsCoverEveryDimension() throws Exception {
    SearchResult result = searcher.search(SearchRequest.of(""));
    assertEquals(5, result.total());
    assertEquals(
        Map.of("Bo Writer", 2L, "Ada Analyst", 1L, "Cy Reporter", 2L), counts(result, "speaker"));
    assertEquals(Map.of("Acme", 3L, "Globex", 2L), counts(result, "company"));
    assertEquals(Map.of("Alpha Weekly", 3L, "Beta Daily", 2L), counts(result, "outlet"));
    assertEquals(Map.of("2026-07", 3L, "2026-08", 2L), counts(result, "month"));
    assertEquals(
        Map.of("claim", 2L, "counterclaim", 1L, "evidence", 1L, "prediction", 1L),
        counts(result, "type"));
  }

  @Test
  void countsOfSearchesWithoutWordsAreKeptPerSetOfFilters() throws Exception {
    SearchResult bo = searcher.search(request("", Map.of("speaker", List.of("Bo Writer"))));
    SearchResult cy = searcher.search(request("", Map.of("speaker", List.of("Cy Reporter"))));
    assertEquals(2, bo.total());
    assertTrue(
        bo.hits().stream().allMatch(h -> h.stored().claim().speaker().equals("Bo Writer")),
        bo.hits().toString());
    assertEquals(Map.of("Alpha Weekly", 2L), counts(bo, "outlet"));
    assertEquals(Map.of("Beta Daily", 2L), counts(cy, "outlet"));
    assertEquals(bo, searcher.search(request("", Map.of("speaker", List.of("Bo Writer")))));
    SearchResult august =
        searcher.search(
            new SearchRequest(
                "", Map.of(), "2026-08", "2026-08", 1, 10, SearchRequest.Sort.RELEVANCE));
    assertEquals(2, august.total());
    // The timeline of a month range still shows every month, to widen it from.
    assertEquals(2, august.timeline().size(), august.timeline().toString());
  }

  @Test
  void twoValuesOfOneFacetAreOredAndKeepSidewaysCounts() throws Exception {
    SearchResult result =
        searcher.search(request("", Map.of("speaker", List.of("Bo Writer", "Ada Analyst"))));
    assertEquals(3, result.total());
    // The speaker counts ignore the speaker filter itself, so Cy Reporter stays selectable.
    assertEquals(
        Map.of("Bo Writer", 2L, "Ada Analyst", 1L, "Cy Reporter", 2L), counts(result, "speaker"));
    assertEquals(Map.of("Alpha Weekly", 3L), counts(result, "outlet"));
    assertTrue(
        facet(result, "speaker").values().stream().filter(FacetCount::selected).count() == 2);
  }

  @Test
  void drillDownAcrossDimensionsNarrows() throws Exception {
    SearchResult result =
        searcher.search(
            request("compute", Map.of("company", List.of("Acme"), "stance", List.of("bullish"))));
    assertEquals(2, result.total());
  }

  @Test
  void monthRangeFiltersButTimelineKeepsEveryMonth() throws Exception {
    SearchResult result =
        searcher.search(
            new SearchRequest(
                "", Map.of(), "2026-08", "2026-08", 1, 10, SearchRequest.Sort.RELEVANCE));
    assertEquals(2, result.total());
    assertEquals(2, result.timeline().size());
    assertEquals(new SearchResult.MonthCount("2026-07", 2, 1, 0), result.timeline().get(0));
    assertEquals(new SearchResult.MonthCount("2026-08", 0, 1, 1), result.timeline().get(1));
  }

  @Test
  void dateSortPutsNewestFirstAndPagingSlices() throws Exception {
    SearchResult first =
        searcher.search(
            new SearchRequest("", Map.of(), null, null, 1, 2, SearchRequest.Sort.DATE_DESC));
    assertEquals("Cy Reporter", first.hits().get(0).stored().claim().speaker());
    assertEquals(2, first.hits().size());
    SearchResult third =
        searcher.search(
            new SearchRequest("", Map.of(), null, null, 3, 2, SearchRequest.Sort.DATE_DESC));
    assertEquals(1, third.hits().size());
    // Same date: reading order decides, so the last sentence of the older document comes last.
    assertEquals(
        "Ada Analyst disagreed with the bridge thesis.",
        third.hits().get(0).stored().claim().text());
  }

  @Test
  void fieldQueriesSearchSpeakersAndTypes() throws Exception {
    assertEquals(2, searcher.search(SearchRequest.of("speaker:\"Cy Reporter\"")).total());
    assertEquals(1, searcher.search(SearchRequest.of("type:evidence")).total());
  }

  @Test
  void badSyntaxGivesAReadableMessage() {
    BadQueryException e =
        assertThrows(
            BadQueryException.class, () -> searcher.search(SearchRequest.of("\"compute oil")));
    assertTrue(e.getMessage().contains("quotation mark"), e.getMessage());
    assertThrows(BadQueryException.class, () -> searcher.search(SearchRequest.of("(compute AND")));
  }

  @Test
  void misspelledQuerySuggestsACorrection() throws Exception {
    SearchResult result = searcher.search(SearchRequest.of("globx revenue"));
    assertEquals(0, result.total());
    assertEquals(List.of("globex revenue"), result.spelling());
  }

  @Test
  void claimViewShowsWhatACounterclaimAnswers() throws Exception {
    ClaimView bear = searcher.claimView(bearId).orElseThrow();
    assertEquals(bullId, bear.counters().claim().id());
    ClaimView bull = searcher.claimView(bullId).orElseThrow();
    assertEquals(List.of(bearId), bull.counterclaims().stream().map(c -> c.claim().id()).toList());
    assertEquals("Selling compute is a bridge.", bull.paragraph().text());
    SearchResult hits = searcher.search(SearchRequest.of("bridge"));
    assertEquals(
        1,
        hits.hits().stream()
            .filter(h -> h.stored().claim().id().equals(bullId))
            .findFirst()
            .orElseThrow()
            .counterclaims());
  }

  @Test
  void documentViewHoldsBodyAndClaimsInOrder() throws Exception {
    DocumentView doc = searcher.document(StableIds.documentId("one.md")).orElseThrow();
    assertEquals("one.md", doc.info().path());
    assertEquals(4, doc.blocks().size());
    assertEquals(List.of(1, 2, 3), doc.claims().stream().map(c -> c.claim().paragraph()).toList());
    assertTrue(searcher.document(bullId).isPresent(), "a claim id's prefix names its document");
    assertTrue(searcher.document("zzzzzzzzzzzz").isEmpty());
  }

  @Test
  void autocompleteMatchesWordPrefixesOfSpeakersAndCompanies() throws Exception {
    List<Completion> completions = searcher.complete("an", 5);
    assertEquals(List.of(new Completion("speaker", "Ada Analyst", 1)), completions);
    assertEquals("Globex", searcher.complete("glo", 5).get(0).value());
  }

  @Test
  void unknownFacetIsRejectedWithItsName() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> searcher.search(request("", Map.of("colour", List.of("red")))));
    assertTrue(e.getMessage().contains("colour"));
  }

  @Test
  void costlyRegularExpressionsAreRefusedBeforeTheirAutomatonIsBuilt() {
    // Issue 18: /a{1,100000}/ took 50 s of CPU in RegExp.toAutomaton before any limit applied.
    for (String hostile :
        List.of(
            "/a{1,100000}/",
            "/a{1000000}/",
            "/[ab]{1,20000}/",
            "/a{100001,}/",
            "speaker:/a{1,100000}/",
            "/((a{1,50}){1,50}){1,50}/",
            "compute AND /(abcdefghij|klmnopqrst){1,90}(abcdefghij|klmnopqrst){1,90}/")) {
      BadQueryException e =
          assertThrows(
              BadQueryException.class, () -> searcher.search(SearchRequest.of(hostile)), hostile);
      assertTrue(
          e.getMessage().contains("regular expression") && e.getMessage().contains("/"),
          hostile + ": " + e.getMessage());
    }
  }

  @Test
  void modestRegularExpressionsStillSearch() throws Exception {
    assertTrue(searcher.search(SearchRequest.of("/[a-z]*ridg[a-z]*/")).total() > 0);
    searcher.search(SearchRequest.of("/a{1,100}/"));
    searcher.search(SearchRequest.of("/(ab|cd){2,5}x?/"));
  }

  @Test
  void aSearchOverItsTimeBudgetIsStoppedNotAnsweredInPart() throws Exception {
    try (ClaimSearcher hurried = ClaimSearcher.open(indexDir, java.time.Duration.ofNanos(1))) {
      assertThrows(SearchTimeoutException.class, () -> hurried.search(SearchRequest.of("compute")));
      // Browsing counts are cached per commit: a cut-short count must not be kept.
      assertThrows(SearchTimeoutException.class, () -> hurried.search(SearchRequest.of("")));
      // Looking a claim up has no budget, and the thread's deadline does not linger.
      assertTrue(hurried.claim(bullId).isPresent());
    }
    assertEquals(5, searcher.search(SearchRequest.of("")).total());
  }

  @Test
  void aSearchWhoseClientHasGoneIsStoppedAndTheThreadSearchesOnAfterwards() throws Exception {
    searcher.abandonSearchesWhen(() -> true);
    try {
      assertThrows(
          SearchAbandonedException.class, () -> searcher.search(SearchRequest.of("compute")));
      assertThrows(SearchAbandonedException.class, () -> searcher.search(SearchRequest.of("")));
    } finally {
      searcher.abandonSearchesWhen(null);
    }
    assertEquals(5, searcher.search(SearchRequest.of("")).total());
  }

  @Test
  void whenEveryPatternSlotIsTakenAPatternIsRefusedBusyBeforeItIsParsed() throws Exception {
    // Pattern searches that hold their slot: each waits, inside the search, on its "is the client
    // gone?" question until released. More are started than there are slots; the rest are busy.
    int tries = 2 * Runtime.getRuntime().availableProcessors() + 2;
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger holding = new AtomicInteger();
    AtomicInteger busy = new AtomicInteger();
    AtomicInteger abandoned = new AtomicInteger();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < tries; i++) {
      threads.add(
          Thread.ofPlatform()
              .start(
                  () -> {
                    searcher.abandonSearchesWhen(
                        () -> {
                          holding.incrementAndGet();
                          try {
                            release.await();
                          } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                          }
                          return true;
                        });
                    try {
                      searcher.search(SearchRequest.of("/comp[a-z]*/"));
                    } catch (SearchBusyException e) {
                      busy.incrementAndGet();
                    } catch (SearchAbandonedException e) {
                      abandoned.incrementAndGet();
                    } catch (Exception e) {
                      throw new AssertionError(e);
                    }
                  }));
    }
    long until = System.nanoTime() + 30_000_000_000L;
    while (holding.get() + busy.get() < tries && System.nanoTime() < until) {
      Thread.sleep(10);
    }
    try {
      assertTrue(holding.get() >= 1 && busy.get() >= 1, holding + " holding, " + busy + " busy");
      // Unparsed, this would be refused as too costly (BadQueryException) only after the parse.
      assertThrows(
          SearchBusyException.class, () -> searcher.search(SearchRequest.of("/a{1,100000}/")));
      // Plain words need no slot.
      assertTrue(searcher.search(SearchRequest.of("compute")).total() > 0);
    } finally {
      release.countDown();
      for (Thread thread : threads) {
        thread.join();
      }
    }
    assertEquals(holding.get(), abandoned.get());
    assertThrows(BadQueryException.class, () -> searcher.search(SearchRequest.of("/a{1,100000}/")));
  }

  private static SearchRequest request(String q, Map<String, List<String>> filters) {
    return new SearchRequest(q, filters, null, null, 1, 10, SearchRequest.Sort.RELEVANCE);
  }

  private static FacetResult facet(SearchResult result, String dim) {
    return result.facets().stream()
        .filter(f -> f.dimension().equals(dim))
        .findFirst()
        .orElseThrow();
  }

  private static Map<String, Long> counts(SearchResult result, String dim) {
    Map<String, Long> counts = new HashMap<>();
    facet(result, dim).values().forEach(v -> counts.put(v.value(), v.count()));
    return counts;
  }

  static Article article(String path, String site, String published, String... paragraphs) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(Block.heading("Heading"));
    for (String p : paragraphs) {
      blocks.add(Block.paragraph(p));
    }
    DocumentMetadata metadata =
        new DocumentMetadata("Title of " + path, null, site, published, null, "en");
    return new Article(path, metadata, blocks, List.of());
  }

  static Claim claim(
      String id,
      int paragraph,
      String text,
      String speaker,
      List<String> companies,
      ClaimType type,
      Stance stance,
      String counters) {
    return new Claim(
        id, paragraph, "Heading", text, speaker, true, companies, type, stance, counters);
  }
}
