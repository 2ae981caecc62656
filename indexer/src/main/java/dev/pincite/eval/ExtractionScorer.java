package dev.pincite.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pincite.ingest.Article;
import dev.pincite.ingest.ArticleLoader;
import dev.pincite.ingest.BadDocumentException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;

/**
 * Scores the ingestion against Readability-style fixture pages: a folder of page folders, each with
 * {@code source.html}, {@code expected.html} (the article body a reference extractor keeps) or
 * {@code expected.txt} (the same as plain text, preferred when present) and {@code
 * expected-metadata.json} or {@code expected.json} (preferred when present) ({@code title}, {@code
 * byline}, {@code siteName}, {@code publishedTime}).
 *
 * <p>A field agrees when both values are equal after Unicode compatibility normalisation,
 * lower-casing, and turning punctuation runs into single spaces; {@code published} compares the
 * date part only; a byline's leading "By" (or its French, Spanish, German or Dutch equivalent) is
 * not compared. A field is scored only on pages whose expectation is not null, and a missing or
 * failed extraction counts as disagreement. The body score is the bag-of-words token F1 of {@link
 * Article#body()} against the text of {@code expected.html}, both tokenised into lower-case runs of
 * letters and digits. Throughput counts only {@link ArticleLoader#parse}, not file reading.
 * Stateless and thread safe.
 */
public final class ExtractionScorer {

  /** The metadata fields scored, with their key in {@code expected-metadata.json}. */
  public enum Field {
    TITLE("title"),
    BYLINE("byline"),
    SITE("siteName"),
    PUBLISHED("publishedTime");

    private final String key;

    Field(String key) {
      this.key = key;
    }

    /** The key in {@code expected-metadata.json}. */
    public String key() {
      return key;
    }
  }

  /**
   * One field on one page.
   *
   * @param expected the expectation (never null: null expectations are not scored)
   * @param actual what the loader found, or null
   * @param agrees whether they agree
   */
  public record FieldResult(String expected, String actual, boolean agrees) {}

  /**
   * One page.
   *
   * @param page the page folder's name
   * @param fields the scored fields (those with an expectation)
   * @param bodyF1 the body token F1, 0 when extraction failed
   * @param bytes the size of {@code source.html}
   * @param parseNanos the time {@link ArticleLoader#parse} took
   * @param error the failure message, or null
   */
  public record PageResult(
      String page,
      Map<Field, FieldResult> fields,
      double bodyF1,
      long bytes,
      long parseNanos,
      String error) {}

  /**
   * All pages.
   *
   * @param pages the pages in name order
   */
  public record Report(List<PageResult> pages) {

    /**
     * The share of pages with an expectation for the field where the loader agrees; NaN if none.
     */
    public double share(Field field) {
      long expected = pages.stream().filter(p -> p.fields().containsKey(field)).count();
      long agreed =
          pages.stream()
              .filter(p -> p.fields().containsKey(field) && p.fields().get(field).agrees())
              .count();
      return expected == 0 ? Double.NaN : agreed / (double) expected;
    }

    /** How many pages have an expectation for the field. */
    public long expected(Field field) {
      return pages.stream().filter(p -> p.fields().containsKey(field)).count();
    }

    /** The mean body token F1 over all pages. */
    public double meanBodyF1() {
      return pages.stream().mapToDouble(PageResult::bodyF1).average().orElse(Double.NaN);
    }

    /**
     * The figures under their names in {@code eval/floors.yaml}: the number of pages, the mean body
     * F1 and each field's share of agreeing pages.
     *
     * @param set the set's name there, such as {@code readability}
     * @return the figures, in print order
     */
    public Figures figures(String set) {
      Map<String, Number> figures = new LinkedHashMap<>();
      figures.put("pages", pages.size());
      figures.put("body_f1", meanBodyF1());
      for (Field field : Field.values()) {
        figures.put(field.name().toLowerCase(Locale.ROOT), share(field));
      }
      return new Figures(set, figures);
    }

    /** Pages parsed per second of parsing time. */
    public double pagesPerSecond() {
      return pages.size() / seconds();
    }

    /** Megabytes (10^6 bytes) of HTML parsed per second of parsing time. */
    public double megabytesPerSecond() {
      return pages.stream().mapToLong(PageResult::bytes).sum() / 1e6 / seconds();
    }

    private double seconds() {
      return pages.stream().mapToLong(PageResult::parseNanos).sum() / 1e9;
    }
  }

  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Pattern PUNCTUATION = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");
  private static final Pattern BY_WORD = Pattern.compile("^(written )?(by|par|por|von|door) ");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ArticleLoader loader;

  public ExtractionScorer(ArticleLoader loader) {
    this.loader = loader;
  }

  /**
   * Scores every page folder (one holding {@code source.html}) directly under a folder.
   *
   * @param pagesDir the folder of page folders
   * @return the report
   * @throws IOException when the folder or a page's files cannot be read
   */
  public Report score(Path pagesDir) throws IOException {
    if (!Files.isDirectory(pagesDir)) {
      throw new IOException("not a folder of fixture pages: " + pagesDir);
    }
    List<Path> folders;
    try (Stream<Path> list = Files.list(pagesDir)) {
      folders = list.filter(p -> Files.isRegularFile(p.resolve("source.html"))).sorted().toList();
    }
    List<PageResult> results = new ArrayList<>();
    for (Path folder : folders) {
      results.add(scorePage(folder));
    }
    return new Report(results);
  }

  private PageResult scorePage(Path folder) throws IOException {
    String name = folder.getFileName().toString();
    byte[] source = Files.readAllBytes(folder.resolve("source.html"));
    JsonNode expected = JSON.readTree(expectedMetadata(folder).toFile());
    String expectedBody = expectedBody(folder);
    Article article = null;
    String error = null;
    long start = System.nanoTime();
    try {
      article = loader.parse(source, name + "/source.html");
    } catch (BadDocumentException e) {
      error = e.getMessage();
    }
    long nanos = System.nanoTime() - start;
    Map<Field, FieldResult> fields = new EnumMap<>(Field.class);
    for (Field field : Field.values()) {
      JsonNode value = expected.get(field.key());
      if (value == null || value.isNull() || value.asText().isBlank()) {
        continue;
      }
      String actual = article == null ? null : actual(article, field);
      fields.put(
          field, new FieldResult(value.asText(), actual, agrees(field, value.asText(), actual)));
    }
    double f1 = article == null ? 0 : tokenF1(article.body(), expectedBody);
    return new PageResult(name, fields, f1, source.length, nanos, error);
  }

  /**
   * The reference metadata: {@code expected.json} (the project's own pages) when there is one, else
   * {@code expected-metadata.json} (Readability's fixtures).
   */
  private static Path expectedMetadata(Path folder) {
    Path own = folder.resolve("expected.json");
    return Files.isRegularFile(own) ? own : folder.resolve("expected-metadata.json");
  }

  /**
   * The reference body: {@code expected.txt} as written when there is one, else the text of {@code
   * expected.html}.
   */
  private static String expectedBody(Path folder) throws IOException {
    Path text = folder.resolve("expected.txt");
    if (Files.isRegularFile(text)) {
      return Files.readString(text, StandardCharsets.UTF_8);
    }
    return Jsoup.parse(Files.readString(folder.resolve("expected.html"), StandardCharsets.UTF_8))
        .text();
  }

  private static String actual(Article article, Field field) {
    return switch (field) {
      // Readability reports the title the page declares, its site's name included
      case TITLE -> article.declaredTitle();
      case BYLINE -> article.byline();
      case SITE -> article.site();
      case PUBLISHED -> article.published();
    };
  }

  static boolean agrees(Field field, String expected, String actual) {
    if (actual == null) {
      return false;
    }
    if (field == Field.PUBLISHED) {
      String a = datePart(expected);
      return a != null && a.equals(datePart(actual));
    }
    String a = normalise(expected);
    String b = normalise(actual);
    if (field == Field.BYLINE) {
      // "By" is a label in front of the names, not part of them
      a = BY_WORD.matcher(a).replaceFirst("");
      b = BY_WORD.matcher(b).replaceFirst("");
    }
    return !a.isEmpty() && a.equals(b);
  }

  private static String datePart(String value) {
    Matcher m = ISO_DATE.matcher(value.strip());
    return m.find() ? m.group(1) : null;
  }

  /** Compatibility-normalised, lower-case, punctuation runs as single spaces, stripped. */
  static String normalise(String value) {
    String folded = Normalizer.normalize(value, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return PUNCTUATION.matcher(folded).replaceAll(" ").strip();
  }

  /** Lower-case runs of letters and digits. */
  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m =
        TOKEN.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
    while (m.find()) {
      tokens.add(m.group());
    }
    return tokens;
  }

  /** Bag-of-words F1 of a text against a reference; 1 when both have no tokens. */
  static double tokenF1(String actual, String reference) {
    List<String> got = tokens(actual);
    List<String> want = tokens(reference);
    if (got.isEmpty() && want.isEmpty()) {
      return 1;
    }
    if (got.isEmpty() || want.isEmpty()) {
      return 0;
    }
    Map<String, Integer> counts = new HashMap<>();
    for (String token : want) {
      counts.merge(token, 1, Integer::sum);
    }
    int overlap = 0;
    for (String token : got) {
      Integer left = counts.get(token);
      if (left != null && left > 0) {
        overlap++;
        counts.put(token, left - 1);
      }
    }
    if (overlap == 0) {
      return 0;
    }
    double precision = overlap / (double) got.size();
    double recall = overlap / (double) want.size();
    return 2 * precision * recall / (precision + recall);
  }
}
