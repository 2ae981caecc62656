package dev.pincite.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BoilerplateRulesTest {

  private final BoilerplateRules rules = BoilerplateRules.standard();

  @Test
  void aPageInGermanGetsTheGermanCuesBesideTheEnglishOnes() {
    BoilerplateRules german = rules.forLanguage("de-CH");
    assertTrue(german.isPromo("Lesen Sie auch: Der Hafen bekommt neue Kräne"));
    assertTrue(german.isRelatedHeading("Weitere Artikel"));
    assertTrue(german.isAdLabel("Anzeige"));
    assertTrue(german.isPromo("Sign up for our newsletter to get it in your inbox"));
  }

  @Test
  void aPageInEnglishDoesNotGetAnotherLanguagesCues() {
    BoilerplateRules english = rules.forLanguage("en");
    assertFalse(english.isPromo("Lesen Sie auch: Der Hafen bekommt neue Kräne"));
    assertFalse(english.isRelatedHeading("Noticias relacionadas"));
  }

  @Test
  void aPageOfUnknownLanguageGetsEveryLanguagesCues() {
    BoilerplateRules unknown = rules.forLanguage(null);
    assertTrue(unknown.isPromo("Veja também: o porto ganha novos guindastes"));
    assertTrue(unknown.isPromo("Czytaj także: port ma nowe dźwigi"));
    assertTrue(unknown.isRelatedHeading("Sur le même thème"));
    assertTrue(unknown.isRelatedHeading("Noticias relacionadas"));
  }
}
