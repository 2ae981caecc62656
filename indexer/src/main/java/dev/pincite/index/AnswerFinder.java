package dev.pincite.index;

import dev.pincite.claims.AnswerMatcher;
import dev.pincite.claims.Stance;
import dev.pincite.index.ClaimIndexWriter.Answer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

/**
 * The algorithm of the linking stage, whatever index holds the claims: which claims of other
 * documents a claim is compared with ({@link CandidateQuery}), how the {@link AnswerMatcher}
 * decides on each, and how the answers of a run are merged. The index folder ({@link
 * CrossDocumentLinker}) and a Solr collection ({@code SolrAnswerLinker}) only run the query and
 * look up word rarity, so a change to how answers are found lands in both. Immutable and thread
 * safe.
 */
public final class AnswerFinder {

  /** How many candidates, by BM25 over its words, a claim is compared with. */
  public static final int CANDIDATES = 20;

  /**
   * The candidates of a seed: claims of other documents than {@code excludedDocument} with {@code
   * stance} on one of {@code companies}, ranked by BM25 over {@code words} in the claim text
   * (stemmed as it is indexed) and {@code names} in the speaker field, the {@code rows} best.
   *
   * @param words the seed's stemmed content words, a SHOULD clause each on the claim text
   * @param names the seed's capitalised words, a SHOULD clause each on the speaker
   * @param companies the organisations a candidate must discuss, one of them
   * @param stance the stance a candidate must take
   * @param excludedDocument the seed's document id
   * @param rows how many candidates
   */
  public record CandidateQuery(
      Set<String> words,
      Set<String> names,
      List<String> companies,
      Stance stance,
      String excludedDocument,
      int rows) {

    public CandidateQuery {
      // Sorted (Set.copyOf's order varies from one JVM to the next): the clauses' order decides
      // how the scores are summed, and so ties at the last candidate.
      words = Collections.unmodifiableSortedSet(new TreeSet<>(words));
      names = Collections.unmodifiableSortedSet(new TreeSet<>(names));
      companies = List.copyOf(companies);
    }

    /** Whether the query has a word to rank by; without one there are no candidates. */
    public boolean ranks() {
      return !words.isEmpty() || !names.isEmpty();
    }
  }

  /**
   * How deep an incremental run looks among a written claim's candidates for claims of unchanged
   * files to search again ({@link #reverseQueryFor}). A full run searches from every claim, so a
   * pair is found when either claim ranks the other among its {@link #CANDIDATES}; BM25 is not
   * symmetric (a claim can rank another among its 20 best while that one ranks it 300th), so an
   * incremental run that searched only from the written files' claims lost the pairs only the
   * unchanged claim's search finds: 340 of the 72,140 answers of the bench's 153,775 claims after
   * 20 files changed, 0.5% of them at each such run, and they did not come back until a full run.
   * Of the candidates this deep, only those the matcher pairs with the written claim are searched
   * again, so the cost is about one search per answer, not one per candidate.
   */
  public static final int REVERSE_CANDIDATES = 1000;

  /** Runs a candidate query against an index. */
  @FunctionalInterface
  public interface Candidates {
    /**
     * @param query what to search
     * @return the matching claims, best first
     * @throws IOException when the index cannot be read
     */
    List<AnswerMatcher.Side> search(CandidateQuery query) throws IOException;
  }

  private final AnswerMatcher matcher = new AnswerMatcher();

  /**
   * The query for a seed's candidates.
   *
   * @param seed a debatable claim
   * @return its candidate query
   */
  public CandidateQuery queryFor(AnswerMatcher.Side seed) {
    return new CandidateQuery(
        seed.words(),
        capitalisedWords(seed.text()),
        seed.companies(),
        seed.opposite(),
        seed.documentId(),
        CANDIDATES);
  }

  /**
   * The claims of unchanged files to search again for a seed of an incremental run: among the
   * seed's {@link #REVERSE_CANDIDATES} best candidates, those of files not written in this run that
   * the matcher pairs with it, since their own search may rank the seed among its {@link
   * #CANDIDATES} where the seed's does not rank them.
   *
   * @param seed a claim of a file written in this run
   * @param candidates the index's search
   * @param idf the inverse document frequency of a stemmed word over the claims
   * @param written the paths of the files written in this run
   * @return those claims, best first; none when the seed is not debatable
   * @throws IOException when the index cannot be read
   */
  public List<AnswerMatcher.Side> partnersToSearchAgain(
      AnswerMatcher.Side seed,
      Candidates candidates,
      ToDoubleFunction<String> idf,
      Set<String> written)
      throws IOException {
    if (!seed.debatable()) {
      return List.of();
    }
    CandidateQuery query = queryFor(seed);
    if (!query.ranks()) {
      return List.of();
    }
    CandidateQuery deep =
        new CandidateQuery(
            query.words(),
            query.names(),
            query.companies(),
            query.stance(),
            query.excludedDocument(),
            REVERSE_CANDIDATES);
    List<AnswerMatcher.Side> out = new ArrayList<>();
    for (AnswerMatcher.Side candidate : candidates.search(deep)) {
      if (!written.contains(candidate.path()) && matcher.match(seed, candidate, idf) != null) {
        out.add(candidate);
      }
    }
    return out;
  }

  /**
   * What a claim of an unchanged file, searched again, adds to an incremental run: its answers that
   * involve a written file (those to other unchanged files are kept already).
   *
   * @param claim a claim of an unchanged file ({@link #partnersToSearchAgain})
   * @param candidates the index's search
   * @param idf the inverse document frequency of a stemmed word over the claims
   * @param written the paths of the files written in this run
   * @return those answers, or null when the claim is not debatable (it was not searched)
   * @throws IOException when the index cannot be read
   */
  public List<Answer> answersInvolving(
      AnswerMatcher.Side claim,
      Candidates candidates,
      ToDoubleFunction<String> idf,
      Set<String> written)
      throws IOException {
    List<Answer> answers = answersOf(claim, candidates, idf);
    return answers == null
        ? null
        : answers.stream()
            .filter(a -> written.contains(a.fromPath()) || written.contains(a.toPath()))
            .toList();
  }

  /**
   * The answers a seed gives or receives.
   *
   * @param seed a claim of a file written in this run
   * @param candidates the index's search
   * @param idf the inverse document frequency of a stemmed word over the claims
   * @return its answers, or null when the seed is not debatable (it was not searched)
   * @throws IOException when the index cannot be read
   */
  public List<Answer> answersOf(
      AnswerMatcher.Side seed, Candidates candidates, ToDoubleFunction<String> idf)
      throws IOException {
    if (!seed.debatable()) {
      return null;
    }
    CandidateQuery query = queryFor(seed);
    if (!query.ranks()) {
      return List.of();
    }
    List<Answer> answers = new ArrayList<>();
    for (AnswerMatcher.Side candidate : candidates.search(query)) {
      AnswerMatcher.Pair pair = matcher.match(seed, candidate, idf);
      if (pair != null) {
        answers.add(
            new Answer(
                pair.answer().id(),
                pair.answer().path(),
                pair.answered().id(),
                pair.answered().path(),
                pair.similarity()));
      }
    }
    return answers;
  }

  /**
   * The answers of a run.
   *
   * @param searched how many seeds were searched
   * @param answers the answers, each pair once, in the seeds' order
   */
  public record Merged(int searched, List<Answer> answers) {

    public Merged {
      answers = List.copyOf(answers);
    }
  }

  /**
   * Merges the answers of a run's seeds: a pair found from both its claims counts once.
   *
   * @param perSeed each seed's answers in the seeds' order, null for a seed not searched
   * @return the run's answers
   */
  public static Merged merge(List<List<Answer>> perSeed) {
    Map<String, Answer> found = new LinkedHashMap<>();
    int searched = 0;
    for (List<Answer> answers : perSeed) {
      if (answers == null) {
        continue;
      }
      searched++;
      for (Answer answer : answers) {
        found.putIfAbsent(answer.from() + ">" + answer.to(), answer);
      }
    }
    return new Merged(searched, List.copyOf(found.values()));
  }

  /** The lower-cased words of a text that start with a capital: where speakers' names are. */
  public static Set<String> capitalisedWords(String text) {
    Set<String> out = new TreeSet<>();
    for (String word : text.split("[^\\p{L}]+")) {
      if (word.length() > 1 && Character.isUpperCase(word.codePointAt(0))) {
        out.add(word.toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }
}
