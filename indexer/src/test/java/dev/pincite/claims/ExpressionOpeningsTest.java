package dev.pincite.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ExpressionOpeningsTest {

  @Test
  void firstCharactersAreReadFromLiteralsGroupsAndQuotesAndOtherwiseUnknown() {
    assertEquals(Set.of('p'), ExpressionOpenings.firstChars("Pushed back"));
    assertEquals(Set.of('b'), ExpressionOpenings.firstChars("^but"));
    assertEquals(Set.of('w', 'i'), ExpressionOpenings.firstChars("(?:was|were|is) sure"));
    assertEquals(Set.of('n', 'x'), ExpressionOpenings.firstChars("(?:no(?:t)?|x+)y"));
    assertEquals(Set.of('c'), ExpressionOpenings.firstChars("\\Qcut\\E\\s+\\Qcosts\\E"));
    assertEquals(Set.of('a'), ExpressionOpenings.firstChars("an?"));
    assertNull(ExpressionOpenings.firstChars("a?b"));
    assertEquals(Set.of('w', 'b'), ExpressionOpenings.firstChars("(?:was|)b")); // "wasb" or "b"
    assertNull(ExpressionOpenings.firstChars("(?:was)?b"));
    assertNull(ExpressionOpenings.firstChars("[\\w ]{1,30}"));
    assertEquals(Set.of('$'), ExpressionOpenings.firstChars("\\$\\d+"));
    assertEquals(Set.of('u'), ExpressionOpenings.firstChars("\\bup \\d+%"));
    assertEquals(Set.of('+'), ExpressionOpenings.firstChars("(?<![\\w$])\\+\\d"));
    assertEquals(Set.of('n'), ExpressionOpenings.firstChars("(?<!for )next"));
    assertEquals(10, ExpressionOpenings.firstChars("\\d+").size());
    assertNull(ExpressionOpenings.firstChars("\\d?x"));
    assertNull(ExpressionOpenings.firstChars("(?=x)?y"));
    assertNull(ExpressionOpenings.firstChars(".*"));
    assertEquals(Set.of('p', 'b'), ExpressionOpenings.firstChars("pushed back|^but"));
    assertNull(ExpressionOpenings.firstChars("pushed|.*"));
  }

  @Test
  void firstTwoCharactersFollowLiteralsIntoGroupsAndAfterThem() {
    assertEquals(Set.of("pu"), ExpressionOpenings.firstTwoChars("Pushed back"));
    assertEquals(
        Set.of("wa", "we", "is"), ExpressionOpenings.firstTwoChars("\\b(?:was|were|is) sure"));
    assertEquals(Set.of("a ", "an"), ExpressionOpenings.firstTwoChars("(?:a|an) (?:x)"));
    assertEquals(Set.of("cu"), ExpressionOpenings.firstTwoChars("\\Qcut\\E\\s+\\Qcosts\\E"));
    assertEquals(
        Set.of("+1", "+2", "+3", "+4", "+5", "+6", "+7", "+8", "+9", "+0"),
        ExpressionOpenings.firstTwoChars("(?<![\\w$])\\+\\d"));
    assertEquals(Set.of("pu", "bu"), ExpressionOpenings.firstTwoChars("pushed back|^but"));
    assertNull(ExpressionOpenings.firstTwoChars("a"));
    assertNull(ExpressionOpenings.firstTwoChars("a+b"));
    assertNull(ExpressionOpenings.firstTwoChars("ab?"));
    assertNull(ExpressionOpenings.firstTwoChars("a[bc]"));
    assertNull(ExpressionOpenings.firstTwoChars("(?:ab)+c"));
    assertNull(ExpressionOpenings.firstTwoChars("\\Qa\\E"));
  }

  @Test
  void openingsFollowLiteralsAsFarAsTheyCanBeTold() {
    assertEquals(Set.of("pushed b"), ExpressionOpenings.prefixes("Pushed back", 8));
    assertEquals(
        Set.of("was s", "were ", "is su"),
        ExpressionOpenings.prefixes("\\b(?:was|were|is) sure", 5));
    assertEquals(Set.of("cut"), ExpressionOpenings.prefixes("\\Qcut\\E\\s+\\Qcosts\\E", 8));
    assertEquals(Set.of("a"), ExpressionOpenings.prefixes("a+b", 8));
    assertEquals(Set.of("abc", "ac"), ExpressionOpenings.prefixes("ab?c", 8));
    assertEquals(Set.of("ab", "b"), ExpressionOpenings.prefixes("a?b", 8));
    assertEquals(Set.of(""), ExpressionOpenings.prefixes("a*b", 8));
    assertEquals(
        Set.of("is very ", "is good", "are very", "are good"),
        ExpressionOpenings.prefixes("(?:is|are) (?:very )??good", 8));
    assertEquals(Set.of("is "), ExpressionOpenings.prefixes("is (?:very )*good", 8));
    assertEquals(Set.of("non", "not", "n"), ExpressionOpenings.prefixes("no[nt]|n\\w", 8));
    assertEquals(Set.of("next"), ExpressionOpenings.prefixes("(?<!for )next(?! year)", 8));
    assertEquals(20, ExpressionOpenings.prefixes("\\$(?:1|2)\\d", 8).size()); // "$10" to "$29"
    assertEquals(Set.of(""), ExpressionOpenings.prefixes("^[^,;:]{1,60} is", 8));
    assertEquals(
        Set.of("-1", "\u2212" + "1", "\u2013" + "1"),
        ExpressionOpenings.prefixes("(?<![\\w$])[-\\u2212\u2013]1[\\d.,]*\\s?%", 8));
    assertEquals(Set.of("ab", "cb"), ExpressionOpenings.prefixes("[AC]b", 8));
    assertEquals(Set.of(""), ExpressionOpenings.prefixes("[a-c]b", 8));
    assertEquals(Set.of(""), ExpressionOpenings.prefixes("[^a]b", 8));
    assertEquals(Set.of(""), ExpressionOpenings.prefixes("[\\w$]b", 8));
    // Too many combinations: read one character shorter until few enough.
    String digits = "\\d\\d\\d";
    assertEquals(100, ExpressionOpenings.prefixes(digits, 8).size());
  }

  @Test
  void requiredLiteralsAreTheWordsOfAGroupEveryMatchGoesThrough() {
    assertEquals(
        Set.of("convinced", "sold on", "sure"),
        ExpressionOpenings.requiredLiterals(
            "(?:not|\\w+n't) (?:quite |so )?(?:convinced|Sold on|sure)(?! to)"));
    assertEquals(
        Set.of("quite", "so"), ExpressionOpenings.requiredLiterals("\\w+ (quite|so)+ (?:a|bb)?"));
    assertEquals(
        Set.of("sure", "never"), ExpressionOpenings.requiredLiterals("\\w+ (?:sure)|.* (?:never)"));
    assertNull(ExpressionOpenings.requiredLiterals("\\w+ (?:sure)|.*"));
    assertEquals(Set.of(" "), ExpressionOpenings.requiredLiterals("\\w+ (?:sure)?"));
    assertEquals(Set.of(" "), ExpressionOpenings.requiredLiterals("\\w+ (?:sure|\\d+)"));
    assertEquals(Set.of(" "), ExpressionOpenings.requiredLiterals("\\w+ (?=sure)"));
    assertNull(ExpressionOpenings.requiredLiterals("\\w+(?:sure)?"));
    // Runs of literal characters, the longest kept; a quantified character is not in them.
    assertEquals(Set.of("?"), ExpressionOpenings.requiredLiterals("^[^.?]{0,40}\\?$"));
    assertEquals(Set.of(":"), ExpressionOpenings.requiredLiterals("^[^.?!]*:$"));
    assertEquals(
        Set.of(" watching"),
        ExpressionOpenings.requiredLiterals("^[\\w ]{1,30} (?:is|are) Watching(?: too)?[.!]?$"));
    assertEquals(Set.of("remain"), ExpressionOpenings.requiredLiterals("\\bremains? x"));
    assertEquals(Set.of("ab"), ExpressionOpenings.requiredLiterals("ab(?=x)c"));
    assertNull(ExpressionOpenings.requiredLiterals("\\p{L}+"));
  }
}
