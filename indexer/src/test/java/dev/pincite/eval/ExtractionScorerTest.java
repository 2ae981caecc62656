package dev.pincite.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pincite.eval.ExtractionScorer.Field;
import dev.pincite.ingest.ArticleLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionScorerTest {

  @Test
  void tokenF1IsBagOfWordsOverLowerCaseTokens() {
    assertEquals(1.0, ExtractionScorer.tokenF1("The cat, the hat.", "the CAT the hat"), 1e-9);
    // got: a b c (3), want: a b d e (4), overlap 2: P = 2/3, R = 1/2, F1 = 4/7
    assertEquals(4 / 7.0, ExtractionScorer.tokenF1("a b c", "a b d e"), 1e-9);
    assertEquals(0.0, ExtractionScorer.tokenF1("", "a"), 1e-9);
    // repeated tokens count only as often as the reference has them
    assertEquals(2 * 0.5 * 1 / 1.5, ExtractionScorer.tokenF1("a a", "a"), 1e-9);
  }

  @Test
  void fieldsAgreeUpToCasePunctuationAndWhitespaceOnly() {
    assertTrue(ExtractionScorer.agrees(Field.TITLE, "Hello,  World!", "hello world"));
    assertFalse(ExtractionScorer.agrees(Field.TITLE, "Hello World | Site", "Hello World"));
    assertFalse(ExtractionScorer.agrees(Field.TITLE, "Hello", null));
    assertTrue(ExtractionScorer.agrees(Field.BYLINE, "By Ana Ruiz", "Ana Ruiz"));
    assertFalse(ExtractionScorer.agrees(Field.BYLINE, "Ana Ruiz", "Ana Ruiz Staff Writer"));
    assertTrue(
        ExtractionScorer.agrees(
            Field.PUBLISHED, "2025-03-03T23:00:00Z", "2025-03-03T10:00:00+01:00"));
    assertFalse(ExtractionScorer.agrees(Field.PUBLISHED, "2025-03-03", "2025-03-04"));
  }

  @Test
  void scoresAFolderOfPagesAndSkipsNullExpectations(@TempDir Path dir) throws IOException {
    Path page = Files.createDirectories(dir.resolve("one"));
    String paragraph =
        "<p>The harbour board met on Monday, and after a long debate it voted to delay the"
            + " dredging plan, citing costs, objections from fishermen, and a review.</p>";
    Files.writeString(
        page.resolve("source.html"),
        "<html><head><title>Harbour vote delayed - Harbour News</title></head><body><article>"
            + paragraph
            + paragraph
            + paragraph
            + "</article></body></html>",
        StandardCharsets.UTF_8);
    Files.writeString(
        page.resolve("expected.html"), "<div>" + paragraph + paragraph + paragraph + "</div>");
    Files.writeString(
        page.resolve("expected-metadata.json"),
        "{\"title\":\"Harbour vote delayed\",\"byline\":\"Ana Ruiz\",\"siteName\":null,"
            + "\"publishedTime\":null}");
    ExtractionScorer.Report report = new ExtractionScorer(new ArticleLoader()).score(dir);
    assertEquals(1, report.pages().size());
    assertEquals(1.0, report.share(Field.TITLE), 1e-9);
    assertEquals(0.0, report.share(Field.BYLINE), 1e-9);
    assertEquals(0, report.expected(Field.SITE));
    assertTrue(Double.isNaN(report.share(Field.SITE)));
    assertEquals(1.0, report.meanBodyF1(), 1e-9);
    assertTrue(report.pagesPerSecond() > 0);
  }
}
