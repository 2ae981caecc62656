package dev.pincite.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pincite.claims.StableIds;
import dev.pincite.search.ClaimSearcher;
import dev.pincite.search.SearchRequest;
import dev.pincite.search.SearchResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** First-indexed dates across reindexes, and the record each reindex keeps of what it changed. */
class ReindexRecordTest {

  private static final String PATH = "essays/rail.md";
  private static final String KEPT = "Selling rail freight by the ton is a commodity business.";
  private static final String EDITED_BEFORE =
      "The incumbents will keep their pricing power for at least another five years.";
  private static final String EDITED_AFTER =
      "The incumbents will keep their pricing power for at least another three years.";
  private static final String DELETED = "Investors should ignore the quarterly tonnage headlines.";
  private static final String ADDED = "Trucking firms are ordering electric tractors in bulk.";
  private static final Instant FIRST = Instant.parse("2026-02-01T10:00:00Z");
  private static final Instant SECOND = Instant.parse("2026-03-10T10:00:00Z");
  private static final Instant THIRD = Instant.parse("2026-04-10T10:00:00Z");

  @TempDir Path corpus;
  @TempDir Path index;

  private void write(String path, String... paragraphs) throws IOException {
    Path file = corpus.resolve(path);
    Files.createDirectories(file.getParent());
    String front = "---\ntitle: The Rail Trade\nauthor: Jane Roe\npublished: 2026-01-05\n---\n\n";
    Files.writeString(file, front + String.join("\n\n", paragraphs) + "\n", StandardCharsets.UTF_8);
  }

  private ReindexReport reindexAt(Instant now) throws IOException {
    Reindexer.Options options =
        Reindexer.Options.defaults().withClock(Clock.fixed(now, ZoneOffset.UTC));
    return new Reindexer(corpus, index, options).run();
  }

  private static String id(String text) {
    return StableIds.claimId(PATH, text);
  }

  @Test
  void claimsKeepTheirFirstIndexedDateAndEachReindexRecordsWhatItChanged() throws Exception {
    write(PATH, KEPT, EDITED_BEFORE, DELETED);
    ReindexReport first = reindexAt(FIRST);
    assertEquals(1, first.changes().sequence());
    assertEquals(ReindexRecord.Change.NEW, first.changes().documents().getFirst().change());
    assertEquals(3, first.changes().added());

    write(PATH, KEPT, EDITED_AFTER, ADDED);
    ReindexReport second = reindexAt(SECOND);
    ReindexRecord record = second.changes();
    assertEquals(2, record.sequence());
    assertEquals(SECOND.toString(), record.at());
    ReindexRecord.DocumentChanges doc = record.documents().getFirst();
    assertEquals(PATH, doc.path());
    assertEquals("The Rail Trade", doc.title());
    assertEquals(ReindexRecord.Change.CHANGED, doc.change());
    assertEquals(List.of(id(ADDED)), doc.added());
    assertEquals(
        List.of(new ReindexRecord.ChangedClaim(id(EDITED_BEFORE), id(EDITED_AFTER))),
        doc.changed());
    assertEquals(List.of(id(DELETED)), doc.removed());

    assertNull(reindexAt(THIRD).changes(), "nothing changed, nothing recorded");

    try (ClaimSearcher searcher = ClaimSearcher.open(index)) {
      assertEquals(FIRST.toString(), searcher.claim(id(KEPT)).orElseThrow().firstIndexed());
      assertEquals(
          FIRST.toString(),
          searcher.claim(id(EDITED_AFTER)).orElseThrow().firstIndexed(),
          "an edited sentence is not news: it keeps its predecessor's date");
      assertEquals(SECOND.toString(), searcher.claim(id(ADDED)).orElseThrow().firstIndexed());
      assertEquals(
          FIRST.toString(), searcher.formerClaim(id(DELETED)).orElseThrow().firstIndexed());

      assertEquals(
          List.of(2L, 1L), searcher.reindexes(10).stream().map(ReindexRecord::sequence).toList());

      SearchResult newSince =
          searcher.search(SearchRequest.of("").withNewSince(SECOND.minusSeconds(1)));
      assertEquals(1, newSince.total());
      assertEquals(id(ADDED), newSince.hits().getFirst().stored().claim().id());
      assertEquals(3, searcher.search(SearchRequest.of("").withNewSince(FIRST)).total());
      assertEquals(0, searcher.search(SearchRequest.of("").withNewSince(THIRD)).total());
    }
  }

  @Test
  void aRemovedFileIsRecordedWithAllItsClaims() throws IOException {
    write(PATH, KEPT, DELETED);
    write("essays/other.md", ADDED);
    reindexAt(FIRST);
    Files.delete(corpus.resolve("essays/other.md"));
    ReindexRecord record = reindexAt(SECOND).changes();
    ReindexRecord.DocumentChanges doc = record.documents().getFirst();
    assertEquals(1, record.documents().size());
    assertEquals(ReindexRecord.Change.REMOVED, doc.change());
    assertEquals("essays/other.md", doc.path());
    assertEquals(List.of(StableIds.claimId("essays/other.md", ADDED)), doc.removed());
  }

  @Test
  void aRenamedFileKeepsItsClaimsDatesAndTheOldIdsLeadToTheNewOnes() throws Exception {
    write(PATH, KEPT, DELETED);
    reindexAt(FIRST);
    String moved = "archive/rail.md";
    Files.createDirectories(corpus.resolve("archive"));
    Files.move(corpus.resolve(PATH), corpus.resolve(moved));
    ReindexRecord record = reindexAt(SECOND).changes();

    ReindexRecord.DocumentChanges arrived =
        record.documents().stream().filter(d -> d.path().equals(moved)).findFirst().orElseThrow();
    assertEquals(List.of(), arrived.added(), "no claim of a moved file is news");
    assertEquals(
        List.of(
            new ReindexRecord.ChangedClaim(id(KEPT), StableIds.claimId(moved, KEPT)),
            new ReindexRecord.ChangedClaim(id(DELETED), StableIds.claimId(moved, DELETED))),
        arrived.changed().stream()
            .sorted(Comparator.comparing(c -> c.from().equals(id(KEPT)) ? 0 : 1))
            .toList());
    try (ClaimSearcher searcher = ClaimSearcher.open(index)) {
      assertEquals(
          FIRST.toString(),
          searcher.claim(StableIds.claimId(moved, KEPT)).orElseThrow().firstIndexed());
      assertEquals(
          0, searcher.search(SearchRequest.of("").withNewSince(FIRST.plusSeconds(1))).total());
      assertEquals(
          FIRST.toString(),
          searcher.formerClaim(id(KEPT)).orElseThrow().firstIndexed(),
          "the old id still resolves, as a former claim");
    }
  }

  @Test
  void aFileRenamedTwiceLeadsItsFirstIdsToTheirLatestSuccessors() throws Exception {
    write(PATH, KEPT, DELETED);
    reindexAt(FIRST);
    Files.createDirectories(corpus.resolve("archive"));
    Files.move(corpus.resolve(PATH), corpus.resolve("archive/rail.md"));
    reindexAt(SECOND);
    Files.move(corpus.resolve("archive/rail.md"), corpus.resolve("archive/rail-2026.md"));
    reindexAt(THIRD);
    try (ClaimSearcher searcher = ClaimSearcher.open(index)) {
      assertEquals(
          StableIds.claimId("archive/rail-2026.md", KEPT),
          searcher.successor(id(KEPT)).orElseThrow().claim().id());
      assertEquals(
          StableIds.claimId("archive/rail-2026.md", DELETED),
          searcher
              .successor(StableIds.claimId("archive/rail.md", DELETED))
              .orElseThrow()
              .claim()
              .id());
      assertTrue(searcher.successor(id(ADDED)).isEmpty(), "never indexed, no successor");
    }
  }

  @Test
  void aFileMovedWithoutItsCatalogEntryIsStillAMove() throws Exception {
    // The catalog is keyed by path: after the move the file has other metadata (no title from
    // the catalog), so its bytes and entry no longer hash alike, but it says the same sentences.
    write(PATH, KEPT, DELETED);
    Files.writeString(corpus.resolve("catalog.yaml"), PATH + ":\n  title: \"Rail, by the ton\"\n");
    reindexAt(FIRST);
    String moved = "archive/rail.md";
    Files.createDirectories(corpus.resolve("archive"));
    Files.move(corpus.resolve(PATH), corpus.resolve(moved));
    ReindexRecord record = reindexAt(SECOND).changes();

    ReindexRecord.DocumentChanges arrived =
        record.documents().stream().filter(d -> d.path().equals(moved)).findFirst().orElseThrow();
    assertEquals(List.of(), arrived.added(), "no claim of a moved file is news");
    try (ClaimSearcher searcher = ClaimSearcher.open(index)) {
      assertEquals(
          StableIds.claimId(moved, KEPT), searcher.successor(id(KEPT)).orElseThrow().claim().id());
      assertEquals(
          FIRST.toString(),
          searcher.claim(StableIds.claimId(moved, KEPT)).orElseThrow().firstIndexed());
    }
  }

  @Test
  void aFileChangedUnderANewNameIsANewFile() throws Exception {
    write(PATH, KEPT);
    reindexAt(FIRST);
    Files.delete(corpus.resolve(PATH));
    write("archive/rail.md", KEPT, ADDED);
    reindexAt(SECOND);
    try (ClaimSearcher searcher = ClaimSearcher.open(index)) {
      assertEquals(
          SECOND.toString(),
          searcher.claim(StableIds.claimId("archive/rail.md", KEPT)).orElseThrow().firstIndexed());
    }
  }
}
