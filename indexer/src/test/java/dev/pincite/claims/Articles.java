package dev.pincite.claims;

import dev.pincite.ingest.Article;
import dev.pincite.ingest.Block;
import dev.pincite.ingest.DocumentMetadata;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds small articles for tests: "# text" is a heading, "| a | b" a table row, "- x" a list item,
 * "> x" a block quote, "** x" an interviewer's question set in bold.
 */
final class Articles {

  private Articles() {}

  static Article of(String byline, String site, String... blocks) {
    return titled("A test", byline, site, blocks);
  }

  /** An article with this title (a title is not body). */
  static Article titled(String title, String byline, String site, String... blocks) {
    List<Block> out = new ArrayList<>();
    for (String b : blocks) {
      if (b.startsWith("# ")) {
        out.add(Block.heading(b.substring(2)));
      } else if (b.startsWith("| ")) {
        out.add(new Block(Block.Kind.TABLE_ROW, b.substring(2)));
      } else if (b.startsWith("- ")) {
        out.add(new Block(Block.Kind.LIST_ITEM, b.substring(2)));
      } else if (b.startsWith("> ")) {
        out.add(new Block(Block.Kind.QUOTE, b.substring(2)));
      } else if (b.startsWith("** ")) {
        out.add(new Block(Block.Kind.QUESTION, b.substring(3)));
      } else {
        out.add(Block.paragraph(b));
      }
    }
    return new Article(
        "test/doc.md", new DocumentMetadata(title, byline, site, null, null, "en"), out, List.of());
  }

  /** A registry with a few companies, products, outlets and people none of the corpus uses. */
  static Registry registry() {
    return Registry.of(
        List.of(
            new Registry.Organisation(
                "Orbital Foods", Registry.Kind.COMPANY, List.of("OrbiFresh", "Orbital")),
            new Registry.Organisation(
                "Kestrel Air", Registry.Kind.COMPANY, List.of("Kestrel", "KestrelMiles")),
            new Registry.Organisation("Vantage Rail", Registry.Kind.COMPANY, List.of()),
            new Registry.Organisation(
                "The Daily Ledger", Registry.Kind.OUTLET, List.of("Daily Ledger"))),
        List.of(
            new Registry.Person("Ingrid Solberg", List.of(), "Kestrel Air"),
            new Registry.Person("Tomas Eriksen", List.of("Tommy"), null)));
  }

  /**
   * An extractor over {@link #registry()} deciding types and stances by the rules these tests
   * check.
   */
  static ClaimExtractor extractor() {
    return new ClaimExtractor(registry(), ClaimClassifiers.rules());
  }
}
