package dev.pincite.claims;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The capitalised runs ({@link NameSpan#find}) of one document's sentences, each sentence's found
 * once: {@link CompanyRules} reads the runs of the same sentence in several passes (the firms among
 * the first speaker pass's people, the title's name, each discovery pass, the full names), and a
 * sentence's runs depend only on the sentence and the rules' fixed word lists. Made by {@link
 * CompanyRules#nameRuns()} for one document.
 *
 * <p>Not thread safe, and held by no shared object: one per document, dropped with it (it holds
 * that document's sentences and no more).
 */
public final class NameRuns {

  private final Set<String> leadingNotNames;
  private final Set<String> ofHeads;
  private final Map<String, List<NameSpan>> bySentence = new HashMap<>();

  /**
   * @param leadingNotNames capitalised words dropped from the start of a run
   * @param ofHeads the head nouns a name goes on after over "of" or "for"
   */
  NameRuns(Set<String> leadingNotNames, Set<String> ofHeads) {
    this.leadingNotNames = leadingNotNames;
    this.ofHeads = ofHeads;
  }

  /**
   * The runs of a sentence: {@code NameSpan.find(sentence, leadingNotNames, ofHeads)}, found the
   * first time it is asked for.
   *
   * @param sentence the sentence
   * @return its runs, left to right, unmodifiable
   */
  List<NameSpan> of(String sentence) {
    return bySentence.computeIfAbsent(
        sentence, s -> List.copyOf(NameSpan.find(s, leadingNotNames, ofHeads)));
  }

  /** Whether these are runs found with these word lists: made by the rules that hold them. */
  boolean readWith(Set<String> leadingNotNames, Set<String> ofHeads) {
    return this.leadingNotNames == leadingNotNames && this.ofHeads == ofHeads;
  }
}
