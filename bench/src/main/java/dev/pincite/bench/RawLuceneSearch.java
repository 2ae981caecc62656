package dev.pincite.bench;

import dev.pincite.index.IndexSchema;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The limit the server is compared against: the same search done by hand with plain Lucene in the
 * same process, no HTTP, no JSON, no application objects. Parses the query with the same parser
 * settings, runs drill-sideways over the same facet state (built once), takes the top 100 values of
 * the six facet dimensions, loads the ten hits' stored text and id and highlights them with the
 * unified highlighter. Thread safe: parsers are per thread.
 */
final class RawLuceneSearch implements Closeable {

  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final FacetsConfig config = IndexSchema.facetsConfig();
  private final SortedSetDocValuesReaderState state;
  private final Analyzer analyzer = IndexSchema.analyzer();
  private final UnifiedHighlighter highlighter;
  private final ThreadLocal<QueryParser> parsers = ThreadLocal.withInitial(this::parser);
  private final Query claims = new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_CLAIM));

  RawLuceneSearch(Path indexDir) throws IOException {
    directory = FSDirectory.open(indexDir);
    reader = DirectoryReader.open(directory);
    searcher = new IndexSearcher(reader);
    state = new DefaultSortedSetDocValuesReaderState(reader, config);
    highlighter =
        UnifiedHighlighter.builder(searcher, analyzer)
            .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
            .withBreakIterator(WholeBreakIterator::new)
            .withMaxLength(20_000)
            .withHighlightPhrasesStrictly(true)
            .build();
  }

  /**
   * Runs one query of the mix.
   *
   * @return how many claims match, so the work cannot be optimised away
   */
  long run(BenchQuery q) throws IOException {
    Query parsed;
    try {
      parsed = parsers.get().parse(q.query());
    } catch (ParseException e) {
      throw new IllegalArgumentException("bad benchmark query " + q.query(), e);
    }
    Query base =
        new BooleanQuery.Builder().add(parsed, Occur.MUST).add(claims, Occur.FILTER).build();
    DrillDownQuery query = new DrillDownQuery(config, base);
    for (Map.Entry<String, List<String>> f : q.filters().entrySet()) {
      for (String value : f.getValue()) {
        query.add(f.getKey(), value);
      }
    }
    DrillSideways.DrillSidewaysResult result =
        new DrillSideways(searcher, config, state).search(query, 10);
    long work = result.hits.totalHits.value();
    for (String dim : IndexSchema.FACETS) {
      org.apache.lucene.facet.FacetResult top = result.facets.getTopChildren(100, dim);
      work += top == null ? 0 : top.childCount;
    }
    StoredFields stored = searcher.storedFields();
    for (ScoreDoc hit : result.hits.scoreDocs) {
      work += stored.document(hit.doc).get(IndexSchema.ID).length();
    }
    String[] marked = highlighter.highlight(IndexSchema.TEXT, parsed, result.hits, 1);
    for (String html : marked) {
      work += html == null ? 0 : html.length();
    }
    return work;
  }

  private QueryParser parser() {
    Map<String, Float> boosts = IndexSchema.defaultSearchFields();
    MultiFieldQueryParser parser =
        new MultiFieldQueryParser(
            boosts.keySet().stream().sorted().toArray(String[]::new), analyzer, boosts);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    return parser;
  }

  @Override
  public void close() throws IOException {
    try (directory;
        analyzer) {
      reader.close();
    }
  }
}
