package dev.pincite.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TableSourcesTest {

  private final TableSources sources = new TableSources(CueFile.load("speaker-cues.txt"));

  @Test
  void aHeaderCellNamingTheSourceGivesItsColumn() {
    assertEquals(0, sources.sourceColumn("Broker | Rating | Target | Change"));
    assertEquals(1, sources.sourceColumn("| Company | broker | Rating | Target |"));
    assertEquals(-1, sources.sourceColumn("Company | Revenue | Change"));
  }

  @Test
  void aRowsSourceIsItsNameInThatColumn() {
    assertEquals(
        "Fenning Rowe", sources.source("Tolland Packaging | Fenning Rowe | Hold | 240p", 1));
    assertNull(sources.source("Tolland Packaging | n/a | Hold | 240p", 1));
    assertNull(sources.source("Tolland Packaging", 1));
  }
}
