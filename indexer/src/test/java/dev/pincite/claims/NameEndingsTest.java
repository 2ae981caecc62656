package dev.pincite.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NameEndingsTest {

  @Test
  void aShortNameIsTheOneLongerNameItEnds() {
    NameEndings endings =
        new NameEndings(List.of("Tallis Live Group", "Dunlow Gazette", "Retailers\u2019 Guild"));
    assertEquals(Optional.of("Tallis Live Group"), endings.longer("Group"));
    assertEquals(Optional.of("Dunlow Gazette"), endings.longer("Gazette"));
    assertEquals(Optional.of("Retailers\u2019 Guild"), endings.longer("Guild"));
  }

  @Test
  void aShortNameEndingTwoNamesOrNoneStaysAsWritten() {
    NameEndings endings = new NameEndings(List.of("Pennard Group", "Tallis Live Group"));
    assertEquals(Optional.empty(), endings.longer("Group"));
    assertEquals(Optional.empty(), endings.longer("Council"));
    assertEquals(Optional.empty(), endings.longer("Pennard Group"));
  }
}
