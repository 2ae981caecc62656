package dev.pincite.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LetterClassesTest {

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static boolean matches(String regex, String text) {
    return Pattern.compile(LetterClasses.caseSensitive(regex), FLAGS).matcher(text).matches();
  }

  @Test
  void aCapitalClassMatchesOnlyCapitalsUnderTheCaseInsensitiveFlag() {
    assertTrue(Pattern.compile("\\p{Lu}\\w+", FLAGS).matcher("him").matches(), "Java's own rule");
    assertFalse(matches("spoke with \\p{Lu}\\w+", "spoke with him"));
    assertTrue(matches("spoke with \\p{Lu}\\w+", "SPOKE WITH Helga"));
  }

  @Test
  void aBracketHoldingALetterClassKeepsItsCaseAndOtherBracketsAreUntouched() {
    assertFalse(matches("[\\p{Ll}-]+ [\\p{L}'.-]+", "Chief executive"));
    assertTrue(matches("[\\p{Ll}-]+ [\\p{L}'.-]+", "chief Executive"));
    assertEquals("[\\p{L}\\p{N}_.-]", LetterClasses.caseSensitive("[\\p{L}\\p{N}_.-]"));
  }
}
