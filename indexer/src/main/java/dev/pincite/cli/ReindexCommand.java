package dev.pincite.cli;

import dev.pincite.index.ReindexRecord;
import dev.pincite.index.ReindexReport;
import dev.pincite.index.Reindexer;
import dev.pincite.ingest.FileTimeLimit;
import dev.pincite.solr.SolrCollection;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code pincite reindex}: indexes a corpus folder, incrementally unless {@code --full}. Exits with
 * {@value #OK} when every file was indexed, {@value #SKIPPED_FILES} when the index was written but
 * some files were skipped (listed in the summary), {@value #FAILED} when nothing was written.
 */
@Command(
    name = "reindex",
    mixinStandardHelpOptions = true,
    description = {
      "Index a corpus folder (HTML, Markdown, plain text) into an index folder.",
      "Incremental: unchanged files are not parsed again. The new index replaces the old one only"
          + " when complete; bad files are reported and skipped."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done: every file indexed",
      "3:done, with skipped files (listed in the summary; their earlier version, if any, stays"
          + " indexed)",
      "2:failed: the previous index, if any, is unchanged"
    })
public final class ReindexCommand implements Callable<Integer> {

  /** Every file indexed. */
  static final int OK = 0;

  /** Failed; the previous index is unchanged. Also picocli's code for a bad command line. */
  static final int FAILED = 2;

  /** The index was written, but some files were skipped: worth a script's attention. */
  static final int SKIPPED_FILES = 3;

  @Mixin CorpusOption corpus;

  @Mixin IndexOption index;

  @Mixin SolrOption solr;

  @Option(names = "--full", description = "Parse every file again and rebuild.")
  boolean full;

  @Option(names = "--threads", description = "Worker threads (default: one per core).")
  Integer threads;

  @Option(
      names = "--file-time-limit",
      paramLabel = "SECONDS",
      description =
          "The time one file may take to be read and its claims extracted; a file over it is"
              + " skipped with the reason (default: ${DEFAULT-VALUE}).")
  long fileTimeLimitSeconds = FileTimeLimit.DEFAULT.toSeconds();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Reindexer.Options options = Reindexer.Options.defaults().withFull(full);
    if (threads != null) {
      options = new Reindexer.Options(full, threads, options.listener());
    }
    options = options.withFileTimeLimit(Duration.ofSeconds(fileTimeLimitSeconds));
    try (Progress progress = new Progress(System.console() != null)) {
      ReindexReport report;
      String target;
      if (solr.isSet()) {
        try (SolrCollection collection = solr.connect()) {
          report = new Reindexer(corpus.dir(), collection, options.withListener(progress)).run();
        }
        target = solr.describe();
      } else {
        report = new Reindexer(corpus.dir(), index.dir(), options.withListener(progress)).run();
        target = index.dir().toString();
      }
      progress.close();
      print(report, corpus.dir(), target, out);
      return report.skipped().isEmpty() ? OK : SKIPPED_FILES;
    } catch (IOException | IllegalArgumentException e) {
      err.println("reindex failed: " + e.getMessage());
      err.println("The previous index, if any, is unchanged.");
      return FAILED;
    }
  }

  private static final int NAMES_SHOWN = 40;

  static void print(ReindexReport r, Path corpus, Object index, PrintWriter out) {
    double seconds = r.elapsed().toNanos() / 1e9;
    out.printf(
        Locale.ROOT,
        "Reindexed %s into %s in %.2f s%s%n",
        corpus,
        index,
        seconds,
        r.full() ? " (full)" : "");
    out.printf(Locale.ROOT, "  files found      %d%n", r.filesSeen());
    out.printf(
        Locale.ROOT,
        "  files parsed     %d (%.1f KB)%n",
        r.filesParsed(),
        r.bytesParsed() / 1024.0);
    out.printf(Locale.ROOT, "  files unchanged  %d%n", r.filesUnchanged());
    out.printf(Locale.ROOT, "  files removed    %d%n", r.filesRemoved());
    out.printf(Locale.ROOT, "  files skipped    %d%n", r.skipped().size());
    for (ReindexReport.Skipped s : r.skipped()) {
      out.printf(Locale.ROOT, "    %s: %s%n", s.path(), s.reason());
    }
    out.printf(Locale.ROOT, "  claims written   %d%n", r.claimsWritten());
    out.printf(
        Locale.ROOT,
        "  index now holds  %d documents, %d claims, %d answers across documents%n",
        r.documentsTotal(),
        r.claimsTotal(),
        r.linking().answersTotal());
    out.printf(
        Locale.ROOT,
        "  linking          %d claims searched, %d answers found, %d claims updated in %.2f s%n",
        r.linking().claimsSearched(),
        r.linking().answersAdded(),
        r.linking().claimsRewritten(),
        r.linking().elapsed().toNanos() / 1e9);
    printChanges(r.changes(), out);
    printNames("speakers", r.unregistered().speakers(), out);
    printNames("organisations", r.unregistered().organisations(), out);
    if (!r.warnings().isEmpty()) {
      out.printf(Locale.ROOT, "  warnings         %d%n", r.warnings().size());
      r.warnings().forEach(w -> out.printf(Locale.ROOT, "    %s%n", w));
    }
    out.flush();
  }

  private static final int CHANGED_DOCUMENTS_SHOWN = 10;

  /** What the reindex changed, claim by claim, as recorded in the index ("what's new"). */
  private static void printChanges(ReindexRecord changes, PrintWriter out) {
    if (changes == null) {
      out.printf(Locale.ROOT, "  claims changed   none%n");
      return;
    }
    out.printf(
        Locale.ROOT,
        "  claims changed   %d added, %d changed, %d removed, %d new answers in %d documents"
            + " (%d new, %d changed, %d removed); reindex #%d, on /whats-new%n",
        changes.added(),
        changes.changed(),
        changes.removed(),
        changes.answers(),
        changes.documents().size(),
        changes.documents(ReindexRecord.Change.NEW),
        changes.documents(ReindexRecord.Change.CHANGED),
        changes.documents(ReindexRecord.Change.REMOVED),
        changes.sequence());
    List<ReindexRecord.DocumentChanges> shown =
        changes
            .documents()
            .subList(0, Math.min(changes.documents().size(), CHANGED_DOCUMENTS_SHOWN));
    for (ReindexRecord.DocumentChanges d : shown) {
      out.printf(
          Locale.ROOT,
          "    %-7s %s: +%d ~%d -%d%s%n",
          d.change().name().toLowerCase(Locale.ROOT),
          d.path(),
          d.added().size(),
          d.changed().size(),
          d.removed().size(),
          d.answers().isEmpty() ? "" : ", " + d.answers().size() + " new answer(s)");
    }
    if (shown.size() < changes.documents().size()) {
      out.printf(Locale.ROOT, "    ... and %d more%n", changes.documents().size() - shown.size());
    }
  }

  /** Names of the parsed files the registry does not list, for a person to confirm there. */
  private static void printNames(String kind, List<String> names, PrintWriter out) {
    if (names.isEmpty()) {
      return;
    }
    int shown = Math.min(names.size(), NAMES_SHOWN);
    out.printf(
        Locale.ROOT,
        "  %s not in the registry: %d (add them to registry/ to give aliases; all on /names)%n    %s%s%n",
        kind,
        names.size(),
        String.join(", ", names.subList(0, shown)),
        shown < names.size() ? ", ..." : "");
  }

  /** A progress bar on a terminal; nothing when output is redirected. */
  private static final class Progress implements Reindexer.Listener, AutoCloseable {
    private final boolean enabled;
    private ProgressBar bar;

    Progress(boolean enabled) {
      this.enabled = enabled;
    }

    @Override
    public synchronized void started(int files) {
      if (enabled) {
        bar =
            new ProgressBarBuilder()
                .setTaskName("Indexing")
                .setInitialMax(files)
                .setStyle(ProgressBarStyle.ASCII)
                .setUnit(" files", 1)
                .build();
      }
    }

    @Override
    public synchronized void fileDone(String path) {
      if (bar != null) {
        bar.step();
      }
    }

    @Override
    public synchronized void close() {
      if (bar != null) {
        bar.close();
        bar = null;
      }
    }
  }
}
