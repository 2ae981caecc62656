package dev.pincite.index;

import static dev.pincite.index.IndexSchema.*;

import dev.pincite.claims.Claim;
import dev.pincite.claims.ClaimExtractor;
import dev.pincite.claims.Registry;
import dev.pincite.claims.TooManySentencesException;
import dev.pincite.claims.UnregisteredNames;
import dev.pincite.ingest.Article;
import dev.pincite.ingest.ArticleLoader;
import dev.pincite.ingest.BadDocumentException;
import dev.pincite.ingest.Catalog;
import dev.pincite.ingest.Corpus;
import dev.pincite.ingest.DocumentMetadata;
import dev.pincite.ingest.FileTimeLimit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Indexes a corpus folder into an index folder. Incremental by default: a file whose bytes and
 * catalog entry are unchanged (and whose claims were extracted under the same rules and registry)
 * is not parsed again. All changes become visible in one commit at the end, so a reindex that fails
 * or is killed leaves the previous index serving. A bad file is reported in the {@link
 * ReindexReport} and skipped; its earlier version, if any, stays indexed.
 *
 * <p>The corpus folder ({@link Corpus}) holds the documents, an optional catalog ({@link Catalog})
 * and the registry ({@link Registry}). Files are walked in sorted order; not thread safe (one run
 * per instance).
 */
public final class Reindexer {

  /** Receives progress; the command line shows it as a progress bar. */
  public interface Listener {
    /** Called once the corpus has been walked. */
    default void started(int files) {}

    /** Called after each file, from any worker thread. */
    default void fileDone(String path) {}
  }

  /**
   * How to reindex.
   *
   * @param full parse every file again, whatever changed
   * @param threads worker threads for parsing and extraction
   * @param listener progress
   * @param clock what "now" is: the first-indexed date of new claims and the time of the record
   * @param fileTimeLimit the time one file may take to be parsed and its claims extracted; a file
   *     over it is skipped with the reason
   */
  public record Options(
      boolean full, int threads, Listener listener, Clock clock, Duration fileTimeLimit) {
    public Options {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be >= 1, got " + threads);
      }
      Objects.requireNonNull(clock, "clock");
      if (fileTimeLimit.isNegative() || fileTimeLimit.isZero()) {
        throw new IllegalArgumentException(
            "the per-file time limit must be positive, got " + fileTimeLimit);
      }
    }

    /** Options on the system clock with the default per-file time limit. */
    public Options(boolean full, int threads, Listener listener) {
      this(full, threads, listener, Clock.systemUTC(), FileTimeLimit.DEFAULT);
    }

    /** Incremental, one thread per core, no progress. */
    public static Options defaults() {
      return new Options(false, Runtime.getRuntime().availableProcessors(), new Listener() {});
    }

    public Options withFull(boolean value) {
      return new Options(value, threads, listener, clock, fileTimeLimit);
    }

    public Options withListener(Listener value) {
      return new Options(full, threads, value, clock, fileTimeLimit);
    }

    public Options withClock(Clock value) {
      return new Options(full, threads, listener, value, fileTimeLimit);
    }

    public Options withFileTimeLimit(Duration value) {
      return new Options(full, threads, listener, clock, value);
    }
  }

  private static final Logger LOG = LoggerFactory.getLogger(Reindexer.class);

  private final Corpus corpus;
  private final ReindexTarget target;
  private final Options options;
  private final ArticleLoader loader = new ArticleLoader();

  /**
   * @param corpusDir the corpus folder
   * @param indexDir the index folder (created when missing)
   * @param options how to reindex
   */
  public Reindexer(Path corpusDir, Path indexDir, Options options) {
    this(corpusDir, new IndexFolder(indexDir), options);
  }

  /**
   * @param corpusDir the corpus folder
   * @param target where to write: an index folder or another engine's collection
   * @param options how to reindex
   */
  public Reindexer(Path corpusDir, ReindexTarget target, Options options) {
    this.corpus = new Corpus(corpusDir);
    this.target = target;
    this.options = options;
  }

  /**
   * Runs the reindex.
   *
   * @return what it did
   * @throws IOException when the corpus folder, catalog or registry cannot be read or the index
   *     cannot be written; the previous index is then untouched
   */
  public ReindexReport run() throws IOException {
    long start = System.nanoTime();
    Corpus.Listing listing = corpus.listing();
    List<String> paths = listing.documents();
    Catalog catalog = corpus.catalog();
    ClaimExtractor extractor = new ClaimExtractor(Registry.load(corpus.registryDir()));
    options.listener().started(paths.size());
    try (ReindexTarget.Previous previous = target.previous()) {
      boolean create = !previous.exists() || !VERSION.equals(previous.schema());
      if (create && previous.exists()) {
        LOG.info("index schema {} differs from {}: rebuilding", previous.schema(), VERSION);
      }
      boolean reparseAll =
          options.full() || create || !extractor.fingerprint().equals(previous.fingerprint());
      Instant now = options.clock().instant().truncatedTo(ChronoUnit.SECONDS);
      Set<String> present = Set.copyOf(paths);
      Set<String> gone = new TreeSet<>();
      for (String old : previous.hashes().keySet()) {
        if (!present.contains(old) && !unreadableNow(old, listing)) {
          gone.add(old);
        }
      }
      Run run = new Run(catalog, extractor, previous, reparseAll, now, gone);
      try (ReindexTarget.Writer writer = target.writer(create, options.threads())) {
        long filesStart = System.nanoTime();
        List<Outcome> outcomes = run.processAll(paths, writer);
        Duration files = Duration.ofNanos(System.nanoTime() - filesStart);
        List<ReindexRecord.DocumentChanges> changes = new ArrayList<>();
        for (Outcome outcome : outcomes) {
          if (outcome instanceof Outcome.Parsed p && !p.changes().isEmpty()) {
            changes.add(p.changes());
          }
        }
        int removed = 0;
        for (String old : gone) {
          // A renamed file's claims are already kept as its successor's former claims.
          List<StoredClaim> claims =
              run.renamed.containsKey(old) ? List.of() : previous.claimsOf(old);
          writer.removeFile(old, claims);
          changes.add(ClaimSuccession.removedFile(old, claims));
          removed++;
        }
        Set<String> written = new TreeSet<>();
        for (Outcome outcome : outcomes) {
          if (outcome instanceof Outcome.Parsed p) {
            written.add(p.path());
          }
        }
        CrossDocumentLinker.Result linking = writer.link(written, options.threads());
        changes = ClaimSuccession.withAnswersFrom(changes, linking.answers());
        changes.sort(Comparator.comparing(ReindexRecord.DocumentChanges::path));
        ReindexRecord record =
            changes.isEmpty()
                ? null
                : new ReindexRecord(
                    previous.lastSequence() + 1, now.toString(), reparseAll, changes);
        long commitStart = System.nanoTime();
        writer.commit(extractor.fingerprint(), record);

        ReindexReport.Stages stages =
            run.stages(files, Duration.ofNanos(System.nanoTime() - commitStart));
        return report(
            outcomes,
            listing.skipped(),
            paths.size(),
            removed,
            reparseAll,
            record,
            linking,
            stages,
            start);
      }
    }
  }

  /** Whether a file was in an entry the walk could not read this time (its index entry stays). */
  private static boolean unreadableNow(String path, Corpus.Listing listing) {
    for (Corpus.Unlisted entry : listing.skipped()) {
      if (entry.unreadable()
          && (path.equals(entry.path()) || path.startsWith(entry.path() + "/"))) {
        return true;
      }
    }
    return false;
  }

  private ReindexReport report(
      List<Outcome> outcomes,
      List<Corpus.Unlisted> unlisted,
      int seen,
      int removed,
      boolean full,
      ReindexRecord record,
      CrossDocumentLinker.Result linking,
      ReindexReport.Stages stages,
      long start)
      throws IOException {
    int parsed = 0;
    int unchanged = 0;
    long claims = 0;
    long bytes = 0;
    List<ReindexReport.Skipped> skipped = new ArrayList<>();
    for (Corpus.Unlisted entry : unlisted) {
      LOG.warn("skipped {}: {}", entry.path(), entry.reason());
      skipped.add(new ReindexReport.Skipped(entry.path(), entry.reason()));
    }
    List<String> warnings = new ArrayList<>();
    UnregisteredNames names = UnregisteredNames.NONE;
    for (Outcome outcome : outcomes) {
      switch (outcome) {
        case Outcome.Parsed p -> {
          parsed++;
          claims += p.claims();
          bytes += p.bytes();
          p.warnings().forEach(w -> warnings.add(p.path() + ": " + w));
          names = names.plus(p.names());
        }
        case Outcome.Unchanged u -> unchanged++;
        case Outcome.Skipped s -> skipped.add(new ReindexReport.Skipped(s.path(), s.reason()));
      }
    }
    ReindexTarget.Totals totals = target.totals();
    return new ReindexReport(
        seen,
        parsed,
        unchanged,
        removed,
        skipped,
        warnings,
        names,
        claims,
        totals.claims(),
        totals.documents(),
        bytes,
        full,
        record,
        new ReindexReport.Linking(
            linking.claimsSearched(),
            linking.answersAdded(),
            totals.answers(),
            linking.claimsRewritten(),
            linking.elapsed()),
        stages,
        Duration.ofNanos(System.nanoTime() - start));
  }

  /** A file's article and claims. */
  private record Parsed(Article article, List<Claim> claims) {}

  /** What happened to one file. */
  private sealed interface Outcome {
    record Parsed(
        String path,
        long claims,
        long bytes,
        List<String> warnings,
        UnregisteredNames names,
        ReindexRecord.DocumentChanges changes)
        implements Outcome {}

    record Unchanged(String path) implements Outcome {}

    record Skipped(String path, String reason) implements Outcome {}
  }

  /** One reindex's state shared by its workers. */
  private final class Run {
    private final Catalog catalog;
    private final ClaimExtractor extractor;
    private final ReindexTarget.Previous previous;
    private final boolean reparseAll;
    private final Instant now;
    private final FileTimeLimit timeLimit = new FileTimeLimit(options.fileTimeLimit());

    /** The previous commit's files that left the corpus. */
    private final Set<String> gone;

    /** Files that left the corpus under one name and came back under another: old to new. */
    private final Map<String, String> renamed = new ConcurrentHashMap<>();

    private Map<String, String> goneBySentences;

    // Thread time of the file stage's parts, summed over the workers (see ReindexReport.Stages).
    private final LongAdder readingNanos = new LongAdder();
    private final LongAdder articleNanos = new LongAdder();
    private final LongAdder claimNanos = new LongAdder();
    private final LongAdder writingNanos = new LongAdder();

    Run(
        Catalog catalog,
        ClaimExtractor extractor,
        ReindexTarget.Previous previous,
        boolean reparseAll,
        Instant now,
        Set<String> gone) {
      this.catalog = catalog;
      this.extractor = extractor;
      this.previous = previous;
      this.reparseAll = reparseAll;
      this.now = now;
      this.gone = gone;
    }

    /**
     * The file whose claims a file's claims descend from: itself when the previous commit holds it,
     * else a file that left the corpus with the same content (a rename or move), so that its claims
     * keep their first-indexed dates and the old ids their successors; null for a new file. The
     * same content is the same bytes and catalog entry, or else exactly the same sentences: a file
     * moved without moving its catalog entry (whose key is its path) has other metadata but says
     * the same. A file whose sentences changed under a new name is a new file.
     */
    private String predecessor(String path, String hash, List<Claim> claims) throws IOException {
      if (previous.hashes().containsKey(path)) {
        return path;
      }
      for (String old : gone) {
        if (hash.equals(previous.hashes().get(old)) && renamed.putIfAbsent(old, path) == null) {
          return old;
        }
      }
      if (claims.isEmpty() || gone.isEmpty()) {
        return null; // nothing left the corpus: no file's sentences to compare with
      }
      String old = goneBySentences().get(sentences(claims.stream().map(Claim::text).toList()));
      return old != null && renamed.putIfAbsent(old, path) == null ? old : null;
    }

    /**
     * The files that left the corpus by their sentences, read once per reindex and only when a new
     * file's content matched none of them byte for byte.
     */
    private synchronized Map<String, String> goneBySentences() throws IOException {
      if (goneBySentences == null) {
        Map<String, String> bySentences = new HashMap<>();
        for (String old : gone) {
          List<StoredClaim> stored = previous.claimsOf(old);
          if (!stored.isEmpty()) {
            bySentences.putIfAbsent(
                sentences(stored.stream().map(c -> c.claim().text()).toList()), old);
          }
        }
        goneBySentences = Map.copyOf(bySentences);
      }
      return goneBySentences;
    }

    /** A file's sentences as one key, whatever order they were listed in. */
    private static String sentences(List<String> texts) {
      return String.join("\n", texts.stream().sorted().toList());
    }

    ReindexReport.Stages stages(Duration files, Duration commit) {
      return new ReindexReport.Stages(
          files,
          Duration.ofNanos(readingNanos.sum()),
          Duration.ofNanos(articleNanos.sum()),
          Duration.ofNanos(claimNanos.sum()),
          Duration.ofNanos(writingNanos.sum()),
          commit);
    }

    List<Outcome> processAll(List<String> paths, ReindexTarget.Writer writer) throws IOException {
      ExecutorService pool = Executors.newFixedThreadPool(options.threads());
      try (timeLimit) {
        List<Future<Outcome>> futures = new ArrayList<>(paths.size());
        for (String path : paths) {
          futures.add(pool.submit(() -> process(path, writer)));
        }
        List<Outcome> outcomes = new ArrayList<>(paths.size());
        for (Future<Outcome> future : futures) {
          outcomes.add(await(future));
        }
        return outcomes;
      } finally {
        pool.shutdownNow();
      }
    }

    private Outcome process(String path, ReindexTarget.Writer writer) throws IOException {
      try {
        return processFile(path, writer);
      } finally {
        options.listener().fileDone(path);
      }
    }

    private Outcome processFile(String path, ReindexTarget.Writer writer) throws IOException {
      long readingStart = System.nanoTime();
      Path file = corpus.file(path);
      byte[] bytes;
      try {
        if (Files.size(file) > ArticleLoader.MAX_BYTES) {
          throw new BadDocumentException(
              path,
              BadDocumentException.Reason.TOO_LARGE,
              Files.size(file) + " bytes, limit " + ArticleLoader.MAX_BYTES);
        }
        bytes = Files.readAllBytes(file);
      } catch (BadDocumentException e) {
        return skipped(e);
      } catch (IOException e) {
        return skipped(
            new BadDocumentException(
                path, BadDocumentException.Reason.UNREADABLE, e.getMessage(), e));
      }
      DocumentMetadata entry = catalog.entry(path);
      String hash = contentHash(bytes, entry == null ? "" : entry.fingerprint());
      readingNanos.add(System.nanoTime() - readingStart);
      if (!reparseAll && hash.equals(previous.hashes().get(path))) {
        return new Outcome.Unchanged(path);
      }
      Parsed parsed;
      try {
        byte[] content = bytes;
        parsed = timeLimit.run(path, () -> parse(content, path));
      } catch (BadDocumentException e) {
        return skipped(e);
      }
      long writingStart = System.nanoTime();
      Article article = parsed.article();
      List<Claim> claims = parsed.claims();
      String predecessor = predecessor(path, hash, claims);
      ClaimSuccession succession =
          ClaimSuccession.of(
              ClaimIndexWriter.documentInfo(article),
              path.equals(predecessor),
              predecessor == null ? List.of() : previous.claimsOf(predecessor),
              claims,
              now);
      writer.replaceFile(
          new ReindexTarget.FileVersion(
              article,
              claims,
              hash,
              succession.vanished(),
              succession.firstIndexed(),
              succession.successors()));
      writingNanos.add(System.nanoTime() - writingStart);
      return new Outcome.Parsed(
          path,
          claims.size(),
          bytes.length,
          article.warnings(),
          extractor.unregisteredNames(claims),
          succession.changes());
    }

    /**
     * Reads a file's article and extracts its claims: the part of a file's work that its content
     * can make slow or large, run within the per-file time limit. Whatever else goes wrong on one
     * file (a bug met on a page, a parser's stack overflow, memory) is that file's skip too: what
     * it built is unreachable once this frame is left.
     */
    private Parsed parse(byte[] bytes, String path) throws BadDocumentException {
      try {
        long articleStart = System.nanoTime();
        Article article = catalog.apply(loader.parse(bytes, path));
        long claimStart = System.nanoTime();
        articleNanos.add(claimStart - articleStart);
        List<Claim> claims = extractor.extract(article);
        claimNanos.add(System.nanoTime() - claimStart);
        return new Parsed(article, claims);
      } catch (TooManySentencesException e) {
        throw e.toBadDocument();
      } catch (FileTimeLimit.Expired e) {
        throw e;
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
        throw new BadDocumentException(
            path,
            BadDocumentException.Reason.INTERNAL,
            e + "; a bug in Pincite: please report the file",
            e);
      }
    }

    private Outcome skipped(BadDocumentException e) {
      // Debug only: the report lists every skipped file with its reason, and the commands print
      // it; a warning here too repeated each one around the summary.
      LOG.debug("skipped {}", e.getMessage());
      String message = e.getMessage();
      String reason =
          message.startsWith(e.path() + ": ") ? message.substring(e.path().length() + 2) : message;
      return new Outcome.Skipped(e.path(), reason);
    }
  }

  private static Outcome await(Future<Outcome> future) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("reindex interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      // The command prefixes "reindex failed: " itself.
      throw new IOException(String.valueOf(e.getCause()), e.getCause());
    }
  }

  static String contentHash(byte[] bytes, String catalogEntry) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(bytes);
      digest.update((byte) 0);
      digest.update(catalogEntry.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
