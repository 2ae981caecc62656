package dev.pincite.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pincite.claims.ClaimExtractor;
import dev.pincite.claims.ClaimType;
import dev.pincite.claims.TypeClassifier;
import dev.pincite.claims.TypeModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TypeCrossValidationTest {

  private static TypeClassifier.Sentence sentence(String text) {
    return new TypeClassifier.Sentence(text, null, true, false);
  }

  @Test
  void eachDocumentIsTypedByAModelThatNeverSawIt() {
    List<TypeTrainingSet.Entry> documents = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      documents.add(
          new TypeTrainingSet.Entry(
              "docs/" + i + ".md",
              new TypeModel.LabelledDocument(
                  List.of(
                      sentence("Depot " + i + " handled 4" + i + "% more freight in March."),
                      sentence("Thanks for reading, see you next week " + i + "."),
                      sentence("An unlabelled line between them.")),
                  Arrays.asList(ClaimType.EVIDENCE, ClaimType.CONTEXT, null))));
    }
    TypeCrossValidation.Result result =
        TypeCrossValidation.run(ClaimExtractor.typeRules(), documents, TypeModel.Training.DEFAULT);
    // Ten labelled sentences counted once each; the unlabelled ones are not counted.
    int counted = 0;
    for (String gold : result.model().labels()) {
      for (String predicted : result.model().labels()) {
        counted += result.model().count(gold, predicted);
      }
    }
    assertEquals(10, counted);
    assertEquals(5, result.model().count("context", "context"));
    assertTrue(result.model().macroF1() >= result.rules().macroF1(), result.model().table("m"));
  }
}
