package dev.pincite.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures {@link ClaimScorer} measures over a gold set. Every figure is in [0, 1]; a figure
 * with nothing to measure (no attributed gold sentence, no counterclaim) is 1.
 *
 * @param documents documents scored
 * @param goldSentences gold sentences
 * @param predictedSentences sentences the extractor produced for those documents
 * @param matchedSentences gold sentences matched by normalised text
 * @param sentenceRecall matched / gold
 * @param sentencePrecision matched / predicted
 * @param speakerAccuracy share of matched, attributed gold sentences with the gold speaker
 * @param companyF1 micro F1 of company names over matched sentences
 * @param companyPrecision share of predicted company names (over matched sentences) in gold; it and
 *     the recall say which way the F1 errs, totals only, without a floor
 * @param companyRecall share of gold company names (over matched sentences) predicted
 * @param typeMacroF1 macro F1 over the claim types present in gold or prediction
 * @param stanceMacroF1 macro F1 over the stances present in gold or prediction
 * @param linkAccuracy share of matched gold counterclaims with a target whose predicted {@code
 *     counters} points at the gold target
 * @param ownVoiceKept share of matched gold sentences with {@code attributed=false} (the document's
 *     own voice) whose prediction also has {@code attributed=false} and the gold speaker
 * @param types gold against predicted types, totals only (printable for the held-out set)
 * @param stances gold against predicted stances, totals only
 * @param disagreements one line per disagreement, for {@code --verbose}
 */
public record ClaimScore(
    int documents,
    int goldSentences,
    int predictedSentences,
    int matchedSentences,
    double sentenceRecall,
    double sentencePrecision,
    double speakerAccuracy,
    double companyF1,
    double companyPrecision,
    double companyRecall,
    double typeMacroF1,
    double stanceMacroF1,
    double linkAccuracy,
    double ownVoiceKept,
    ConfusionMatrix types,
    ConfusionMatrix stances,
    List<String> disagreements) {

  public ClaimScore {
    disagreements = List.copyOf(disagreements);
  }

  /**
   * The figures under their names in {@code eval/floors.yaml}, in print order.
   *
   * @param set the set's name there: {@code gold} or {@code heldout}
   * @return the counts and the fractions
   */
  public Figures figures(String set) {
    Map<String, Number> figures = new LinkedHashMap<>();
    figures.put("documents", documents);
    figures.put("gold_sentences", goldSentences);
    figures.put("sentence_recall", sentenceRecall);
    figures.put("sentence_precision", sentencePrecision);
    figures.put("speaker_accuracy", speakerAccuracy);
    figures.put("company_f1", companyF1);
    figures.put("company_precision", companyPrecision);
    figures.put("company_recall", companyRecall);
    figures.put("type_macro_f1", typeMacroF1);
    figures.put("stance_macro_f1", stanceMacroF1);
    figures.put("counter_links", linkAccuracy);
    figures.put("own_voice_kept", ownVoiceKept);
    return new Figures(set, figures);
  }
}
