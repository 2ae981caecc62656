package dev.pincite.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pincite.claims.ClaimType;
import dev.pincite.claims.CueFile;
import dev.pincite.claims.Stance;
import dev.pincite.claims.StanceClassifier;
import dev.pincite.claims.StanceModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StanceCrossValidationTest {

  private static StanceModel.LabelledSentence labelled(String text, Stance stance) {
    return new StanceModel.LabelledSentence(
        new StanceClassifier.Sentence(
            text,
            ClaimType.CLAIM,
            Set.of("Halden"),
            true,
            new StanceClassifier.DocumentShape(2, 1),
            false),
        stance);
  }

  @Test
  void eachDocumentIsJudgedByAModelThatNeverSawIt() {
    List<StanceTrainingSet.Entry> documents = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      List<StanceModel.LabelledSentence> sentences =
          List.of(
              labelled("Halden zorbed in quarter " + i + ".", Stance.BULLISH),
              labelled("Halden flimmed in region " + i + ".", Stance.BEARISH));
      documents.add(
          new StanceTrainingSet.Entry(
              (i < 3 ? "gold/" : "train/") + i + ".md", sentences, sentences));
    }
    // Six folds of six documents: leave one out.
    StanceCrossValidation.Result result =
        StanceCrossValidation.run(
                CueFile.load("stance-cues.txt"),
                documents,
                StanceModel.Training.DEFAULT,
                false,
                6,
                List.of(0.0))
            .get(0);
    int counted = 0;
    for (String gold : result.model().labels()) {
      for (String predicted : result.model().labels()) {
        counted += result.model().count(gold, predicted);
      }
    }
    assertEquals(12, counted);
    // The made-up words are learned from the other documents; no cue list knows them.
    assertEquals(6, result.model().count("bullish", "bullish"), result.model().table("m"));
    assertEquals(6, result.rules().count("bullish", "neutral"), result.rules().table("r"));
    assertEquals(Set.of("gold", "train long documents"), result.byGroup().keySet());
    assertTrue(result.byGroup().get("train long documents").model().macroF1() > 0.99);
  }

  @Test
  void trainingDocumentsAreGroupedByTheShapesOfTheirReadme() {
    assertEquals("train news items", StanceCrossValidation.group("train/docs/a-b-brief.txt"));
    assertEquals("train news items", StanceCrossValidation.group("train/docs/a-brief.md"));
    assertEquals(
        "train long documents", StanceCrossValidation.group("train/docs/a-policy-brief.md"));
    assertEquals("train essays", StanceCrossValidation.group("train/docs/tip-screen-essay.md"));
    assertEquals("corpus", StanceCrossValidation.group("corpus/x/a-brief.md"));
    assertEquals("gold", StanceCrossValidation.group("gold/docs/a.md"));
  }

  @Test
  void aLargeMarginKeepsTheRulesStance() {
    List<StanceTrainingSet.Entry> documents = fourDocuments();
    List<StanceCrossValidation.Result> results =
        StanceCrossValidation.run(
            CueFile.load("stance-cues.txt"),
            documents,
            StanceModel.Training.DEFAULT,
            false,
            2,
            List.of(0.0, 1.0));
    assertEquals(4, results.get(0).model().count("bullish", "bullish"));
    // At margin 1 no model can be surer than the rules by enough: the rules' neutral stands.
    assertEquals(4, results.get(1).model().count("bullish", "neutral"));
    assertEquals(4, results.get(1).rules().count("bullish", "neutral"));
  }

  @Test
  void missesListEverySentenceTheModelGotWrongWithItsDocument() {
    List<StanceTrainingSet.Entry> documents = fourDocuments();
    // At margin 1 the rules' neutral stands for every sentence: the four bullish ones are misses.
    StanceCrossValidation.Result result =
        StanceCrossValidation.run(
                CueFile.load("stance-cues.txt"),
                documents,
                StanceModel.Training.DEFAULT,
                false,
                2,
                List.of(1.0))
            .get(0);
    assertEquals(4, result.misses().size());
    StanceCrossValidation.Miss first = result.misses().get(0);
    assertEquals("train/0.md", first.doc());
    assertEquals(Stance.BULLISH, first.gold());
    assertEquals(Stance.NEUTRAL, first.model());
    assertEquals(Stance.NEUTRAL, first.rules());
    assertEquals("Halden zorbed in quarter 0.", first.sentence().text());
  }

  /** Four documents, each one made-up bullish sentence and one neutral, that no rule reads. */
  private static List<StanceTrainingSet.Entry> fourDocuments() {
    List<StanceTrainingSet.Entry> documents = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      List<StanceModel.LabelledSentence> sentences =
          List.of(
              labelled("Halden zorbed in quarter " + i + ".", Stance.BULLISH),
              labelled("Halden met the board in week " + i + ".", Stance.NEUTRAL));
      documents.add(new StanceTrainingSet.Entry("train/" + i + ".md", sentences, sentences));
    }
    return documents;
  }
}
