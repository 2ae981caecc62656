package dev.pincite.claims;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Labelled sentences for a stance model, read straight from claim labels in the format of {@code
 * gold/claims.jsonl} ({@code doc}, {@code text}, {@code type}, {@code companies}, {@code stance}):
 * the classifier's inputs are the labels' own type and companies, so a model trained on them
 * depends on the labels only, not on what the extractor's rules make of the documents.
 */
public final class StanceLabels {

  private StanceLabels() {}

  /**
   * One label, reduced to what a stance model reads.
   *
   * @param doc the document it belongs to
   * @param text the sentence
   * @param type its labelled type
   * @param companies its labelled companies
   * @param stance its labelled stance
   * @param paragraph its paragraph number (from 1; 0 when the label has none)
   * @param attributed whether the label says the text names its speaker (not the own voice)
   */
  public record Label(
      String doc,
      String text,
      ClaimType type,
      List<String> companies,
      Stance stance,
      int paragraph,
      boolean attributed) {

    public Label {
      companies = List.copyOf(companies);
    }
  }

  /**
   * The labelled sentences of one document's labels: a sentence discusses the companies of its
   * label, and its document discusses companies when any of its labels names one.
   *
   * @param labels one document's labels, in reading order
   * @return its labelled sentences
   */
  public static List<StanceModel.LabelledSentence> document(List<Label> labels) {
    boolean aboutCompanies = labels.stream().anyMatch(l -> !l.companies().isEmpty());
    StanceClassifier.DocumentShape shape =
        new StanceClassifier.DocumentShape(
            Math.max(1, labels.size()),
            (int) Math.max(1, labels.stream().mapToInt(Label::paragraph).distinct().count()));
    List<StanceModel.LabelledSentence> out = new ArrayList<>(labels.size());
    for (Label l : labels) {
      Set<String> companies = new HashSet<>(l.companies());
      out.add(
          new StanceModel.LabelledSentence(
              new StanceClassifier.Sentence(
                  l.text(), l.type(), companies, aboutCompanies, shape, l.attributed()),
              l.stance()));
    }
    return out;
  }

  /**
   * Reads claim labels, one JSON object a line.
   *
   * @param jsonl the labels
   * @param source the labels' name, for error messages
   * @return the labels by document, documents and sentences in file order
   * @throws IOException when the labels cannot be read or a line is not a label, with its number
   */
  public static Map<String, List<Label>> read(Reader jsonl, String source) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, List<Label>> byDoc = new LinkedHashMap<>();
    BufferedReader lines = new BufferedReader(jsonl);
    int n = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      n++;
      if (line.isBlank()) {
        continue;
      }
      try {
        Label label = parse(json.readTree(line));
        byDoc.computeIfAbsent(label.doc(), k -> new ArrayList<>()).add(label);
      } catch (IOException | RuntimeException e) {
        throw new IOException(source + ":" + n + ": not a claim label: " + e.getMessage(), e);
      }
    }
    return byDoc;
  }

  private static Label parse(JsonNode node) {
    List<String> companies = new ArrayList<>();
    node.path("companies").forEach(c -> companies.add(c.asText()));
    return new Label(
        required(node, "doc"),
        required(node, "text"),
        ClaimType.fromLabel(required(node, "type")),
        companies,
        Stance.fromLabel(required(node, "stance")),
        node.path("paragraph").asInt(0),
        node.path("attributed").asBoolean(false));
  }

  private static String required(JsonNode node, String key) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      throw new IllegalArgumentException("missing " + key);
    }
    return value.asText();
  }
}
