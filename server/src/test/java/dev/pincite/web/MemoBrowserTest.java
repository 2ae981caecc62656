package dev.pincite.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pincite.cite.CitationFormatter;
import dev.pincite.cite.CitationStyle;
import dev.pincite.index.StoredClaim;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Memo page in a real browser: a memo citing three claims, pasted and then uploaded after a
 * reindex that adds a counterclaim answering one of them, shows exactly that one as answered since,
 * with the answer's citation ready to copy and a link to it; "what's new" lists that answer and
 * links to the claim it answers.
 */
class MemoBrowserTest {

  @TempDir Path tmp;

  @Test
  void pastedAndUploadedMemosShowTheOneAnswerSinceTheirDate() throws Exception {
    Browser.assumeInstalled();
    try (TestArchive archive =
            TestArchive.start(tmp, Map.of(MemoPageTest.PATH, MemoPageTest.document(false)), 10);
        Browser browser = Browser.start(1280, 1000)) {
      String memo = MemoPageTest.memo(archive);
      TestArchive.write(archive.corpus().resolve(MemoPageTest.PATH), MemoPageTest.document(true));
      archive.reindexAt(MemoPageTest.twoDaysLater(archive));
      archive.searcher().refresh();
      StoredClaim answer =
          archive.searcher().claim(MemoPageTest.id(MemoPageTest.ANSWER)).orElseThrow();
      String citation =
          new CitationFormatter(archive.base()).format(answer, CitationStyle.MARKDOWN).text();

      ChromeDriver driver = browser.driver();
      driver.get(archive.base() + "/");
      driver.findElement(By.linkText("Check a memo")).click();
      WebElement box = wait(driver).until(ExpectedConditions.elementToBeClickable(By.id("memo")));
      // Typing a long memo key by key is slow; the page reads the field the same either way.
      driver.executeScript("arguments[0].value = arguments[1];", box, memo);
      driver.findElement(By.cssSelector("#memo-form button[type=submit]")).click();
      assertReport(driver, answer, citation);
      browser.screenshot("memo");

      driver.findElement(By.cssSelector(".memo-answer a")).click();
      wait(driver).until(ExpectedConditions.urlContains("/claims/" + answer.claim().id()));
      assertTrue(driver.getPageSource().contains(MemoPageTest.ANSWER));

      Path file = tmp.resolve("memo.md");
      Files.writeString(file, memo, StandardCharsets.UTF_8);
      driver.get(archive.base() + "/memo");
      driver.findElement(By.id("memo-file")).sendKeys(file.toString());
      driver.findElement(By.cssSelector("#memo-form button[type=submit]")).click();
      assertReport(driver, answer, citation);

      driver.findElement(By.linkText("What's new")).click();
      List<WebElement> newAnswers =
          wait(driver)
              .until(
                  ExpectedConditions.presenceOfAllElementsLocatedBy(
                      By.cssSelector("#reindex-2 .new-answer")));
      assertEquals(1, newAnswers.size());
      browser.screenshot("whats-new");
      newAnswers.getFirst().findElements(By.tagName("a")).get(1).click();
      wait(driver)
          .until(
              ExpectedConditions.urlContains("/claims/" + MemoPageTest.id(MemoPageTest.ANSWERED)));
    }
  }

  private static void assertReport(ChromeDriver driver, StoredClaim answer, String citation) {
    wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".memo-report")));
    List<WebElement> checks = driver.findElements(By.cssSelector(".memo-check"));
    assertEquals(3, checks.size());
    for (WebElement check : checks) {
      assertEquals("unchanged", check.findElement(By.cssSelector(".memo-status")).getText());
    }
    List<WebElement> answers = driver.findElements(By.cssSelector(".memo-answer"));
    assertEquals(1, answers.size(), "exactly one citation was answered since the memo's date");
    WebElement answered = answers.getFirst().findElement(By.xpath("ancestor::li[1]"));
    assertEquals(MemoPageTest.id(MemoPageTest.ANSWERED), answered.getAttribute("data-id"));
    assertEquals(answer.claim().id(), answers.getFirst().getAttribute("data-id"));
    assertEquals(
        citation,
        answers
            .getFirst()
            .findElement(By.cssSelector("textarea.memo-citation"))
            .getDomProperty("value"));
    assertTrue(
        driver.findElement(By.cssSelector(".memo-since")).getText().contains("1 answered since"));
  }

  private static WebDriverWait wait(ChromeDriver driver) {
    return new WebDriverWait(driver, Duration.ofSeconds(15));
  }
}
