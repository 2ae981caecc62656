package dev.pincite.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** A page that declares no language is read with the cue lists of the language it is written in. */
class LanguageGuessTest {

  private static final String GERMAN =
      "<p>Der Hafenausschuss hat am Montag nach einer langen Debatte beschlossen, die geplante"
          + " Vertiefung der Fahrrinne zu verschieben. Als Gründe nannte er die Kosten, Einwände der"
          + " Fischer und eine noch ausstehende Umweltprüfung.</p>"
          + "<p>Die Mitglieder des Ausschusses sagten, die Prüfung, die im Frühjahr begonnen habe,"
          + " werde noch mindestens sechs Monate dauern, und der Haushalt werde im Herbst erneut"
          + " beraten.</p>";

  private static final String SPANISH =
      "<p>La junta del puerto se reunió el lunes y, tras un largo debate, decidió aplazar el plan"
          + " de dragado, alegando los costes, las objeciones de los pescadores y una revisión"
          + " ambiental pendiente.</p>"
          + "<p>Los miembros de la junta dijeron que la revisión, que comenzó en la primavera,"
          + " tardará al menos otros seis meses, y que el presupuesto se volverá a estudiar en"
          + " otoño.</p>";

  @Test
  void guessesTheLanguageOfAPagesParagraphs() {
    assertEquals("de", LanguageGuess.of(Jsoup.parse("<html><body>" + GERMAN + "</body></html>")));
    assertEquals("es", LanguageGuess.of(Jsoup.parse("<html><body>" + SPANISH + "</body></html>")));
  }

  @Test
  void aFewWordsGiveNoGuess() {
    assertNull(LanguageGuess.of(Jsoup.parse("<html><body><p>Hafen</p></body></html>")));
  }

  @Test
  void aPageWithoutLangIsCleanedWithTheCuesOfTheLanguageItIsWrittenIn()
      throws BadDocumentException {
    HtmlArticleReader reader = new HtmlArticleReader(BoilerplateRules.standard());
    // "Lesen Sie auch" is a promo only in the German cue list
    String page =
        "<html><body><article>" + GERMAN + "<p>Lesen Sie auch</p></article></body></html>";
    String body = reader.read(page, "page.html").body();
    assertTrue(body.contains("Fahrrinne"), body);
    assertFalse(body.contains("Lesen Sie auch"), body);
    // a page that declares its language is taken at its word
    String declared = page.replace("<html>", "<html lang=en>");
    assertTrue(reader.read(declared, "page.html").body().contains("Lesen Sie auch"));
  }
}
