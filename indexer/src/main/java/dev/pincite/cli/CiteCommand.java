package dev.pincite.cli;

import dev.pincite.cite.CitationCheck;
import dev.pincite.cite.CitationFormatter;
import dev.pincite.cite.CitationStyle;
import dev.pincite.cite.ClosestClaim;
import dev.pincite.cite.HttpClaimLookup;
import dev.pincite.cite.MemoChecker;
import dev.pincite.cite.MemoReport;
import dev.pincite.cite.ReferenceList;
import dev.pincite.index.StoredClaim;
import dev.pincite.search.ClaimLookup;
import dev.pincite.search.ClaimSearcher;
import java.io.Closeable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * server) and prints one line per citation: resolves, changed (with the suggested claim) or missing
 * (with the closest claim, if any). Exit status 1 when a citation is missing, 2 when the memo or
 * the index cannot be read, 0 otherwise, so a memo can be checked in CI.
 */
@Command(
    name = "cite",
    mixinStandardHelpOptions = true,
    description = {
      "Check the claim citations of a Markdown memo: links to …/claims/{id} and keys [@id].",
      "Reports for each: resolves, changed (with a suggestion) or missing. Exit status 1 when"
          + " anything is missing."
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
      MemoChecker checker = new MemoChecker(lookup.lookup());
      MemoReport report = checker.check(text);
      print(report, out);
      String updated = rewrite(text, report, checker, out);
      if (!updated.equals(text)) {
        Files.writeString(memo, updated, StandardCharsets.UTF_8);
        out.println("updated " + memo);
      }
      out.flush();
      return report.anyMissing() ? 1 : 0;
    } catch (IOException | IllegalArgumentException e) {
      err.println("cite: " + e.getMessage());
      return 2;
    }
  }

  private void print(MemoReport report, PrintWriter out) {
    for (CitationCheck check : report.checks()) {
      out.println(memo.getFileName() + ":" + line(check));
    }
    out.printf(
        Locale.ROOT,
        "%d citations: %d resolve, %d changed, %d missing%n",
        report.checks().size(),
        report.count(CitationCheck.Status.RESOLVES),
        report.count(CitationCheck.Status.CHANGED),
        report.count(CitationCheck.Status.MISSING));
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
      case RESOLVES -> {}
      case CHANGED -> {
        if (suggestion == null) {
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
      case MISSING -> {
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
