package dev.pincite.bench;

import dev.pincite.index.IndexSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * The fixed mix of benchmark queries, chosen from the index itself so it fits any corpus size:
 * rare, medium and frequent single words (by the share of claims containing them), two words ANDed,
 * two words ORed, and a two-word phrase taken from a stored claim, each kind once without and once
 * with a facet filter (a common speaker, company, stance or type). Deterministic for an index and a
 * seed.
 */
final class QueryMix {

  static final int PER_KIND = 4;

  private final IndexReader reader;
  private final SplittableRandom random;
  private final Set<?> stopWords = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
  private final List<String> rare = new ArrayList<>();
  private final List<String> medium = new ArrayList<>();
  private final List<String> frequent = new ArrayList<>();

  private QueryMix(IndexReader reader, long seed) {
    this.reader = reader;
    this.random = new SplittableRandom(seed);
  }

  /**
   * @param reader the benchmark index
   * @param seed the random seed
   * @return {@value #PER_KIND} queries of each of the 12 kinds, kinds interleaved
   * @throws IOException on index failure
   */
  static List<BenchQuery> of(IndexReader reader, long seed) throws IOException {
    QueryMix mix = new QueryMix(reader, seed);
    mix.bucketTerms();
    return mix.queries();
  }

  private void bucketTerms() throws IOException {
    int claims = new IndexSearcher(reader).count(claimsQuery());
    Terms terms = MultiTerms.getTerms(reader, IndexSchema.SPELL);
    if (terms == null) {
      throw new IllegalStateException("the index has no " + IndexSchema.SPELL + " field");
    }
    TermsEnum it = terms.iterator();
    for (BytesRef term = it.next(); term != null; term = it.next()) {
      String word = term.utf8ToString();
      if (!word.matches("[a-z]{4,}") || stopWords.contains(word)) {
        continue;
      }
      double share = it.docFreq() / (double) claims;
      // Rare: a handful of claims (at least a few, so small test corpora have some too).
      if (it.docFreq() >= 3 && it.docFreq() <= Math.max(5, claims * 0.0002)) {
        rare.add(word);
      } else if (share >= 0.003 && share <= 0.01) {
        medium.add(word);
      } else if (share >= 0.03) {
        frequent.add(word);
      }
    }
    if (rare.isEmpty() || medium.isEmpty() || frequent.isEmpty()) {
      throw new IllegalStateException(
          "the index is too small for the query mix: "
              + rare.size()
              + " rare, "
              + medium.size()
              + " medium, "
              + frequent.size()
              + " frequent words");
    }
  }

  private List<BenchQuery> queries() throws IOException {
    List<Map<String, List<String>>> filters = filters();
    List<BenchQuery> out = new ArrayList<>();
    for (int i = 0; i < PER_KIND; i++) {
      Map<String, List<String>> filter = filters.get(i % filters.size());
      String phrase = phrase();
      String[] texts = {
        pick(rare),
        pick(medium),
        pick(frequent),
        pick(medium) + " " + pick(frequent),
        pick(medium) + " OR " + pick(medium),
        phrase
      };
      String[] kinds = {"rare", "medium", "frequent", "and", "or", "phrase"};
      for (int k = 0; k < kinds.length; k++) {
        out.add(new BenchQuery(kinds[k], texts[k], Map.of()));
        out.add(new BenchQuery(kinds[k] + "+filter", texts[k], filter));
      }
    }
    return List.copyOf(out);
  }

  private String pick(List<String> words) {
    return words.get(random.nextInt(words.size()));
  }

  /** Two consecutive content words of a stored claim, quoted. */
  private String phrase() throws IOException {
    StoredFields stored = reader.storedFields();
    for (int attempt = 0; attempt < 10_000; attempt++) {
      String text = stored.document(random.nextInt(reader.maxDoc())).get(IndexSchema.TEXT);
      if (text == null) {
        continue;
      }
      String[] words = text.split(" ");
      for (int i = random.nextInt(words.length); i + 1 < words.length; i++) {
        if (content(words[i]) && content(words[i + 1])) {
          return "\"" + words[i] + " " + words[i + 1] + "\"";
        }
      }
    }
    throw new IllegalStateException("no claim text with two content words in a row");
  }

  private boolean content(String word) {
    return word.matches("[A-Za-z]{4,}") && !stopWords.contains(word.toLowerCase(Locale.ROOT));
  }

  /** A common value of speaker, company, stance and type: filters a user would click. */
  private List<Map<String, List<String>>> filters() throws IOException {
    IndexSearcher searcher = new IndexSearcher(reader);
    Facets facets =
        new SortedSetDocValuesFacetCounts(
            new DefaultSortedSetDocValuesReaderState(reader, IndexSchema.facetsConfig()),
            searcher.search(claimsQuery(), new FacetsCollectorManager()));
    List<Map<String, List<String>>> out = new ArrayList<>();
    int[] ranks = {2, 0, 1, 0};
    String[] dims = {
      IndexSchema.FACET_SPEAKER,
      IndexSchema.FACET_COMPANY,
      IndexSchema.FACET_STANCE,
      IndexSchema.FACET_TYPE
    };
    for (int i = 0; i < dims.length; i++) {
      FacetResult top = facets.getTopChildren(10, dims[i]);
      if (top != null && top.labelValues.length > ranks[i]) {
        LabelAndValue value = top.labelValues[ranks[i]];
        out.add(Map.of(dims[i], List.of(value.label)));
      }
    }
    if (out.isEmpty()) {
      throw new IllegalStateException("the index has no facet values to filter on");
    }
    return out;
  }

  private static TermQuery claimsQuery() {
    return new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_CLAIM));
  }
}
