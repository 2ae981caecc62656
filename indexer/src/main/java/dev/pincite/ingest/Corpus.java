package dev.pincite.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The layout of a corpus folder, known in this one place: the documents (HTML, Markdown and plain
 * text in any sub-folder), the optional {@code catalog.yaml} ({@link Catalog}) and the {@code
 * registry/} folder of names the claims resolve against. Immutable and thread safe.
 *
 * @param dir the corpus folder
 */
public record Corpus(Path dir) {

  /** The catalog file's name inside the corpus folder. */
  public static final String CATALOG_FILE = "catalog.yaml";

  /** The registry's folder inside the corpus. */
  public static final String REGISTRY_DIR = "registry";

  public Corpus {
    if (dir == null) {
      throw new IllegalArgumentException("corpus folder must not be null");
    }
  }

  /** The catalog file, which may be missing. */
  public Path catalogFile() {
    return dir.resolve(CATALOG_FILE);
  }

  /** The registry folder, which may be missing. */
  public Path registryDir() {
    return dir.resolve(REGISTRY_DIR);
  }

  /**
   * @return the catalog; an empty one when the corpus has none
   * @throws IOException when the catalog cannot be read, with the problem in the message
   */
  public Catalog catalog() throws IOException {
    return Catalog.read(catalogFile());
  }

  /**
   * @param path a document's path relative to the corpus folder, {@code /} separators
   * @return its file
   */
  public Path file(String path) {
    return dir.resolve(path);
  }

  /**
   * The path a file is known by in the index: relative to the corpus folder with {@code /}
   * separators when the file is inside it, else the file as given.
   *
   * @param file a file
   * @return its corpus path
   */
  public String pathOf(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path root = dir.toAbsolutePath().normalize();
    Path relative = absolute.startsWith(root) ? root.relativize(absolute) : file.normalize();
    return relative.toString().replace('\\', '/');
  }

  /**
   * The documents to index: relative paths with {@code /}, sorted (indexing is deterministic); the
   * registry, dot-files and files of other kinds left out.
   *
   * @return the document paths
   * @throws IOException when the folder is missing or cannot be walked
   */
  public List<String> documentPaths() throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IOException("corpus folder not found: " + dir.toAbsolutePath());
    }
    Path registry = registryDir();
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> !p.startsWith(registry))
          .filter(ArticleLoader::isCorpusFile)
          .map(p -> dir.relativize(p).toString().replace('\\', '/'))
          .filter(p -> Stream.of(p.split("/")).noneMatch(part -> part.startsWith(".")))
          .sorted()
          .toList();
    }
  }
}
