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

  @Test
  void openingsFollowLiteralsAsFarAsTheyCanBeTold() {
    assertEquals(Set.of("pushed b"), AlternationIndex.prefixes("Pushed back", 8));
    assertEquals(
        Set.of("was s", "were ", "is su"), AlternationIndex.prefixes("\\b(?:was|were|is) sure", 5));
    assertEquals(Set.of("cut"), AlternationIndex.prefixes("\\Qcut\\E\\s+\\Qcosts\\E", 8));
    assertEquals(Set.of("a"), AlternationIndex.prefixes("a+b", 8));
    assertEquals(Set.of("abc", "ac"), AlternationIndex.prefixes("ab?c", 8));
    assertEquals(Set.of("ab", "b"), AlternationIndex.prefixes("a?b", 8));
    assertEquals(Set.of(""), AlternationIndex.prefixes("a*b", 8));
    assertEquals(
        Set.of("is very ", "is good", "are very", "are good"),
        AlternationIndex.prefixes("(?:is|are) (?:very )??good", 8));
    assertEquals(Set.of("is "), AlternationIndex.prefixes("is (?:very )*good", 8));
    assertEquals(Set.of("non", "not", "n"), AlternationIndex.prefixes("no[nt]|n\\w", 8));
    assertEquals(Set.of("next"), AlternationIndex.prefixes("(?<!for )next(?! year)", 8));
    assertEquals(20, AlternationIndex.prefixes("\\$(?:1|2)\\d", 8).size()); // "$10" to "$29"
    assertEquals(Set.of(""), AlternationIndex.prefixes("^[^,;:]{1,60} is", 8));
    assertEquals(
        Set.of("-1", "\u2212" + "1", "\u2013" + "1"),
        AlternationIndex.prefixes("(?<![\\w$])[-\\u2212\u2013]1[\\d.,]*\\s?%", 8));
    assertEquals(Set.of("ab", "cb"), AlternationIndex.prefixes("[AC]b", 8));
    assertEquals(Set.of(""), AlternationIndex.prefixes("[a-c]b", 8));
    assertEquals(Set.of(""), AlternationIndex.prefixes("[^a]b", 8));
    assertEquals(Set.of(""), AlternationIndex.prefixes("[\\w$]b", 8));
    // Too many combinations: read one character shorter until few enough.
    String digits = "\\d\\d\\d";
    assertEquals(100, AlternationIndex.prefixes(digits, 8).size());
  }

  @Test
  void requiredLiteralsAreTheWordsOfAGroupEveryMatchGoesThrough() {
    assertEquals(
        Set.of("convinced", "sold on", "sure"),
        AlternationIndex.requiredLiterals(
            "(?:not|\\w+n't) (?:quite |so )?(?:convinced|Sold on|sure)(?! to)"));
    assertEquals(
        Set.of("quite", "so"), AlternationIndex.requiredLiterals("\\w+ (quite|so)+ (?:a|bb)?"));
    assertEquals(
        Set.of("sure", "never"), AlternationIndex.requiredLiterals("\\w+ (?:sure)|.* (?:never)"));
    assertNull(AlternationIndex.requiredLiterals("\\w+ (?:sure)|.*"));
    assertEquals(Set.of(" "), AlternationIndex.requiredLiterals("\\w+ (?:sure)?"));
    assertEquals(Set.of(" "), AlternationIndex.requiredLiterals("\\w+ (?:sure|\\d+)"));
    assertEquals(Set.of(" "), AlternationIndex.requiredLiterals("\\w+ (?=sure)"));
    assertNull(AlternationIndex.requiredLiterals("\\w+(?:sure)?"));
    // Runs of literal characters, the longest kept; a quantified character is not in them.
    assertEquals(Set.of("?"), AlternationIndex.requiredLiterals("^[^.?]{0,40}\\?$"));
    assertEquals(Set.of(":"), AlternationIndex.requiredLiterals("^[^.?!]*:$"));
    assertEquals(
        Set.of(" watching"),
        AlternationIndex.requiredLiterals("^[\\w ]{1,30} (?:is|are) Watching(?: too)?[.!]?$"));
    assertEquals(Set.of("remain"), AlternationIndex.requiredLiterals("\\bremains? x"));
    assertEquals(Set.of("ab"), AlternationIndex.requiredLiterals("ab(?=x)c"));
    assertNull(AlternationIndex.requiredLiterals("\\p{L}+"));
  }

  /**
   * At every place of texts made of runs of the cue files' expressions' own words (so that long
   * literal openings are there in full), the index answers what the whole alternation answers.
   */
  @Test
  void placesOpeningLikeAnExpressionMatchAsTheWholeAlternationMatches() {
    Map<String, List<String>> lists = new LinkedHashMap<>();
    CueFile types = CueFile.load("type-cues.txt");
    types.lists().forEach((name, entries) -> lists.put("type " + name, entries));
    lists.put("type structures", TypeRules.discourseStructures(types));
    CueFile stance = CueFile.load("stance-cues.txt");
    for (String name : List.of("bullish", "bearish", "neutral")) {
      lists.put("stance " + name, stance.list(name).stream().map(Pattern::quote).toList());
    }
    for (String name : List.of("bullish-figures", "bearish-figures")) {
      lists.put("stance " + name, stance.list(name));
    }
    List<List<String>> runs = new ArrayList<>();
    lists.values().forEach(l -> l.forEach(e -> runs.add(List.of(e.split("[^\\p{L}'$\\d]+")))));
    runs.removeIf(List::isEmpty);
    // Figures, signed as the figure cues read them, and not.
    for (String figure : List.of("-12%", "\u22123 %", "x\u20134.5%", "+7%", "$-5%", "down 3.5%")) {
      runs.add(List.of(figure));
    }
    // Marks that end a context sentence ("Why now?", "Three risks:").
    for (String mark : List.of("now?", "risks:", "?", ":")) {
      runs.add(List.of(mark));
    }
    Random random = new Random(7);
    int matchedLists = 0;
    for (Map.Entry<String, List<String>> list : lists.entrySet()) {
      int flags = Pattern.CASE_INSENSITIVE;
      Pattern whole =
          Pattern.compile(
              "(?:(?:" + String.join(")|(?:", list.getValue()) + "))" + WordCue.WORD_END, flags);
      AlternationIndex index = new AlternationIndex(list.getValue(), "", WordCue.WORD_END, flags);
      int matched = 0;
      for (int n = 0; n < 300; n++) {
        StringBuilder text = new StringBuilder();
        for (int r = 1 + random.nextInt(4); r > 0; r--) {
          List<String> run = runs.get(random.nextInt(runs.size()));
          int from = random.nextInt(3) == 0 ? random.nextInt(run.size()) : 0;
          for (String word : run.subList(from, run.size())) {
            text.append(random.nextInt(4) == 0 ? word.toUpperCase(Locale.ROOT) : word);
            text.append(random.nextInt(8) == 0 ? ", " : " ");
          }
        }
        String sentence = text.toString().strip();
        AlternationIndex.Scan scan = index.scan(sentence);
        for (int i = 0; i <= sentence.length(); i++) {
          int expected = endAt(whole, sentence, i);
          assertEquals(expected, scan.endAt(i), list.getKey() + " at " + i + " of: " + sentence);
          matched += expected >= 0 ? 1 : 0;
        }
      }
      matchedLists += matched > 0 ? 1 : 0;
    }
    assertTrue(matchedLists > lists.size() * 3 / 4, matchedLists + " lists matched: proves little");
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
