package dev.pincite.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "20. Januar 2022|2022-01-20",
        "3 de mayo de 2022|2022-05-03",
        "1er juillet 2026|2026-07-01",
        "13 juin 2019|2019-06-13",
        "3 maja 2022|2022-05-03",
        "14 gennaio 2020|2020-01-14",
        "5 de março de 2021|2021-03-05",
        "20.01.2022|2022-01-20",
        "7.2.2022 14:20 Uhr|2022-02-07",
        "Veröffentlicht am 20.01.2022|2022-01-20",
        "Publicado el 3 de mayo de 2022|2022-05-03",
        "Stand: 28. Januar 2022, 10.15 Uhr|2022-01-28",
        "May 3, 2022|2022-05-03",
        "September 21, 2020|2020-09-21",
        "Sept. 21, 2020|2020-09-21",
        "Posted on September 21, 2020|2020-09-21",
        "8 January 2020, 3:51 pm|2020-01-08",
        "Written: 2023-11-07 15:03:30|2023-11-07",
        "Stand: 2023-11-07|2023-11-07"
      })
  void readsALineThatIsADateInAnyOfTheLanguages(String line, String iso) {
    assertEquals(iso, Dates.lineDate(line));
  }

  @Test
  void doesNotReadALineThatGoesOnAfterTheDate() {
    assertNull(Dates.lineDate("20. Januar 2022 war ein kalter Tag in Berlin"));
  }

  @Test
  void doesNotReadAnImpossibleDate() {
    assertNull(Dates.lineDate("31.02.2022"));
  }

  @Test
  void doesNotGuessBetweenDayAndMonthInSlashedDates() {
    assertNull(Dates.lineDate("03/05/2022"));
  }

  @Test
  void readsAMetadataDateWrittenInGerman() {
    assertEquals("2019-10-19", Dates.toIso("19. Oktober 2019 um 12:00"));
  }

  @Test
  void readsTheDateAndTimeOfAFeedStyleStamp() {
    assertEquals("2022-05-04T02:41:00Z", Dates.toIso("Wed, 04 May 2022 02:41:00 GMT"));
  }

  @Test
  void readsASlashedDateDayFirstOnlyWhereThePageWritesTheDayFirst() {
    assertEquals("2022-05-03", Dates.lineDate("03/05/2022 21:44", true));
    assertNull(Dates.lineDate("03/05/2022 21:44", false));
    assertNull(Dates.lineDate("03/05/2022 was the day", true));
  }
}
