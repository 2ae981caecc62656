package dev.pincite.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WhitespaceRunsTest {

  @Test
  void boundsAreSummedAlongTheExpressionAndTheLargestAlternativeIsTaken() {
    assertEquals(0, WhitespaceRuns.atMost("\\bin$"));
    assertEquals(1, WhitespaceRuns.atMost("\\bin\\s+$"));
    assertEquals(3, WhitespaceRuns.atMost("\\b(?:\\Qchief executive\\E|CEO)\\s+(?:at|of)\\s+$"));
    assertEquals(
        3, WhitespaceRuns.atMost("\\b(?:the|a|an)\\s+(?:[\\p{L}-]+\\s+)?(?:kit|maker)\\s+$"));
    assertEquals(4, WhitespaceRuns.atMost("(?:[\\w'-]+ ){0,3}x\\s*$"));
    assertEquals(1, WhitespaceRuns.atMost("(?<=\\s)\\bin(?!\\s)\\s+$"));
  }

  @Test
  void whatCanMatchWhitespaceAmongOtherCharactersIsUnknown() {
    for (String regex :
        List.of(
            "\\bin.*$",
            "\\W+$",
            "\\D$",
            "[^,]+$",
            "[\\s\\w]+$",
            "(?:a\\s)+$",
            "(?i)a b$",
            "(?<name>a) b$",
            "(a) \\1$",
            "\\ta$",
            "\\x20a$",
            "\\p{Z}$")) {
      assertEquals(-1, WhitespaceRuns.atMost(regex), regex);
    }
  }

  /** The cues anchored at the end of the text before a name, built as their rules build them. */
  private static List<String> companyCuesBeforeAName() {
    CueFile cues = CueFile.load("company-cues.txt");
    return List.of(
        "\\b(?:" + cues.alternation("roles") + ")\\s+(?:at|of|with|from)\\s+$",
        "\\b(?:" + cues.alternation("org-before") + ")\\s+$",
        "\\b(?:" + cues.alternation("platform-before") + ")\\s+$",
        "\\b(?:the|a|an)\\s+(?:[\\p{L}-]+\\s+)?(?:"
            + cues.alternation("appositive-nouns")
            + ")\\s+$",
        "\\b(?:(?:"
            + cues.alternation("holder-nouns")
            + ")\\s+(?:of|at)|investors\\s+in)\\s+(?:the\\s+)?$",
        "\\b(?:" + cues.alternation("deal-verbs") + ")\\s+$",
        // SpeakerPatterns.verbBeforeRole: "..., adds economist"
        "\\b(?:"
            + SPEAKER_CUES.alternation("inverted-verbs")
            + ")\\s+(?:(?!(?:"
            + SPEAKER_CUES.alternation("role-stop-words")
            + ")\\s)[\\p{Ll}][\\p{L}'\u2019-]*\\s+){1,3}$");
  }

  private static final CueFile SPEAKER_CUES = CueFile.load("speaker-cues.txt");

  @Test
  void findOverTheTextsLastRunsAnswersWhatFindOverTheWholeTextAnswers() {
    CueFile cues = CueFile.load("company-cues.txt");
    List<String> words = new ArrayList<>(List.of("the", "a", "an", "at", "of", "in", "Acme", ","));
    for (String list :
        List.of(
            "roles",
            "org-before",
            "platform-before",
            "appositive-nouns",
            "holder-nouns",
            "deal-verbs")) {
      for (String entry : cues.list(list)) {
        words.addAll(List.of(entry.split(" ")));
      }
    }
    for (String list : List.of("inverted-verbs", "role-stop-words")) {
      for (String entry : SPEAKER_CUES.list(list)) {
        words.addAll(List.of(entry.split(" ")));
      }
    }
    words.addAll(List.of("economist", "chief", "the", "analyst", "senior"));
    String[] gaps = {" ", " ", " ", " ", "  ", "\t", " \n", ""};
    int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    Random random = new Random(21);
    for (String regex : companyCuesBeforeAName()) {
      assertTrue(WhitespaceRuns.atMost(regex) >= 0, "the bound is known: " + regex);
      Pattern whole = Pattern.compile(regex, flags);
      AlternationIndex index = AlternationIndex.of(regex, flags);
      int found = 0;
      // Enough texts that every cue matches some, however long the word lists grow.
      for (int n = 0; n < 12000; n++) {
        StringBuilder text = new StringBuilder();
        for (int w = random.nextInt(12); w >= 0; w--) {
          text.append(words.get(random.nextInt(words.size())));
          text.append(gaps[random.nextInt(gaps.length)]);
        }
        if (random.nextBoolean()) {
          // A word of the lists and a preposition at the end, where the cues look, half of the
          // time.
          text.append(words.get(random.nextInt(words.size()))).append(' ');
          text.append(List.of("at", "of", "in", "with", "on").get(random.nextInt(5)));
          text.append(gaps[random.nextInt(gaps.length)]);
        }
        if (random.nextInt(8) == 0) {
          text.append('\n');
        }
        String before = text.toString();
        boolean expected = whole.matcher(before).find();
        assertEquals(expected, index.find(before), regex + " in: [" + before + "]");
        found += expected ? 1 : 0;
      }
      assertTrue(found > 10, regex + " matched only " + found + " texts: the test proves little");
    }
  }
}
