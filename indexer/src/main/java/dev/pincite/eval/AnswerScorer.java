package dev.pincite.eval;

import static dev.pincite.index.IndexSchema.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pincite.index.Reindexer;
import dev.pincite.index.StoredClaim;
import dev.pincite.index.StoredClaimCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Scores the answers found across documents ({@link dev.pincite.index.CrossDocumentLinker}) against
 * hand-labelled pairs ({@code eval/answers/pairs.jsonl}, see {@code eval/answers/README.md} ): each
 * corpus the labels name is reindexed into a temporary folder by the real {@link Reindexer} and the
 * answers the index then holds are compared with the labels, as unordered pairs of sentences (which
 * of the two answers is a matter of date, not of the match). Precision counts every answer found in
 * a labelled corpus; recall, every labelled pair.
 */
public final class AnswerScorer {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * The score.
   *
   * @param labelled labelled pairs
   * @param found answers the index holds in the labelled corpora
   * @param correct answers found that are labelled pairs
   * @param wrong the answers found that are not labelled, as "doc: text ↔ doc: text"
   * @param missed the labelled pairs not found, same form
   * @param corpora the same counts for each labelled corpus apart, in corpus order: the halves a
   *     change is checked on separately (one looked at, one read only as totals)
   */
  public record Score(
      int labelled,
      int found,
      int correct,
      List<String> wrong,
      List<String> missed,
      List<CorpusScore> corpora) {

    public double precision() {
      return found == 0 ? 0 : (double) correct / found;
    }

    public double recall() {
      return labelled == 0 ? 0 : (double) correct / labelled;
    }

    /**
     * @param set the figure set's name
     * @return the figures {@code score-claims} prints and the floors check
     */
    public Figures figures(String set) {
      Map<String, Number> values = new LinkedHashMap<>();
      values.put("labelled_pairs", labelled);
      values.put("answers_found", found);
      values.put("answer_precision", precision());
      values.put("answer_recall", recall());
      double p = precision();
      double r = recall();
      values.put("answer_f1", p + r == 0 ? 0 : 2 * p * r / (p + r));
      return new Figures(set, values);
    }
  }

  /**
   * One labelled corpus's counts.
   *
   * @param corpus the corpus folder, relative to the root
   * @param labelled its labelled pairs
   * @param found answers the index holds in it
   * @param correct answers found that are labelled
   */
  public record CorpusScore(String corpus, int labelled, int found, int correct) {

    public double precision() {
      return found == 0 ? 0 : (double) correct / found;
    }

    public double recall() {
      return labelled == 0 ? 0 : (double) correct / labelled;
    }
  }

  private final Path root;

  /**
   * @param root the folder the labels' corpus paths are relative to (the project root)
   */
  public AnswerScorer(Path root) {
    this.root = root;
  }

  /**
   * Reindexes each labelled corpus and scores the answers found.
   *
   * @param labels the labels file
   * @return the score
   * @throws IOException when a file cannot be read or an index written
   */
  public Score score(Path labels) throws IOException {
    Map<String, Set<String>> gold = new TreeMap<>();
    for (String line : Files.readAllLines(labels, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode node = JSON.readTree(line);
      JsonNode claims = node.get("claims");
      gold.computeIfAbsent(node.get("corpus").asText(), c -> new TreeSet<>())
          .add(pair(key(claims.get(0)), key(claims.get(1))));
    }
    int labelled = 0;
    int found = 0;
    int correct = 0;
    List<String> wrong = new ArrayList<>();
    List<String> missed = new ArrayList<>();
    List<CorpusScore> corpora = new ArrayList<>();
    for (Map.Entry<String, Set<String>> corpus : gold.entrySet()) {
      int correctBefore = correct;
      Set<String> expected = corpus.getValue();
      Set<String> predicted = answersIn(root.resolve(corpus.getKey()));
      labelled += expected.size();
      found += predicted.size();
      for (String p : predicted) {
        if (expected.contains(p)) {
          correct++;
        } else {
          wrong.add(corpus.getKey() + ": " + p);
        }
      }
      for (String e : expected) {
        if (!predicted.contains(e)) {
          missed.add(corpus.getKey() + ": " + e);
        }
      }
      corpora.add(
          new CorpusScore(
              corpus.getKey(), expected.size(), predicted.size(), correct - correctBefore));
    }
    return new Score(labelled, found, correct, wrong, missed, corpora);
  }

  /** The answers a fresh index of a corpus holds, as unordered pairs of sentence keys. */
  private static Set<String> answersIn(Path corpus) throws IOException {
    Path index = Files.createTempDirectory("pincite-answers-");
    try {
      new Reindexer(corpus, index, Reindexer.Options.defaults().withFull(true)).run();
      try (Directory dir = FSDirectory.open(index);
          DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        StoredFields stored = searcher.storedFields();
        Map<String, String> keys = new HashMap<>();
        for (ScoreDoc hit : all(searcher, KIND_CLAIM)) {
          StoredClaim claim = StoredClaimCodec.storedClaim(stored.document(hit.doc));
          keys.put(claim.claim().id(), key(claim.document().path(), claim.claim().text()));
        }
        Set<String> pairs = new TreeSet<>();
        for (ScoreDoc hit : all(searcher, KIND_ANSWER)) {
          Document answer = stored.document(hit.doc);
          pairs.add(pair(keys.get(answer.get(ANSWER_FROM)), keys.get(answer.get(ANSWER_TO))));
        }
        return pairs;
      }
    } finally {
      deleteTree(index);
    }
  }

  private static ScoreDoc[] all(IndexSearcher searcher, String kind) throws IOException {
    TermQuery query = new TermQuery(new Term(KIND, kind));
    int count = searcher.count(query);
    return count == 0 ? new ScoreDoc[0] : searcher.search(query, count).scoreDocs;
  }

  private static String key(JsonNode side) {
    return key(side.get("doc").asText(), side.get("text").asText());
  }

  private static String key(String doc, String text) {
    return doc + ": " + ClaimScorer.normalise(text);
  }

  /** Two sentence keys in a fixed order, so a pair is the same whichever side answers. */
  private static String pair(String a, String b) {
    return a.compareTo(b) <= 0 ? a + "  <->  " + b : b + "  <->  " + a;
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      files
          .sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.delete(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }
}
