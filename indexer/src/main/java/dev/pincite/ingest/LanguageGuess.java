package dev.pincite.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The language of a page that declares none, guessed from its paragraphs' text by OpenNLP's
 * language detector ({@code opennlp-models-langdetect}, 103 languages, loaded once from its jar on
 * first use, about a second). The guess picks the page's cue lists ({@link
 * BoilerplateRules#forLanguage}); it is not reported as the page's language. Thread safe: the model
 * is shared and read only, each guess makes its own detector.
 */
final class LanguageGuess {

  /** The model's file in its jar. */
  private static final String MODEL = "/langdetect-183.bin";

  /** Text enough for the detector (it works best on two sentences or more); more is not read. */
  private static final int MAX_CHARS = 2_000;

  /** Less text than this gives no guess: a few words are too easily mistaken. */
  private static final int MIN_CHARS = 80;

  /** A guess less confident than this is no guess. */
  private static final double MIN_CONFIDENCE = 0.5;

  private LanguageGuess() {}

  /** The model, loaded by the first guess (the class holding it is initialised once). */
  private static final class Model {
    static final LanguageDetectorModel INSTANCE = load();
    // the model names languages by ISO 639-3 code ("deu"); the cue lists by ISO 639-1 ("de")
    static final Map<String, String> TWO_LETTER = twoLetterCodes();

    private static LanguageDetectorModel load() {
      try (InputStream in = LanguageGuess.class.getResourceAsStream(MODEL)) {
        if (in == null) {
          throw new IllegalStateException("missing " + MODEL + " (opennlp-models-langdetect)");
        }
        return new LanguageDetectorModel(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static Map<String, String> twoLetterCodes() {
      Map<String, String> codes = new HashMap<>();
      for (String code : Locale.getISOLanguages()) {
        codes.put(Locale.of(code).getISO3Language(), code);
      }
      return Map.copyOf(codes);
    }
  }

  /**
   * @param doc the page
   * @return the ISO 639-1 code of the language its paragraphs are written in (ISO 639-3 when the
   *     language has no two-letter code), or null when they are too short or the guess is unsure
   */
  static String of(Document doc) {
    String text = paragraphText(doc);
    if (text.length() < MIN_CHARS) {
      return null;
    }
    Language best = new LanguageDetectorME(Model.INSTANCE).predictLanguage(text);
    if (best == null || best.getConfidence() < MIN_CONFIDENCE) {
      return null;
    }
    return Model.TWO_LETTER.getOrDefault(best.getLang(), best.getLang());
  }

  /** The text of the page's paragraphs, the article's words rather than its menus', in order. */
  private static String paragraphText(Document doc) {
    StringBuilder text = new StringBuilder();
    for (Element p : doc.select("p")) {
      if (text.length() >= MAX_CHARS) {
        break;
      }
      text.append(p.text()).append(' ');
    }
    if (text.length() < MIN_CHARS && doc.body() != null) {
      text.setLength(0);
      text.append(doc.body().text());
    }
    return text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text.toString().strip();
  }
}
