package dev.pincite.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a user knows about corpus files that the files do not say reliably: {@code
 * corpus/catalog.yaml}, keyed by path relative to the corpus folder, with optional {@code title},
 * {@code byline}, {@code site}, {@code published}, {@code url} and {@code lang}. A value given here
 * overrides what extraction found. Immutable and thread safe.
 */
public final class Catalog {

  private final Map<String, DocumentMetadata> entries;

  private Catalog(Map<String, DocumentMetadata> entries) {
    this.entries = Map.copyOf(entries);
  }

  /** A catalog with no entries. */
  public static Catalog empty() {
    return new Catalog(Map.of());
  }

  /**
   * Reads {@code catalog.yaml} from a corpus folder; no file gives an empty catalog.
   *
   * @param corpusDir the corpus folder
   * @return the catalog
   * @throws IOException when the file cannot be read or is not a mapping of paths to fields, with
   *     the problem in the message
   */
  public static Catalog load(Path corpusDir) throws IOException {
    return new Corpus(corpusDir).catalog();
  }

  /**
   * Reads a catalog file; no file gives an empty catalog.
   *
   * @param file the catalog file, such as {@code corpus/catalog.yaml}
   * @return the catalog
   * @throws IOException when the file cannot be read or is not a mapping of paths to fields, with
   *     the problem in the message
   */
  static Catalog read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return empty();
    }
    JsonNode root;
    try {
      root =
          new ObjectMapper(new YAMLFactory())
              .readTree(Files.readString(file, StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      throw new IOException(file + " is not valid YAML: " + e.getOriginalMessage(), e);
    }
    if (root == null || root.isNull() || root.isMissingNode()) {
      return empty();
    }
    if (!root.isObject()) {
      throw new IOException(
          file + " must map file paths to fields (title, byline, site, published, url, lang)");
    }
    Map<String, DocumentMetadata> entries = new TreeMap<>();
    for (Map.Entry<String, JsonNode> field : root.properties()) {
      JsonNode node = field.getValue();
      if (!node.isObject()) {
        throw new IOException(
            file + ": the entry for " + field.getKey() + " must be a mapping of fields");
      }
      entries.put(
          field.getKey(),
          new DocumentMetadata(
              text(node, "title"),
              text(node, "byline"),
              text(node, "site"),
              text(node, "published"),
              text(node, "url"),
              text(node, "lang")));
    }
    return new Catalog(entries);
  }

  /**
   * @param path a path relative to the corpus folder
   * @return its entry, or null
   */
  public DocumentMetadata entry(String path) {
    return entries.get(path);
  }

  /**
   * The article with the catalog's values in place of the extracted ones.
   *
   * @param article an extracted article
   * @return the article, corrected
   */
  public Article apply(Article article) {
    DocumentMetadata entry = entries.get(article.path());
    return entry == null ? article : article.withMetadata(entry.or(article.metadata()));
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    String text = value.asText().strip();
    return text.isEmpty() ? null : text;
  }
}
