package dev.pincite.claims;

import java.util.List;

/**
 * Gives each sentence of a document its claim type (the contract's {@code type}). {@link TypeRules}
 * is the rule-based implementation; a trained model can stand beside it and be scored under the
 * same floors. Implementations are thread safe: per-document state lives in one {@link #classify}
 * call.
 */
public interface TypeClassifier {

  /**
   * One body sentence as the classifier sees it, with what the extractor found before typing it
   * (its speaker: who argued what before it).
   *
   * @param text the sentence
   * @param section the heading it stands under, or null
   * @param paragraphStart true for the paragraph's first sentence
   * @param tableHeader true for the first row of a table
   * @param speaker its speaker (the contract's {@code speaker}), or null
   * @param attributed whether the sentence names or points back to that speaker
   */
  record Sentence(
      String text,
      String section,
      boolean paragraphStart,
      boolean tableHeader,
      String speaker,
      boolean attributed) {

    /**
     * A sentence whose speaker is unknown (the document's own voice).
     *
     * @param text the sentence
     * @param section the heading it stands under, or null
     * @param paragraphStart true for the paragraph's first sentence
     * @param tableHeader true for the first row of a table
     */
    public Sentence(String text, String section, boolean paragraphStart, boolean tableHeader) {
      this(text, section, paragraphStart, tableHeader, null, false);
    }
  }

  /**
   * A sentence's type.
   *
   * @param type the type
   * @param stance a stance fixed by structure (a bull or bear case), or null
   * @param opensCase true when the sentence opens a bull or bear case
   * @param answersCase true when it opens the second case of a pair: its counter target is the
   *     first case's opening sentence
   */
  record Decision(ClaimType type, Stance stance, boolean opensCase, boolean answersCase) {}

  /**
   * Types the sentences of one document.
   *
   * @param document its body sentences in reading order
   * @return one decision per sentence, in the same order
   */
  List<Decision> classify(List<Sentence> document);

  /**
   * What the classifier's decisions depend on beyond the package's code and cue files (a trained
   * model's weights), for the extractor's fingerprint: when it changes, claims are extracted again.
   *
   * @return a short digest, empty when code and cue files are all
   */
  default String fingerprint() {
    return "";
  }
}
