package dev.pincite.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StanceModelTest {

  private static final CueFile CUES = CueFile.load("stance-cues.txt");

  private static StanceClassifier.Sentence sentence(String text, ClaimType type) {
    return new StanceClassifier.Sentence(
        text, type, Set.of("Halden"), true, new StanceClassifier.DocumentShape(5, 2), false);
  }

  /**
   * Sentences whose stance only a made-up word tells ("zorbed" good news, "flimmed" bad): no cue
   * list knows them, so the rules call both neutral.
   */
  private static List<StanceModel.LabelledSentence> labelled() {
    List<StanceModel.LabelledSentence> out = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      out.add(
          new StanceModel.LabelledSentence(
              sentence("Halden zorbed in quarter " + i + ".", ClaimType.CLAIM), Stance.BULLISH));
      out.add(
          new StanceModel.LabelledSentence(
              sentence("Halden flimmed in region " + i + ".", ClaimType.CLAIM), Stance.BEARISH));
      out.add(
          new StanceModel.LabelledSentence(
              sentence("Halden met the board in week " + i + ".", ClaimType.EVIDENCE),
              Stance.NEUTRAL));
    }
    return out;
  }

  @Test
  void learnsStancesNoCueListKnows() {
    StanceModel model = StanceModel.train(CUES, labelled(), StanceModel.Training.DEFAULT);
    StanceRules rules = new StanceRules(CUES);
    StanceClassifier.Sentence good = sentence("Halden zorbed again.", ClaimType.CLAIM);
    StanceClassifier.Sentence bad = sentence("Halden flimmed again.", ClaimType.CLAIM);
    assertEquals(Stance.NEUTRAL, rules.stance(good));
    assertEquals(Stance.NEUTRAL, rules.stance(bad));
    assertEquals(Stance.BULLISH, model.stance(good));
    assertEquals(Stance.BEARISH, model.stance(bad));
    assertEquals(
        Stance.NEUTRAL, model.stance(sentence("Halden met the board.", ClaimType.EVIDENCE)));
  }

  @Test
  void belowTheMinimumConfidenceTheRulesDecide() {
    StanceModel.Training sure =
        new StanceModel.Training(
            StanceModel.Training.DEFAULT.trainer(),
            StanceModel.Training.DEFAULT.features(),
            1.0,
            0.0);
    StanceModel model = StanceModel.train(CUES, labelled(), sure);
    // Never certain: the rules' neutral stands for the made-up word, their bearish for a fall.
    assertEquals(Stance.NEUTRAL, model.stance(sentence("Halden zorbed again.", ClaimType.CLAIM)));
    assertEquals(
        Stance.BEARISH, model.stance(sentence("Halden's net sales fell 21%.", ClaimType.EVIDENCE)));
  }

  @Test
  void belowTheMarginTheRulesDecide() {
    StanceModel model =
        StanceModel.train(CUES, labelled(), StanceModel.Training.DEFAULT).withMargin(1.0);
    assertEquals(Stance.NEUTRAL, model.stance(sentence("Halden zorbed again.", ClaimType.CLAIM)));
    assertEquals(
        Stance.BULLISH,
        model.withMargin(0.0).stance(sentence("Halden zorbed again.", ClaimType.CLAIM)));
  }

  @Test
  void aWrittenModelReadBackDecidesAsTheTrainedOne() throws IOException {
    StanceModel trained = StanceModel.train(CUES, labelled(), StanceModel.Training.DEFAULT);
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    trained.write(bytes);
    StanceModel read =
        StanceModel.read(CUES, new java.io.ByteArrayInputStream(bytes.toByteArray()));
    assertEquals(trained.fingerprint(), read.fingerprint());
    for (String text :
        List.of("Halden zorbed again.", "Halden flimmed again.", "Net sales fell.")) {
      assertEquals(
          trained.stance(sentence(text, ClaimType.CLAIM)),
          read.stance(sentence(text, ClaimType.CLAIM)),
          text);
    }
    assertEquals(Stance.BULLISH, read.stance(sentence("Halden zorbed again.", ClaimType.CLAIM)));
  }

  @Test
  void aContextSentenceStaysNeutral() {
    StanceModel model = StanceModel.train(CUES, labelled(), StanceModel.Training.DEFAULT);
    assertEquals(Stance.NEUTRAL, model.stance(sentence("Halden zorbed again.", ClaimType.CONTEXT)));
  }

  @Test
  void trainingTwiceGivesTheSameStances() {
    List<StanceClassifier.Sentence> probes =
        List.of(
            sentence("Halden zorbed but flimmed.", ClaimType.CLAIM),
            sentence("Net sales fell 21%.", ClaimType.EVIDENCE),
            sentence("Halden may zorb.", ClaimType.PREDICTION));
    StanceModel first = StanceModel.train(CUES, labelled(), StanceModel.Training.DEFAULT);
    StanceModel second = StanceModel.train(CUES, labelled(), StanceModel.Training.DEFAULT);
    for (StanceClassifier.Sentence p : probes) {
      assertEquals(first.stance(p), second.stance(p), p.text());
    }
  }

  @Test
  void labelsGiveTheirOwnTypeAndCompanies() throws IOException {
    String jsonl =
        """
        {"doc": "a.md", "paragraph": 1, "text": "Halden zorbed.", "type": "claim", \
        "companies": ["Halden"], "stance": "bullish", "attributed": true}
        {"doc": "a.md", "paragraph": 2, "text": "Rain fell.", "type": "context", \
        "companies": [], "stance": "neutral"}
        {"doc": "b.md", "text": "Rain fell again.", "type": "context", "companies": [], \
        "stance": "neutral"}
        """;
    var byDoc = StanceLabels.read(new StringReader(jsonl), "labels.jsonl");
    assertEquals(List.of("a.md", "b.md"), List.copyOf(byDoc.keySet()));
    List<StanceModel.LabelledSentence> a = StanceLabels.document(byDoc.get("a.md"));
    assertEquals(Set.of("Halden"), a.get(0).sentence().companies());
    assertEquals(ClaimType.CLAIM, a.get(0).sentence().type());
    assertEquals(Stance.BULLISH, a.get(0).stance());
    assertEquals(true, a.get(0).sentence().attributed());
    assertEquals(false, a.get(1).sentence().attributed());
    assertEquals(new StanceClassifier.DocumentShape(2, 2), a.get(0).sentence().document());
    // "Rain fell." is in a document that discusses a company; "Rain fell again." is not.
    assertEquals(true, a.get(1).sentence().documentAboutCompanies());
    assertEquals(
        false, StanceLabels.document(byDoc.get("b.md")).get(0).sentence().documentAboutCompanies());
  }

  @Test
  void aBadLabelLineIsReportedWithItsNumber() {
    String jsonl =
        "{\"doc\": \"a.md\", \"text\": \"x\", \"type\": \"claim\", \"stance\": \"up\"}\n";
    IOException e =
        assertThrows(
            IOException.class, () -> StanceLabels.read(new StringReader(jsonl), "labels.jsonl"));
    assertEquals(true, e.getMessage().startsWith("labels.jsonl:1:"), e.getMessage());
  }

  @Test
  void aBagOfModelsLearnsAndIsReadBackWithItsSettings() throws IOException {
    StanceModel.Training bagged =
        new StanceModel.Training(
            StanceModel.Training.DEFAULT.trainer(),
            StanceModel.Training.DEFAULT.features(),
            0.0,
            0.2,
            1,
            3,
            0.8);
    StanceModel trained = StanceModel.train(CUES, labelled(), bagged);
    StanceClassifier.Sentence good = sentence("Halden zorbed again.", ClaimType.CLAIM);
    assertEquals(Stance.BULLISH, trained.stance(good));
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    trained.write(bytes);
    StanceModel read =
        StanceModel.read(CUES, new java.io.ByteArrayInputStream(bytes.toByteArray()));
    assertEquals(trained.fingerprint(), read.fingerprint());
    assertEquals(Stance.BULLISH, read.stance(good));
    // Three bags are not one model: the fingerprint says so.
    assertNotEquals(
        StanceModel.train(CUES, labelled(), bagged.withMargin(0.2)).fingerprint(),
        StanceModel.train(CUES, labelled(), StanceModel.Training.DEFAULT.withMargin(0.2))
            .fingerprint());
  }

  @Test
  void aWordOfOneDocumentOnlyIsNotLearnedPastTheDocumentCutoff() {
    List<StanceModel.LabelledSentence> all = labelled();
    StanceModel.Training twoDocuments =
        new StanceModel.Training(
            StanceModel.Training.DEFAULT.trainer(),
            StanceModel.Training.DEFAULT.features(),
            0.0,
            0.0,
            2,
            1,
            0);
    StanceClassifier.Sentence good = sentence("Halden zorbed again.", ClaimType.CLAIM);
    // One document holds every sentence: no feature is seen in two, so nothing tells a stance.
    assertEquals(
        Stance.BULLISH,
        StanceModel.trainOnDocuments(CUES, List.of(all), StanceModel.Training.DEFAULT)
            .stance(good));
    assertNotEquals(
        Stance.BULLISH,
        StanceModel.trainOnDocuments(CUES, List.of(all), twoDocuments).stance(good));
    // Each sentence its own document: "zorbed" is in eight of them.
    assertEquals(Stance.BULLISH, StanceModel.train(CUES, all, twoDocuments).stance(good));
  }

  @Test
  void readingAFileOfAnotherFormatFailsAtOnce() {
    assertThrows(
        IOException.class,
        () -> {
          java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
          try (java.io.DataOutputStream data =
              new java.io.DataOutputStream(new java.util.zip.GZIPOutputStream(bytes))) {
            data.writeUTF("GIS");
          }
          StanceModel.read(CUES, new java.io.ByteArrayInputStream(bytes.toByteArray()));
        });
  }

  /**
   * Documents of two sentences where only the first tells the side ("zorbed" good, "flimmed" bad)
   * and the second, the same words in every document, takes that side: what only the discourse can
   * teach.
   */
  private static List<List<StanceModel.LabelledSentence>> sidedDocuments() {
    List<List<StanceModel.LabelledSentence>> out = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      boolean good = i % 2 == 0;
      out.add(
          List.of(
              new StanceModel.LabelledSentence(
                  placed(
                      (good ? "Halden zorbed in quarter " : "Halden flimmed in region ") + i + ".",
                      1),
                  good ? Stance.BULLISH : Stance.BEARISH),
              new StanceModel.LabelledSentence(
                  placed("Halden met the board.", 1), good ? Stance.BULLISH : Stance.BEARISH)));
    }
    return out;
  }

  private static StanceClassifier.Sentence placed(String text, int paragraph) {
    return new StanceClassifier.Sentence(
        text,
        ClaimType.CLAIM,
        Set.of("Halden"),
        true,
        new StanceClassifier.DocumentShape(2, 1),
        false,
        new StanceClassifier.Place(paragraph, null),
        StanceClassifier.Discourse.NONE);
  }

  private static StanceModel.Training stacked() {
    Set<StanceFeatures.Group> groups = EnumSet.copyOf(StanceModel.Training.DEFAULT.features());
    groups.add(StanceFeatures.Group.DISCOURSE_NEIGHBOURS);
    groups.add(StanceFeatures.Group.STACKED);
    return new StanceModel.Training(StanceModel.Training.DEFAULT.trainer(), groups, 0.0, 0.3);
  }

  @Test
  void aStackedModelTakesTheSideItsNeighbourWasGivenByTheFirstPass() {
    StanceModel model = StanceModel.trainOnDocuments(CUES, sidedDocuments(), stacked());
    StanceClassifier.Sentence meeting = placed("Halden met the board.", 1);
    // The same words, alone, tell no side: after a good sentence bullish, after a bad one bearish.
    assertEquals(
        Stance.BULLISH, model.stances(List.of(placed("Halden zorbed again.", 1), meeting)).get(1));
    assertEquals(
        Stance.BEARISH, model.stances(List.of(placed("Halden flimmed again.", 1), meeting)).get(1));
  }

  @Test
  void aWrittenStackedModelReadBackDecidesAsTheTrainedOne() throws IOException {
    StanceModel trained = StanceModel.trainOnDocuments(CUES, sidedDocuments(), stacked());
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    trained.write(bytes);
    StanceModel read =
        StanceModel.read(CUES, new java.io.ByteArrayInputStream(bytes.toByteArray()));
    assertEquals(trained.fingerprint(), read.fingerprint());
    List<StanceClassifier.Sentence> document =
        List.of(placed("Halden flimmed again.", 1), placed("Halden met the board.", 1));
    assertEquals(trained.stances(document), read.stances(document));
  }
}
