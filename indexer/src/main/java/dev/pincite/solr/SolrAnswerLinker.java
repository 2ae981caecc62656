package dev.pincite.solr;

import static dev.pincite.index.IndexSchema.*;

import dev.pincite.claims.AnswerMatcher;
import dev.pincite.index.AnswerFinder;
import dev.pincite.index.ClaimDocuments;
import dev.pincite.index.ClaimIndexWriter;
import dev.pincite.index.ClaimIndexWriter.Answer;
import dev.pincite.index.ClaimIndexWriter.Debate;
import dev.pincite.index.CrossDocumentLinker;
import dev.pincite.index.StoredClaim;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.TermsResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;

/**
 * The linking stage of a reindex into a Solr collection: what {@link CrossDocumentLinker} does in
 * an index folder, through Solr's queries. The algorithm is {@link AnswerFinder}'s, the same for
 * both: this class runs its candidate queries (scored with the collection's exact statistics
 * whatever the shard) and looks up the same word rarity, and each claim's place in the debate is
 * brought in step with every answer the collection holds.
 *
 * <p>Solr searches only what a commit opened, so the stage opens a searcher (a soft commit) over
 * what the reindex wrote before it searches, and again after it adds the answers: readers may see
 * the written files without their new answers for as long as the stage runs. Not thread safe: one
 * run per reindex, after every file is written and before the commit.
 *
 * <p>Unlike the index folder's linker, this one leaves Solr's statistics as they are: a claim a
 * reindex replaced still counts, deleted, in the BM25 ranking and the word rarity until its segment
 * is merged, and equal scores at the last candidate go in Solr's order. The answers of a Solr
 * collection can therefore depend on its reindex history, as the index folder's did before 5
 * December 2026 (docs/how-the-index-works.md, "Linking claims across documents").
 */
final class SolrAnswerLinker {

  /** Words whose rarity is looked up per request. */
  private static final int WORDS_PER_REQUEST = 200;

  /** Claims fetched by id per request when their debate is brought up to date. */
  private static final int IDS_PER_REQUEST = 500;

  private final SolrCollection collection;
  private final Sender sender;
  private final AnswerFinder finder = new AnswerFinder();
  private final Map<String, Double> idf = new HashMap<>();
  private long claims;

  /** Where the stage sends its documents and soft commits: the reindex's writer. */
  interface Sender {
    void send(List<SolrInputDocument> docs) throws IOException;

    void openSearcher() throws IOException;
  }

  SolrAnswerLinker(SolrCollection collection, Sender sender) {
    this.collection = collection;
    this.sender = sender;
  }

  /**
   * Links the claims of the files written in this run and brings every claim's debate up to date.
   *
   * @param written the paths of the files written in this run
   * @return what it did
   * @throws IOException when Solr cannot be reached or refuses a request
   */
  CrossDocumentLinker.Result link(Set<String> written) throws IOException {
    long start = System.nanoTime();
    sender.openSearcher();
    claims = Math.max(1, count(SolrCollection.kind(KIND_CLAIM, null, null)));
    List<AnswerMatcher.Side> seeds = sidesOf(written);
    knowRarity(seeds);
    List<List<Answer>> perSeed = new ArrayList<>(seeds.size());
    for (AnswerMatcher.Side seed : seeds) {
      perSeed.add(finder.answersOf(seed, this::candidates, this::idf));
    }
    // seeds holds every claim of the written files: fewer than the collection's, some are unchanged
    if (seeds.size() < claims) {
      perSeed.addAll(answersBack(seeds, written));
    }
    AnswerFinder.Merged merged = AnswerFinder.merge(perSeed);
    List<Answer> answers = merged.answers();
    List<SolrInputDocument> docs = new ArrayList<>(answers.size());
    for (Answer answer : answers) {
      docs.add(SolrCollection.solrDocument(ClaimDocuments.answer(answer)));
    }
    if (!docs.isEmpty()) {
      sender.send(docs);
    }
    sender.openSearcher();
    int rewritten = syncDebate();
    return new CrossDocumentLinker.Result(
        merged.searched(), answers, rewritten, Duration.ofNanos(System.nanoTime() - start));
  }

  /**
   * The answers claims of unchanged files give to or receive from the written files, found by
   * searching again from those that pair with a written claim among its {@link
   * AnswerFinder#REVERSE_CANDIDATES} best candidates (as the index folder's linker does), in claim
   * id order; null for a claim that is not debatable.
   */
  private List<List<Answer>> answersBack(List<AnswerMatcher.Side> seeds, Set<String> written)
      throws IOException {
    Map<String, AnswerMatcher.Side> unchanged = new TreeMap<>();
    for (AnswerMatcher.Side seed : seeds) {
      for (AnswerMatcher.Side claim :
          finder.partnersToSearchAgain(seed, this::candidates, this::idf, written)) {
        unchanged.putIfAbsent(claim.id(), claim);
      }
    }
    List<List<Answer>> out = new ArrayList<>(unchanged.size());
    for (AnswerMatcher.Side claim : unchanged.values()) {
      out.add(finder.answersInvolving(claim, this::candidates, this::idf, written));
    }
    return out;
  }

  /** The claims of some files. */
  private List<AnswerMatcher.Side> sidesOf(Set<String> paths) throws IOException {
    List<AnswerMatcher.Side> sides = new ArrayList<>();
    for (String path : new TreeSet<>(paths)) {
      SolrQuery query =
          SolrCollection.kind(KIND_CLAIM, PATH, path, CLAIM_JSON, DOC_JSON, DEBATE_COMPANY);
      for (SolrDocument doc : collection.all(query)) {
        sides.add(side(doc));
      }
    }
    return sides;
  }

  /**
   * The claims a candidate query matches, best first, scored with the collection's exact statistics
   * whatever the shard: the index folder's query, term for term. The candidates' word rarity is
   * looked up before the matcher needs it.
   */
  private List<AnswerMatcher.Side> candidates(AnswerFinder.CandidateQuery candidates)
      throws IOException {
    SolrQuery query = new SolrQuery();
    // Solr reads local parameters in q only with its standard parser.
    query.set("defType", "lucene");
    List<String> words = new ArrayList<>();
    int n = 0;
    for (String word : candidates.words()) {
      query.set("w" + n, SolrCollection.term(TEXT, word));
      words.add("should=$w" + n++);
    }
    for (String name : candidates.names()) {
      query.set("w" + n, SolrCollection.term(SPEAKER_TEXT, name));
      words.add("should=$w" + n++);
    }
    query.setQuery("{!bool " + String.join(" ", words) + "}");
    List<String> companies = new ArrayList<>();
    int c = 0;
    for (String company : candidates.companies()) {
      query.set("c" + c, SolrCollection.term(DEBATE_COMPANY, company));
      companies.add("should=$c" + c++);
    }
    query.addFilterQuery(
        SolrCollection.term(KIND, KIND_CLAIM),
        "{!bool " + String.join(" ", companies) + "}",
        SolrCollection.term(facetField(FACET_STANCE), candidates.stance().label()),
        "-" + DOC_ID + ":" + candidates.excludedDocument());
    query.setFields(CLAIM_JSON, DOC_JSON, DEBATE_COMPANY);
    query.setRows(candidates.rows());
    List<AnswerMatcher.Side> out = new ArrayList<>();
    for (SolrDocument doc : collection.query(query).getResults()) {
      out.add(side(doc));
    }
    knowRarity(out);
    return out;
  }

  private static AnswerMatcher.Side side(SolrDocument doc) throws IOException {
    StoredClaim claim = SolrCollection.storedClaim(doc);
    return new AnswerMatcher.Side(
        claim.claim().id(),
        claim.document().id(),
        claim.document().path(),
        ClaimDocuments.epochDay(claim.document().published()),
        claim.claim().speaker(),
        strings(doc.getFieldValues(DEBATE_COMPANY)),
        claim.claim().type(),
        claim.claim().stance(),
        AnswerMatcher.contentWords(claim.claim().text()),
        claim.claim().text());
  }

  /**
   * Looks up the rarity of the claims' words not known yet, in requests of {@link
   * #WORDS_PER_REQUEST} words to Solr's terms component: its document frequencies are summed over
   * the shards and, like the index folder's, count the documents a commit has not merged away yet.
   */
  private void knowRarity(List<AnswerMatcher.Side> sides) throws IOException {
    Set<String> unknown = new TreeSet<>();
    for (AnswerMatcher.Side side : sides) {
      for (String word : side.words()) {
        if (!idf.containsKey(word)) {
          unknown.add(word);
        }
      }
    }
    List<String> words = new ArrayList<>(unknown);
    for (int from = 0; from < words.size(); from += WORDS_PER_REQUEST) {
      List<String> chunk = words.subList(from, Math.min(words.size(), from + WORDS_PER_REQUEST));
      SolrQuery query = new SolrQuery();
      query.setRequestHandler("/terms");
      query.setTerms(true);
      query.addTermsField(TEXT);
      query.setTermsLimit(-1);
      query.set("terms.list", String.join(",", chunk));
      Map<String, Long> frequencies = new HashMap<>();
      TermsResponse terms = collection.query(query).getTermsResponse();
      if (terms != null && terms.getTerms(TEXT) != null) {
        for (TermsResponse.Term term : terms.getTerms(TEXT)) {
          frequencies.put(term.getTerm(), term.getFrequency());
        }
      }
      for (String word : chunk) {
        long df = frequencies.getOrDefault(word, 0L);
        idf.put(word, Math.log(1 + (claims - df + 0.5) / (df + 0.5)));
      }
    }
  }

  /** The inverse document frequency of a stemmed word over the claims (BM25's). */
  private double idf(String word) {
    Double known = idf.get(word);
    if (known == null) {
      throw new IllegalStateException("the rarity of a word was not looked up: " + word);
    }
    return known;
  }

  /**
   * Writes again every claim whose stored place in the debate differs from what the collection's
   * answers (within documents, by the counters field; across them, by answer documents) now give.
   *
   * @return how many claims were written again
   */
  private int syncDebate() throws IOException {
    Map<String, Integer> answeredBy = termCounts(KIND_CLAIM, COUNTERS);
    termCounts(KIND_ANSWER, ANSWER_TO).forEach((id, k) -> answeredBy.merge(id, k, Integer::sum));
    Map<String, Integer> answersElsewhere = termCounts(KIND_ANSWER, ANSWER_FROM);
    Set<String> ids = new TreeSet<>(answeredBy.keySet());
    ids.addAll(answersElsewhere.keySet());
    SolrQuery withDebate = SolrCollection.kind(KIND_CLAIM, null, null, ID);
    withDebate.addFilterQuery(ANSWERED_BY + ":[1 TO *] OR " + ANSWERS_ELSEWHERE + ":[1 TO *]");
    for (SolrDocument doc : collection.all(withDebate)) {
      ids.add((String) doc.getFirstValue(ID));
    }
    List<String> all = new ArrayList<>(ids);
    List<SolrInputDocument> rewrites = new ArrayList<>();
    for (int from = 0; from < all.size(); from += IDS_PER_REQUEST) {
      List<String> chunk = all.subList(from, Math.min(all.size(), from + IDS_PER_REQUEST));
      SolrQuery query =
          SolrCollection.kind(
              KIND_CLAIM,
              null,
              null,
              CLAIM_JSON,
              DOC_JSON,
              FIRST_INDEXED,
              ORDINAL,
              ANSWERED_BY,
              ANSWERS_ELSEWHERE,
              DEBATE_COMPANY);
      query.addFilterQuery("{!terms f=" + ID + "}" + String.join(",", chunk));
      for (SolrDocument doc : collection.all(query)) {
        StoredClaim stored = SolrCollection.storedClaim(doc);
        String id = stored.claim().id();
        Debate wanted =
            new Debate(answeredBy.getOrDefault(id, 0), answersElsewhere.getOrDefault(id, 0));
        Debate now = new Debate(number(doc, ANSWERED_BY), number(doc, ANSWERS_ELSEWHERE));
        if (!wanted.equals(now)) {
          rewrites.add(
              SolrCollection.solrDocument(
                  ClaimDocuments.claim(
                      stored.claim(),
                      stored.document(),
                      ClaimIndexWriter.json(stored.document()),
                      new ClaimDocuments.Standing(
                          number(doc, ORDINAL),
                          stored.firstIndexedAt().orElse(null),
                          wanted,
                          strings(doc.getFieldValues(DEBATE_COMPANY))))));
        }
      }
    }
    if (!rewrites.isEmpty()) {
      sender.send(rewrites);
    }
    return rewrites.size();
  }

  /** For each value of a field among the documents of one kind, how many hold it. */
  private Map<String, Integer> termCounts(String kind, String field) throws IOException {
    SolrQuery query = SolrCollection.kind(kind, null, null).setRows(0);
    query.setFacet(true);
    query.addFacetField(field);
    query.setFacetLimit(-1);
    query.setFacetMinCount(1);
    Map<String, Integer> counts = new HashMap<>();
    FacetField facet = collection.query(query).getFacetField(field);
    if (facet != null && facet.getValues() != null) {
      for (FacetField.Count value : facet.getValues()) {
        counts.put(value.getName(), Math.toIntExact(value.getCount()));
      }
    }
    return counts;
  }

  private long count(SolrQuery query) throws IOException {
    return collection.query(query.setRows(0)).getResults().getNumFound();
  }

  private static int number(SolrDocument doc, String field) {
    return doc.getFirstValue(field) instanceof Number n ? n.intValue() : 0;
  }

  private static List<String> strings(Collection<Object> values) {
    if (values == null) {
      return List.of();
    }
    return values.stream().map(String::valueOf).toList();
  }
}
