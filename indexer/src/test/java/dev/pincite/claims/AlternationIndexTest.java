package dev.pincite.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AlternationIndexTest {

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
