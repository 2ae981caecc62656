package dev.pincite.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search experience in a real browser: type a query, tick facets, remove a chip, page, open a
 * claim, copy a citation, follow a document anchor, go back; screenshots of the main pages are
 * saved in the build folder's {@code screenshots/}.
 */
class SearchBrowserTest {

  /** More speakers than a facet shows at once, so "more…" appears. */
  static final String PANEL =
      """
      Gizmo panel

      June 20, 2026

      Dana Whitfield said the gizmo supply chain is fragile.

      Elliot Brandt said gizmo buyers should hedge their orders.

      Farah Nadim said gizmo prices will fall once Zentro Dynamics opens its new plant.

      Gustavo Lind said Vantor Labs has the better gizmo design.

      Hana Okafor said the gizmo market is smaller than it looks.

      Panel | Plain Dispatch
      """;

  @TempDir static Path tmp;
  private static TestArchive archive;

  @BeforeAll
  static void start() throws Exception {
    Browser.assumeInstalled();
    archive = TestArchive.start(tmp, Map.of("panel.txt", PANEL), 4);
  }

  @AfterAll
  static void stop() throws Exception {
    if (archive != null) {
      archive.close();
    }
  }

  @Test
  void searchFilterPageCiteAndGoBack() throws Exception {
    try (Browser browser = Browser.start(1280, 1000)) {
      ChromeDriver driver = browser.driver();
      driver.get(archive.base() + "/");

      // "/" focuses the search box; type a query and submit.
      driver.findElement(By.tagName("body")).sendKeys("/");
      WebElement q = driver.switchTo().activeElement();
      assertEquals("q", q.getAttribute("id"), "/ focuses the search box");
      q.sendKeys("gizmo", Keys.ENTER);
      waitForUrl(driver, "q=gizmo");
      long total = total(driver);
      assertTrue(total >= TestArchive.GIZMO_SENTENCES, "hits for gizmo: " + total);
      assertFalse(driver.findElements(By.cssSelector(".hit-text mark")).isEmpty(), "highlights");
      browser.screenshot("search");

      // Tick one speaker: the page reloads filtered, with a chip.
      List<WebElement> speakers = driver.findElements(By.cssSelector("input[name='f.speaker']"));
      assertTrue(speakers.size() >= 2);
      String first = speakers.get(0).getAttribute("value");
      long firstCount = facetCount(driver, speakers.get(0));
      click(driver, speakers.get(0));
      waitForUrl(driver, "f.speaker=");
      assertEquals(firstCount, total(driver));
      assertEquals(1, driver.findElements(By.cssSelector(".chip")).size());

      // Tick a second speaker: values of one facet OR together.
      WebElement second =
          driver.findElements(By.cssSelector("input[name='f.speaker']:not(:checked)")).get(0);
      long secondCount = facetCount(driver, second);
      click(driver, second);
      waitFor(driver, d -> d.findElements(By.cssSelector(".chip")).size() == 2);
      assertEquals(firstCount + secondCount, total(driver));
      browser.screenshot("search-filtered");

      // Remove the first chip; back restores it.
      driver
          .findElement(
              By.cssSelector(".chip-remove[aria-label*='" + first.replace("'", "\\'") + "']"))
          .click();
      waitFor(driver, d -> d.findElements(By.cssSelector(".chip")).size() == 1);
      assertEquals(secondCount, total(driver));
      driver.navigate().back();
      waitFor(driver, d -> d.findElements(By.cssSelector(".chip")).size() == 2);

      // Clear all, then page forward and back.
      driver.findElement(By.cssSelector(".clear-all")).click();
      waitFor(driver, d -> d.findElements(By.cssSelector(".chip")).isEmpty());
      driver.findElement(By.cssSelector(".pager a[rel=next]")).click();
      waitForUrl(driver, "page=2");
      assertEquals("2", driver.findElement(By.cssSelector(".pager [aria-current=page]")).getText());
      driver.navigate().back();
      waitFor(driver, d -> !d.getCurrentUrl().contains("page=2"));

      // Open a claim.
      WebElement hit = driver.findElement(By.cssSelector(".hit-text a"));
      String claimText = hit.getText();
      hit.click();
      waitForUrl(driver, "/claims/");
      assertEquals(claimText, driver.findElement(By.tagName("h1")).getText());
      browser.screenshot("claim");

      // Copy each citation format: the status says so and the clipboard holds that format.
      List<WebElement> copies = driver.findElements(By.cssSelector("button[data-copy-target]"));
      assertTrue(copies.size() >= 6, "copy buttons: " + copies.size());
      for (WebElement copy : copies) {
        String target = copy.getAttribute("data-copy-target");
        click(driver, copy);
        WebElement status =
            copy.findElement(By.xpath("following-sibling::span[contains(@class,'copy-status')]"));
        waitFor(driver, d -> !status.getText().isBlank());
        assertEquals(copy.getAttribute("data-copied"), status.getText());
        Object clipboard =
            driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "navigator.clipboard.readText().then(done, e => done('ERR ' + e));");
        Object shown =
            driver.executeScript(
                "return document.getElementById(arguments[0]).textContent", target);
        assertEquals(shown.toString().strip(), clipboard.toString().strip(), target);
      }
      browser.screenshot("claim-copied");

      // Follow the paragraph link into the document: the anchor is the target.
      WebElement pilcrow = driver.findElement(By.cssSelector(".breadcrumb a[href*='#p']"));
      String anchor = pilcrow.getAttribute("href").replaceAll(".*#", "");
      click(driver, pilcrow);
      waitForUrl(driver, "/documents/");
      assertEquals(anchor, driver.executeScript("return document.querySelector(':target').id"));
      browser.screenshot("document");

      // Back to the claim page.
      driver.navigate().back();
      waitForUrl(driver, "/claims/");

      // The speaker page.
      driver.findElement(By.cssSelector(".claim-fields a[href^='/speakers/']")).click();
      waitForUrl(driver, "/speakers/");
      assertFalse(driver.findElements(By.cssSelector(".company-group")).isEmpty());
      browser.screenshot("speaker");
    }
  }

  @Test
  void moreValuesFilterBoxAndAutocomplete() throws Exception {
    // A tall window: the screenshot shows the whole sidebar, timeline included.
    try (Browser browser = Browser.start(1280, 1700)) {
      ChromeDriver driver = browser.driver();
      driver.get(archive.base() + "/?q=gizmo");
      WebElement more =
          driver.findElement(By.cssSelector(".facet[data-dimension=speaker] .facet-more"));
      more.findElement(By.tagName("summary")).click();
      WebElement box = more.findElement(By.cssSelector(".facet-filter"));
      List<WebElement> values = more.findElements(By.cssSelector("li"));
      String wanted =
          values.get(values.size() - 1).findElement(By.cssSelector(".facet-label")).getText();
      box.sendKeys(wanted.substring(0, 4));
      waitFor(
          driver,
          d ->
              more.findElements(By.cssSelector("li")).stream()
                          .filter(WebElement::isDisplayed)
                          .count()
                      < values.size()
                  || values.size() == 1);
      browser.screenshot("search-more");

      // Autocomplete: typing part of a company name offers it; choosing it filters.
      WebElement q = driver.findElement(By.id("q"));
      q.clear();
      q.sendKeys("zent");
      WebElement option =
          waitFor(
              driver,
              ExpectedConditions.visibilityOfElementLocated(
                  By.cssSelector("#q-suggestions [role=option]")));
      assertTrue(option.getText().contains("Zentro Dynamics"), option.getText());
      q.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
      waitForUrl(driver, "f.company=Zentro");
      assertEquals(1, driver.findElements(By.cssSelector(".chip")).size());
    }
  }

  @Test
  void keyboardReachesFacetsAndResultsWithVisibleFocus() throws Exception {
    try (Browser browser = Browser.start(1280, 1000)) {
      ChromeDriver driver = browser.driver();
      driver.get(archive.base() + "/?q=gizmo");
      driver.findElement(By.id("q")).click();
      boolean checkbox = false;
      boolean result = false;
      for (int i = 0; i < 80 && !(checkbox && result); i++) {
        driver.switchTo().activeElement().sendKeys(Keys.TAB);
        WebElement focused = driver.switchTo().activeElement();
        checkbox |= "checkbox".equals(focused.getAttribute("type"));
        if (Boolean.TRUE.equals(
            driver.executeScript("return arguments[0].matches('.hit-text a')", focused))) {
          result = true;
          assertTrue(
              !"none".equals(focused.getCssValue("outline-style")),
              "the focused result link shows a focus ring");
          browser.screenshot("search-keyboard-focus");
        }
      }
      assertTrue(checkbox, "Tab reaches the facet checkboxes");
      assertTrue(result, "Tab reaches the results");
    }
  }

  @Test
  void counterclaimsOpenInline() throws Exception {
    try (Browser browser = Browser.start(1280, 1000)) {
      ChromeDriver driver = browser.driver();
      // Castell's reply answers one of Mercer's two claims (the overbuilding or the glut; which
      // one is the link ranker's call): no toggle on either means counterclaim linking broke.
      driver.get(archive.base() + "/?q=overbuilding+OR+glut");
      List<WebElement> toggles = driver.findElements(By.cssSelector(".counters > summary"));
      assertFalse(toggles.isEmpty(), "no counterclaim is linked to Mercer's claims");
      WebElement card = driver.findElement(By.cssSelector(".counters .claim-card"));
      assertFalse(card.isDisplayed(), "counterclaims start folded");
      toggles.get(0).click();
      assertTrue(card.isDisplayed(), "the toggle shows them inline");
      assertTrue(card.getText().contains("Castell"), "Castell's reply: " + card.getText());
      browser.screenshot("search-counterclaims");
    }
  }

  @Test
  void narrowScreenAndEmptyResults() throws Exception {
    try (Browser browser = Browser.start(390, 844)) {
      ChromeDriver driver = browser.driver();
      driver.get(archive.base() + "/?q=gizmo");
      browser.screenshot("search-narrow");
      driver.get(
          archive.base() + "/?q=gizmo&f.type=recommendation&f.stance=bullish&f.outlet=Nowhere");
      assertTrue(driver.findElement(By.cssSelector(".empty")).getText().contains("Remove"));
      browser.screenshot("search-empty-narrow");
      driver.get(archive.base() + "/?q=" + "%22unclosed");
      assertTrue(driver.findElement(By.cssSelector(".error-message")).isDisplayed());
      browser.screenshot("error-narrow");
    }
  }

  /** Issue 17: Chromium drew an empty {@code type=month} field as "--------- ----". */
  @Test
  void emptyMonthFieldsShowTheirPlaceholder() throws Exception {
    try (Browser browser = Browser.start(1280, 900)) {
      ChromeDriver driver = browser.driver();
      driver.get(archive.base() + "/?q=gizmo");
      for (String id : List.of("from", "to")) {
        WebElement field = driver.findElement(By.id(id));
        assertEquals(
            Boolean.TRUE,
            driver.executeScript("return arguments[0].matches(':placeholder-shown')", field),
            id + " shows its placeholder, not Chromium's dashes");
      }
      WebElement from = driver.findElement(By.id("from"));
      click(driver, from);
      from.sendKeys("2026-06");
      WebElement to = driver.findElement(By.id("to"));
      to.sendKeys("2026-06", Keys.ENTER);
      waitForUrl(driver, "to=2026-06");
      assertTrue(driver.getCurrentUrl().contains("from=2026-06"), driver.getCurrentUrl());
      assertEquals("2026-06", driver.findElement(By.id("from")).getAttribute("value"));
      browser.screenshot("search-months");
    }
  }

  @Test
  void aSubmittedSearchLeavesItsEmptyFieldsOutOfTheUrl() throws Exception {
    try (Browser browser = Browser.start(1280, 900)) {
      ChromeDriver driver = browser.driver();
      driver.get(archive.base() + "/");
      driver.findElement(By.name("q")).sendKeys("gizmo", Keys.ENTER);
      waitForUrl(driver, "q=gizmo");
      String url = driver.getCurrentUrl();
      for (String empty : List.of("new_since=", "from=", "to=", "sort=")) {
        assertFalse(url.contains(empty), empty + " left in " + url);
      }
    }
  }

  private static long total(WebDriver driver) {
    String heading = driver.findElement(By.id("results-heading")).getText();
    String digits = heading.replaceAll("^(\\d+).*$", "$1");
    return digits.matches("\\d+") ? Long.parseLong(digits) : 0;
  }

  private static long facetCount(WebDriver driver, WebElement checkbox) {
    return Long.parseLong(
        driver
            .findElement(
                By.cssSelector("label[for='" + checkbox.getAttribute("id") + "'] .facet-count"))
            .getText());
  }

  private static void click(ChromeDriver driver, WebElement element) {
    driver.executeScript(
        "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
    element.click();
  }

  private static void waitForUrl(WebDriver driver, String part) {
    waitFor(driver, ExpectedConditions.urlContains(part));
  }

  private static <T> T waitFor(
      WebDriver driver, java.util.function.Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, Duration.ofSeconds(10)).until(condition::apply);
  }
}
