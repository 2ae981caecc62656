package dev.pincite.claims;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What a definite description refers to inside one document: "the company" (or "the bank", "the
 * grocer") is the organisation the sentence opens with, else the last one a sentence of the
 * paragraph opened with, else the paragraph's most named, ties going to the one the document names
 * most; "both companies" are the two the document names most. Fed every sentence in reading order;
 * not thread safe (one per document).
 */
final class CompanyReferences {

  private final Map<String, Integer> perDocument;
  private Map<String, Integer> paragraphCounts = new HashMap<>();
  private String subject;

  /**
   * @param perDocument how many sentences of the document name each organisation
   */
  CompanyReferences(Map<String, Integer> perDocument) {
    this.perDocument = perDocument;
  }

  /** A new paragraph: its subject and counts start afresh. */
  void newParagraph() {
    paragraphCounts = new HashMap<>();
    subject = null;
  }

  /**
   * The organisation "the company" refers to in the current sentence.
   *
   * @param opening the organisation the sentence opens with, or null
   * @return the referent, or null when the document has named none yet
   */
  String referent(String opening) {
    if (opening != null) {
      return opening;
    }
    return subject != null ? subject : main(paragraphCounts, perDocument);
  }

  /**
   * The organisation "the company" refers to in the current sentence, among those of its kind: as
   * {@link #referent(String)}, passing over those the kind rules out; when none of its kind has
   * been named, as {@link #referent(String)}.
   *
   * @param opening the organisation the sentence opens with, or null
   * @param kind whether an organisation is of the description's kind
   * @return the referent, or null when the document has named none yet
   */
  String referent(String opening, Predicate<String> kind) {
    if (opening != null && kind.test(opening)) {
      return opening;
    }
    if (subject != null && kind.test(subject)) {
      return subject;
    }
    Map<String, Integer> inParagraph = only(paragraphCounts, kind);
    Map<String, Integer> counts = inParagraph.isEmpty() ? only(perDocument, kind) : inParagraph;
    return counts.isEmpty() ? referent(opening) : main(counts, perDocument);
  }

  private static Map<String, Integer> only(Map<String, Integer> counts, Predicate<String> kind) {
    Map<String, Integer> kept = new HashMap<>();
    counts.forEach(
        (name, n) -> {
          if (kind.test(name)) {
            kept.put(name, n);
          }
        });
    return kept;
  }

  /**
   * Records a sentence once its companies are known.
   *
   * @param companies the organisations it discusses
   * @param opening the organisation it opens with, or null
   */
  void sentence(Set<String> companies, String opening) {
    for (String c : companies) {
      paragraphCounts.merge(c, 1, Integer::sum);
    }
    subject = opening != null ? opening : subject;
  }

  /**
   * The n organisations the document names most ("both companies"), ties by name; none when it
   * names fewer.
   */
  List<String> mostNamed(int n) {
    return mostNamed(perDocument, n);
  }

  /** The n organisations the document names most ("both companies"), ties by name. */
  private static List<String> mostNamed(Map<String, Integer> perDocument, int n) {
    return perDocument.entrySet().stream()
        .sorted(
            Map.Entry.<String, Integer>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(perDocument.size() >= n ? n : 0)
        .map(Map.Entry::getKey)
        .toList();
  }

  /**
   * What "the company" refers to when no sentence of the paragraph opened with an organisation: the
   * paragraph's most frequent one, ties going to the one the document names most; before any, the
   * document's most frequent.
   */
  private static String main(Map<String, Integer> paragraph, Map<String, Integer> document) {
    String best = null;
    Map<String, Integer> counts = paragraph.isEmpty() ? document : paragraph;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (best == null
          || score(e.getKey(), counts, document) > score(best, counts, document)
          || score(e.getKey(), counts, document) == score(best, counts, document)
              && e.getKey().compareTo(best) < 0) {
        best = e.getKey();
      }
    }
    return best;
  }

  private static long score(String name, Map<String, Integer> counts, Map<String, Integer> doc) {
    return counts.getOrDefault(name, 0) * 10_000L + doc.getOrDefault(name, 0);
  }
}
