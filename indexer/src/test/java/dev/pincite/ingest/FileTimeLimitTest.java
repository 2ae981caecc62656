package dev.pincite.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Issue 18: one slow file is that file's skip, and the worker goes on unharmed. */
class FileTimeLimitTest {

  @Test
  void workPastTheLimitIsTheFilesSkipAndTheThreadKeepsNoInterrupt() {
    try (FileTimeLimit limit = new FileTimeLimit(Duration.ofMillis(200))) {
      BadDocumentException e =
          assertThrows(
              BadDocumentException.class,
              () ->
                  limit.run(
                      "slow.html",
                      () -> {
                        while (true) {
                          FileTimeLimit.checkpoint();
                        }
                      }));
      assertEquals(BadDocumentException.Reason.TOO_SLOW, e.reason());
      assertEquals("slow.html", e.path());
      assertTrue(e.getMessage().contains("per-file limit"), e.getMessage());
      assertFalse(
          Thread.currentThread().isInterrupted(),
          "the interrupt must not reach index writing, whose channels it would close");
    }
  }

  @Test
  void workWithinTheLimitReturnsItsResultAndIsNeverInterruptedLater() throws Exception {
    try (FileTimeLimit limit = new FileTimeLimit(Duration.ofMillis(300))) {
      assertEquals("done", limit.run("fast.md", () -> "done"));
      Thread.sleep(600);
      assertFalse(Thread.currentThread().isInterrupted());
    }
  }

  @Test
  void aBadDocumentFromTheWorkPassesThrough() {
    try (FileTimeLimit limit = new FileTimeLimit(Duration.ofSeconds(10))) {
      BadDocumentException e =
          assertThrows(
              BadDocumentException.class,
              () ->
                  limit.run(
                      "empty.txt",
                      () -> {
                        throw new BadDocumentException(
                            "empty.txt", BadDocumentException.Reason.EMPTY, null);
                      }));
      assertEquals(BadDocumentException.Reason.EMPTY, e.reason());
    }
  }

  @Test
  void aLimitOfZeroIsRefusedWithTheValue() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new FileTimeLimit(Duration.ZERO));
    assertTrue(e.getMessage().contains("PT0S"), e.getMessage());
  }
}
