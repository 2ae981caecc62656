package dev.pincite.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WordCueTest {

  @Test
  void cuesMatchWholeWordsInAnyCaseAndCaretMeansTheSentenceStart() {
    assertTrue(new WordCue("pushed back").foundIn("Unions PUSHED BACK on the timetable."));
    assertFalse(new WordCue("push").foundIn("Unions pushed back."));
    assertFalse(new WordCue("back").foundIn("Unions pushed backwards."));
    assertTrue(new WordCue("^but").foundIn("But the regulator objected."));
    assertFalse(new WordCue("^but").foundIn("Fares rose, but the regulator objected."));
    assertTrue(new WordCue("\\$\\d+").foundIn("It cost $40 million."));
    assertFalse(new WordCue("(?<!for )next year").foundIn("Plans for next year."));
    assertTrue(new WordCue("(?<!for )next year").foundIn("Next year, fares rise."));
  }

  @Test
  void answersWhatAFindWithWordBoundariesAnswersForEveryTypeCue() throws IOException {
    List<String> cues = typeCues();
    String[] words = {
      "but",
      "But",
      "analysts",
      "were",
      "less",
      "sure",
      "$",
      "40",
      "next",
      "year",
      "for",
      "will",
      "should",
      "instead",
      "pushed",
      "back",
      "according",
      "to",
      "NOT",
      "everyone",
      "agrees",
      ".",
      ",",
      "—",
      "’s",
      "that's",
      "overstated",
      "Q:",
      "percent",
      "I",
      "don't",
      "buy",
      "it",
      "é"
    };
    Random random = new Random(11);
    for (int n = 0; n < 300; n++) {
      StringBuilder text = new StringBuilder();
      int length = 1 + random.nextInt(14);
      for (int w = 0; w < length; w++) {
        text.append(words[random.nextInt(words.length)]).append(random.nextInt(4) == 0 ? "" : " ");
      }
      String sentence = text.toString().strip();
      for (String cue : cues) {
        boolean expected =
            Pattern.compile(
                    "(?<![\\p{L}\\p{N}])(?:" + cue + ")(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE)
                .matcher(sentence)
                .find();
        assertEquals(expected, new WordCue(cue).foundIn(sentence), cue + " in: " + sentence);
      }
    }
  }

  private static List<String> typeCues() throws IOException {
    try (InputStream in = WordCue.class.getResourceAsStream("type-cues.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith("["))
          .toList();
    }
  }
}
