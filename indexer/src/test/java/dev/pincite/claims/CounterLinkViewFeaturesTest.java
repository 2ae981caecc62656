package dev.pincite.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The link ranker's thesis features (issue 12, item 5): a counterclaim disputes another side's
 * stated view, often paragraphs back, not the figure, forecast or rating said in its support just
 * before. Every sentence here is made up.
 */
class CounterLinkViewFeaturesTest {

  private final CounterLinks rules = new CounterLinks(CueFile.load("discourse-cues.txt"));

  @Test
  void aViewPutForwardAsTheSpeakersIsRecognisedAndItsSupportIsNot() {
    for (String view :
        List.of(
            "Lena Voss argues that the depot will win the contract.",
            "Critics say that the fares are too high.",
            "Her argument was that the queue, not the cost, is the real problem.",
            "The case for the merger is that it saves two billion.",
            "In his view, the buyback is a mistake.")) {
      assertTrue(rules.statesView(view), view);
    }
    for (String support :
        List.of(
            "She rates the stock outperform.",
            "He expects revenue to rise 5% next year.",
            "Costs rose 4% last year.")) {
      assertFalse(rules.statesView(support), support);
    }
  }

  @Test
  void theOtherSidesLatestStatedViewAndEachSpeakersFirstSentenceAreMarked() {
    List<CounterLinks.Sentence> s = sides("the depot");
    List<String[]> features =
        lastSentencesFeatures(
            s, EnumSet.of(CounterLinkFeatures.Group.VIEW, CounterLinkFeatures.Group.FIRSTS));
    List<String> view = List.of(features.get(1));
    assertTrue(view.contains("view&spk=other"), view.toString());
    assertTrue(view.contains("view&latest-other"), view.toString());
    assertTrue(view.contains("first-of-speaker&spk=other"), view.toString());
    assertTrue(view.contains("pfirst-arg&type=claim"), view.toString());
    List<String> rating = List.of(features.get(3));
    assertFalse(rating.contains("view&spk=other"), rating.toString());
    assertFalse(rating.contains("first-of-speaker&spk=other"), rating.toString());
  }

  @Test
  void aRankerWithTheThesisFeaturesAnswersTheViewNotTheNearerRating() {
    List<CounterLinkModel.LabelledDocument> labelled = new ArrayList<>();
    for (String topic : List.of("the depot", "the tram line", "the new port", "the toll road")) {
      int[] gold = {-1, -1, -1, -1, -1, 1};
      labelled.add(
          new CounterLinkModel.LabelledDocument(
              new CounterLinks.Document(sides(topic), Set.of("Lena Voss", "Omar Reyes")), gold));
    }
    CounterLinkModel.Training t = CounterLinkModel.Training.DEFAULT;
    CounterLinkModel model = CounterLinkModel.train(rules, labelled, t);
    List<CounterLinks.Sentence> unseen = sides("the airport");
    CounterLinks.Document d = new CounterLinks.Document(unseen, Set.of("Lena Voss", "Omar Reyes"));
    assertEquals(1, rules.withModel(model).targetOf(d, 5));
  }

  @Test
  void theMostSimilarEarlierSentenceIsMarkedWithItsDistanceAndEachOneWithItsShareOfTheBest() {
    List<CounterLinks.Sentence> s = sides("the depot");
    List<String[]> features =
        lastSentencesFeatures(s, EnumSet.of(CounterLinkFeatures.Group.SIMILARITY));
    // "the depot" is shared with the view four sentences back and with no other sentence.
    List<String> view = List.of(features.get(1));
    assertTrue(view.contains("simtop&d=4"), view.toString());
    assertTrue(view.contains("simratio=1"), view.toString());
    List<String> vote = List.of(features.get(4));
    assertFalse(vote.stream().anyMatch(f -> f.startsWith("simtop")), vote.toString());
    assertTrue(vote.contains("simratio=0"), vote.toString());
  }

  /** The features of every candidate target of the story's counterclaim, its last sentence. */
  private List<String[]> lastSentencesFeatures(
      List<CounterLinks.Sentence> s, Set<CounterLinkFeatures.Group> groups) {
    return CounterLinkFeatures.of(
        s,
        Set.of("Lena Voss", "Omar Reyes"),
        CounterLinks.Terms.of(s, rules),
        s.size() - 1,
        0,
        -1,
        rules,
        groups);
  }

  /**
   * A made-up story with sides: narration, one analyst's stated view, her figure and rating in
   * another paragraph, then a second analyst's counterclaim two paragraphs after the view.
   */
  private static List<CounterLinks.Sentence> sides(String topic) {
    List<CounterLinks.Sentence> s = new ArrayList<>();
    s.add(sentence("The city opened bids in May.", ClaimType.CONTEXT, null, true, 0));
    s.add(
        sentence(
            "Lena Voss argues that " + topic + " will win the package.",
            ClaimType.CLAIM,
            "Lena Voss",
            true,
            1));
    s.add(sentence("Its bid was 12% lower.", ClaimType.EVIDENCE, "Lena Voss", true, 2));
    s.add(sentence("She rates the stock outperform.", ClaimType.CLAIM, "Lena Voss", false, 2));
    s.add(sentence("The vote is due in June.", ClaimType.CONTEXT, null, true, 3));
    s.add(
        sentence(
            "Omar Reyes doubts " + topic + " can carry the cost.",
            ClaimType.COUNTERCLAIM,
            "Omar Reyes",
            false,
            3));
    return s;
  }

  private static CounterLinks.Sentence sentence(
      String text, ClaimType type, String speaker, boolean paragraphStart, int paragraph) {
    return new CounterLinks.Sentence(
        text,
        new TypeClassifier.Decision(type, null, false, false),
        speaker == null
            ? new SpeakerRules.Attribution("Desk", false, false)
            : new SpeakerRules.Attribution(speaker, true, true),
        Set.of(),
        paragraphStart,
        paragraph,
        Stance.NEUTRAL);
  }
}
