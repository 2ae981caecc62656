package dev.pincite.index;

import static org.junit.jupiter.api.Assertions.*;

import dev.pincite.claims.ClaimExtractor;
import dev.pincite.claims.StableIds;
import dev.pincite.search.ClaimSearcher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReindexerTest {

  @TempDir Path corpus;
  @TempDir Path index;

  @BeforeEach
  void writeCorpus() throws IOException {
    write(
        "alpha.md",
        "---\ntitle: Alpha\nsite: Alpha Weekly\npublished: 2026-07-01\n---\n\nCompute is the new oil. Prices are rising.\n\nAnalysts expect more demand.\n");
    write(
        "notes/beta.txt",
        "Beta Notes\n\nNeoclouds rent out GPU capacity. Their margins are thin.\n");
  }

  @Test
  void indexesEveryReadableFileAndReportsTheBadOnesWithAReason() throws IOException {
    Files.write(corpus.resolve("blob.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7, 0, 9});
    write("empty.md", "");
    ReindexReport report = reindex(false);
    assertEquals(4, report.filesSeen());
    assertEquals(2, report.filesParsed());
    assertEquals(
        List.of("blob.txt", "empty.md"),
        report.skipped().stream().map(ReindexReport.Skipped::path).toList());
    assertTrue(report.skipped().stream().noneMatch(s -> s.reason().isBlank()));
    assertEquals(2, report.documentsTotal());
    assertTrue(report.claimsTotal() >= 5, "claims: " + report.claimsTotal());
  }

  @Test
  void namesTheRegistryDoesNotListAreReportedForTheParsedFilesOnly() throws IOException {
    write(
        "gamma.md",
        "---\ntitle: Gamma\nsite: Gamma Daily\n---\n\n"
            + "Lena Park, a credit analyst at Northvale Capital, said Halvorsen Mutual is cheap.\n");
    ReindexReport first = reindex(false);
    assertTrue(
        first.unregistered().speakers().contains("Lena Park"), first.unregistered()::toString);
    assertTrue(
        first.unregistered().organisations().contains("Northvale Capital"),
        first.unregistered()::toString);
    assertTrue(reindex(false).unregistered().isEmpty(), "nothing parsed, nothing new");
  }

  @Test
  void unchangedFilesAreNotParsedAgain() throws IOException {
    reindex(false);
    ReindexReport second = reindex(false);
    assertEquals(0, second.filesParsed());
    assertEquals(2, second.filesUnchanged());
    ReindexReport full = reindex(true);
    assertEquals(2, full.filesParsed());
  }

  @Test
  void editingOneSentenceChangesOnlyItsIdAndKeepsTheOldOneAsFormer() throws IOException {
    reindex(false);
    Set<String> before = claimIds("alpha.md");
    write(
        "alpha.md",
        "---\ntitle: Alpha\nsite: Alpha Weekly\npublished: 2026-07-01\n---\n\nCompute is the new oil. Prices are falling.\n\nAnalysts expect more demand.\n");
    ReindexReport report = reindex(false);
    assertEquals(1, report.filesParsed());
    assertEquals(1, report.filesUnchanged());
    Set<String> after = claimIds("alpha.md");
    String oldId = StableIds.claimId("alpha.md", "Prices are rising.");
    assertTrue(before.contains(oldId));
    assertFalse(after.contains(oldId));
    assertEquals(1, before.stream().filter(id -> !after.contains(id)).count());
    try (ClaimSearcher searcher = ClaimSearcher.open(index)) {
      StoredClaim former = searcher.formerClaim(oldId).orElseThrow();
      assertEquals("Prices are rising.", former.claim().text());
    }
  }

  @Test
  void removedFilesLeaveTheIndex() throws IOException {
    reindex(false);
    Files.delete(corpus.resolve("notes/beta.txt"));
    ReindexReport report = reindex(false);
    assertEquals(1, report.filesRemoved());
    assertEquals(1, report.documentsTotal());
  }

  @Test
  void aFileThatTurnsBadKeepsItsEarlierVersion() throws IOException {
    reindex(false);
    long claims = claimCount();
    Files.write(corpus.resolve("alpha.md"), new byte[0]);
    ReindexReport report = reindex(false);
    assertEquals(1, report.skipped().size());
    assertEquals(claims, claimCount());
  }

  @Test
  void aReindexThatFailsHalfwayLeavesThePreviousIndexIntact() throws IOException {
    reindex(false);
    long claims = claimCount();
    for (int i = 0; i < 20; i++) {
      write(
          "more/doc" + i + ".txt",
          "Title " + i + "\n\nSentence number " + i + " is here. Another one follows.\n");
    }
    Reindexer.Listener failing =
        new Reindexer.Listener() {
          @Override
          public void fileDone(String path) {
            if (path.endsWith("doc10.txt")) {
              throw new IllegalStateException("disk on fire");
            }
          }
        };
    Reindexer.Options options = new Reindexer.Options(false, 1, failing);
    IOException failure =
        assertThrows(IOException.class, () -> new Reindexer(corpus, index, options).run());
    // issue 18: the command prefixes "reindex failed: "; the message said it a second time
    assertFalse(failure.getMessage().contains("reindex failed"), failure.getMessage());
    assertTrue(failure.getMessage().contains("disk on fire"), failure.getMessage());
    assertEquals(claims, claimCount());
    assertEquals(
        22, reindex(false).documentsTotal(), "the lock is released and the next reindex works");
  }

  @Test
  void aFileOverTheSentenceLimitIsSkippedWithTheLimitAndTheRestIsIndexed() throws IOException {
    // issue 18: a 30 MB text of 235,000 sentences exhausted the heap and failed the reindex
    write("huge.txt", "Prices rose again.\n".repeat(ClaimExtractor.MAX_SENTENCES + 1));
    ReindexReport report = reindex(false);
    assertEquals(1, report.skipped().size(), report.skipped()::toString);
    ReindexReport.Skipped skipped = report.skipped().getFirst();
    assertEquals("huge.txt", skipped.path());
    assertTrue(
        skipped.reason().contains("more than " + ClaimExtractor.MAX_SENTENCES + " sentences"),
        skipped.reason());
    assertEquals(2, report.documentsTotal());
  }

  @Test
  void aFileOverTheTimeLimitIsSkippedWithTheLimitAndTheRestIsIndexed() throws IOException {
    // Far more sentences than a millisecond allows, far fewer than the sentence limit.
    write("slow.txt", "Prices rose again. Costs fell.\n".repeat(20_000));
    Reindexer.Options options =
        Reindexer.Options.defaults().withFileTimeLimit(java.time.Duration.ofMillis(1));
    ReindexReport report = new Reindexer(corpus, index, options).run();
    List<String> slow =
        report.skipped().stream()
            .filter(s -> s.reason().contains("per-file limit"))
            .map(ReindexReport.Skipped::path)
            .toList();
    assertTrue(slow.contains("slow.txt"), report.skipped()::toString);
    // a millisecond may be too short for the small files too on a busy machine: each file is
    // either indexed or skipped with its reason, and the reindex completes
    assertEquals(3, report.documentsTotal() + report.skipped().size(), report.skipped()::toString);
  }

  @Test
  void missingCorpusFolderIsAClearError() {
    IOException e =
        assertThrows(
            IOException.class,
            () -> new Reindexer(corpus.resolve("nope"), index, Reindexer.Options.defaults()).run());
    assertTrue(e.getMessage().contains("corpus folder not found"), e.getMessage());
  }

  private ReindexReport reindex(boolean full) throws IOException {
    return new Reindexer(corpus, index, Reindexer.Options.defaults().withFull(full)).run();
  }

  private long claimCount() throws IOException {
    try (ClaimSearcher searcher = ClaimSearcher.open(index)) {
      return searcher.claimCount();
    }
  }

  private Set<String> claimIds(String path) throws IOException {
    try (ClaimSearcher searcher = ClaimSearcher.open(index)) {
      return searcher.claimsOfDocument(StableIds.documentId(path)).stream()
          .map(c -> c.claim().id())
          .collect(Collectors.toSet());
    }
  }

  private void write(String path, String text) throws IOException {
    Path file = corpus.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
