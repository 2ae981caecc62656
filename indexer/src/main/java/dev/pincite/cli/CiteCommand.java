package dev.pincite.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.pincite.cite.CitationCheck;
import dev.pincite.cite.CitationFormatter;
import dev.pincite.cite.CitationStyle;
import dev.pincite.cite.HttpClaimLookup;
import dev.pincite.cite.MemoChecker;
import dev.pincite.cite.MemoDate;
import dev.pincite.cite.MemoReport;
import dev.pincite.cite.ReferenceList;
import dev.pincite.index.ClosestClaim;
import dev.pincite.index.StoredClaim;
import dev.pincite.search.ClaimLookup;
import dev.pincite.search.ClaimSearcher;
import java.io.Closeable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pincite cite MEMO.md}: checks a memo's claim citations against the index (or a running
 * server) and prints one line per citation: unchanged, changed (with the new text), removed (with
 * the closest successor, if any), and under it the claims that <em>answered</em> it since the
 * memo's date (front matter {@code date}, or {@code --since}), each with a citation ready to paste.
 * {@code --format json} prints the same report ({@link MemoReport}) as one JSON object.
 *
 * <p>Exit status: 0 when every citation is unchanged and unanswered; 1 when something needs the
 * writer's attention (a citation changed or was removed, or a cited claim was answered since the
 * memo's date); 2 when the memo, its date or the index cannot be read. A memo can so be checked in
 * CI.
 */
@Command(
    name = "cite",
    mixinStandardHelpOptions = true,
    description = {
      "Check the claim citations of a Markdown memo: links to …/claims/{id} and keys [@id].",
      "Reports for each: unchanged, changed (with the new text) or removed (with the closest"
          + " successor), and the claims answering it that were first indexed after the memo's"
          + " date (front matter `date`, or --since).",
      "Exit status 0 when all is current, 1 when something needs attention (changed, removed or"
          + " answered since), 2 when the memo, its date or the index cannot be read."
    })
public final class CiteCommand implements Callable<Integer> {

  /** The archive's address when neither --base-url nor --server is given. */
  static final String DEFAULT_BASE_URL = "http://127.0.0.1:7070";

  @Parameters(index = "0", paramLabel = "MEMO.md", description = "The Markdown memo to check.")
  Path memo;

  @Mixin IndexOption index;

  @Option(
      names = "--server",
      paramLabel = "URL",
      description = "Ask a running server instead of reading the index folder.")
  String server;

  @Option(
      names = "--fix",
      description =
          "Rewrite changed citations to the suggested claim when the match is clear (and"
              + " refresh the reference list, if the memo has one).")
  boolean fix;

  @Option(
      names = "--references",
      paramLabel = "STYLE",
      converter = StyleConverter.class,
      description =
          "Append or refresh a numbered reference list in this style: markdown, text, apa,"
              + " chicago, bibtex, csl-json.")
  CitationStyle references;

  @Option(
      names = "--base-url",
      paramLabel = "URL",
      description =
          "The archive's address for links in the reference list (default: --server or "
              + DEFAULT_BASE_URL
              + ").")
  String baseUrl;

  @Option(
      names = "--since",
      paramLabel = "DATE",
      description =
          "Report answers first indexed after this date (2026-07-01: after that day, UTC) or"
              + " instant (2026-07-01T09:30:00Z), instead of the memo's front-matter date.")
  String since;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = FormatConverter.class,
      description = "text (default) or json: the report as one JSON object, for scripts.")
  Format format = Format.TEXT;

  /** How the report is printed. */
  enum Format {
    TEXT,
    JSON;
  }

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isRegularFile(memo)) {
      err.println("cite: memo not found: " + memo.toAbsolutePath());
      return 2;
    }
    try (Lookup lookup = openLookup()) {
      String text = Files.readString(memo, StandardCharsets.UTF_8);
      Instant memoDate = since != null ? MemoDate.parse(since) : MemoDate.ofMemo(text).orElse(null);
      MemoChecker checker = new MemoChecker(lookup.lookup(), new CitationFormatter(archiveUrl()));
      MemoReport report = checker.check(text, memoDate);
      // JSON alone on stdout, so a script can parse it; what --fix did goes to stderr then.
      PrintWriter notes = format == Format.JSON ? err : out;
      if (format == Format.JSON) {
        out.println(JSON.writeValueAsString(report));
      } else {
        print(report, out);
      }
      String updated = rewrite(text, report, checker, notes);
      if (!updated.equals(text)) {
        Files.writeString(memo, updated, StandardCharsets.UTF_8);
        notes.println("updated " + memo);
      }
      out.flush();
      err.flush();
      return report.needsAttention() ? 1 : 0;
    } catch (IOException | IllegalArgumentException e) {
      // IllegalArgumentException: a bad --since or front-matter date, or a bad server URL
      err.println("cite: " + e.getMessage());
      return 2;
    }
  }

  private void print(MemoReport report, PrintWriter out) {
    for (CitationCheck check : report.checks()) {
      out.println(memo.getFileName() + ":" + line(check));
      for (CitationCheck.Answer answer : check.answers()) {
        out.println(answerLine(answer));
        out.println("      " + answer.citation());
      }
    }
    out.printf(
        Locale.ROOT,
        "%d citations: %d unchanged, %d changed, %d removed, %d moved",
        report.checks().size(),
        report.count(CitationCheck.Status.UNCHANGED),
        report.count(CitationCheck.Status.CHANGED),
        report.count(CitationCheck.Status.REMOVED),
        report.count(CitationCheck.Status.MOVED));
    if (report.since() == null) {
      out.println(
          "; answers not looked for: the memo has no date (front matter `date:` or --since)");
    } else {
      out.printf(Locale.ROOT, "; %d answered since %s%n", report.answered(), report.since());
    }
  }

  static String answerLine(CitationCheck.Answer answer) {
    StoredClaim claim = answer.claim();
    String speaker = claim.claim().speaker() == null ? "" : claim.claim().speaker() + ": ";
    return String.format(
        Locale.ROOT,
        "      answered since by %s (first indexed %s): %s“%s”",
        claim.claim().id(),
        claim.firstIndexed(),
        speaker,
        claim.claim().text());
  }

  /** Applies {@code --fix} and {@code --references}; returns the memo's new text. */
  private String rewrite(String text, MemoReport report, MemoChecker checker, PrintWriter out)
      throws IOException {
    String updated = text;
    if (fix) {
      MemoChecker.Fixed fixed = MemoChecker.fix(updated, report);
      updated = fixed.memo();
      out.printf(Locale.ROOT, "fixed %d citation(s)%n", fixed.fixed());
    }
    // a fix also refreshes an existing reference list, so that it does not keep the old ids
    CitationStyle listStyle = references;
    if (listStyle == null && !updated.equals(text)) {
      listStyle = ReferenceList.existingStyle(updated).orElse(null);
    }
    if (listStyle == null) {
      return updated;
    }
    MemoReport current = updated.equals(text) ? report : checker.check(updated);
    List<StoredClaim> claims = ReferenceList.citedClaims(current);
    out.printf(Locale.ROOT, "reference list: %d claim(s), %s%n", claims.size(), listStyle);
    return ReferenceList.refresh(updated, claims, new CitationFormatter(archiveUrl()), listStyle);
  }

  private String archiveUrl() {
    if (baseUrl != null) {
      return baseUrl;
    }
    return server != null ? server : DEFAULT_BASE_URL;
  }

  private Lookup openLookup() throws IOException {
    if (server != null) {
      return new Lookup(new HttpClaimLookup(server), null);
    }
    ClaimSearcher searcher = ClaimSearcher.open(index.dir());
    return new Lookup(searcher, searcher);
  }

  static String line(CitationCheck check) {
    var citation = check.citation();
    StringBuilder line =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "%-4s %-8s %s",
                citation.line() + ":",
                check.status().label(),
                citation.id()));
    ClosestClaim.Match suggestion = check.suggestion();
    switch (check.status()) {
      case UNCHANGED -> {}
      case CHANGED -> {
        if (suggestion == null && check.current() != null) {
          line.append("  quoted text not in the claim, which now reads: “")
              .append(check.current().claim().text())
              .append("”");
        } else if (suggestion == null) {
          line.append("  quoted text not in the claim; no close claim in its document");
        } else {
          line.append(
              String.format(
                  Locale.ROOT,
                  "  -> %s (similarity %.2f, %s): “%s”",
                  suggestion.claim().claim().id(),
                  suggestion.score(),
                  suggestion.clear() ? "clear" : "not clear",
                  suggestion.claim().claim().text()));
        }
      }
      case MOVED ->
          line.append(
              String.format(
                  Locale.ROOT,
                  "  -> %s (its file moved: %s -> %s): “%s”",
                  suggestion.claim().claim().id(),
                  check.former() == null ? "?" : check.former().document().path(),
                  suggestion.claim().document().path(),
                  suggestion.claim().claim().text()));
      case REMOVED -> {
        if (suggestion != null) {
          line.append(
              String.format(
                  Locale.ROOT,
                  "  closest %s (similarity %.2f, not clear): “%s”",
                  suggestion.claim().claim().id(),
                  suggestion.score(),
                  suggestion.claim().claim().text()));
        } else if (check.nearId() != null) {
          line.append("  did you mean ")
              .append(check.nearId().claim().id())
              .append("? “")
              .append(check.nearId().claim().text())
              .append("”");
        } else if (check.former() == null && citation.quote() == null) {
          line.append("  never indexed (or no history kept), and the memo quotes nothing to match");
        } else {
          line.append("  no current claim of its document is close");
        }
        if (check.former() != null) {
          line.append(" (was: “").append(check.former().claim().text()).append("”)");
        }
      }
    }
    return line.toString();
  }

  /** Parses {@code --format}, in any case. */
  static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      for (Format f : Format.values()) {
        if (f.name().equalsIgnoreCase(value)) {
          return f;
        }
      }
      throw new CommandLine.TypeConversionException("--format is text or json, got: " + value);
    }
  }

  /** Parses a style name for {@code --references}. */
  static final class StyleConverter implements CommandLine.ITypeConverter<CitationStyle> {
    @Override
    public CitationStyle convert(String value) {
      try {
        return CitationStyle.fromUrlName(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  /** A lookup and what to close after it. */
  private record Lookup(ClaimLookup lookup, Closeable resource) implements Closeable {
    @Override
    public void close() throws IOException {
      if (resource != null) {
        resource.close();
      }
    }
  }
}
