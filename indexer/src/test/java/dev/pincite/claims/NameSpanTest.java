package dev.pincite.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class NameSpanTest {

  @Test
  void wordsAreFoundWhereTheRegexEnginesOwnScanFindsThem() {
    String[] pieces = {
      "Acme",
      "acme",
      "de",
      "del",
      "van",
      "der",
      "della",
      "dela",
      "la",
      "label",
      "ten",
      "tender",
      "binti",
      "'t",
      "don't",
      "’t",
      "dosage",
      "bin",
      "al",
      "alpha",
      "&",
      " & ",
      "Fenwick & Rowe",
      "42",
      "Ⅻ",
      "²",
      "É",
      "élan",
      "\uD835\uDC00bc",
      "O’Neil",
      "J.K.",
      "@ledger_wolf",
      "@",
      "a@b",
      ".",
      ",",
      " ",
      "  ",
      "-",
      "da"
    };
    Random random = new Random(17);
    int words = 0;
    for (int n = 0; n < 3000; n++) {
      StringBuilder text = new StringBuilder();
      for (int p = random.nextInt(10); p > 0; p--) {
        text.append(pieces[random.nextInt(pieces.length)]);
        if (random.nextBoolean()) {
          text.append(' ');
        }
      }
      String sentence = text.toString();
      List<String> expected = new ArrayList<>();
      Matcher reference = NameSpan.WORD.matcher(sentence);
      for (int from = 0; reference.find(from); from = reference.end()) {
        expected.add(reference.start() + ":" + reference.group());
      }
      List<String> actual = new ArrayList<>();
      for (int from = 0, at; (at = NameSpan.findWord(sentence, from)) >= 0; ) {
        from = NameSpan.wordEnd(sentence, at);
        actual.add(at + ":" + sentence.substring(at, from));
      }
      assertEquals(expected, actual, sentence);
      words += expected.size();
    }
    assertTrue(words > 3000, words + " words only");
  }

  @Test
  void aPluralPossessiveFollowedByACapitalStaysInsideTheName() {
    List<NameSpan> spans =
        NameSpan.find(
            "The Retail Grocers\u2019 Association backs Morrow\u2019s plan.",
            java.util.Set.of("The"));
    assertEquals("Retail Grocers\u2019 Association", spans.get(0).text());
    assertEquals(false, spans.get(0).possessive());
    assertEquals("Morrow", spans.get(1).text());
  }

  @Test
  void lowerCaseParticlesStayInsideAName() {
    List<NameSpan> spans =
        NameSpan.find(
            "Piet van der Berg and Maria dos Santos met the den mother.", java.util.Set.of());
    assertEquals(
        List.of("Piet van der Berg", "Maria dos Santos"),
        spans.stream().map(NameSpan::text).toList());
  }

  @Test
  void particlesOfManyLanguagesStayInsideAName() {
    List<NameSpan> spans =
        NameSpan.find(
            "Hélène de la Fontaine-Ba, Annelies van 't Hoff, Corazon dela Cruz-Abad, Siti binti"
                + " Rahman and Jan ten Brink don't agree.",
            java.util.Set.of());
    assertEquals(
        List.of(
            "Hélène de la Fontaine-Ba",
            "Annelies van 't Hoff",
            "Corazon dela Cruz-Abad",
            "Siti binti Rahman",
            "Jan ten Brink"),
        spans.stream().map(NameSpan::text).toList());
  }

  @Test
  void aWordOfFiguresAloneOpensNoName() {
    List<NameSpan> spans =
        NameSpan.find(
            "09:10 A Pennywhistle spokeswoman said so. On December 1 Corvell Mobile will charge 34.",
            java.util.Set.of("A", "On", "December"));
    assertEquals(
        List.of("Pennywhistle", "Corvell Mobile"), spans.stream().map(NameSpan::text).toList());
    assertEquals(
        "Vela 3", NameSpan.find("The Vela 3 sold well.", java.util.Set.of("The")).get(0).text());
  }

  @Test
  void aPluralPossessiveBeforeALowerCaseWordEndsTheName() {
    List<NameSpan> spans = NameSpan.find("Veyra Diagnostics' shares fell.", java.util.Set.of());
    assertEquals("Veyra Diagnostics", spans.get(0).text());
    assertTrue(spans.get(0).possessive());
  }

  @Test
  void aNameGoesOnOverOfOrForOnlyAfterAnInstitutionsHeadNoun() {
    java.util.Set<String> heads = java.util.Set.of("Bank", "Office");
    List<NameSpan> spans =
        NameSpan.find(
            "The Bank of Northmere and the Office for Rail Statistics disagree with Hollis of"
                + " Leeds and with the Bank of the West.",
            java.util.Set.of("The"),
            heads);
    assertEquals(
        List.of(
            "Bank of Northmere", "Office for Rail Statistics", "Hollis", "Leeds", "Bank", "West"),
        spans.stream().map(NameSpan::text).toList());
  }

  @Test
  void aCompanyFormKeepsItsStopInsideASentenceNotAtItsEnd() {
    List<String> inside =
        NameSpan.find("Analysts at Quarrington & Co. said prices will fall.", java.util.Set.of())
            .stream()
            .map(NameSpan::text)
            .toList();
    assertEquals(List.of("Analysts", "Quarrington & Co."), inside);
    List<String> atEnd =
        NameSpan.find("The shares are owned by Ravel & Co.", java.util.Set.of("The")).stream()
            .map(NameSpan::text)
            .toList();
    assertEquals(List.of("Ravel & Co"), atEnd);
  }

  @Test
  void aHandleIsANameOfItsOwnUnlessTheSentenceAddressesIt() {
    assertEquals(
        List.of("Not", "@ledger_wolf", "Tessara"),
        NameSpan.find("“Not now,” @ledger_wolf Tessara replied.", java.util.Set.of()).stream()
            .map(NameSpan::text)
            .toList());
    assertEquals(
        List.of("Vantaro"),
        NameSpan.find("@tallpines you can like Vantaro.", java.util.Set.of()).stream()
            .map(NameSpan::text)
            .toList());
    assertEquals(
        List.of(),
        NameSpan.find("Write to desk@example.com today.", java.util.Set.of("Write")).stream()
            .map(NameSpan::text)
            .toList());
  }
}
