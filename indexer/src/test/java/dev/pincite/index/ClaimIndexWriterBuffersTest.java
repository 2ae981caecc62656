package dev.pincite.index;

import static org.junit.jupiter.api.Assertions.*;

import dev.pincite.claims.Claim;
import dev.pincite.claims.ClaimType;
import dev.pincite.claims.StableIds;
import dev.pincite.claims.Stance;
import dev.pincite.ingest.Article;
import dev.pincite.ingest.Block;
import dev.pincite.ingest.DocumentMetadata;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Threads that write files through a writer of one buffer fill that one buffer, so a fresh index is
 * one segment for the linking stage's searches (docs/performance.md, 6 December, fourteenth
 * session), whatever the threads' timing.
 */
class ClaimIndexWriterBuffersTest {

  static final int FILES_PER_THREAD = 60;

  @TempDir Path index;

  @Test
  void threadsSharingOneBufferLeaveOneSegment() throws Exception {
    try (ClaimIndexWriter writer = new ClaimIndexWriter(index, true, 1)) {
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
          int thread = t;
          futures.add(
              pool.submit(
                  () -> {
                    for (int f = 0; f < FILES_PER_THREAD; f++) {
                      writer.replaceFile(file("t" + thread + "/f" + f + ".md"));
                    }
                    return null;
                  }));
        }
        for (Future<?> future : futures) {
          future.get();
        }
      } finally {
        pool.shutdownNow();
      }
      writer.commit("fingerprint");
    }
    try (Directory dir = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      assertEquals(1, reader.leaves().size(), "segments");
      // Each file is its document and two claims.
      assertEquals(2 * FILES_PER_THREAD * 3, reader.numDocs());
    }
  }

  @Test
  void refusesWritersWithoutABuffer() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new ClaimIndexWriter(index, true, 0));
    assertTrue(e.getMessage().contains("got 0"), e.getMessage());
  }

  private static ReindexTarget.FileVersion file(String path) {
    String first = "Analysts at " + path + " expect demand to rise.";
    String second = "Others at " + path + " expect it to fall.";
    DocumentMetadata metadata =
        new DocumentMetadata("Title of " + path, null, "Site", "2026-07-01", null, "en");
    Article article =
        new Article(
            path,
            metadata,
            List.of(Block.heading("Heading"), Block.paragraph(first + " " + second)),
            List.of());
    StableIds ids = new StableIds(path);
    List<Claim> claims =
        List.of(
            new Claim(
                ids.next(first),
                1,
                "Heading",
                first,
                null,
                true,
                List.of(),
                ClaimType.CLAIM,
                Stance.BULLISH,
                null),
            new Claim(
                ids.next(second),
                1,
                "Heading",
                second,
                null,
                true,
                List.of(),
                ClaimType.CLAIM,
                Stance.BEARISH,
                null));
    return ReindexTarget.FileVersion.of(article, claims, "hash-" + path);
  }
}
