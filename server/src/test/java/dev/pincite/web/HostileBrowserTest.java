package dev.pincite.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The hostile corpus documents of {@link HostileInputTest} in a real browser: on every page that
 * shows them, no payload runs (the global it would set stays unset, no dialog opens) and no link
 * has a {@code javascript:} URL.
 */
class HostileBrowserTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void scriptPayloadsInTheCorpusNeverRun(@TempDir Path tmp) throws Exception {
    Browser.assumeInstalled();
    try (TestArchive archive =
            TestArchive.start(
                tmp,
                Map.of(
                    "evil.html", HostileInputTest.HOSTILE_HTML,
                    "evil.md", HostileInputTest.HOSTILE_MARKDOWN),
                10);
        Browser browser = Browser.start(1280, 1000)) {
      JsonNode result = JSON.readTree(archive.get("/api/search?q=payload").body());
      Set<String> paths = new LinkedHashSet<>();
      paths.add("/?q=payload");
      paths.add("/?q=%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E");
      for (JsonNode hit : result.get("hits")) {
        paths.add("/claims/" + hit.at("/stored/claim/id").asText());
        paths.add("/documents/" + hit.at("/stored/document/id").asText());
        String speaker = hit.at("/stored/claim/speaker").asText(null);
        if (speaker != null) {
          paths.add("/speakers/" + Links.segment(speaker));
        }
      }
      ChromeDriver driver = browser.driver();
      int shot = 0;
      for (String path : paths) {
        driver.get(archive.base() + path);
        assertNoDialog(driver, path);
        assertEquals(
            Boolean.TRUE,
            driver.executeScript("return typeof window.__pwned === 'undefined'"),
            path + " ran a payload");
        for (WebElement link : driver.findElements(By.cssSelector("a[href]"))) {
          String href = String.valueOf(link.getAttribute("href"));
          assertTrue(!href.toLowerCase(Locale.ROOT).startsWith("javascript:"), path + ": " + href);
        }
        if (path.startsWith("/documents/") && shot++ == 0) {
          browser.screenshot("hostile-document");
        }
      }
      driver.get(archive.base() + "/?q=payload");
      browser.screenshot("hostile-search");
    }
  }

  private static void assertNoDialog(ChromeDriver driver, String path) {
    try {
      String text = driver.switchTo().alert().getText();
      throw new AssertionError(path + " opened a dialog: " + text);
    } catch (NoAlertPresentException expected) {
      // No dialog: nothing ran.
    }
  }
}
