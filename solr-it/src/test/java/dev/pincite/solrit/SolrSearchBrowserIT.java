package dev.pincite.solrit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pincite.web.Browser;
import java.nio.file.Path;
import java.util.List;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The main search flow in a real browser against {@code serve --solr} (issue 16): the bundled
 * corpus in a two-shard collection of an in-process SolrCloud, served by Pincite as a child
 * process; headless Chromium through the server tests' {@link Browser}. Open the search page,
 * search, tick a facet value, open a claim, follow its citation link into its document.
 */
class SolrSearchBrowserIT {

  @TempDir static Path work;

  private static MiniSolrCloudCluster cluster;
  private static PinciteProcess.Server server;

  @BeforeAll
  static void serveTheBundledCorpusFromSolrCloud() throws Exception {
    Browser.assumeInstalled();
    Path root = Path.of(System.getProperty("pincite.root")).toRealPath();
    PinciteProcess pincite = new PinciteProcess(root);
    Path configset = work.resolve("configset");
    pincite.run("solr-config", configset.toString());
    cluster =
        new MiniSolrCloudCluster.Builder(2, work.resolve("solr"))
            .addConfig("pincite", configset.resolve("conf"))
            .build();
    CollectionAdminRequest.createCollection("browser", "pincite", 2, 1)
        .process(cluster.getSolrClient());
    cluster.waitForActiveCollection("browser", 2, 2);
    String solrUrl = cluster.getJettySolrRunners().getFirst().getBaseUrl().toString();
    String corpus = root.resolve("corpus").toString();
    String[] solr = {"--corpus", corpus, "--solr", solrUrl, "--collection", "browser"};
    pincite.run(concat("reindex", solr));
    server = pincite.serve(solr);
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) {
      server.close();
    }
    if (cluster != null) {
      cluster.shutdown();
    }
  }

  @Test
  void searchTickAFacetOpenAClaimAndFollowItsCitation() throws Exception {
    try (Browser browser = Browser.start(1280, 1000)) {
      ChromeDriver driver = browser.driver();
      driver.get(server.url("/"));
      assertTrue(browser.total() > 0, "the landing page lists the newest claims");

      // Search from the box: hits with the words marked.
      WebElement q = driver.findElement(By.id("q"));
      q.sendKeys("revenue", Keys.ENTER);
      browser.waitForUrl("q=revenue");
      long total = browser.total();
      assertTrue(total > 1, "hits for revenue: " + total);
      assertFalse(driver.findElements(By.cssSelector(".hit-text mark")).isEmpty(), "highlights");
      browser.screenshot("solr-search");

      // Tick the first stance: the page reloads with as many hits as the facet counted.
      List<WebElement> stances = driver.findElements(By.cssSelector("input[name='f.stance']"));
      assertFalse(stances.isEmpty(), "a Stance facet");
      long counted = browser.facetCount(stances.getFirst());
      browser.click(stances.getFirst());
      browser.waitForUrl("f.stance=");
      assertEquals(counted, browser.total());
      assertEquals(1, driver.findElements(By.cssSelector(".chip")).size());

      // Open a claim: its page is headed by its text.
      WebElement hit = driver.findElement(By.cssSelector(".hit-text a"));
      String claimText = hit.getText();
      browser.click(hit);
      browser.waitForUrl("/claims/");
      assertEquals(claimText, driver.findElement(By.tagName("h1")).getText());
      browser.screenshot("solr-claim");

      // Its citation's paragraph link leads into the document, at that paragraph.
      WebElement cited = driver.findElement(By.cssSelector(".breadcrumb a[href*='#p']"));
      String anchor = cited.getAttribute("href").replaceAll(".*#", "");
      browser.click(cited);
      browser.waitForUrl("/documents/");
      assertEquals(anchor, driver.executeScript("return document.querySelector(':target').id"));
      assertTrue(
          driver.findElement(By.id(anchor)).getText().length() > 0, "the cited paragraph's text");
      browser.screenshot("solr-document");
    }
  }

  private static String[] concat(String first, String[] rest) {
    String[] all = new String[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }
}
