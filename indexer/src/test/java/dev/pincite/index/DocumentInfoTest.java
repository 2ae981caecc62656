package dev.pincite.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pincite.ingest.DocumentMetadata;
import org.junit.jupiter.api.Test;

class DocumentInfoTest {

  @Test
  void storedJsonKeepsTheMetadataFieldsFlatBesideIdAndPath() throws Exception {
    // Indexes written before DocumentMetadata (issue 13) must read back the same.
    DocumentInfo info =
        new DocumentInfo(
            "abc123def456",
            "a.md",
            new DocumentMetadata("T", "B", "S", "2026-07-01", "https://x.example/", "en"));
    String json = ClaimIndexWriter.json(info);
    assertEquals(
        "{\"id\":\"abc123def456\",\"path\":\"a.md\",\"title\":\"T\",\"byline\":\"B\","
            + "\"site\":\"S\",\"published\":\"2026-07-01\",\"url\":\"https://x.example/\","
            + "\"lang\":\"en\"}",
        json);
    assertEquals(info, ClaimIndexWriter.JSON.readValue(json, DocumentInfo.class));
    assertEquals("T", info.title());
  }

  @Test
  void aDocumentWithoutMetadataReadsBackWithNone() throws Exception {
    DocumentInfo info =
        ClaimIndexWriter.JSON.readValue("{\"id\":\"i\",\"path\":\"p\"}", DocumentInfo.class);
    assertEquals(new DocumentInfo("i", "p", DocumentMetadata.NONE), info);
  }
}
