package dev.pincite.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NameRunsTest {

  private static CompanyRules rules() {
    return new CompanyRules(CueFile.load("company-cues.txt"), Registry.empty());
  }

  @Test
  void aSentencesRunsAreWhatFindGivesFoundOnce() {
    Set<String> notNames = Set.of("The");
    Set<String> ofHeads = Set.of("Bank");
    NameRuns runs = new NameRuns(notNames, ofHeads);
    String sentence = "The Bank of Northmere said Fenwick & Rowe's shares fell.";
    List<NameSpan> first = runs.of(sentence);
    assertEquals(NameSpan.find(sentence, notNames, ofHeads), first);
    assertSame(first, runs.of(sentence));
  }

  @Test
  void companyRulesFindTheSameOrganisationsWithARunsMemoUsedBefore() {
    CompanyRules rules = rules();
    NameRuns runs = rules.nameRuns();
    String sentence = "Analysts at Lumenwave Capital said Kestrel plans to expand.";
    List<String> first = rules.companies(sentence, name -> false, new HashSet<>(), runs);
    List<String> second = rules.companies(sentence, name -> false, new HashSet<>(), runs);
    assertTrue(first.contains("Lumenwave Capital"), first.toString());
    assertEquals(first, second);
  }

  @Test
  void anotherRulesMemoIsRefused() {
    NameRuns others = rules().nameRuns();
    assertThrows(
        IllegalArgumentException.class,
        () ->
            rules().companies("Kestrel Logistics plans to expand.", n -> false, Set.of(), others));
  }
}
