package dev.pincite.claims;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VoiceModelTest {

  private static final String WRITER = "Cora Vell";

  /**
   * A made-up column: an analyst's view, reported; her quoted words carried over by the rules
   * (hers, labelled so); then the writer's reply, which the rules also carried over (labelled the
   * writer's own voice); then the writer alone. Every word but the names and the topic is the same
   * in each.
   */
  private static VoiceModel.LabelledDocument column(String analyst, String topic) {
    List<VoiceFeatures.Sentence> s = new ArrayList<>();
    List<Boolean> speaks = new ArrayList<>();
    add(s, speaks, analyst + " said " + topic + " would recover by spring.", analyst, true, true);
    add(s, speaks, "\u201cThe orders are already there,\u201d she said.", analyst, false, true);
    add(s, speaks, "But the orders were placed before the price rise.", analyst, false, false);
    s.add(new VoiceFeatures.Sentence("Shares fell 3% on the day.", own(), true));
    speaks.add(null);
    return new VoiceModel.LabelledDocument(
        new VoiceModel.Document(s, Set.of(analyst), WRITER), speaks.toArray(Boolean[]::new));
  }

  private static void add(
      List<VoiceFeatures.Sentence> s,
      List<Boolean> speaks,
      String text,
      String speaker,
      boolean explicit,
      Boolean label) {
    s.add(
        new VoiceFeatures.Sentence(
            text, new SpeakerRules.Attribution(speaker, true, explicit), s.isEmpty()));
    speaks.add(label);
  }

  private static SpeakerRules.Attribution own() {
    return new SpeakerRules.Attribution(WRITER, false, false);
  }

  private static List<VoiceModel.LabelledDocument> columns() {
    String[][] cast = {
      {"Ana Ruiz", "the chip market"},
      {"Ben Ode", "freight demand"},
      {"Iva Lund", "hotel bookings"},
      {"Tom Sato", "ad spending"},
      {"Eli Moss", "steel prices"},
      {"Uma Pike", "car sales"}
    };
    List<VoiceModel.LabelledDocument> out = new ArrayList<>();
    for (String[] c : cast) {
      out.add(column(c[0], c[1]));
    }
    return out;
  }

  @Test
  void aReplyTheRulesCarriedOverReturnsToTheWritersVoiceAndAQuotationStaysTheSpeakers() {
    VoiceModel model = VoiceModel.train(columns(), VoiceModel.Training.DEFAULT);
    VoiceModel.Document unseen = column("Ola Berg", "cement volumes").document();
    List<SpeakerRules.Attribution> judged = model.decide(unseen);
    assertEquals(new SpeakerRules.Attribution("Ola Berg", true, true), judged.get(0));
    assertEquals("Ola Berg", judged.get(1).speaker());
    assertTrue(judged.get(1).attributed(), "her quoted words stay hers");
    assertEquals(new SpeakerRules.Attribution(WRITER, false, false), judged.get(2));
    assertEquals(own(), judged.get(3), "a sentence without a candidate keeps the rules' voice");
  }

  @Test
  void aSentenceTheRulesLeftInTheWritersVoiceTakesTheSpeakerBeforeItWhenTheLabelsSaySo() {
    // Made up: a quotation's second sentence the rules left in the writer's voice, labelled the
    // speaker's; a plain report after a quotation, labelled the writer's.
    List<VoiceModel.LabelledDocument> documents = new ArrayList<>();
    for (String name : List.of("Ana Ruiz", "Ben Ode", "Iva Lund", "Tom Sato", "Eli Moss")) {
      documents.add(quotation(name, "\u201cWe have the orders.\u201d", true));
      documents.add(quotation(name, "The shares fell.", false));
    }
    VoiceModel model = VoiceModel.train(documents, VoiceModel.Training.DEFAULT);
    VoiceModel.Document quoted =
        quotation("Ola Berg", "\u201cWe have the orders.\u201d", true).document();
    assertEquals(
        new SpeakerRules.Attribution("Ola Berg", true, false), model.decide(quoted).get(1));
    VoiceModel.Document report = quotation("Ola Berg", "The shares fell.", false).document();
    assertEquals(own(), model.decide(report).get(1));
  }

  private static VoiceModel.LabelledDocument quotation(
      String speaker, String second, boolean hers) {
    List<VoiceFeatures.Sentence> s =
        List.of(
            new VoiceFeatures.Sentence(
                "\u201cWe will grow,\u201d " + speaker + " said.",
                new SpeakerRules.Attribution(speaker, true, true),
                true),
            new VoiceFeatures.Sentence(second, own(), false));
    return new VoiceModel.LabelledDocument(
        new VoiceModel.Document(s, Set.of(speaker), WRITER), new Boolean[] {true, hers});
  }

  @Test
  void itNeverNamesASpeakerTheRulesDidNotGiveTheSentenceOrTheOneBefore() {
    VoiceModel model =
        VoiceModel.train(columns(), VoiceModel.Training.DEFAULT.withThresholds(0, 0));
    VoiceModel.Document unseen = column("Ola Berg", "cement volumes").document();
    for (SpeakerRules.Attribution a : model.decide(unseen)) {
      assertTrue(Set.of("Ola Berg", WRITER).contains(a.speaker()), a.toString());
    }
    // At threshold 0 the model keeps every attribution of the rules.
    assertEquals("Ola Berg", model.decide(unseen).get(2).speaker());
  }

  @Test
  void trainingTwiceWritesTheSameBytesAndReadingThemBackDecidesTheSame() throws Exception {
    VoiceModel a = VoiceModel.train(columns(), VoiceModel.Training.DEFAULT);
    VoiceModel b = VoiceModel.train(columns(), VoiceModel.Training.DEFAULT);
    ByteArrayOutputStream x = new ByteArrayOutputStream();
    ByteArrayOutputStream y = new ByteArrayOutputStream();
    a.write(x);
    b.write(y);
    assertArrayEquals(x.toByteArray(), y.toByteArray());
    VoiceModel read =
        VoiceModel.read(new ByteArrayInputStream(x.toByteArray()), VoiceModel.Training.DEFAULT);
    assertEquals(a.fingerprint(), read.fingerprint());
    VoiceModel.Document unseen = column("Ola Berg", "cement volumes").document();
    assertEquals(a.decide(unseen), read.decide(unseen));
  }

  @Test
  void aSentenceTheRulesGaveNobodyTakesThePersonItNamesFirstWhenTheLabelsSaySo() {
    // Made up: "<name> credited ..." opening a paragraph, which the rules left in the writer's
    // voice, labelled the named person's; "Shares of <firm> ..." labelled the writer's.
    List<VoiceModel.LabelledDocument> documents = new ArrayList<>();
    for (String name : List.of("Ana Ruiz", "Ben Ode", "Iva Lund", "Tom Sato", "Eli Moss")) {
      documents.add(named(name, " credited the new contracts for the rise.", true));
      documents.add(named("Holm Freight", " shares rose 3% on the day.", false));
    }
    VoiceModel model = VoiceModel.train(documents, VoiceModel.Training.DEFAULT);
    VoiceModel.Document credit =
        named("Ola Berg", " credited the new contracts for the rise.", true).document();
    assertEquals(new SpeakerRules.Attribution("Ola Berg", true, true), model.decide(credit).get(0));
    VoiceModel.Document shares =
        named("Vell Marine", " shares rose 3% on the day.", false).document();
    assertEquals(own(), model.decide(shares).get(0));
  }

  private static VoiceModel.LabelledDocument named(String name, String rest, boolean speaks) {
    boolean person = !name.contains("Freight") && !name.contains("Marine");
    VoiceFeatures.Sentence s =
        new VoiceFeatures.Sentence(name + rest, own(), true, person ? Set.of() : Set.of(name));
    return new VoiceModel.LabelledDocument(
        new VoiceModel.Document(List.of(s), person ? Set.of(name) : Set.of(), WRITER),
        new Boolean[] {speaks});
  }

  @Test
  void
      theCandidateIsTheRulesSpeakerElseTheSpeakerBeforeInTheParagraphElseTheFirstNameInTheSentence() {
    SpeakerRules.Attribution ana = new SpeakerRules.Attribution("Ana Ruiz", true, true);
    List<VoiceFeatures.Sentence> s =
        List.of(
            new VoiceFeatures.Sentence("Ana Ruiz said so.", ana, true),
            new VoiceFeatures.Sentence("Ruiz and Ben Ode agree.", own(), false),
            new VoiceFeatures.Sentence(
                "Holm Freight and Ode disagree.", own(), true, Set.of("Holm Freight")),
            new VoiceFeatures.Sentence("Nobody is named.", own(), false));
    Set<String> people = Set.of("Ana Ruiz", "Ben Ode");
    assertEquals("Ana Ruiz", VoiceFeatures.candidate(s, people, 0));
    assertEquals("Ana Ruiz", VoiceFeatures.candidate(s, people, 1), "carried, not named");
    assertEquals("Holm Freight", VoiceFeatures.candidate(s, people, 2), "named first");
    assertEquals(null, VoiceFeatures.candidate(s, people, 3));
  }
}
