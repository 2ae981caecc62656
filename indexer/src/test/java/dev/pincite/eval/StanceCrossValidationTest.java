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
        new StanceClassifier.Sentence(text, ClaimType.CLAIM, Set.of("Halden"), true), stance);
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
    StanceCrossValidation.Result result =
        StanceCrossValidation.run(
            CueFile.load("stance-cues.txt"), documents, StanceModel.Training.DEFAULT, false);
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
    assertEquals(Set.of("gold", "train"), result.byFolder().keySet());
    assertTrue(result.byFolder().get("train").model().macroF1() > 0.99);
  }
}
