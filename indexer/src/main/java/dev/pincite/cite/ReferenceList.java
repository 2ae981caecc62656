package dev.pincite.cite;

import dev.pincite.index.StoredClaim;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbered reference list {@code cite --references STYLE} keeps at the end of a memo, between
 * two marker comments so that a later run replaces it instead of appending another:
 *
 * <pre>
 * &lt;!-- pincite:references style=apa --&gt;
 * 1. …
 * &lt;!-- /pincite:references --&gt;
 * </pre>
 *
 * <p>It lists every claim the memo's citations resolve to, once, in order of first citation. APA
 * and Chicago cite documents: claims of one article make one entry, which names their paragraphs
 * ("Cited at ¶ 3, ¶ 7."). BibTeX and CSL-JSON, which are not prose, go into one fenced code block
 * instead of a numbered list.
 */
public final class ReferenceList {

  /** How the opening marker line starts. */
  public static final String START_PREFIX = "<!-- pincite:references";

  /** The closing marker line. */
  public static final String END = "<!-- /pincite:references -->";

  private static final Pattern START_LINE =
      Pattern.compile(Pattern.quote(START_PREFIX) + " style=([a-z-]+) -->");

  private ReferenceList() {}

  /**
   * @param report the checks of the memo's citations
   * @return the claims its citations resolve to, each once, in order of first citation
   */
  public static List<StoredClaim> citedClaims(MemoReport report) {
    Map<String, StoredClaim> claims = new LinkedHashMap<>();
    for (CitationCheck check : report.checks()) {
      if (check.current() != null) {
        claims.putIfAbsent(check.current().claim().id(), check.current());
      }
    }
    return new ArrayList<>(claims.values());
  }

  /**
   * @param memo the memo
   * @param claims the claims to list
   * @param formatter formats each claim
   * @param style the style of the list
   * @return the memo with its reference list replaced, or appended when it had none
   */
  public static String refresh(
      String memo, List<StoredClaim> claims, CitationFormatter formatter, CitationStyle style) {
    String block = render(claims, formatter, style);
    int start = memo.indexOf(START_PREFIX);
    int end = start < 0 ? -1 : memo.indexOf(END, start);
    if (start >= 0 && end >= 0) {
      return memo.substring(0, start) + block + memo.substring(end + END.length());
    }
    String body = memo.stripTrailing();
    return (body.isEmpty() ? "" : body + "\n\n") + block + "\n";
  }

  /**
   * @param memo a memo
   * @return the style of its reference list, or empty when it has none (or names no known style)
   */
  public static Optional<CitationStyle> existingStyle(String memo) {
    Matcher marker = START_LINE.matcher(memo);
    if (!marker.find()) {
      return Optional.empty();
    }
    try {
      return Optional.of(CitationStyle.fromUrlName(marker.group(1)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * The claims grouped by document, in order of each document's first citation: APA and Chicago
   * cite a document, so two claims of one article are one reference, with their paragraphs.
   */
  private static List<List<StoredClaim>> byDocument(List<StoredClaim> claims) {
    Map<String, List<StoredClaim>> documents = new LinkedHashMap<>();
    for (StoredClaim claim : claims) {
      documents.computeIfAbsent(claim.document().id(), id -> new ArrayList<>()).add(claim);
    }
    return new ArrayList<>(documents.values());
  }

  static String render(List<StoredClaim> claims, CitationFormatter formatter, CitationStyle style) {
    StringBuilder out = new StringBuilder();
    out.append(START_PREFIX).append(" style=").append(style.urlName()).append(" -->\n");
    if (style == CitationStyle.BIBTEX || style == CitationStyle.CSL_JSON) {
      out.append(style == CitationStyle.BIBTEX ? "```bibtex\n" : "```json\n");
      List<String> entries = new ArrayList<>();
      for (StoredClaim claim : claims) {
        entries.add(formatter.format(claim, style).text());
      }
      if (style == CitationStyle.BIBTEX) {
        out.append(String.join("\n\n", entries));
      } else {
        out.append('[').append(String.join(",\n", entries)).append(']');
      }
      out.append("\n```\n");
    } else if (style == CitationStyle.APA || style == CitationStyle.CHICAGO) {
      int n = 1;
      for (List<StoredClaim> document : byDocument(claims)) {
        out.append(n++)
            .append(". ")
            .append(formatter.format(document.getFirst(), style).text())
            .append(" Cited at ")
            .append(
                String.join(
                    ", ", document.stream().map(c -> "¶ " + c.claim().paragraph()).toList()))
            .append(".\n");
      }
    } else {
      int n = 1;
      for (StoredClaim claim : claims) {
        out.append(n++).append(". ").append(formatter.format(claim, style).text()).append('\n');
      }
    }
    return out.append(END).toString();
  }
}
