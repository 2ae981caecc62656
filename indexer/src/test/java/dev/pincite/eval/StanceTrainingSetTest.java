package dev.pincite.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pincite.claims.ClaimClassifiers;
import dev.pincite.claims.ClaimExtractor;
import dev.pincite.claims.ClaimType;
import dev.pincite.claims.Registry;
import dev.pincite.claims.Stance;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StanceTrainingSetTest {

  @TempDir Path root;

  @Test
  void labelledSentencesCarryTheExtractorsInputsAndTheLabelsOwn() throws Exception {
    Files.createDirectories(root.resolve("docs"));
    Files.writeString(
        root.resolve("docs/depots.md"),
        "---\ntitle: Depots\nbyline: Mia Okoye\n---\n\n"
            + "Vantage Rail will close two depots. Its net sales fell 21% last year.\n",
        StandardCharsets.UTF_8);
    Path gold = Files.createDirectories(root.resolve("gold"));
    Files.writeString(
        gold.resolve("claims.jsonl"),
        "{\"doc\":\"docs/depots.md\",\"paragraph\":1,\"text\":\"Vantage Rail will close two"
            + " depots.\",\"speaker\":\"Mia Okoye\",\"attributed\":false,\"companies\":"
            + "[\"Vantage Rail\"],\"type\":\"prediction\",\"stance\":\"bearish\","
            + "\"counters\":null}\n"
            + "{\"doc\":\"docs/depots.md\",\"paragraph\":1,\"text\":\"Its net sales fell 21% last"
            + " year.\",\"speaker\":\"Mia Okoye\",\"attributed\":false,\"companies\":"
            + "[\"Vantage Rail\"],\"type\":\"evidence\",\"stance\":\"bearish\","
            + "\"counters\":null}\n",
        StandardCharsets.UTF_8);
    List<StanceTrainingSet.Entry> entries =
        StanceTrainingSet.load(
            new ClaimExtractor(Registry.empty(), ClaimClassifiers.rules()), List.of(gold));
    assertEquals(1, entries.size());
    StanceTrainingSet.Entry e = entries.get(0);
    assertEquals("docs/depots.md", e.doc());
    assertEquals(2, e.sentences().size());
    assertEquals(2, e.labels().size());
    assertEquals(Stance.BEARISH, e.sentences().get(1).stance());
    assertEquals("Its net sales fell 21% last year.", e.sentences().get(1).sentence().text());
    // The labels' own reading: their type and companies, whatever the extractor made of them.
    assertEquals(ClaimType.EVIDENCE, e.labels().get(1).sentence().type());
    assertEquals(Set.of("Vantage Rail"), e.labels().get(1).sentence().companies());
  }
}
