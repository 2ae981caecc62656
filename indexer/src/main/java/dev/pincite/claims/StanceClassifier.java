package dev.pincite.claims;

import java.util.Objects;
import java.util.Set;

/**
 * Decides a sentence's stance toward the main company it discusses (the claim contract, {@code
 * shared/CLAIMS.md}): bullish, bearish or neutral. {@link StanceRules} is the rule implementation;
 * a trained model implements the same interface, so both can be scored against the same gold set
 * and floors. Implementations must be thread safe: one instance serves every document of a reindex.
 *
 * <p>The structural stance of a bull or bear case ({@link TypeRules.Decision#stance()}) and the
 * opposite stance a neutral counterclaim takes from the claim it answers are decided by the
 * extractor, around the classifier.
 */
public interface StanceClassifier {

  /**
   * What a classifier may look at: one sentence and what the extractor knows about it.
   *
   * @param text the sentence, as in the body
   * @param type its claim type
   * @param companies the canonical names of the organisations it discusses (may be empty: the
   *     sentence may still be about the document's company, "the company", "net sales")
   * @param documentAboutCompanies true when some sentence of its document discusses an organisation
   * @param document the shape of its document
   * @param attributed true when the sentence reports someone else's words or view, false when it is
   *     in the document's own voice
   */
  record Sentence(
      String text,
      ClaimType type,
      Set<String> companies,
      boolean documentAboutCompanies,
      DocumentShape document,
      boolean attributed) {

    public Sentence {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(document, "document");
      companies = Set.copyOf(companies);
    }
  }

  /**
   * The shape of a sentence's document, which tells a one-line news item from an argued essay or a
   * long commentary.
   *
   * @param sentences how many sentences its body has (at least 1)
   * @param paragraphs how many paragraphs (at least 1)
   */
  record DocumentShape(int sentences, int paragraphs) {

    public DocumentShape {
      if (sentences < 1 || paragraphs < 1) {
        throw new IllegalArgumentException(
            "a document has at least one sentence and paragraph: " + sentences + ", " + paragraphs);
      }
    }
  }

  /**
   * The stance of a sentence.
   *
   * @param sentence the sentence and its context
   * @return its stance toward the main company it discusses
   */
  Stance stance(Sentence sentence);

  /**
   * Identifies what decides (nothing for rules, whose code and cue files the extractor's
   * fingerprint already covers; a trained model's weights), for the extractor's fingerprint: when
   * it changes, claims are extracted again.
   *
   * @return the identity, or an empty string
   */
  default String fingerprint() {
    return "";
  }
}
