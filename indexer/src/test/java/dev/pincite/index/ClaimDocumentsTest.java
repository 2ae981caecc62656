package dev.pincite.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ClaimDocumentsTest {

  /** What epochDay computed before its fast path for dates in ASCII digits: the ISO parse. */
  private static long parsed(String published) {
    if (published == null || published.length() < 10) {
      return Long.MIN_VALUE;
    }
    try {
      return LocalDate.parse(published.substring(0, 10)).toEpochDay();
    } catch (RuntimeException e) {
      return Long.MIN_VALUE;
    }
  }

  @Test
  void epochDayAgreesWithTheIsoParseOnDatesTimesAndNearMisses() {
    List<String> texts =
        new ArrayList<>(
            List.of(
                "2026-07-01",
                "2026-07-01T09:30:00Z",
                "2024-02-29",
                "2023-02-29",
                "2026-13-01",
                "2026-00-10",
                "2026-04-31",
                "2026-04-00",
                "0000-01-01",
                "9999-12-31",
                "2026-7-1xxx",
                "2026/07/01",
                "+2026-07-01",
                "-002-01-01",
                "２０２６-07-01",
                "2026-07",
                "",
                "not a date at all"));
    texts.add(null);
    Random random = new Random(42);
    String alphabet = "0123456789-+T:Z x/";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      int length = 8 + random.nextInt(6);
      for (int k = 0; k < length; k++) {
        // Mostly date-shaped: digits with dashes at 4 and 7, now and then any other character.
        char c =
            random.nextInt(8) == 0
                ? alphabet.charAt(random.nextInt(alphabet.length()))
                : k == 4 || k == 7 ? '-' : (char) ('0' + random.nextInt(k == 5 || k == 8 ? 4 : 10));
        text.append(c);
      }
      texts.add(text.toString());
    }
    for (String text : texts) {
      assertEquals(parsed(text), ClaimDocuments.epochDay(text), () -> "for " + text);
    }
  }
}
