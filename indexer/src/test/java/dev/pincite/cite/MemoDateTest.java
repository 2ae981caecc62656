package dev.pincite.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MemoDateTest {

  @Test
  void aBareDateMeansAfterThatDayInUtc() {
    assertEquals(Instant.parse("2026-03-02T00:00:00Z"), MemoDate.parse("2026-03-01"));
  }

  @Test
  void aDateTimeIsTakenAsItIs() {
    assertEquals(Instant.parse("2026-03-01T09:30:00Z"), MemoDate.parse("2026-03-01T09:30:00Z"));
    assertEquals(Instant.parse("2026-03-01T09:30:00Z"), MemoDate.parse("2026-03-01T11:30+02:00"));
  }

  @Test
  void aBadDateFailsWithTheValueInTheMessage() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> MemoDate.parse("1 March"));
    assertTrue(e.getMessage().contains("got: 1 March"), e.getMessage());
  }

  @Test
  void theFrontMatterDateIsTheMemosDate() {
    String memo = "---\ntitle: Compute\ndate: 2026-03-01\n---\n\n# Compute\n";
    assertEquals(Optional.of(Instant.parse("2026-03-02T00:00:00Z")), MemoDate.ofMemo(memo));
    assertEquals(Optional.empty(), MemoDate.ofMemo("# No front matter\n\ndate: 2026-03-01\n"));
    assertEquals(Optional.empty(), MemoDate.ofMemo("---\ntitle: Undated\n---\n"));
  }
}
