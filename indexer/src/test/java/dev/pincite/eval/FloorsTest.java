package dev.pincite.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FloorsTest {

  @TempDir Path tmp;

  private Floors load(String yaml) throws IOException {
    Path file = tmp.resolve("floors.yaml");
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    return Floors.load(file);
  }

  private static Figures figures(Map<String, Number> values) {
    return new Figures("fpb", values);
  }

  @Test
  void readsFloorsCeilingsAndEmptySets() throws IOException {
    Floors floors = load("# comment\nfpb:\n  accuracy: 0.6\n  missing: {max: 0}\nheldout:\n");
    assertEquals(
        Map.of("accuracy", new Floor(0.6, false), "missing", new Floor(0, true)), floors.of("fpb"));
    assertTrue(floors.of("heldout").isEmpty());
    assertTrue(floors.of("gold").isEmpty(), "a set the file does not name has no floors");
  }

  @Test
  void rejectsWhatIsNotAFloor() {
    IOException set = assertThrows(IOException.class, () -> load("gould:\n  documents: 1\n"));
    assertTrue(set.getMessage().contains("unknown set gould"), set.getMessage());
    IOException value = assertThrows(IOException.class, () -> load("fpb:\n  accuracy: high\n"));
    assertTrue(value.getMessage().contains("fpb.accuracy"), value.getMessage());
    IOException negative = assertThrows(IOException.class, () -> load("fpb:\n  accuracy: -1\n"));
    assertTrue(negative.getMessage().contains("fpb.accuracy"), negative.getMessage());
  }

  @Test
  void aFigureBelowItsFloorOrAboveItsCeilingFails() throws IOException {
    Floors floors = load("fpb:\n  accuracy: 0.6\n  macro_f1: 0.3\n  missing: {max: 0}\n");
    FloorCheck kept =
        floors.check(figures(Map.of("accuracy", 0.6, "macro_f1", 0.31, "missing", 0)));
    assertTrue(kept.passed(), kept.table());
    FloorCheck fell =
        floors.check(figures(Map.of("accuracy", 0.599, "macro_f1", 0.4, "missing", 3)));
    assertEquals(List.of("accuracy", "missing"), fell.failures().stream().sorted().toList());
    assertTrue(fell.table().matches("(?s).*accuracy +0\\.599 +>= 0\\.6 +BELOW\\n.*"), fell.table());
    assertTrue(fell.table().matches("(?s).*missing +3 +<= 0 +ABOVE\\n.*"), fell.table());
  }

  @Test
  void aFloorForAFigureTheSetDoesNotMeasureIsRejected() throws IOException {
    Floors floors = load("fpb:\n  acuracy: 0.6\n");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> floors.check(figures(Map.of("accuracy", 0.7))));
    assertTrue(e.getMessage().contains("fpb.acuracy is not a figure"), e.getMessage());
  }

  @Test
  void theProjectFloorsNameOnlyFiguresTheSetsMeasure() throws Exception {
    Floors floors = ClaimGoldSetTest.floors();
    for (DevSet set : DevSet.values()) {
      List<String> names = set.figures().stream().map(DevSet.Figure::name).toList();
      for (String floor : floors.of(set.key()).keySet()) {
        assertTrue(names.contains(floor), set.key() + "." + floor + " is not a figure: " + names);
      }
    }
    assertFalse(floors.of("gold").isEmpty());
  }
}
