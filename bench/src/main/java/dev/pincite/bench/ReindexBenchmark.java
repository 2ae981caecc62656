package dev.pincite.bench;

import dev.pincite.claims.Claim;
import dev.pincite.claims.ClaimExtractor;
import dev.pincite.claims.Registry;
import dev.pincite.index.IndexSchema;
import dev.pincite.index.ReindexReport;
import dev.pincite.index.Reindexer;
import dev.pincite.ingest.Article;
import dev.pincite.ingest.ArticleLoader;
import dev.pincite.ingest.BadDocumentException;
import dev.pincite.ingest.Corpus;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.jsoup.Jsoup;

/**
 * The real {@link Reindexer} over the synthetic HTML pages against the floor of the same work:
 * jsoup parsing every page alone, plus Lucene indexing alone of the same sentences (one document
 * per sentence, as Pincite makes one claim per sentence) with the same analyzers and facet fields.
 * Both sides use the same number of threads; the floor is the sum of its two parts, each the mean
 * of a measurement before and one after Pincite's reindexes. Then {@code reindex --full} over the
 * index the first reindex made, timed against that fresh reindex: every file then has an earlier
 * version whose claims are looked up, which a fresh index never pays.
 */
final class ReindexBenchmark {

  /**
   * What the reindex benchmark measured.
   *
   * @param files HTML pages
   * @param bytes their size
   * @param claims claims the reindex made
   * @param pinciteSeconds wall time of the full reindex into an empty folder
   * @param fullOverExistingSeconds wall time of the same full reindex over the index it made
   * @param parseSeconds jsoup parsing alone
   * @param luceneSeconds Lucene indexing alone
   * @param floorDocuments Lucene documents the floor indexed
   * @param stages what the reindex's own stages cost on the same pages and threads
   * @param linking the fresh reindex's cross-document linking stage, which its wall time includes
   * @param timed the fresh reindex's own timers: where its wall time went
   */
  record Figures(
      long files,
      long bytes,
      long claims,
      double pinciteSeconds,
      double fullOverExistingSeconds,
      double parseSeconds,
      double luceneSeconds,
      long floorDocuments,
      Stages stages,
      ReindexReport.Linking linking,
      ReindexReport.Stages timed) {

    double floorSeconds() {
      return parseSeconds + luceneSeconds;
    }
  }

  private final SyntheticCorpus corpus;
  private final int threads;
  private final PrintWriter progress;

  ReindexBenchmark(SyntheticCorpus corpus, int threads, PrintWriter progress) {
    this.corpus = corpus;
    this.threads = threads;
    this.progress = progress;
  }

  Figures run(Workspace workspace) throws IOException {
    Path work = workspace.root();
    Path html = workspace.htmlPages(corpus.claims(), corpus.seed());
    if (!workspace.isComplete(html)) {
      progress.println("  reindex: writing " + corpus.claims() + " claims as HTML to " + html);
      Workspace.delete(html);
      corpus.writeHtml(html);
      workspace.markComplete(html);
    }
    List<Path> files = htmlFiles(html);
    long bytes = 0;
    for (Path file : files) {
      bytes += Files.size(file);
    }
    Path index = work.resolve("reindex-index");
    // The floor is measured before and after Pincite's reindex and averaged: on a shared machine
    // the speed drifts over a minute, and one floor measured at a faster (or slower) moment would
    // make the ratio say more about the machine than about Pincite.
    Floor before = floor(files, work);
    Workspace.delete(index);
    progress.println("  reindex: Pincite reindex of " + files.size() + " pages");
    long start = System.nanoTime();
    ReindexReport report = fullReindex(html, index);
    double pincite = seconds(start);
    progress.println("  reindex: Pincite reindex --full over the index it made");
    start = System.nanoTime();
    fullReindex(html, index);
    double fullOverExisting = seconds(start);
    Stages stages = stages(html, files);
    Floor after = floor(files, work);
    return new Figures(
        files.size(),
        bytes,
        report.claimsTotal(),
        pincite,
        fullOverExisting,
        (before.parseSeconds() + after.parseSeconds()) / 2,
        (before.luceneSeconds() + after.luceneSeconds()) / 2,
        before.documents(),
        stages,
        report.linking(),
        report.stages());
  }

  /**
   * The reindex's stages timed apart, on the same pages with the same threads: reading each page
   * into an article (decoding, jsoup, content and metadata extraction), then extracting its claims
   * (sentences, speakers, companies, types, stances, links). The rest of the reindex's time is
   * hashing, the previous index and Lucene.
   *
   * @param articleSeconds pages read into articles
   * @param claimSeconds claims extracted from those articles
   * @param claims claims extracted
   */
  record Stages(double articleSeconds, double claimSeconds, long claims) {}

  private Stages stages(Path html, List<Path> files) throws IOException {
    progress.println("  reindex: stages timed apart (articles, then claims)");
    Corpus pages = new Corpus(html);
    ArticleLoader loader = new ArticleLoader();
    ClaimExtractor extractor = new ClaimExtractor(Registry.load(pages.registryDir()));
    List<Article> articles = Collections.synchronizedList(new ArrayList<>());
    long start = System.nanoTime();
    parallel(
        files,
        file -> {
          try {
            articles.add(loader.parse(Files.readAllBytes(file), html.relativize(file).toString()));
          } catch (BadDocumentException e) {
            throw new IOException(e.getMessage(), e);
          }
        });
    double articleSeconds = seconds(start);
    AtomicLong claims = new AtomicLong();
    start = System.nanoTime();
    parallel(articles, article -> claims.addAndGet(extractor.extract(article).size()));
    return new Stages(articleSeconds, seconds(start), claims.get());
  }

  /** {@code reindex --full} of the pages into the index folder, empty or not. */
  private ReindexReport fullReindex(Path html, Path index) throws IOException {
    ReindexReport report =
        new Reindexer(
                html, index, new Reindexer.Options(true, threads, new Reindexer.Listener() {}))
            .run();
    if (!report.skipped().isEmpty()) {
      throw new IOException("the reindex skipped " + report.skipped());
    }
    return report;
  }

  /**
   * One measurement of the floor.
   *
   * @param parseSeconds jsoup parsing alone
   * @param luceneSeconds Lucene indexing alone
   * @param documents Lucene documents indexed
   */
  private record Floor(double parseSeconds, double luceneSeconds, long documents) {}

  /** The floor once: jsoup parsing alone, then Lucene indexing alone. */
  private Floor floor(List<Path> files, Path work) throws IOException {
    progress.println("  reindex: floor, jsoup parse alone");
    long start = System.nanoTime();
    AtomicLong parsed = new AtomicLong();
    parallel(
        files,
        file -> {
          String text = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8)).body().text();
          parsed.addAndGet(text.length());
        });
    double parse = seconds(start);
    progress.println("  reindex: floor, Lucene indexing alone");
    Path floorIndex = work.resolve("floor-index");
    Workspace.delete(floorIndex);
    start = System.nanoTime();
    long floorDocs = luceneAlone(floorIndex);
    double lucene = seconds(start);
    Workspace.delete(floorIndex);
    return new Floor(parse, lucene, floorDocs);
  }

  /** Indexes the corpus's sentences with plain Lucene: what any indexer of this data must do. */
  private long luceneAlone(Path indexDir) throws IOException {
    FacetsConfig facets = IndexSchema.facetsConfig();
    IndexWriterConfig config = new IndexWriterConfig(IndexSchema.analyzer());
    config.setRAMBufferSizeMB(128);
    AtomicLong docs = new AtomicLong();
    try (Directory dir = FSDirectory.open(indexDir);
        IndexWriter writer = new IndexWriter(dir, config)) {
      List<SyntheticCorpus.Document> all = new ArrayList<>();
      corpus.documents().forEach(all::add);
      parallel(
          all,
          doc -> {
            List<Document> batch = new ArrayList<>();
            Article a = doc.article();
            Document file = new Document();
            file.add(new StringField(IndexSchema.PATH, a.path(), Field.Store.YES));
            file.add(new StoredField(IndexSchema.BLOCKS_JSON, a.body()));
            batch.add(file);
            for (SyntheticCorpus.SyntheticClaim sc : doc.claims()) {
              for (String sentence : sc.sentences()) {
                batch.add(facets.build(sentenceDocument(sc.claim(), sentence, a)));
              }
            }
            writer.addDocuments(batch);
            docs.addAndGet(batch.size());
          });
      writer.commit();
    }
    return docs.get();
  }

  private static Document sentenceDocument(Claim c, String sentence, Article a) {
    Document doc = new Document();
    doc.add(new StringField(IndexSchema.KIND, IndexSchema.KIND_CLAIM, Field.Store.NO));
    doc.add(new StringField(IndexSchema.ID, c.id(), Field.Store.YES));
    doc.add(new StringField(IndexSchema.PATH, a.path(), Field.Store.NO));
    doc.add(new Field(IndexSchema.TEXT, sentence, IndexSchema.TEXT_WITH_OFFSETS));
    doc.add(new TextField(IndexSchema.SPELL, sentence, Field.Store.NO));
    doc.add(new TextField(IndexSchema.TYPE_TEXT, c.type().label(), Field.Store.NO));
    doc.add(new TextField(IndexSchema.STANCE_TEXT, c.stance().label(), Field.Store.NO));
    doc.add(new SortedSetDocValuesFacetField(IndexSchema.FACET_TYPE, c.type().label()));
    doc.add(new SortedSetDocValuesFacetField(IndexSchema.FACET_STANCE, c.stance().label()));
    if (c.speaker() != null) {
      doc.add(new TextField(IndexSchema.SPEAKER_TEXT, c.speaker(), Field.Store.NO));
      doc.add(new SortedSetDocValuesFacetField(IndexSchema.FACET_SPEAKER, c.speaker()));
    }
    for (String company : c.companies()) {
      doc.add(new TextField(IndexSchema.COMPANY_TEXT, company, Field.Store.NO));
      doc.add(new SortedSetDocValuesFacetField(IndexSchema.FACET_COMPANY, company));
    }
    doc.add(new TextField(IndexSchema.OUTLET_TEXT, a.site(), Field.Store.NO));
    doc.add(new SortedSetDocValuesFacetField(IndexSchema.FACET_OUTLET, a.site()));
    String month = a.published().substring(0, 7);
    doc.add(new SortedSetDocValuesFacetField(IndexSchema.FACET_MONTH, month));
    doc.add(
        new SortedSetDocValuesFacetField(
            IndexSchema.FACET_MONTH_STANCE, month + "|" + c.stance().label()));
    doc.add(new IntPoint(IndexSchema.MONTH_NUMBER, IndexSchema.monthNumber(month)));
    doc.add(new NumericDocValuesField(IndexSchema.DATE_SORT, month.hashCode()));
    doc.add(new NumericDocValuesField(IndexSchema.ORDINAL, c.paragraph()));
    return doc;
  }

  /** Something done to one item, which may fail with an I/O error. */
  private interface Task<T> {
    void accept(T item) throws IOException;
  }

  private <T> void parallel(List<T> items, Task<T> task) throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Void>> futures = new ArrayList<>();
      int chunk = Math.max(1, items.size() / (threads * 16));
      for (int from = 0; from < items.size(); from += chunk) {
        List<T> part = items.subList(from, Math.min(items.size(), from + chunk));
        Callable<Void> work =
            () -> {
              for (T item : part) {
                task.accept(item);
              }
              return null;
            };
        futures.add(pool.submit(work));
      }
      for (Future<Void> f : futures) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      throw new IOException("floor measurement failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<Path> htmlFiles(Path dir) throws IOException {
    try (var walk = Files.walk(dir)) {
      return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
