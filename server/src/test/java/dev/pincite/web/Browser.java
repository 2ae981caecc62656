package dev.pincite.web;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.LoggerFactory;

/**
 * Headless Debian Chromium for the {@code *BrowserTest} classes, driven through the system's
 * chromedriver: Selenium Manager is never asked to download anything. When the browser or its
 * driver is missing, the calling test is skipped with a message saying what to install. Public,
 * with the waits and reads a search page needs, so that {@code solr-it/} drives {@code serve
 * --solr} with the same setup (it compiles this file into its own tests).
 */
public final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private final ChromeDriver driver;
  private final Path profile;

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /**
   * Skips the calling test unless Chromium and chromedriver are installed; fails it instead when
   * the system property {@code pincite.browser.required} is true, as CI sets it ({@code .ci/run}
   * installs both first), so that a failed install can never pass as skipped browser tests.
   */
  public static void assumeInstalled() {
    if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
      return;
    }
    String message =
        CHROMIUM
            + " and "
            + CHROMEDRIVER
            + " are needed (Debian: apt-get install -y chromium chromium-driver).";
    if (Boolean.getBoolean("pincite.browser.required")) {
      throw new AssertionError("Browser tests required (pincite.browser.required): " + message);
    }
    // Said on the console too: a skipped assumption is easy to miss in a quiet build.
    LoggerFactory.getLogger(Browser.class).warn("Browser tests skipped: " + message);
    Assumptions.abort("Browser tests skipped: " + message);
  }

  /**
   * Starts a headless Chromium with a fresh profile, allowed to use the clipboard.
   *
   * @param width window width
   * @param height window height
   */
  public static Browser start(int width, int height) throws IOException {
    assumeInstalled();
    Path profile = Files.createTempDirectory("pincite-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        // The page scrolls smoothly to anchors; Selenium clicks before a smooth scroll ends.
        "--force-prefers-reduced-motion",
        "--user-data-dir=" + profile,
        "--window-size=" + width + "," + height);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
    driver.executeCdpCommand(
        "Browser.grantPermissions",
        Map.of("permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
    return new Browser(driver, profile);
  }

  public ChromeDriver driver() {
    return driver;
  }

  /**
   * Saves a screenshot of the current page as a test artifact in the build folder's {@code
   * screenshots/}.
   *
   * @param name the file name without extension
   * @return the file
   */
  public Path screenshot(String name) throws IOException {
    Path dir = screenshotDir();
    Files.createDirectories(dir);
    Path target = dir.resolve(name + ".png");
    Path taken = driver.getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(taken, target, StandardCopyOption.REPLACE_EXISTING);
    return target;
  }

  /** The number of hits the search page's results heading states, 0 when it states none. */
  public long total() {
    String heading = driver.findElement(By.id("results-heading")).getText();
    String digits = heading.replaceAll("^(\\d+).*$", "$1");
    return digits.matches("\\d+") ? Long.parseLong(digits) : 0;
  }

  /** The count a facet value's label shows beside its checkbox. */
  public long facetCount(WebElement checkbox) {
    return Long.parseLong(
        driver
            .findElement(
                By.cssSelector("label[for='" + checkbox.getAttribute("id") + "'] .facet-count"))
            .getText());
  }

  /** Clicks an element once it is scrolled into the middle of the window. */
  public void click(WebElement element) {
    driver.executeScript(
        "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
    element.click();
  }

  /** Waits up to 10 seconds for the address to contain a text. */
  public void waitForUrl(String part) {
    waitFor(ExpectedConditions.urlContains(part));
  }

  /** Waits up to 10 seconds for a condition to hold (a non-null, non-false value). */
  public <T> T waitFor(Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, Duration.ofSeconds(10)).until(condition::apply);
  }

  /** {@code server/<build folder>/screenshots}, next to {@code test-classes}. */
  public static Path screenshotDir() {
    try {
      Path testClasses =
          Path.of(Browser.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return testClasses.getParent().resolve("screenshots");
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() throws IOException {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
