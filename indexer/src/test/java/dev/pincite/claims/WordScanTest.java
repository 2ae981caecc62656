package dev.pincite.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WordScanTest {

  private static final String INSIDE = "'\u2019-";

  @Test
  void findsTheWordsTheExpressionFinds() {
    String[] pieces = {
      "Acme",
      "élan",
      "don't",
      "O\u2019Neil",
      "-",
      "'",
      "42",
      "3.5%",
      "\u216B",
      "\u00B2",
      "\uD835\uDC00bc",
      "\uD83D\uDE00",
      " ",
      "  ",
      ",",
      ".",
      "x-ray",
      "co-op",
      "\u0663\u0664",
      "a1b"
    };
    Pattern letters = Pattern.compile("\\p{L}[\\p{L}" + Pattern.quote(INSIDE) + "]*");
    Pattern withNumbers = Pattern.compile("\\p{L}[\\p{L}" + Pattern.quote(INSIDE) + "]*|\\p{N}+");
    Random random = new Random(7);
    int words = 0;
    for (int n = 0; n < 3000; n++) {
      StringBuilder text = new StringBuilder();
      for (int p = random.nextInt(10); p > 0; p--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      String sentence = text.toString();
      assertEquals(expected(letters, sentence), actual(sentence, false), sentence);
      List<String> expected = expected(withNumbers, sentence);
      assertEquals(expected, actual(sentence, true), sentence);
      words += expected.size();
    }
    assertTrue(words > 3000, words + " words only");
  }

  private static List<String> expected(Pattern pattern, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      out.add(m.start() + ":" + m.group());
    }
    return out;
  }

  private static List<String> actual(String text, boolean numbers) {
    List<String> out = new ArrayList<>();
    WordScan scan = new WordScan(text, INSIDE, numbers);
    while (scan.find()) {
      out.add(scan.start() + ":" + scan.group());
    }
    return out;
  }
}
