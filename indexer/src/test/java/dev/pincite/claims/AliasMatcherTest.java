package dev.pincite.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AliasMatcherTest {

  private static List<String> found(AliasMatcher matcher, String text) {
    return matcher.find(text).stream().map(m -> m.start() + ":" + m.name()).toList();
  }

  @Test
  void namesMatchAsWholeWordsLongestFirstLeftToRight() {
    AliasMatcher matcher =
        new AliasMatcher(List.of("Vantor", "Vantor Labs", "Labs", "AWS", "Kestrel Air", "3M"));
    assertEquals(
        List.of("0:Vantor Labs", "22:AWS", "39:3M"),
        found(matcher, "Vantor Labs said that AWS's rival, not 3M."));
    assertEquals(List.of(), found(matcher, "Vantorian labs and Kestrel Airline, 33M"));
    assertEquals(List.of("9:Kestrel Air"), found(matcher, "(Really) Kestrel Air."));
  }

  @Test
  void matchingIsCaseSensitive() {
    assertEquals(List.of(), found(new AliasMatcher(List.of("Figure")), "a figure of speech"));
  }

  @Test
  void findsWhatTheWholeWordAlternationItReplacesFinds() {
    List<String> names =
        List.of("Meta", "Meta AI", "Google Cloud", "Google", "X", "X.ai", "Ørsted", "AT&T", ".NET");
    Pattern regex = alternation(names);
    AliasMatcher matcher = new AliasMatcher(names);
    String[] words = {
      "Meta",
      "AI",
      "Google",
      "Cloud",
      "X",
      ".ai",
      "Ørsted",
      "AT&T",
      ".NET",
      "ASP",
      "the",
      "'s",
      ",",
      " ",
      "  ",
      "—",
      "Metaverse",
      "9",
      "X."
    };
    Random random = new Random(7);
    for (int n = 0; n < 2_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int w = 0; w < 12; w++) {
        text.append(words[random.nextInt(words.length)]).append(random.nextBoolean() ? " " : "");
      }
      List<String> expected = new ArrayList<>();
      Matcher m = regex.matcher(text);
      while (m.find()) {
        expected.add(m.start() + ":" + m.group());
      }
      assertEquals(expected, found(matcher, text.toString()), text.toString());
    }
  }

  private static Pattern alternation(List<String> names) {
    List<String> sorted = new ArrayList<>(names);
    sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s));
    StringBuilder re = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
    for (int i = 0; i < sorted.size(); i++) {
      re.append(i == 0 ? "" : "|").append(Pattern.quote(sorted.get(i)));
    }
    return Pattern.compile(re.append(")(?![\\p{L}\\p{N}])").toString());
  }
}
