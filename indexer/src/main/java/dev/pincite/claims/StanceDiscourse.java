package dev.pincite.claims;

import dev.pincite.claims.StanceClassifier.Discourse;
import dev.pincite.claims.StanceClassifier.Lean;
import dev.pincite.claims.StanceClassifier.Sentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads the discourse around each sentence of a document for a stance model ({@link
 * StanceClassifier.Discourse}): how the rules ({@link StanceRules}) decided the document's other
 * sentences, the same speaker's other sentences, the same paragraph's other sentences, and the
 * sentences just before and after. A bear piece's sentences lean bearish and a speaker keeps a side
 * through a paragraph; the model learns how far that holds. Only what is known before stance is
 * decided is read (the rules' decisions, speakers, paragraphs, types), never a label, so the
 * training set ({@code StanceTrainingSet}) and the extractor read the same discourse.
 *
 * <p>Thread safe: it holds only the rules.
 */
public final class StanceDiscourse {

  private final StanceRules rules;

  /**
   * @param cues the parsed {@code stance-cues.txt} (the rules' vocabulary)
   */
  public StanceDiscourse(CueFile cues) {
    this.rules = new StanceRules(cues);
  }

  /**
   * A document's sentences with their discourse read. A sentence with no {@link Sentence#place()}
   * (scored alone) keeps {@link Discourse#NONE}.
   *
   * @param document its sentences in reading order
   * @return the same sentences with their discourse, in the same order
   */
  public List<Sentence> read(List<Sentence> document) {
    List<Stance> ruled = new ArrayList<>(document.size());
    for (Sentence s : document) {
      ruled.add(rules.stance(s));
    }
    List<Discourse> discourse = of(document, ruled);
    List<Sentence> out = new ArrayList<>(document.size());
    for (int i = 0; i < document.size(); i++) {
      out.add(document.get(i).withDiscourse(discourse.get(i)));
    }
    return out;
  }

  /**
   * Each sentence's discourse from the rules' stances of its document's sentences (a context
   * sentence's being neutral).
   *
   * @param document the sentences in reading order
   * @param ruled the rules' stance of each, in the same order
   * @return each sentence's discourse, in the same order
   */
  static List<Discourse> of(List<Sentence> document, List<Stance> ruled) {
    if (document.size() != ruled.size()) {
      throw new IllegalArgumentException(
          "one stance per sentence: " + document.size() + " sentences, " + ruled.size());
    }
    Lean all = Lean.EMPTY;
    Map<String, Lean> bySpeaker = new HashMap<>();
    Map<Integer, Lean> byParagraph = new HashMap<>();
    for (int i = 0; i < document.size(); i++) {
      StanceClassifier.Place place = document.get(i).place();
      if (place == null) {
        continue;
      }
      Stance stance = ruled.get(i);
      all = all.plus(stance);
      bySpeaker.merge(speaker(place), Lean.EMPTY.plus(stance), StanceDiscourse::sum);
      byParagraph.merge(place.paragraph(), Lean.EMPTY.plus(stance), StanceDiscourse::sum);
    }
    List<Discourse> out = new ArrayList<>(document.size());
    for (int i = 0; i < document.size(); i++) {
      StanceClassifier.Place place = document.get(i).place();
      if (place == null) {
        out.add(Discourse.NONE);
        continue;
      }
      Stance own = ruled.get(i);
      out.add(
          new Discourse(
              all.minus(own),
              bySpeaker.get(speaker(place)).minus(own),
              byParagraph.get(place.paragraph()).minus(own),
              neighbour(document, ruled, i - 1),
              neighbour(document, ruled, i + 1),
              true));
    }
    return out;
  }

  /** The rules' stance of sentence {@code i}, or null when there is none there in a document. */
  private static Stance neighbour(List<Sentence> document, List<Stance> ruled, int i) {
    return i < 0 || i >= document.size() || document.get(i).place() == null ? null : ruled.get(i);
  }

  /** Sentences with no known speaker are one voice (the document's own). */
  private static String speaker(StanceClassifier.Place place) {
    return Objects.requireNonNullElse(place.speaker(), "");
  }

  private static Lean sum(Lean a, Lean b) {
    return new Lean(
        a.bullish() + b.bullish(), a.bearish() + b.bearish(), a.neutral() + b.neutral());
  }
}
