package dev.pincite.claims;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CounterLinkModelTest {

  private final CounterLinks rules = new CounterLinks(CueFile.load("discourse-cues.txt"));

  /**
   * A made-up debate: a thesis by one speaker, two sentences of narration and evidence, then
   * another speaker's reply that answers the thesis, not the sentence before it.
   */
  private static CounterLinks.Document debate(String topic) {
    List<CounterLinks.Sentence> s = new ArrayList<>();
    s.add(
        sentence("Ana Ruiz argued that " + topic + " will pay off.", ClaimType.CLAIM, "Ana Ruiz"));
    s.add(sentence("The plan was announced in May.", ClaimType.CONTEXT, "Ana Ruiz"));
    s.add(sentence("Costs rose 4% last year.", ClaimType.EVIDENCE, "Ana Ruiz"));
    s.add(sentence("Ben Ode doubts " + topic + " pays.", ClaimType.COUNTERCLAIM, "Ben Ode"));
    return new CounterLinks.Document(s, Set.of("Ana Ruiz", "Ben Ode"));
  }

  private static CounterLinks.Sentence sentence(String text, ClaimType type, String speaker) {
    return new CounterLinks.Sentence(
        text,
        new TypeClassifier.Decision(type, null, false, false),
        new SpeakerRules.Attribution(speaker, true, true),
        Set.of(),
        false,
        1,
        Stance.NEUTRAL);
  }

  private List<CounterLinkModel.LabelledDocument> labelled() {
    List<CounterLinkModel.LabelledDocument> out = new ArrayList<>();
    for (String topic : List.of("the merger", "the new depot", "the price cut", "the buyback")) {
      out.add(new CounterLinkModel.LabelledDocument(debate(topic), new int[] {-1, -1, -1, 0}));
    }
    return out;
  }

  @Test
  void learnsWhichEarlierSentenceACounterclaimAnswers() {
    CounterLinkModel model =
        CounterLinkModel.train(rules, labelled(), CounterLinkModel.Training.DEFAULT);
    assertEquals(0, rules.withModel(model).targetOf(debate("the spin-off"), 3));
  }

  @Test
  void trainsTheSameBytesTwiceAndReadsThemBack() throws Exception {
    CounterLinkModel.Training t = CounterLinkModel.Training.DEFAULT;
    byte[] once = bytes(CounterLinkModel.train(rules, labelled(), t));
    byte[] twice = bytes(CounterLinkModel.train(rules, labelled(), t));
    assertArrayEquals(once, twice);
    CounterLinkModel read = CounterLinkModel.read(new ByteArrayInputStream(once), t);
    assertEquals(0, rules.withModel(read).targetOf(debate("the spin-off"), 3));
  }

  @Test
  void keepingCueLinksLeavesAReplyToTheSentenceBeforeIt() {
    List<CounterLinks.Sentence> s = new ArrayList<>(debate("the spin-off").sentences());
    s.set(3, sentence("But Ben Ode doubts the spin-off pays.", ClaimType.COUNTERCLAIM, "Ben Ode"));
    CounterLinks.Document reply = new CounterLinks.Document(s, Set.of("Ana Ruiz", "Ben Ode"));
    CounterLinkModel.Training keep = CounterLinkModel.Training.DEFAULT.withKeepCueLinks(true);
    CounterLinkModel model = CounterLinkModel.train(rules, labelled(), keep);
    assertEquals(2, rules.targetOf(reply, 3));
    assertEquals(2, rules.withModel(model).targetOf(reply, 3));
    // Without a cue the ranker still decides.
    assertEquals(0, rules.withModel(model).targetOf(debate("the spin-off"), 3));
  }

  @Test
  void withoutAGroupDropsItsFeatures() {
    CounterLinkModel.Training t =
        CounterLinkModel.Training.DEFAULT.without(EnumSet.of(CounterLinkFeatures.Group.TYPE));
    assertEquals(false, t.groups().contains(CounterLinkFeatures.Group.TYPE));
    assertThrows(
        IllegalArgumentException.class, () -> CounterLinkModel.Training.DEFAULT.withMargin(2));
  }

  private static byte[] bytes(CounterLinkModel model) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    model.write(out);
    return out.toByteArray();
  }
}
