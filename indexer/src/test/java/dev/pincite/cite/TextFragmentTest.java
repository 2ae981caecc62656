package dev.pincite.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextFragmentTest {

  @Test
  void encodesDirectiveSyntaxCharactersAndSpaces() {
    assertEquals("a%20%2D%20b%2C%20c%20%26%20d", TextFragment.encode("a - b, c & d"));
  }

  @Test
  void encodesNonAsciiAsUtf8Bytes() {
    assertEquals("%E2%80%9Cna%C3%AFve%E2%80%9D", TextFragment.encode("“naïve”"));
  }

  @Test
  void encodesCharactersThatWouldBreakMarkdownOrHtml() {
    assertEquals("%28x%29%20%22y%22%20%27z%27%20%23%25", TextFragment.encode("(x) \"y\" 'z' #%"));
  }

  @Test
  void shortSentenceIsMatchedWhole() {
    assertEquals(
        "text=Margins%20tell%20the%20story.", TextFragment.directive("Margins  tell the story."));
  }

  @Test
  void longSentenceIsMatchedAsStartAndEnd() {
    String sentence = "One two three four five six seven eight nine ten eleven twelve.";
    assertEquals(
        "text=One%20two%20three%20four,nine%20ten%20eleven%20twelve.",
        TextFragment.directive(sentence));
  }

  @Test
  void linkReplacesAnExistingFragment() {
    assertEquals(
        "https://example.com/a?b=c#:~:text=Short%20one.",
        TextFragment.link("https://example.com/a?b=c#section-2", "Short one."));
  }
}
