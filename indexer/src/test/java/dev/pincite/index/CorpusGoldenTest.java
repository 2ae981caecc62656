package dev.pincite.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pincite.claims.Claim;
import dev.pincite.search.BadQueryException;
import dev.pincite.search.ClaimSearcher;
import dev.pincite.search.SearchRequest;
import dev.pincite.search.SearchResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pins what the bundled {@code corpus/} indexes to: documents, every claim with its fields, facet
 * counts and the hit counts of a few fixed searches. A change to a rule that moves any of these
 * fails here with the first differing line; when the change is intended, regenerate the golden file
 * with {@code -Dpincite.golden.update=true} and review its diff like code.
 */
class CorpusGoldenTest {

  private static final Path ROOT = Path.of(System.getProperty("pincite.root", ".."));
  private static final Path GOLDEN =
      ROOT.resolve("indexer/src/test/resources/golden/corpus-index.txt");

  /** Searches whose hit counts are pinned: words, a phrase, boolean and fielded queries. */
  private static final List<String> QUERIES =
      List.of(
          "compute",
          "meta",
          "\"capital expenditure\"",
          "gpu AND cloud",
          "nvidia OR amazon",
          "speaker:coogan",
          "type:counterclaim",
          "stance:bearish");

  @TempDir Path index;

  @Test
  void theBundledCorpusIndexesToTheGoldenSnapshot() throws IOException, BadQueryException {
    ReindexReport report =
        new Reindexer(ROOT.resolve("corpus"), index, Reindexer.Options.defaults()).run();
    assertTrue(report.skipped().isEmpty(), "corpus files skipped: " + report.skipped());

    String actual;
    try (ClaimSearcher searcher = ClaimSearcher.open(index)) {
      actual = snapshot(report, searcher);
    }
    if (Boolean.getBoolean("pincite.golden.update")) {
      Files.createDirectories(GOLDEN.getParent());
      Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
    }
    String expected = Files.readString(GOLDEN, StandardCharsets.UTF_8);
    assertEquals("", firstDifference(expected, actual), "corpus index differs from " + GOLDEN);
  }

  private static String snapshot(ReindexReport report, ClaimSearcher searcher)
      throws IOException, BadQueryException {
    List<String> lines = new ArrayList<>();
    lines.add("# What corpus/ indexes to; see CorpusGoldenTest for how to regenerate.");
    lines.add("documents " + report.documentsTotal());
    lines.add("claims " + report.claimsTotal());
    SearchResult all = searcher.search(SearchRequest.of(""));
    for (SearchResult.FacetResult facet : all.facets()) {
      for (SearchResult.FacetCount value : facet.values()) {
        lines.add("facet " + facet.dimension() + "\t" + value.value() + "\t" + value.count());
      }
    }
    for (String query : QUERIES) {
      lines.add("search " + query + "\t" + searcher.search(SearchRequest.of(query)).total());
    }
    lines.add("filter speaker+type\t" + filtered(searcher));
    for (DocumentInfo document : searcher.documents()) {
      lines.add("");
      lines.add("document " + document.id() + "\t" + document.path() + "\t" + document.title());
      for (StoredClaim stored : searcher.claimsOfDocument(document.id().substring(0, 6))) {
        lines.add(claimLine(stored.claim()));
      }
    }
    return String.join("\n", lines) + "\n";
  }

  private static long filtered(ClaimSearcher searcher) throws IOException, BadQueryException {
    SearchResult first = searcher.search(SearchRequest.of(""));
    // The most quoted speaker: "No speaker" is a facet value, not someone quoted.
    String speaker =
        first.facets().getFirst().values().stream()
            .map(SearchResult.FacetCount::value)
            .filter(value -> !value.equals(IndexSchema.NO_SPEAKER))
            .findFirst()
            .orElseThrow();
    SearchRequest request =
        new SearchRequest(
            "",
            Map.of("speaker", List.of(speaker), "type", List.of("claim", "counterclaim")),
            null,
            null,
            1,
            10,
            SearchRequest.Sort.RELEVANCE);
    return searcher.search(request).total();
  }

  private static String claimLine(Claim claim) {
    return String.join(
        "\t",
        claim.id(),
        "¶" + claim.paragraph(),
        claim.type().toString(),
        claim.stance().toString(),
        (claim.attributed() ? "" : "~") + claim.speaker(),
        String.join("|", claim.companies()),
        claim.counters() == null ? "-" : claim.counters(),
        claim.text());
  }

  /** The first line that differs, with its number, or "" when the texts are equal. */
  private static String firstDifference(String expected, String actual) {
    String[] want = expected.split("\n", -1);
    String[] got = actual.split("\n", -1);
    for (int i = 0; i < Math.max(want.length, got.length); i++) {
      String w = i < want.length ? want[i] : "<end>";
      String g = i < got.length ? got[i] : "<end>";
      if (!w.equals(g)) {
        return "line " + (i + 1) + "\n  golden: " + w + "\n  actual: " + g;
      }
    }
    return "";
  }
}
