package dev.pincite.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 17's search and reading items in a real browser: one-click exclude and "everything except",
 * facets that stay on an empty result, "search these as plain words", a time axis with gaps and
 * undated claims, hits grouped by article, and the document page that reads clean until its claims
 * are asked for, with its legend first and sticky on a phone.
 */
class ReadingAndExcludingBrowserTest {

  /**
   * Two years before the standard corpus, so the time axis has a gap; four claims about gizmos, so
   * a search for them folds some under the article's first hits.
   */
  static final String OLD_NOTE =
      """
      ---
      title: Gizmo history
      site: Archive Notes
      published: 2024-01-15
      ---
      # Gizmo history

      Bruno Castell said the first gizmo boom ended badly for Zentro Dynamics.

      Gizmo prices fell for a decade after it. Gizmo makers cut a third of their staff. Gizmo
      buyers waited for the next model.
      """;

  /** No date anywhere: its claims belong to no month. */
  static final String UNDATED =
      """
      ---
      title: Undated gizmo note
      site: Archive Notes
      ---
      # Undated gizmo note

      Alice Mercer said gizmo demand is seasonal.
      """;

  @TempDir static Path tmp;
  private static TestArchive archive;

  @BeforeAll
  static void start() throws Exception {
    Browser.assumeInstalled();
    archive =
        TestArchive.start(tmp, Map.of("notes/old.md", OLD_NOTE, "notes/undated.md", UNDATED), 10);
  }

  @AfterAll
  static void stop() throws Exception {
    if (archive != null) {
      archive.close();
    }
  }

  @Test
  void excludeASpeakerInOneClickThenSeeEverythingExceptThem() throws Exception {
    try (Browser browser = Browser.start(1280, 1000)) {
      ChromeDriver driver = browser.driver();
      driver.get(archive.base() + "/");
      long all = total(driver);
      WebElement exclude =
          driver.findElement(
              By.cssSelector(
                  ".facet[data-dimension=speaker] a.facet-exclude[aria-label*='Bruno']"));
      long bruno =
          Long.parseLong(
              exclude
                  .findElement(By.xpath("./preceding-sibling::label//span[@class='facet-count']"))
                  .getText());
      click(driver, exclude);
      waitFor(driver, ExpectedConditions.urlContains("speaker"));
      assertEquals(
          "-speaker:\"Bruno Castell\"", driver.findElement(By.id("q")).getAttribute("value"));
      assertEquals(all - bruno, total(driver), "everything except Bruno Castell's claims");
      assertTrue(
          driver.findElements(By.cssSelector(".hit .speaker")).stream()
              .noneMatch(e -> e.getText().equals("Bruno Castell")));
      assertTrue(driver.findElements(By.cssSelector(".spelling")).isEmpty(), "no odd suggestion");
      browser.screenshot("search-excluded");
    }
  }

  @Test
  void anEmptyResultKeepsItsFacetsAndBadSyntaxOffersPlainWords() throws Exception {
    try (Browser browser = Browser.start(1280, 1000)) {
      ChromeDriver driver = browser.driver();
      driver.get(archive.base() + "/?q=xylophone");
      assertEquals(0, total(driver));
      for (String dimension : List.of("speaker", "voice", "company", "type", "stance")) {
        assertFalse(
            driver
                .findElements(By.cssSelector(".facet[data-dimension=" + dimension + "]"))
                .isEmpty(),
            dimension + " stays in view on an empty result");
      }

      driver.get(archive.base() + "/?q=" + Links.query("\"gizmo AND (demand"));
      WebElement plain = driver.findElement(By.cssSelector(".plain-words a"));
      assertTrue(plain.getText().contains("gizmo demand"), plain.getText());
      click(driver, plain);
      waitFor(driver, ExpectedConditions.presenceOfElementLocated(By.id("results-heading")));
      assertTrue(total(driver) > 0, "the plain words find claims");
    }
  }

  @Test
  void theTimelineSpacesMonthsByTimeAndCountsUndatedClaims() throws Exception {
    try (Browser browser = Browser.start(1280, 1000)) {
      ChromeDriver driver = browser.driver();
      driver.get(archive.base() + "/");
      List<WebElement> bars = driver.findElements(By.cssSelector(".timeline a rect.bar-hit"));
      assertEquals(4, bars.size(), "2024-01, 2026-05, 2026-06, 2026-07");
      double first = x(bars.get(0));
      double second = x(bars.get(1));
      double third = x(bars.get(2));
      assertTrue(
          second - first > 10 * (third - second),
          "28 months apart look far apart: " + first + ", " + second + ", " + third);
      assertFalse(driver.findElements(By.cssSelector(".timeline .year-tick")).isEmpty());
      String undated = driver.findElement(By.cssSelector(".undated")).getText();
      assertTrue(undated.startsWith("1 undated claim"), undated);
    }
  }

  @Test
  void hitsOfOneArticleAreGroupedUnderItsFirstHit() throws Exception {
    try (Browser browser = Browser.start(1280, 1000)) {
      ChromeDriver driver = browser.driver();
      driver.get(archive.base() + "/?q=gizmo");
      List<WebElement> titles = driver.findElements(By.cssSelector(".doc-title a"));
      List<String> distinct = titles.stream().map(WebElement::getText).distinct().toList();
      assertEquals(distinct.size(), titles.size(), "each title once per page: " + distinct);
      List<WebElement> next =
          driver.findElements(By.cssSelector(".hits > .hit > .hits-more .hit-text"));
      assertTrue(
          !next.isEmpty() && next.getFirst().isDisplayed(),
          "an article's next hits show under its first before the rest are folded");
      WebElement more = driver.findElement(By.cssSelector(".more-from-doc > summary"));
      assertTrue(more.getText().matches("\\d+ more from this article"), more.getText());
      click(driver, more);
      assertTrue(
          driver.findElement(By.cssSelector(".more-from-doc .hit-text")).isDisplayed(),
          "unfolds on a click");
    }
  }

  @Test
  void theDocumentReadsCleanUntilItsClaimsAreMarked() throws Exception {
    try (Browser browser = Browser.start(1280, 1000)) {
      ChromeDriver driver = browser.driver();
      driver.get(archive.base() + "/?q=backlog");
      click(driver, driver.findElement(By.cssSelector(".doc-title a")));
      waitFor(driver, ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.claim")));
      WebElement claim =
          driver.findElement(By.cssSelector("a.claim.t-claim, a.claim.t-prediction"));
      assertEquals("rgba(0, 0, 0, 0)", claim.getCssValue("background-color"), "reading view");
      assertEquals("rgba(0, 0, 0, 0)", claim.getCssValue("border-bottom-color"), "no underline");
      browser.screenshot("document-reading");
      click(driver, driver.findElement(By.cssSelector("label[for=annotate]")));
      driver.executeScript("window.scrollTo(0, 0)");
      assertNotEquals("rgba(0, 0, 0, 0)", claim.getCssValue("background-color"), "marked");
      browser.screenshot("document-marked");
      assertEquals(
          "sticky", driver.findElement(By.cssSelector(".doc-legend")).getCssValue("position"));
    }
  }

  @Test
  void onAPhoneTheLegendComesFirstFoldedAndSticky() throws Exception {
    try (Browser browser = Browser.start(390, 844)) {
      ChromeDriver driver = browser.driver();
      driver.get(archive.base() + "/?q=backlog");
      String href = driver.findElement(By.cssSelector(".doc-title a")).getAttribute("href");
      driver.get(href);
      WebElement legend = driver.findElement(By.cssSelector(".doc-legend"));
      WebElement body = driver.findElement(By.cssSelector(".doc-body"));
      assertTrue(
          legend.getLocation().getY() < body.getLocation().getY(), "the legend is above the text");
      assertEquals("sticky", legend.getCssValue("position"));
      assertEquals(
          null,
          driver.findElement(By.cssSelector(".legend-box")).getAttribute("open"),
          "folded to one line on a phone");
      browser.screenshot("document-phone");
    }
  }

  private static double x(WebElement rect) {
    return Double.parseDouble(rect.getAttribute("x"));
  }

  private static long total(WebDriver driver) {
    String heading = driver.findElement(By.id("results-heading")).getText();
    String digits = heading.replaceAll("^(\\d+).*$", "$1");
    return digits.matches("\\d+") ? Long.parseLong(digits) : 0;
  }

  private static void click(ChromeDriver driver, WebElement element) {
    driver.executeScript(
        "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
    element.click();
  }

  private static <T> T waitFor(
      WebDriver driver, java.util.function.Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, Duration.ofSeconds(10)).until(condition::apply);
  }
}
