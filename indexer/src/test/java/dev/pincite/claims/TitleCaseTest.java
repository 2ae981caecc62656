package dev.pincite.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TitleCaseTest {

  @Test
  void capitalsAreWrittenAsANameIs() {
    assertEquals("Alex Kim", TitleCase.of("ALEX KIM"));
    assertEquals("The Witness", TitleCase.of("THE WITNESS"));
  }

  @Test
  void joinersStayLowerCaseInsideANameButNotFirst() {
    assertEquals("Bank of England", TitleCase.of("BANK OF ENGLAND"));
    assertEquals("Friends and Family Fund", TitleCase.of("FRIENDS AND FAMILY FUND"));
    assertEquals("Of Counsel", TitleCase.of("OF COUNSEL"));
  }

  @Test
  void aLetterAfterAHyphenOrApostropheIsCapitalToo() {
    assertEquals("Nwachukwu-Stein", TitleCase.of("NWACHUKWU-STEIN"));
    assertEquals("O'Brien", TitleCase.of("O'BRIEN"));
    assertEquals("O\u2019Neill", TitleCase.of("O\u2019NEILL"));
  }

  @Test
  void spacesAreNormalised() {
    assertEquals("Dana Reyes", TitleCase.of("  DANA   REYES "));
  }

  @Test
  void onlyTextSetInCapitalsIsRewritten() {
    assertEquals("Augustine Merriweather", TitleCase.ifCapitals("AUGUSTINE MERRIWEATHER"));
    assertEquals("McKinsey de Vries", TitleCase.ifCapitals("McKinsey de Vries"));
  }
}
