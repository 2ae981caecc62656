package dev.pincite.cli;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.pincite.claims.Claim;
import dev.pincite.claims.ClaimExtractor;
import dev.pincite.claims.Registry;
import dev.pincite.claims.TooManySentencesException;
import dev.pincite.ingest.Article;
import dev.pincite.ingest.ArticleLoader;
import dev.pincite.ingest.BadDocumentException;
import dev.pincite.ingest.Catalog;
import dev.pincite.ingest.DocumentMetadata;
import dev.pincite.ingest.FileTimeLimit;
import dev.pincite.ingest.Paragraph;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pincite extract FILE...}: prints one JSON object per file on one line, with the keys of
 * the claim contract ({@code shared/CLAIMS.md}). Other tools read this output: keep its keys
 * stable. A file that fails gets a line of its own, {@code {"path": …, "error": {"kind": …,
 * "message": …}}}, in place of its article; the batch goes on (issue 14).
 */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Print each file's article and claims as one JSON object per line (JSON Lines).",
      "A file inside the corpus folder gets its corpus path, catalog metadata and stable ids.",
      "A file that cannot be read prints {\"path\": ..., \"error\": {\"kind\": ...,"
          + " \"message\": ...}} instead, is reported on standard error, and the other files"
          + " are still read. Kinds: the reasons a file is skipped (empty, binary, encoding,"
          + " too_large, too_slow, unreadable, unsupported), internal (a bug in Pincite: please report the"
          + " file) and output (the JSON could not be written)."
    },
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
      "0:every file was extracted",
      "1:at least one file failed (its line says why); the others were printed",
      "2:the corpus registry or catalog cannot be read: nothing was extracted"
    })
public final class ExtractCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "HTML, Markdown or text files.")
  List<Path> files;

  @Mixin CorpusOption corpus;

  @Option(
      names = "--file-time-limit",
      paramLabel = "SECONDS",
      description =
          "The time one file may take; a file over it fails with too_slow (default: ${DEFAULT-VALUE}).")
  long fileTimeLimitSeconds = FileTimeLimit.DEFAULT.toSeconds();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ClaimExtractor extractor;
    Catalog catalog;
    try {
      extractor = new ClaimExtractor(Registry.load(corpus.corpus().registryDir()));
      catalog = corpus.corpus().catalog();
    } catch (IOException e) {
      err.println("extract: cannot read the corpus registry or catalog: " + e.getMessage());
      return 2;
    }
    ArticleLoader loader = new ArticleLoader();
    // Written straight to the output: a file of 50,000 claims is a line of 30 MB, which as one
    // string took more heap than the extraction itself.
    ObjectMapper json =
        new ObjectMapper()
            .disable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    int failures = 0;
    try (FileTimeLimit timeLimit = new FileTimeLimit(Duration.ofSeconds(fileTimeLimitSeconds))) {
      for (Path file : files) {
        failures += extractAndPrint(file, loader, catalog, extractor, json, timeLimit, out, err);
      }
    }
    out.flush();
    return failures == 0 ? 0 : 1;
  }

  /** Prints one file's line, or its error line; returns 1 when it failed. */
  private int extractAndPrint(
      Path file,
      ArticleLoader loader,
      Catalog catalog,
      ClaimExtractor extractor,
      ObjectMapper json,
      FileTimeLimit timeLimit,
      PrintWriter out,
      PrintWriter err) {
    Failure failure;
    try {
      Line line =
          timeLimit.run(file.toString(), () -> extractOne(file, loader, catalog, extractor));
      json.writeValue(out, line);
      out.println();
      return 0;
    } catch (BadDocumentException e) {
      failure = new Failure(e.reason().name().toLowerCase(Locale.ROOT), e.getMessage());
    } catch (JsonProcessingException e) {
      failure = new Failure("output", file + ": cannot write JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      failure = new Failure("output", file + ": cannot write JSON: " + e.getMessage());
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // A bug met on one page must not end the batch. Whatever the page built is unreachable
      // once this frame is left, so the next file has the whole heap (and stack) again.
      failure = new Failure("internal", file + ": " + e);
    }
    err.println("extract: failed " + failure.kind() + ": " + failure.message());
    out.println(errorLine(json, file, failure));
    return 1;
  }

  private Line extractOne(
      Path file, ArticleLoader loader, Catalog catalog, ClaimExtractor extractor)
      throws BadDocumentException {
    String path = corpus.corpus().pathOf(file);
    if (!Files.isRegularFile(file)) {
      throw new BadDocumentException(
          file.toString(), BadDocumentException.Reason.UNREADABLE, "no such file");
    }
    Article article = catalog.apply(loader.load(file, path));
    try {
      return record(article, file, extractor.extract(article));
    } catch (TooManySentencesException e) {
      throw e.toBadDocument();
    }
  }

  /** Why one file failed: a reason's name, {@code internal} or {@code output}, and the detail. */
  private record Failure(String kind, String message) {}

  private record ErrorLine(String path, Failure error) {}

  private static String errorLine(ObjectMapper json, Path file, Failure failure) {
    try {
      return json.writeValueAsString(new ErrorLine(outputPath(file), failure));
    } catch (JsonProcessingException e) {
      // two strings always serialise; keep the line parseable whatever happens
      throw new IllegalStateException(e);
    }
  }

  private static String outputPath(Path file) {
    return file.toString().replace('\\', '/');
  }

  /**
   * One line of output: the keys of the claim contract, in its order (the metadata fields flat
   * beside the path).
   */
  private record Line(
      String path,
      @JsonUnwrapped DocumentMetadata metadata,
      String body,
      List<Map<String, Object>> paragraphs,
      List<Claim> claims,
      List<String> warnings) {}

  private static Line record(Article article, Path file, List<Claim> claims) {
    return new Line(
        outputPath(file),
        article.metadata(),
        article.body(),
        article.paragraphs().stream().map(ExtractCommand::paragraph).toList(),
        claims,
        article.warnings());
  }

  private static Map<String, Object> paragraph(Paragraph p) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("n", p.n());
    map.put("section", p.section());
    map.put("text", p.text());
    return map;
  }
}
