package dev.pincite.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The for / against view in a real browser, on the answers test corpus: search, follow the link to
 * the two columns, see both sides of the debate side by side with speaker and date, open a claim
 * and find its answer from another document. A screenshot is saved as {@code for-against}.
 */
class ForAgainstBrowserTest {

  @TempDir static Path tmp;
  private static TestArchive archive;

  @BeforeAll
  static void start() throws Exception {
    Browser.assumeInstalled();
    archive = DebateArchive.start(tmp, 10);
  }

  @AfterAll
  static void stop() throws Exception {
    if (archive != null) {
      archive.close();
    }
  }

  @Test
  void searchThenSeeBothSidesSideBySideAndFollowAnAnswerAcrossDocuments() throws Exception {
    try (Browser browser = Browser.start(1280, 1000)) {
      ChromeDriver driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
      driver.get(archive.base() + "/");
      WebElement q = driver.findElement(By.id("q"));
      q.sendKeys("margin", Keys.ENTER);
      wait.until(ExpectedConditions.urlContains("q=margin"));

      click(driver, driver.findElement(By.cssSelector(".debate-link a[href^='/debate']")));
      wait.until(ExpectedConditions.urlContains("/debate?q=margin"));
      assertTrue(driver.findElement(By.tagName("h1")).getText().contains("Corvane"));

      WebElement pro = driver.findElement(By.cssSelector(".side-for"));
      WebElement con = driver.findElement(By.cssSelector(".side-against"));
      Rectangle left = pro.getRect();
      Rectangle right = con.getRect();
      assertTrue(right.getX() >= left.getX() + left.getWidth(), "against stands right of for");
      assertTrue(Math.abs(right.getY() - left.getY()) < 5, "the columns start level");
      assertTrue(pro.getText().contains("gross margin will keep expanding"), pro.getText());
      assertTrue(con.getText().contains("Copper prices have risen"), con.getText());
      for (WebElement claim : driver.findElements(By.cssSelector(".side-claim"))) {
        assertFalse(claim.findElements(By.cssSelector(".speaker")).isEmpty(), claim.getText());
        assertFalse(claim.findElements(By.cssSelector("time")).isEmpty(), claim.getText());
      }
      browser.screenshot("for-against");

      // The bullish margin claim was answered by the bearish reply, a week later, elsewhere.
      click(driver, pro.findElement(By.partialLinkText("gross margin will keep expanding")));
      wait.until(ExpectedConditions.urlContains("/claims/"));
      WebElement elsewhere = driver.findElement(By.cssSelector("ul.answered-elsewhere"));
      assertTrue(elsewhere.getText().contains("Copper prices have risen"), elsewhere.getText());
      browser.screenshot("claim-answered-elsewhere");
    }
  }

  private static void click(ChromeDriver driver, WebElement element) {
    driver.executeScript(
        "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
    element.click();
  }
}
