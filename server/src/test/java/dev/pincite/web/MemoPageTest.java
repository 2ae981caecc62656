package dev.pincite.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pincite.cite.CitationFormatter;
import dev.pincite.cite.CitationStyle;
import dev.pincite.cite.HttpClaimLookup;
import dev.pincite.cite.MemoChecker;
import dev.pincite.cite.MemoReport;
import dev.pincite.claims.StableIds;
import dev.pincite.index.StoredClaim;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Memo page, the "what's new" page and the "new since" filter over real HTTP: a memo citing
 * three claims, checked after a reindex that adds a counterclaim answering one of them.
 */
class MemoPageTest {

  static final String PATH = "essays/compute.md";
  static final String KEPT =
      "Selling compute by the hour is a commodity business with thin margins.";
  static final String ANSWERED = "Hyperscalers will keep pricing power for a decade.";
  static final String THIRD = "Investors should ignore the quarterly capex headlines.";
  static final String ANSWER = "But their biggest customers already design their own chips.";

  @TempDir Path tmp;

  /** The cited document, before and after the answer is added to it. */
  static String document(boolean answered) {
    return "---\ntitle: The Compute Trade\nauthor: Jane Roe\nsite: Example Review\n"
        + "published: 2026-07-01\n---\n\n"
        + KEPT
        + "\n\n"
        + ANSWERED
        + (answered ? " " + ANSWER : "")
        + "\n\n"
        + THIRD
        + "\n";
  }

  static String id(String text) {
    return StableIds.claimId(PATH, text);
  }

  /**
   * A memo dated the day the archive was first indexed, citing the three claims.
   *
   * @return the memo's Markdown
   */
  static String memo(TestArchive archive) throws IOException {
    CitationFormatter formatter = new CitationFormatter(archive.base());
    StoredClaim kept = archive.searcher().claim(id(KEPT)).orElseThrow();
    String day = kept.firstIndexed().substring(0, 10);
    StringBuilder memo = new StringBuilder("---\ntitle: Compute\ndate: " + day + "\n---\n\n");
    for (String text : new String[] {KEPT, ANSWERED, THIRD}) {
      StoredClaim claim = archive.searcher().claim(id(text)).orElseThrow();
      memo.append(formatter.format(claim, CitationStyle.MARKDOWN).text()).append("\n\n");
    }
    return memo.toString();
  }

  /** Two days after the first reindex: the answer is new to a memo dated that day. */
  static Instant twoDaysLater(TestArchive archive) throws IOException {
    return archive
        .searcher()
        .claim(id(KEPT))
        .orElseThrow()
        .firstIndexedAt()
        .orElseThrow()
        .plus(2, ChronoUnit.DAYS);
  }

  @Test
  void theMemoPageReportsTheOneAnswerSinceTheMemosDateAndWhatsNewListsIt() throws Exception {
    try (TestArchive archive = TestArchive.start(tmp, Map.of(PATH, document(false)), 10)) {
      String memo = memo(archive);
      HttpResponse<String> before = postMemo(archive, memo);
      assertEquals(200, before.statusCode());
      assertTrue(before.body().contains("0 answered since"), before.body());
      assertTrue(before.body().contains("Every citation is current and unanswered"));

      TestArchive.write(archive.corpus().resolve(PATH), document(true));
      Instant later = twoDaysLater(archive);
      archive.reindexAt(later);

      HttpResponse<String> after = postMemo(archive, memo);
      assertEquals(200, after.statusCode());
      String page = after.body();
      assertTrue(page.contains("3 citations: 3 unchanged, 0 changed, 0 removed"), page);
      assertTrue(page.contains("1 answered since"), page);
      assertEquals(1, page.split("class=\"memo-answer\"", -1).length - 1, page);
      assertTrue(page.contains("href=\"/claims/" + id(ANSWER) + "\""), page);

      HttpResponse<String> json = archive.post("/api/memo", "text/markdown; charset=utf-8", memo);
      assertEquals(200, json.statusCode(), json.body());
      JsonNode report = new ObjectMapper().readTree(json.body());
      assertEquals(1, report.get("summary").get("answered_since").asInt());
      JsonNode answers = report.get("checks").get(1).get("answers");
      assertEquals(id(ANSWER), answers.get(0).get("claim").get("claim").get("id").asText());
      StoredClaim answer = archive.searcher().claim(id(ANSWER)).orElseThrow();
      assertEquals(
          new CitationFormatter(archive.base()).format(answer, CitationStyle.MARKDOWN).text(),
          answers.get(0).get("citation").asText());
      assertEquals(later.truncatedTo(ChronoUnit.SECONDS).toString(), answer.firstIndexed());

      HttpResponse<String> answersApi = archive.get("/api/claims/" + id(ANSWERED) + "/answers");
      assertEquals(200, answersApi.statusCode());
      assertTrue(answersApi.body().contains(answer.firstIndexed()), answersApi.body());
      // cite --server asks the same server: the same report through HttpClaimLookup
      MemoReport overHttp =
          new MemoChecker(
                  new HttpClaimLookup(archive.base()), new CitationFormatter(archive.base()))
              .check(memo);
      assertEquals(1, overHttp.answered());
      assertEquals(id(ANSWER), overHttp.checks().get(1).answers().getFirst().claim().claim().id());

      HttpResponse<String> whatsNew = archive.get("/whats-new");
      assertEquals(200, whatsNew.statusCode());
      String news = whatsNew.body();
      assertTrue(news.contains("Reindex 2"), news);
      assertTrue(
          news.contains("<a href=\"/claims/" + id(ANSWER) + "\">Jane Roe: “" + ANSWER)
              || news.contains("<a href=\"/claims/" + id(ANSWER) + "\">“" + ANSWER),
          news);
      assertTrue(news.contains("answers <a href=\"/claims/" + id(ANSWERED) + "\">"), news);

      String day = later.atOffset(ZoneOffset.UTC).toLocalDate().toString();
      HttpResponse<String> fresh = archive.get("/api/search?new_since=" + day);
      JsonNode found = new ObjectMapper().readTree(fresh.body());
      assertEquals(1, found.get("total").asInt(), fresh.body());
      HttpResponse<String> searchPage = archive.get("/?new_since=" + day);
      assertTrue(searchPage.body().contains("New since:</span> " + day), searchPage.body());

      assertEquals(400, archive.get("/?new_since=yesterday").statusCode());
      HttpResponse<String> badDate = postMemo(archive, memo, "March");
      assertEquals(400, badDate.statusCode());
      assertFalse(badDate.body().contains("Exception"), badDate.body());
    }
  }

  /**
   * The file the memo cites is moved to another folder, unchanged: the Memo page reports each
   * citation moved, linking its new id, and the old permalink leads to the new claim.
   */
  @Test
  void theMemoPageReportsCitationsOfAMovedFileAsMovedWithTheirNewIds() throws Exception {
    try (TestArchive archive = TestArchive.start(tmp, Map.of(PATH, document(false)), 10)) {
      String memo = memo(archive);
      String moved = "archive/compute.md";
      java.nio.file.Files.createDirectories(archive.corpus().resolve("archive"));
      java.nio.file.Files.move(archive.corpus().resolve(PATH), archive.corpus().resolve(moved));
      archive.reindexAt(twoDaysLater(archive));

      String page = postMemo(archive, memo).body();
      assertTrue(page.contains("3 citations: 0 unchanged, 0 changed, 0 removed, 3 moved"), page);
      assertTrue(page.contains("Every citation is current"), page);
      for (String text : new String[] {KEPT, ANSWERED, THIRD}) {
        assertTrue(
            page.contains("href=\"/claims/" + StableIds.claimId(moved, text) + "\""),
            "links the new id of " + text + ": " + page);
      }
      assertEquals(3, page.split("status-moved", -1).length - 1, page);

      HttpResponse<String> old = archive.get("/api/claims/" + id(KEPT));
      assertEquals(308, old.statusCode(), old.body());
      assertEquals(
          "/api/claims/" + StableIds.claimId(moved, KEPT),
          old.headers().firstValue("Location").orElseThrow());
      // cite --server: the same report through the server's API
      MemoReport overHttp = new MemoChecker(new HttpClaimLookup(archive.base())).check(memo);
      assertEquals(3, overHttp.count(dev.pincite.cite.CitationCheck.Status.MOVED));
    }
  }

  static HttpResponse<String> postMemo(TestArchive archive, String memo)
      throws IOException, InterruptedException {
    return postMemo(archive, memo, "");
  }

  static HttpResponse<String> postMemo(TestArchive archive, String memo, String since)
      throws IOException, InterruptedException {
    String form =
        "memo="
            + URLEncoder.encode(memo, StandardCharsets.UTF_8)
            + "&since="
            + URLEncoder.encode(since, StandardCharsets.UTF_8);
    return archive.post("/memo", "application/x-www-form-urlencoded", form);
  }
}
