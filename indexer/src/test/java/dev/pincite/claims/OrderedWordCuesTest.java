package dev.pincite.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OrderedWordCuesTest {

  @Test
  void theFirstListInOrderWinsWhereverItsMatchIs() {
    OrderedWordCues cues =
        new OrderedWordCues(List.of(List.of("pushed back"), List.of("will", "next year")));
    assertEquals(1, cues.firstFoundIn("Fares will rise, and unions will push."));
    assertEquals(0, cues.firstFoundIn("Fares will rise next year; unions pushed back."));
    assertEquals(-1, cues.firstFoundIn("Unions pushed backwards."));
  }

  /** The answer of one scan per list, in order: what the lists must answer in one scan. */
  private static int firstByListScans(List<WordCue> lists, String text) {
    for (int k = 0; k < lists.size(); k++) {
      if (lists.get(k).foundIn(text)) {
        return k;
      }
    }
    return -1;
  }

  @Test
  void answersWhatOneScanPerListAnswersForTheTypeCues() {
    CueFile typeCues = CueFile.load("type-cues.txt");
    List<List<String>> lists = new ArrayList<>();
    List<String> words = new ArrayList<>(List.of(".", ",", "—", "’s", "$", "40", "é", "Q:"));
    for (String name : List.of("counterclaim", "context", "recommendation", "prediction")) {
      lists.add(typeCues.list(name));
      for (String expression : typeCues.list(name)) {
        for (String word : expression.split("[^\\p{L}']+")) {
          if (!word.isEmpty()) {
            words.add(word);
          }
        }
      }
    }
    lists.add(typeCues.list("evidence"));
    OrderedWordCues cues = new OrderedWordCues(lists);
    List<WordCue> oneByOne = lists.stream().map(WordCue::new).toList();
    Random random = new Random(12);
    int laterListsFound = 0;
    for (int n = 0; n < 2000; n++) {
      StringBuilder text = new StringBuilder();
      int length = 1 + random.nextInt(16);
      for (int w = 0; w < length; w++) {
        String word = words.get(random.nextInt(words.size()));
        text.append(random.nextInt(5) == 0 ? word.toUpperCase(java.util.Locale.ROOT) : word);
        text.append(random.nextInt(6) == 0 ? "" : " ");
      }
      String sentence = text.toString().strip();
      int expected = firstByListScans(oneByOne, sentence);
      assertEquals(expected, cues.firstFoundIn(sentence), sentence);
      laterListsFound += expected > 0 ? 1 : 0;
    }
    assertTrue(laterListsFound > 100, "too few texts matched a later list: " + laterListsFound);
  }
}
