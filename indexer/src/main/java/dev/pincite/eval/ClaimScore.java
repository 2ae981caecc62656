package dev.pincite.eval;

import java.util.List;
import java.util.Locale;

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
 * @param typeMacroF1 macro F1 over the claim types present in gold or prediction
 * @param stanceMacroF1 macro F1 over the stances present in gold or prediction
 * @param linkAccuracy share of matched gold counterclaims with a target whose predicted {@code
 *     counters} points at the gold target
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
    double typeMacroF1,
    double stanceMacroF1,
    double linkAccuracy,
    List<String> disagreements) {

  public ClaimScore {
    disagreements = List.copyOf(disagreements);
  }

  /** The figures as a few aligned lines, as {@code score-claims} prints them. */
  public String summary() {
    return String.format(
        Locale.ROOT,
        "documents          %d%n"
            + "gold sentences     %d (predicted %d, matched %d)%n"
            + "sentence recall    %.3f%n"
            + "sentence precision %.3f%n"
            + "speaker accuracy   %.3f%n"
            + "company F1         %.3f%n"
            + "type macro-F1      %.3f%n"
            + "stance macro-F1    %.3f%n"
            + "counter links      %.3f%n",
        documents,
        goldSentences,
        predictedSentences,
        matchedSentences,
        sentenceRecall,
        sentencePrecision,
        speakerAccuracy,
        companyF1,
        typeMacroF1,
        stanceMacroF1,
        linkAccuracy);
  }
}
