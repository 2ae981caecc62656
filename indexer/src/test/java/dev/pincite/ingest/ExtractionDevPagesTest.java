package dev.pincite.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 14: pages of {@code ../shared/fixtures/extraction-dev} that once stopped a batch. Read from
 * there at test time, never copied into the repository.
 */
class ExtractionDevPagesTest {

  private final ArticleLoader loader = new ArticleLoader();

  @ParameterizedTest
  @ValueSource(
      strings = {
        // a NullPointerException in ContentExtractor.pickTop: the rivals' common ancestor
        "lemire.me.json.html",
        "shabka.org.about.html",
        // no closing </body>, once refused as truncated
        "siegessaeule.de-Machtinstrument.html",
        "Osthessen-news.de-Buergermeisterwahl.html"
      })
  void pageGivesAnArticle(String name) throws Exception {
    String shared = System.getProperty("pincite.shared");
    Path page =
        shared == null ? null : Path.of(shared, "fixtures", "extraction-dev", "pages", name);
    assumeTrue(page != null && Files.isRegularFile(page), "extraction-dev page not found: " + page);
    assertFalse(loader.load(page, name).body().isBlank());
  }
}
