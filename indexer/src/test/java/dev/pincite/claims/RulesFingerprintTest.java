package dev.pincite.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RulesFingerprintTest {

  @Test
  void theSameRulesGiveTheSameFingerprint() {
    assertEquals(
        RulesFingerprint.of(List.of("[verbs]\nsaid\n"), "reg1"),
        RulesFingerprint.of(List.of("[verbs]\nsaid\n"), "reg1"));
  }

  @Test
  void aChangedCueFileOrRegistryChangesTheFingerprint() {
    String base = RulesFingerprint.of(List.of("[verbs]\nsaid\n"), "reg1");
    assertNotEquals(base, RulesFingerprint.of(List.of("[verbs]\nsaid\nargued\n"), "reg1"));
    assertNotEquals(base, RulesFingerprint.of(List.of("[verbs]\nsaid\n"), "reg2"));
    assertTrue(base.endsWith("/reg1"), base);
  }

  @Test
  void theExtractorsFingerprintCoversTheBundledCueFiles() {
    String fingerprint = Articles.extractor().fingerprint();
    assertEquals(fingerprint, Articles.extractor().fingerprint());
    assertTrue(fingerprint.matches("[0-9a-f]{16}/.+"), fingerprint);
  }
}
