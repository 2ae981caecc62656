package dev.pincite.search;

import static dev.pincite.index.IndexSchema.*;

import dev.pincite.index.StoredClaim;
import dev.pincite.index.StoredClaimCodec;
import dev.pincite.ingest.Article;
import dev.pincite.ingest.Paragraph;
import dev.pincite.search.SearchResult.FacetCount;
import dev.pincite.search.SearchResult.FacetResult;
import dev.pincite.search.SearchResult.MonthCount;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOSupplier;

/**
 * An {@link IndexSearcher} over one commit with what is built once per commit: the facet ordinals
 * and the highlighter when the commit is opened; the facet values of the whole archive (for
 * autocomplete) and the counts of searches without words (the landing page, facet clicks) on first
 * use, so opening stays fast. Thread safe.
 */
final class Snapshot extends IndexSearcher {

  /** Every claim, and nothing else the index holds. */
  static final Query CLAIMS = new TermQuery(new Term(KIND, KIND_CLAIM));

  /** The stored fields a hit is decoded from; the text and id are inside the claim JSON. */
  static final Set<String> CLAIM_FIELDS = Set.of(CLAIM_JSON, DOC_JSON, FIRST_INDEXED);

  /**
   * What a search without words counts.
   *
   * @param total claims
   * @param facets facet counts per dimension
   * @param timeline claims per month and stance
   */
  record Counts(long total, List<FacetResult> facets, List<MonthCount> timeline) {}

  /**
   * What those counts depend on.
   *
   * @param filters the facet filters, values in the request's order
   * @param fromMonth the range's first month, or null
   * @param toMonth its last month, or null
   * @param newSince the least first-indexed instant, or null
   */
  record CountsKey(
      Map<String, List<String>> filters, String fromMonth, String toMonth, Instant newSince) {}

  /** Sets of filters whose counts are kept: enough for the facets people click. */
  private static final int MAX_COUNTS = 128;

  final FacetsConfig config;

  /** The facet ordinals, or null when no claim carries a facet value yet. */
  final SortedSetDocValuesReaderState state;

  final UnifiedHighlighter highlighter;
  private final Object lazyLock = new Object();
  private volatile Map<String, List<FacetCount>> allValues;
  // Least recently used first out; counted outside the lock (two threads may both count).
  private final Map<CountsKey, Counts> counts =
      Collections.synchronizedMap(
          new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<CountsKey, Counts> eldest) {
              return size() > MAX_COUNTS;
            }
          });

  Snapshot(IndexReader reader, FacetsConfig config, Analyzer analyzer) throws IOException {
    super(reader);
    this.config = config;
    this.state = facetState(reader, config);
    // One highlighter per commit: it caches the merged field infos, which are costly to build.
    this.highlighter =
        UnifiedHighlighter.builder(this, analyzer)
            .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
            .withBreakIterator(WholeBreakIterator::new)
            .withMaxLength(20_000)
            .withHighlightPhrasesStrictly(true)
            .build();
  }

  /** The facet ordinals, or null for an index in which no document has a facet field yet. */
  private static SortedSetDocValuesReaderState facetState(IndexReader reader, FacetsConfig config)
      throws IOException {
    FieldInfo field =
        FieldInfos.getMergedFieldInfos(reader).fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
    if (field == null || field.getDocValuesType() != DocValuesType.SORTED_SET) {
      return null;
    }
    return new DefaultSortedSetDocValuesReaderState(reader, config);
  }

  /**
   * @param dim a facet dimension
   * @return whether some claim of this commit has a value in it
   */
  boolean hasDimension(String dim) {
    return state != null && state.getOrdRange(dim) != null;
  }

  /** The counts of a search without words, counted by {@code count} on first use and kept. */
  Counts counts(CountsKey key, IOSupplier<Counts> count) throws IOException {
    Counts known = counts.get(key);
    if (known == null) {
      known = count.get();
      counts.put(key, known);
    }
    return known;
  }

  /**
   * How many claims answer a claim, in its document (the counters field of claims) and in others
   * (answer documents): a term lookup per segment instead of a query.
   */
  int counterclaims(String id) throws IOException {
    return liveDocsWith(COUNTERS, id) + liveDocsWith(ANSWER_TO, id);
  }

  private int liveDocsWith(String field, String value) throws IOException {
    BytesRef term = new BytesRef(value);
    int count = 0;
    for (LeafReaderContext leaf : getIndexReader().leaves()) {
      Terms terms = leaf.reader().terms(field);
      if (terms == null) {
        continue;
      }
      TermsEnum it = terms.iterator();
      if (!it.seekExact(term)) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      if (live == null) {
        count += it.docFreq();
        continue;
      }
      PostingsEnum docs = it.postings(null, PostingsEnum.NONE);
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        if (live.get(doc)) {
          count++;
        }
      }
    }
    return count;
  }

  /**
   * @param dim {@code speaker} or {@code company}
   * @return every value of the dimension in the whole archive with its claim count
   * @throws IOException on index failure
   */
  List<FacetCount> allValues(String dim) throws IOException {
    return allValues().getOrDefault(dim, List.of());
  }

  private Map<String, List<FacetCount>> allValues() throws IOException {
    Map<String, List<FacetCount>> known = allValues;
    if (known == null) {
      synchronized (lazyLock) {
        known = allValues;
        if (known == null) {
          known = countAllValues();
          allValues = known;
        }
      }
    }
    return known;
  }

  private Map<String, List<FacetCount>> countAllValues() throws IOException {
    Map<String, List<FacetCount>> values = new LinkedHashMap<>();
    if (state == null) {
      return values;
    }
    Facets facets =
        new SortedSetDocValuesFacetCounts(state, search(CLAIMS, new FacetsCollectorManager()));
    for (String dim : List.of(FACET_SPEAKER, FACET_COMPANY)) {
      List<FacetCount> counts = new ArrayList<>();
      org.apache.lucene.facet.FacetResult result =
          hasDimension(dim) ? facets.getAllChildren(dim) : null;
      if (result != null) {
        for (LabelAndValue lv : result.labelValues) {
          counts.add(new FacetCount(lv.label, lv.value.longValue(), false));
        }
      }
      values.put(dim, List.copyOf(counts));
    }
    return values;
  }

  /** The first claim or former claim a query matches. */
  Optional<StoredClaim> first(Query query) throws IOException {
    TopDocs top = search(query, 1);
    if (top.scoreDocs.length == 0) {
      return Optional.empty();
    }
    return Optional.of(StoredClaimCodec.storedClaim(storedFields().document(top.scoreDocs[0].doc)));
  }

  /** A stored value of the first document a query matches, or null. */
  String firstValue(Query query, String field) throws IOException {
    TopDocs top = search(query, 1);
    if (top.scoreDocs.length == 0) {
      return null;
    }
    return storedFields().document(top.scoreDocs[0].doc, Set.of(field)).get(field);
  }

  /** Claims matching a query in reading order (document, then sentence). */
  List<StoredClaim> claimsOf(Query query) throws IOException {
    Sort order = new Sort(new SortField(ORDINAL, SortField.Type.LONG));
    TopDocs top = search(query, Math.max(1, count(query)), order);
    StoredFields stored = storedFields();
    List<StoredClaim> claims = new ArrayList<>(top.scoreDocs.length);
    for (ScoreDoc hit : top.scoreDocs) {
      claims.add(StoredClaimCodec.storedClaim(stored.document(hit.doc)));
    }
    return claims;
  }

  /** Every match of a query, counted first so the result queue is sized by the matches. */
  ScoreDoc[] all(Query query) throws IOException {
    int count = count(query);
    return count == 0 ? new ScoreDoc[0] : search(query, count).scoreDocs;
  }

  /** The stored file document whose id starts with a prefix. */
  Optional<Document> fileDocument(String prefix) throws IOException {
    TopDocs top = search(kind(KIND_DOCUMENT, DOC_PREFIX, prefix), 1);
    if (top.scoreDocs.length == 0) {
      return Optional.empty();
    }
    return Optional.of(storedFields().document(top.scoreDocs[0].doc));
  }

  /** Paragraph {@code n} of a document, or null. */
  Paragraph paragraph(String prefix, int n) throws IOException {
    Optional<Document> file = fileDocument(prefix);
    if (file.isEmpty()) {
      return null;
    }
    List<Paragraph> paragraphs = Article.paragraphsOf(StoredClaimCodec.blocks(file.get()));
    return n >= 1 && n <= paragraphs.size() ? paragraphs.get(n - 1) : null;
  }

  /** Documents of one kind (claim, document, former claim) with a field's value. */
  static Query kind(String kind, String field, String value) {
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(KIND, kind)), Occur.FILTER)
        .add(new TermQuery(new Term(field, value)), Occur.FILTER)
        .build();
  }
}
