package dev.pincite.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AlternationIndexTest {

  @Test
  void firstCharactersAreReadFromLiteralsGroupsAndQuotesAndOtherwiseUnknown() {
    assertEquals(Set.of('p'), AlternationIndex.firstChars("Pushed back"));
    assertEquals(Set.of('b'), AlternationIndex.firstChars("^but"));
    assertEquals(Set.of('w', 'i'), AlternationIndex.firstChars("(?:was|were|is) sure"));
    assertEquals(Set.of('n', 'x'), AlternationIndex.firstChars("(?:no(?:t)?|x+)y"));
    assertEquals(Set.of('c'), AlternationIndex.firstChars("\\Qcut\\E\\s+\\Qcosts\\E"));
    assertEquals(Set.of('a'), AlternationIndex.firstChars("an?"));
    assertNull(AlternationIndex.firstChars("a?b"));
    assertEquals(Set.of('w', 'b'), AlternationIndex.firstChars("(?:was|)b")); // "wasb" or "b"
    assertNull(AlternationIndex.firstChars("(?:was)?b"));
    assertNull(AlternationIndex.firstChars("[\\w ]{1,30}"));
    assertEquals(Set.of('$'), AlternationIndex.firstChars("\\$\\d+"));
    assertEquals(Set.of('u'), AlternationIndex.firstChars("\\bup \\d+%"));
    assertEquals(Set.of('+'), AlternationIndex.firstChars("(?<![\\w$])\\+\\d"));
    assertEquals(Set.of('n'), AlternationIndex.firstChars("(?<!for )next"));
    assertEquals(10, AlternationIndex.firstChars("\\d+").size());
    assertNull(AlternationIndex.firstChars("\\d?x"));
    assertNull(AlternationIndex.firstChars("(?=x)?y"));
    assertNull(AlternationIndex.firstChars(".*"));
    assertEquals(Set.of('p', 'b'), AlternationIndex.firstChars("pushed back|^but"));
    assertNull(AlternationIndex.firstChars("pushed|.*"));
  }

  @Test
  void firstTwoCharactersFollowLiteralsIntoGroupsAndAfterThem() {
    assertEquals(Set.of("pu"), AlternationIndex.firstTwoChars("Pushed back"));
    assertEquals(
        Set.of("wa", "we", "is"), AlternationIndex.firstTwoChars("\\b(?:was|were|is) sure"));
    assertEquals(Set.of("a ", "an"), AlternationIndex.firstTwoChars("(?:a|an) (?:x)"));
    assertEquals(Set.of("cu"), AlternationIndex.firstTwoChars("\\Qcut\\E\\s+\\Qcosts\\E"));
    assertEquals(
        Set.of("+1", "+2", "+3", "+4", "+5", "+6", "+7", "+8", "+9", "+0"),
        AlternationIndex.firstTwoChars("(?<![\\w$])\\+\\d"));
    assertEquals(Set.of("pu", "bu"), AlternationIndex.firstTwoChars("pushed back|^but"));
    assertNull(AlternationIndex.firstTwoChars("a"));
    assertNull(AlternationIndex.firstTwoChars("a+b"));
    assertNull(AlternationIndex.firstTwoChars("ab?"));
    assertNull(AlternationIndex.firstTwoChars("a[bc]"));
    assertNull(AlternationIndex.firstTwoChars("(?:ab)+c"));
    assertNull(AlternationIndex.firstTwoChars("\\Qa\\E"));
  }

  /**
   * At every place of random texts made of the cue files' own words, the pattern the index picks
   * matches exactly when the whole alternation matches there, and ends where it ends.
   */
  @Test
  void thePatternForAPlaceMatchesWhereTheWholeAlternationMatches() {
    Map<String, List<String>> lists = new LinkedHashMap<>();
    CueFile types = CueFile.load("type-cues.txt");
    types.lists().forEach((name, entries) -> lists.put("type " + name, entries));
    CueFile stance = CueFile.load("stance-cues.txt");
    for (String name : List.of("bullish", "bearish", "neutral")) {
      lists.put("stance " + name, stance.list(name).stream().map(Pattern::quote).toList());
    }
    for (String name : List.of("bullish-figures", "bearish-figures")) {
      lists.put("stance " + name, stance.list(name));
    }
    List<String> words = new ArrayList<>(List.of("$", "40", "%", ".", ",", "—", "’s", "É", "é"));
    lists.values().forEach(l -> l.forEach(e -> words.addAll(List.of(e.split("[^\\p{L}']+")))));
    words.removeIf(String::isEmpty);
    Random random = new Random(5);
    for (Map.Entry<String, List<String>> list : lists.entrySet()) {
      int flags = Pattern.CASE_INSENSITIVE;
      String prefix = "(?<![\\p{L}-])";
      String suffix = "(?![\\p{L}])";
      Pattern whole =
          Pattern.compile(
              prefix + "(?:(?:" + String.join(")|(?:", list.getValue()) + "))" + suffix, flags);
      AlternationIndex index = new AlternationIndex(list.getValue(), prefix, suffix, flags);
      for (int n = 0; n < 200; n++) {
        StringBuilder text = new StringBuilder();
        for (int w = 1 + random.nextInt(12); w > 0; w--) {
          String word = words.get(random.nextInt(words.size()));
          text.append(random.nextBoolean() ? word : word.toUpperCase(Locale.ROOT)).append(' ');
        }
        String sentence = text.toString().strip();
        AlternationIndex.Scan scan = index.scan(sentence);
        for (int i = 0; i <= sentence.length(); i++) {
          assertEquals(
              endAt(whole, sentence, i),
              scan.endAt(i),
              list.getKey() + " at " + i + " of: " + sentence);
        }
      }
    }
  }

  /** With Unicode case folding, "ſ" is an "s" and the Kelvin sign a "k", at the start too. */
  @Test
  void findAnswersWhatThePatternsFindAnswersWithUnicodeCaseFolding() {
    int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    List<String> regexes =
        List.of(
            "\\b(?:\\Qchief executive\\E|\\Qstrategist\\E|\\Qsource\\E)\\s+(?:at|of)\\s+$",
            "\\b(?:the|a|an)\\s+(?:[\\p{L}-]+\\s+)?(?:kit|maker)\\s+$",
            "\\bin\\s+$",
            "(?:\\baccording to\\s+|\\b(?:said|told)\\s+)$");
    String[] words = {
      "Chief",
      "executive",
      "ſtrategist",
      "Strategist",
      "source",
      "ſource",
      "at",
      "of",
      "the",
      "İn",
      "in",
      "Kit",
      "\u212Ait",
      "maker",
      "A",
      "an",
      "according",
      "to",
      "said",
      "told",
      ",",
      "é"
    };
    String[] endings = {
      "ſtrategist at",
      "Chief Executive of",
      "ſource of",
      "İn",
      "the \u212Ait",
      "an old maker",
      "told"
    };
    Random random = new Random(3);
    for (String regex : regexes) {
      Pattern whole = Pattern.compile(regex, flags);
      AlternationIndex index = AlternationIndex.of(regex, flags);
      int found = 0;
      for (int n = 0; n < 2000; n++) {
        StringBuilder text = new StringBuilder();
        for (int w = random.nextInt(8); w > 0; w--) {
          text.append(words[random.nextInt(words.length)]).append(' ');
        }
        // Endings the patterns look for, half of the time, so that both answers are checked.
        if (random.nextBoolean()) {
          text.append(endings[random.nextInt(endings.length)]).append(' ');
        }
        String before = text.toString();
        boolean expected = whole.matcher(before).find();
        assertEquals(expected, index.find(before), regex + " in: " + before);
        found += expected ? 1 : 0;
      }
      assertTrue(found > 20, regex + " matched only " + found + " texts: the test proves little");
    }
  }

  private static int endAt(Pattern p, String text, int at) {
    Matcher m = p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    return m.region(at, text.length()).lookingAt() ? m.end() : -1;
  }
}
