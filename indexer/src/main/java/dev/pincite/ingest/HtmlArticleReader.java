package dev.pincite.ingest;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads an HTML page: metadata from {@link MetadataExtractor}, the article element from {@link
 * ContentExtractor}, blocks from {@link BlockWriter}, and then the text-level boilerplate rules
 * (promos, "Related …" link lists) of {@link BoilerplateRules}. A page with no article gives an
 * empty body and a warning. Thread safe.
 */
public final class HtmlArticleReader implements ArticleReader {

  private final BoilerplateRules rules;
  private final MetadataExtractor metadata = new MetadataExtractor();

  public HtmlArticleReader(BoilerplateRules rules) {
    this.rules = rules;
  }

  @Override
  public Article read(String text, String path) {
    Document doc = Jsoup.parse(text);
    MetadataExtractor.Metadata meta = metadata.extract(doc);
    ContentExtractor.Result content = new ContentExtractor(rules).extract(doc, meta.title());
    String byline = meta.byline();
    if (byline == null) {
      byline = MetadataExtractor.person(content.byline(), meta.site());
    }
    if (byline == null) {
      byline = MetadataExtractor.visibleByline(doc, rules, meta.site());
    }
    List<Block> blocks =
        content.article() == null
            ? List.of()
            : dropBoilerplate(BlockWriter.write(content.article()));
    List<String> warnings = blocks.isEmpty() ? List.of("no article text found") : List.of();
    return new Article(
        path,
        meta.title(),
        byline,
        meta.site(),
        meta.published(),
        meta.url(),
        meta.lang(),
        blocks,
        warnings);
  }

  /**
   * Drops promo blocks and a "Related …" heading with the list items or short paragraphs under it,
   * up to the next heading.
   */
  private List<Block> dropBoilerplate(List<Block> blocks) {
    List<Block> kept = new ArrayList<>();
    boolean inRelated = false;
    for (Block block : blocks) {
      if (block.isHeading()) {
        inRelated = rules.isRelatedHeading(block.text());
        if (inRelated) {
          continue;
        }
      } else if (inRelated
          && (block.kind() == Block.Kind.LIST_ITEM || block.text().length() < 200)) {
        continue;
      } else {
        inRelated = false;
      }
      if (rules.isPromo(block.text()) || rules.isAdLabel(block.text())) {
        continue;
      }
      kept.add(block);
    }
    return kept;
  }
}
