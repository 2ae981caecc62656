package dev.pincite.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pincite.claims.ClaimClassifiers;
import dev.pincite.claims.ClaimExtractor;
import dev.pincite.claims.Registry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CounterLinkTrainingSetTest {

  @TempDir Path root;

  private static String label(String text, String type, String counters) {
    return label("docs/fares.md", text, type, counters);
  }

  private static String label(String doc, String text, String type, String counters) {
    return "{\"doc\":\""
        + doc
        + "\",\"paragraph\":1,\"text\":\""
        + text
        + "\",\"speaker\":null,\"attributed\":false,\"companies\":[],\"type\":\""
        + type
        + "\",\"stance\":\"neutral\",\"counters\":"
        + (counters == null ? "null" : "\"" + counters + "\"")
        + "}\n";
  }

  @Test
  void aLabelledCounterclaimIsLinkedToTheSentenceItsLabelNames() throws Exception {
    Files.createDirectories(root.resolve("docs"));
    Files.writeString(
        root.resolve("docs/fares.md"),
        "---\ntitle: Fares\n---\n\n"
            + "Fares will fall after the merger. Regulators cleared it in May."
            + " Fares rarely fall after mergers.\n",
        StandardCharsets.UTF_8);
    Path gold = Files.createDirectories(root.resolve("gold"));
    Files.writeString(
        gold.resolve("claims.jsonl"),
        label("Fares will fall after the merger.", "prediction", null)
            + label("Regulators cleared it in May.", "evidence", null)
            + label(
                "Fares rarely fall after mergers.",
                "counterclaim",
                "Fares will fall after the merger."),
        StandardCharsets.UTF_8);
    List<CounterLinkTrainingSet.Entry> entries =
        CounterLinkTrainingSet.load(
            new ClaimExtractor(Registry.empty(), ClaimClassifiers.rules()), List.of(gold));
    assertEquals(1, entries.size());
    assertEquals(1, entries.get(0).links());
    assertArrayEquals(new int[] {-1, -1, 0}, entries.get(0).document().targets());
    assertEquals(3, entries.get(0).document().document().sentences().size());
  }

  @Test
  void crossFittedDocumentsKeepTheirOrderAndLabelledLinks() throws Exception {
    Files.createDirectories(root.resolve("docs"));
    Path gold = Files.createDirectories(root.resolve("gold"));
    StringBuilder labels = new StringBuilder();
    for (String name : List.of("fares", "tolls", "rents")) {
      Files.writeString(
          root.resolve("docs/" + name + ".md"),
          "---\ntitle: T\n---\n\n"
              + "The "
              + name
              + " will fall after the merger. Regulators cleared it in May."
              + " The "
              + name
              + " rarely fall after mergers.\n",
          StandardCharsets.UTF_8);
      String doc = "docs/" + name + ".md";
      String view = "The " + name + " will fall after the merger.";
      labels
          .append(label(doc, view, "prediction", null))
          .append(label(doc, "Regulators cleared it in May.", "evidence", null))
          .append(label(doc, "The " + name + " rarely fall after mergers.", "counterclaim", view));
    }
    Files.writeString(gold.resolve("claims.jsonl"), labels.toString(), StandardCharsets.UTF_8);
    List<CounterLinkTrainingSet.Entry> ruled =
        CounterLinkTrainingSet.load(
            new ClaimExtractor(Registry.empty(), ClaimClassifiers.rules()), List.of(gold));
    List<CounterLinkTrainingSet.Entry> fitted =
        CounterLinkTrainingSet.loadCrossFitted(Registry.empty(), List.of(gold), 2);
    assertEquals(
        ruled.stream().map(CounterLinkTrainingSet.Entry::doc).toList(),
        fitted.stream().map(CounterLinkTrainingSet.Entry::doc).toList());
    for (int k = 0; k < ruled.size(); k++) {
      assertArrayEquals(
          ruled.get(k).document().targets(),
          fitted.get(k).document().targets(),
          ruled.get(k).doc());
    }
  }
}
