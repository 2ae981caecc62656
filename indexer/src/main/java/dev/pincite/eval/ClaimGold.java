package dev.pincite.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One hand-labelled sentence of the claim gold set ({@code gold/*.jsonl}, described in {@code
 * gold/README.md}).
 *
 * @param doc the document's path relative to the project root, such as {@code corpus/000_x.txt}
 * @param paragraph the paragraph number (informative; matching is by text)
 * @param text the sentence as in the body
 * @param speaker the canonical speaker, or null
 * @param attributed whether the text names or points back to the speaker
 * @param companies canonical organisation names, sorted
 * @param type the claim type label
 * @param stance the stance label
 * @param counters for a counterclaim, the text of the sentence it answers, or null
 */
public record ClaimGold(
    String doc,
    int paragraph,
    String text,
    String speaker,
    boolean attributed,
    List<String> companies,
    String type,
    String stance,
    String counters) {

  public ClaimGold {
    companies = List.copyOf(companies);
  }

  /**
   * Reads every {@code *.jsonl} file directly inside a gold folder.
   *
   * @param goldDir the folder
   * @return the labels by document path, documents sorted, sentences in file order
   * @throws IOException when a file cannot be read or a line is not a label, with file and line
   */
  public static Map<String, List<ClaimGold>> load(Path goldDir) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, List<ClaimGold>> byDoc = new TreeMap<>();
    List<Path> files;
    try (var list = Files.list(goldDir)) {
      files = list.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
    }
    for (Path file : files) {
      int n = 0;
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        try {
          ClaimGold gold = parse(json.readTree(line));
          byDoc.computeIfAbsent(gold.doc(), k -> new ArrayList<>()).add(gold);
        } catch (IOException | RuntimeException e) {
          throw new IOException(file + ":" + n + ": not a gold label: " + e.getMessage(), e);
        }
      }
    }
    return byDoc;
  }

  private static ClaimGold parse(JsonNode node) {
    List<String> companies = new ArrayList<>();
    node.path("companies").forEach(c -> companies.add(c.asText()));
    return new ClaimGold(
        required(node, "doc"),
        node.path("paragraph").asInt(0),
        required(node, "text"),
        text(node, "speaker"),
        node.path("attributed").asBoolean(false),
        companies,
        required(node, "type"),
        required(node, "stance"),
        text(node, "counters"));
  }

  private static String required(JsonNode node, String key) {
    String value = text(node, key);
    if (value == null) {
      throw new IllegalArgumentException("missing " + key);
    }
    return value;
  }

  private static String text(JsonNode node, String key) {
    JsonNode value = node.get(key);
    return value == null || value.isNull() ? null : value.asText();
  }
}
