package dev.pincite.cli;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.pincite.claims.Claim;
import dev.pincite.claims.ClaimExtractor;
import dev.pincite.claims.Registry;
import dev.pincite.ingest.Article;
import dev.pincite.ingest.ArticleLoader;
import dev.pincite.ingest.BadDocumentException;
import dev.pincite.ingest.Catalog;
import dev.pincite.ingest.DocumentMetadata;
import dev.pincite.ingest.Paragraph;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code pincite extract FILE...}: prints one JSON object per file on one line, with the keys of
 * the claim contract ({@code shared/CLAIMS.md}). Other tools read this output: keep its keys
 * stable.
 */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Print each file's article and claims as one JSON object per line (JSON Lines).",
      "A file inside the corpus folder gets its corpus path, catalog metadata and stable ids."
    })
public final class ExtractCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "HTML, Markdown or text files.")
  List<Path> files;

  @Mixin CorpusOption corpus;

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
    ObjectMapper json = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);
    int failures = 0;
    for (Path file : files) {
      String path = corpus.corpus().pathOf(file);
      try {
        if (!Files.isRegularFile(file)) {
          throw new BadDocumentException(
              file.toString(), BadDocumentException.Reason.UNREADABLE, "no such file");
        }
        Article article = catalog.apply(loader.load(file, path));
        out.println(json.writeValueAsString(record(article, file, extractor.extract(article))));
      } catch (BadDocumentException e) {
        err.println("extract: skipped " + e.getMessage());
        failures++;
      } catch (JsonProcessingException e) {
        err.println("extract: cannot write JSON for " + file + ": " + e.getMessage());
        failures++;
      }
    }
    out.flush();
    return failures == 0 ? 0 : 1;
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
        file.toString().replace('\\', '/'),
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
