package dev.pincite.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StanceFeaturesTest {

  private static final CueFile CUES = CueFile.load("stance-cues.txt");

  private static List<String> features(String text, Set<String> companies, boolean roles) {
    Set<StanceFeatures.Group> groups =
        EnumSet.of(StanceFeatures.Group.WORDS, StanceFeatures.Group.PAIRS);
    if (roles) {
      groups.add(StanceFeatures.Group.ROLES);
    }
    StanceClassifier.Sentence sentence =
        new StanceClassifier.Sentence(
            text, ClaimType.CLAIM, companies, true, new StanceClassifier.DocumentShape(5, 2), true);
    return List.of(
        new StanceFeatures(CUES, groups).of(sentence, new StanceRules(CUES).evidence(sentence)));
  }

  @Test
  void namesAreReadAsTheirRoles() {
    List<String> f =
        features(
            "Shares of Halden Mills rose after Jordi Hays said: \"Demand is back.\"",
            Set.of("Halden Mills"),
            true);
    assertTrue(f.contains("w=<company>"), f.toString());
    assertTrue(f.contains("ww=of_<company>"), f.toString());
    assertTrue(f.contains("ww=<company>_rose"), f.toString()); // "Halden Mills" is one
    assertTrue(f.contains("ww=<name>_said"), f.toString()); // "Jordi Hays" is one
    assertTrue(f.contains("w=shares"), f.toString()); // opens the sentence
    assertTrue(f.contains("w=demand"), f.toString()); // opens a quotation
    assertFalse(f.stream().anyMatch(w -> w.contains("hays") || w.contains("halden")), f.toString());
  }

  @Test
  void withoutRolesNamesAreWords() {
    List<String> f = features("Shares of Halden rose.", Set.of("Halden"), false);
    assertTrue(f.contains("w=halden"), f.toString());
  }

  @Test
  void theThreeWordsAfterANegatorAreMarkedNegated() {
    StanceClassifier.Sentence sentence =
        new StanceClassifier.Sentence(
            "Halden is not growing its sales in Europe.",
            ClaimType.CLAIM,
            Set.of("Halden"),
            true,
            new StanceClassifier.DocumentShape(5, 2),
            false);
    List<String> f =
        List.of(
            new StanceFeatures(
                    CUES,
                    EnumSet.of(StanceFeatures.Group.WORDS, StanceFeatures.Group.NEGATION_SCOPE))
                .of(sentence, new StanceRules(CUES).evidence(sentence)));
    assertTrue(f.contains("not-w=growing"), f.toString());
    assertTrue(f.contains("not-w=sales"), f.toString());
    assertTrue(f.contains("w=growing"), f.toString());
    assertFalse(f.contains("not-w=in"), f.toString()); // beyond three words
    assertFalse(f.contains("not-w=is"), f.toString()); // before the negator
  }

  @Test
  void aScopesLeanIsBucketedByHowManyMoreOfItsSentencesAreBullishThanBearish() {
    assertEquals("empty", StanceFeatures.lean(new StanceClassifier.Lean(0, 0, 0)));
    assertEquals("flat", StanceFeatures.lean(new StanceClassifier.Lean(0, 0, 3)));
    assertEquals("bull2", StanceFeatures.lean(new StanceClassifier.Lean(3, 1, 0)));
    assertEquals("bull1", StanceFeatures.lean(new StanceClassifier.Lean(2, 1, 4)));
    assertEquals("even", StanceFeatures.lean(new StanceClassifier.Lean(1, 1, 0)));
    assertEquals("bear1", StanceFeatures.lean(new StanceClassifier.Lean(0, 1, 5)));
    assertEquals("bear2", StanceFeatures.lean(new StanceClassifier.Lean(1, 3, 0)));
  }

  private static List<String> discourseFeatures(StanceClassifier.Sentence sentence) {
    Set<StanceFeatures.Group> groups =
        EnumSet.of(
            StanceFeatures.Group.DISCOURSE_DOCUMENT,
            StanceFeatures.Group.DISCOURSE_SPEAKER,
            StanceFeatures.Group.DISCOURSE_PARAGRAPH,
            StanceFeatures.Group.DISCOURSE_NEIGHBOURS);
    return List.of(
        new StanceFeatures(CUES, groups).of(sentence, new StanceRules(CUES).evidence(sentence)));
  }

  @Test
  void aSentenceInABearPieceReadsItsDiscourseCrossedWithItsOwnRuleDecision() {
    StanceClassifier.Sentence sentence =
        new StanceClassifier.Sentence(
            "Halden met the board.",
            ClaimType.CLAIM,
            Set.of("Halden"),
            true,
            new StanceClassifier.DocumentShape(6, 2),
            true,
            new StanceClassifier.Place(2, "Ines Okafor"),
            new StanceClassifier.Discourse(
                new StanceClassifier.Lean(0, 3, 2),
                new StanceClassifier.Lean(0, 1, 0),
                new StanceClassifier.Lean(1, 1, 0),
                Stance.BEARISH,
                null,
                true));
    List<String> f = discourseFeatures(sentence);
    assertTrue(f.contains("doc-lean=bear2"), f.toString());
    assertTrue(f.contains("doc-lean-rule=bear2_neutral"), f.toString());
    assertTrue(f.contains("doc-lean-type=bear2_claim"), f.toString());
    assertTrue(f.contains("speaker-lean=bear1_reported"), f.toString());
    assertTrue(f.contains("para-lean-rule=even_neutral"), f.toString());
    assertTrue(f.contains("prev-rule=bearish_neutral"), f.toString());
    assertTrue(f.contains("next-rule=end_neutral"), f.toString());
  }

  @Test
  void aSentenceAloneReadsNoDiscourse() {
    List<String> f =
        discourseFeatures(
            new StanceClassifier.Sentence(
                "Net sales fell 21%.",
                ClaimType.EVIDENCE,
                Set.of(),
                false,
                new StanceClassifier.DocumentShape(1, 1),
                false));
    assertTrue(f.contains("doc-lean=none"), f.toString());
    assertTrue(f.contains("speaker-lean=none_own"), f.toString());
    assertTrue(f.contains("prev-rule=none_bearish"), f.toString());
    assertFalse(f.stream().anyMatch(x -> x.startsWith("doc-lean=b")), f.toString());
  }
}
