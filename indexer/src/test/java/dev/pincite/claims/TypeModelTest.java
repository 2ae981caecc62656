package dev.pincite.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TypeModelTest {

  private static final TypeRules RULES = ClaimExtractor.typeRules();

  private static TypeClassifier.Sentence sentence(String text) {
    return new TypeClassifier.Sentence(text, null, true, false);
  }

  /**
   * Documents where a closing "Thanks for reading" line is labelled context and everything else
   * evidence: neither is what the rules would say for every sentence.
   */
  private static List<TypeModel.LabelledDocument> labelled() {
    List<TypeModel.LabelledDocument> docs = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      docs.add(
          new TypeModel.LabelledDocument(
              List.of(
                  sentence("Depot " + i + " handled 4" + i + "% more freight in March."),
                  sentence("Thanks for reading, and see you next week " + i + ".")),
              List.of(ClaimType.EVIDENCE, ClaimType.CONTEXT)));
    }
    return docs;
  }

  @Test
  void learnsTypesTheLabelsTeach() {
    TypeModel model = TypeModel.train(RULES, labelled(), TypeModel.Training.DEFAULT);
    List<TypeClassifier.Decision> decisions =
        model.classify(
            List.of(
                sentence("Depot 9 handled 17% more freight in May."),
                sentence("Thanks for reading, and see you next week.")));
    assertEquals(ClaimType.EVIDENCE, decisions.get(0).type());
    assertEquals(ClaimType.CONTEXT, decisions.get(1).type());
  }

  @Test
  void aTableHeaderKeepsTheRulesDecision() {
    TypeModel model = TypeModel.train(RULES, labelled(), TypeModel.Training.DEFAULT);
    List<TypeClassifier.Decision> decisions =
        model.classify(
            List.of(new TypeClassifier.Sentence("| Depot | Freight |", null, true, true)));
    assertEquals(ClaimType.CONTEXT, decisions.get(0).type());
  }

  @Test
  void aFullMarginLeavesEveryDecisionToTheRules() {
    List<TypeClassifier.Sentence> document =
        List.of(
            sentence("Depot 9 handled 17% more freight in May."),
            sentence("Thanks for reading, and see you next week."));
    TypeModel sure =
        TypeModel.train(
            RULES,
            labelled(),
            TypeModel.Training.DEFAULT.withMargins(new TypeModel.Margins(1.0, 0, 0)));
    assertEquals(RULES.classify(document), sure.classify(document));
    // The same weights at margin 0 give the closing line the type the labels teach.
    assertEquals(
        ClaimType.CONTEXT,
        sure.withMargins(TypeModel.Margins.NONE).classify(document).get(1).type());
  }

  @Test
  void aMarginToContextKeepsTheRulesArgumentativeTypeAndNoOther() {
    List<TypeClassifier.Sentence> document =
        List.of(
            sentence("Depot 9 handled 17% more freight in May."),
            sentence("Thanks for reading, and see you next week."));
    ClaimType byRules = RULES.classify(document).get(1).type();
    assertTrue(
        byRules == ClaimType.CLAIM
            || byRules == ClaimType.PREDICTION
            || byRules == ClaimType.RECOMMENDATION,
        "the rules type the closing line " + byRules);
    TypeModel model = TypeModel.train(RULES, labelled(), TypeModel.Training.DEFAULT);
    assertEquals(
        byRules,
        model.withMargins(new TypeModel.Margins(0, 0, 1.0)).classify(document).get(1).type());
    // A margin to evidence does not hold back the model's context.
    assertEquals(
        ClaimType.CONTEXT,
        model.withMargins(new TypeModel.Margins(0, 1.0, 0)).classify(document).get(1).type());
  }

  /** Another speaker's view, then the document's own reply sharing its words, a counterclaim. */
  private static List<TypeModel.LabelledDocument> replies() {
    List<TypeModel.LabelledDocument> docs = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      docs.add(
          new TypeModel.LabelledDocument(
              List.of(
                  new TypeClassifier.Sentence(
                      "Ann Lee said depot freight volumes keep growing " + i + ".",
                      null,
                      true,
                      false,
                      "Ann Lee",
                      true),
                  new TypeClassifier.Sentence(
                      "Depot freight volumes look flat to me " + i + ".",
                      null,
                      false,
                      false,
                      null,
                      false)),
              List.of(ClaimType.EVIDENCE, ClaimType.COUNTERCLAIM)));
    }
    return docs;
  }

  @Test
  void addsACounterclaimOnlyPastTheGateAndAfterAnotherVoice() {
    TypeModel model = TypeModel.train(RULES, replies(), TypeModel.Training.DEFAULT);
    TypeClassifier.Sentence view =
        new TypeClassifier.Sentence(
            "Ann Lee said depot freight volumes keep growing.", null, true, false, "Ann Lee", true);
    TypeClassifier.Sentence ownView =
        new TypeClassifier.Sentence(
            "Depot freight volumes keep growing.", null, true, false, null, false);
    TypeClassifier.Sentence reply =
        new TypeClassifier.Sentence(
            "Depot freight volumes look flat to me.", null, false, false, null, false);
    // The gate with the echo alone (no probability high enough to do without it).
    TypeModel echoOnly = model.withMargins(TypeModel.Margins.parse("0.05/0.05/0.05/0.35@1"));
    assertEquals(
        ClaimType.COUNTERCLAIM, echoOnly.classify(List.of(view, reply)).get(1).type(), "gated in");
    assertNotEquals(
        ClaimType.COUNTERCLAIM,
        echoOnly.classify(List.of(ownView, reply)).get(1).type(),
        "nobody else argued the point");
    assertNotEquals(
        ClaimType.COUNTERCLAIM,
        model
            .withMargins(new TypeModel.Margins(0.05, 0.05, 0.05))
            .classify(List.of(view, reply))
            .get(1)
            .type(),
        "no gate: counterclaims are the rules'");
  }

  @Test
  void marginsParseTheCounterclaimGate() {
    assertEquals(
        new TypeModel.Margins(0.05, 0.05, 0.05, 0.35, 1),
        TypeModel.Margins.parse("0.05/0.05/0.05/0.35@1"));
    assertEquals(new TypeModel.Margins(0, 0, 0, 0.5, 0), TypeModel.Margins.parse("0/0/0/0.5"));
    assertThrows(IllegalArgumentException.class, () -> TypeModel.Margins.parse("0/0/0/0.5@9"));
    assertEquals(
        new TypeModel.Margins(0.05, 0.05, 0.05, 0.35, 1, 0.8),
        TypeModel.Margins.parse("0.05/0.05/0.05/0.35@1:0.8"));
    assertThrows(IllegalArgumentException.class, () -> TypeModel.Margins.parse("0/0/0/0.5@1:1.5"));
    assertEquals("0.05/0.05/0.05/0.35@1:0.8", TypeModel.Training.DEFAULT.margins().toString());
  }

  @Test
  void withoutAnEchoTheGateAddsOnlyAMuchMoreProbableCounterclaim() {
    TypeModel.Margins gate = TypeModel.Margins.parse("0.05/0.05/0.05/0.35@1:0.8");
    assertFalse(gate.addsCounterclaim(0.7, null), "no other speaker's point before it");
    assertTrue(gate.addsCounterclaim(0.85, null));
    assertFalse(
        TypeModel.Margins.parse("0.05/0.05/0.05/0.35@1").addsCounterclaim(0.99, null),
        "without an alone threshold, no echo means no counterclaim");
  }

  @Test
  void marginsParseAsAnyThenToEvidenceThenToContext() {
    assertEquals(new TypeModel.Margins(0.1, 0, 0), TypeModel.Margins.parse("0.1"));
    assertEquals(new TypeModel.Margins(0, 0.3, 0.3), TypeModel.Margins.parse("0/0.3"));
    assertEquals(new TypeModel.Margins(0, 0.2, 0.5), TypeModel.Margins.parse("0/0.2/0.5"));
    assertThrows(IllegalArgumentException.class, () -> TypeModel.Margins.parse("0/1.5"));
  }

  @Test
  void aWrittenModelReadsBackWithTheSameDecisions() throws Exception {
    TypeModel model = TypeModel.train(RULES, labelled(), TypeModel.Training.DEFAULT);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.write(bytes);
    TypeModel read =
        TypeModel.read(
            RULES, new ByteArrayInputStream(bytes.toByteArray()), TypeModel.Training.DEFAULT);
    List<TypeClassifier.Sentence> document =
        List.of(sentence("Depot 3 should close."), sentence("Thanks for reading."));
    assertEquals(model.classify(document), read.classify(document));
    assertEquals(model.fingerprint(), read.fingerprint());
  }

  @Test
  void anExtractorTypingWithAModelHasAnotherFingerprintThanTheRules() {
    TypeModel model = TypeModel.train(RULES, labelled(), TypeModel.Training.DEFAULT);
    String byRules = new ClaimExtractor(Registry.empty(), RULES).fingerprint();
    String byModel = new ClaimExtractor(Registry.empty(), model).fingerprint();
    assertNotEquals(byRules, byModel);
    assertNotEquals(
        byModel,
        new ClaimExtractor(Registry.empty(), model.withMargins(new TypeModel.Margins(0.5, 0, 0)))
            .fingerprint());
  }

  @Test
  void trainingTwiceGivesTheSameDecisions() {
    List<TypeClassifier.Sentence> document =
        List.of(
            sentence("Depot 3 should close."),
            sentence("Thanks for reading."),
            sentence("Freight rose 4%."));
    List<TypeClassifier.Decision> first =
        TypeModel.train(RULES, labelled(), TypeModel.Training.DEFAULT).classify(document);
    List<TypeClassifier.Decision> second =
        TypeModel.train(RULES, labelled(), TypeModel.Training.DEFAULT).classify(document);
    assertEquals(first, second);
  }
}
