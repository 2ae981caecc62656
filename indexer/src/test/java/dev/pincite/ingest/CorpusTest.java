package dev.pincite.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusTest {

  @Test
  void documentsAreTheReadableFilesSortedWithoutRegistryOrDotFiles(@TempDir Path dir)
      throws IOException {
    for (String path :
        List.of(
            "b.md",
            "a/z.html",
            "a/notes.pdf",
            "registry/people.txt",
            ".git/x.txt",
            "a/.draft.md",
            "c.txt",
            "catalog.yaml")) {
      Path file = dir.resolve(path);
      Files.createDirectories(file.getParent());
      Files.writeString(file, "x", StandardCharsets.UTF_8);
    }
    Corpus corpus = new Corpus(dir);
    assertEquals(List.of("a/z.html", "b.md", "c.txt"), corpus.documentPaths());
    assertEquals(dir.resolve("registry"), corpus.registryDir());
    assertEquals(dir.resolve("catalog.yaml"), corpus.catalogFile());
  }

  @Test
  void aMissingFolderIsNamedInTheError(@TempDir Path dir) {
    Path missing = dir.resolve("nowhere");
    IOException e = assertThrows(IOException.class, () -> new Corpus(missing).documentPaths());
    assertEquals("corpus folder not found: " + missing.toAbsolutePath(), e.getMessage());
  }

  @Test
  void aFileInsideTheFolderIsKnownByItsRelativePath(@TempDir Path dir) {
    Corpus corpus = new Corpus(dir);
    assertEquals("a/b.md", corpus.pathOf(dir.resolve("a/b.md")));
    assertEquals("elsewhere/c.md", corpus.pathOf(Path.of("elsewhere/c.md")));
  }

  @Test
  void catalogValuesOverrideExtractedOnesFieldByField(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("catalog.yaml"),
        "a.md:\n  byline: Jane Roe\n  published: 2026-07-01\n",
        StandardCharsets.UTF_8);
    Article extracted =
        new Article(
            "a.md",
            new DocumentMetadata("Title", "Someone", "Site", null, null, "en"),
            List.of(Block.paragraph("Text.")),
            List.of());
    Article corrected = new Corpus(dir).catalog().apply(extracted);
    assertEquals(
        new DocumentMetadata("Title", "Jane Roe", "Site", "2026-07-01", null, "en"),
        corrected.metadata());
    assertEquals(extracted.blocks(), corrected.blocks());
  }
}
