package dev.pincite.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/**
 * The analysis chains {@link IndexSchema} names for Solr give the tokens of the analyzers the
 * embedded index uses, field by field: a Solr collection then matches the same words.
 */
class AnalysisChainTest {

  private static final List<String> TEXTS =
      List.of(
          "The company's margins are computing higher; Nvidia's CEO said it's a \"game-changer\".",
          "Analysts at Morgan Stanley cut their 2026 target to $140 from $155 (U.S. dollars).",
          "Tesla, Inc. and the O'Neill Group: running, runs, ran, easily and fairly.");

  @Test
  void everyTextFieldsChainGivesTheEmbeddedAnalyzersTokens() throws IOException {
    try (Analyzer embedded = IndexSchema.analyzer()) {
      for (String field : IndexSchema.TEXT_FIELDS) {
        try (Analyzer chain = build(IndexSchema.analysisChain(field))) {
          for (String text : TEXTS) {
            assertEquals(tokens(embedded, field, text), tokens(chain, field, text), field);
          }
        }
      }
    }
  }

  @Test
  void theEnglishChainStemsAndDropsStopWordsTheStandardOneKeepsThem() throws IOException {
    try (Analyzer english = build(IndexSchema.ENGLISH);
        Analyzer standard = build(IndexSchema.STANDARD)) {
      assertEquals(List.of("comput", "price"), tokens(english, "f", "the computing prices"));
      assertEquals(
          List.of("the", "computing", "prices"), tokens(standard, "f", "the computing prices"));
    }
  }

  private static Analyzer build(IndexSchema.AnalysisChain chain) throws IOException {
    CustomAnalyzer.Builder builder = CustomAnalyzer.builder().withTokenizer(chain.tokenizer());
    for (String filter : chain.filters()) {
      builder.addTokenFilter(filter);
    }
    return builder.build();
  }

  private static List<String> tokens(Analyzer analyzer, String field, String text)
      throws IOException {
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term.toString());
      }
      stream.end();
    }
    return tokens;
  }
}
