package dev.pincite.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words of visible bylines in every language of {@code bylines.txt}: those a byline opens with
 * ("By", "Von", "Par", "Autor:") and those that end its names ("am", "le"). Immutable and thread
 * safe; {@link #STANDARD} is loaded once.
 *
 * @param leadIn a byline's opening words and an optional colon, at the start of a text
 * @param afterName a word that ends the names, with the space before it
 */
record BylineCues(Pattern leadIn, Pattern afterName) {

  private static final String RESOURCE = "bylines.txt";

  /** The bundled cues. */
  static final BylineCues STANDARD = load();

  /**
   * @param text a byline's text
   * @return the text without its opening words ("Veröffentlicht von", "Auteur :")
   */
  String withoutLeadIn(String text) {
    return leadIn.matcher(text).replaceFirst("");
  }

  /**
   * @param text a line
   * @return whether it opens with a byline's words followed by a capital letter
   */
  boolean opensByline(String text) {
    String rest = withoutLeadIn(text);
    return !rest.equals(text) && !rest.isEmpty() && Character.isUpperCase(rest.codePointAt(0));
  }

  /**
   * @param text the start of a line, such as a text node before a link to the author
   * @return whether it opens with a byline's words ("Von", "Written by")
   */
  boolean startsWithLeadIn(String text) {
    return leadIn.matcher(text + " ").lookingAt();
  }

  private static BylineCues load() {
    List<String> leadIns = new ArrayList<>();
    List<String> ends = new ArrayList<>();
    try (InputStream in = BylineCues.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing dev/pincite/ingest/" + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> section = null;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String entry = line.strip();
        if (entry.isEmpty() || entry.startsWith("#")) {
          continue;
        }
        if (entry.startsWith("[")) {
          section =
              entry.endsWith(" lead-in]") ? leadIns : entry.endsWith(" after-name]") ? ends : null;
          if (section == null) {
            throw new IllegalStateException(RESOURCE + ": unknown section " + entry);
          }
        } else if (section != null) {
          section.add(entry);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new BylineCues(
        Pattern.compile(
            "^(?:" + alternation(leadIns) + ")(?:\\s*:\\s*|\\s+)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
        Pattern.compile(
            "\\s(?:" + alternation(ends) + ")\\s",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
  }

  /** The entries as one alternation, longest first so "written by" wins over "by". */
  private static String alternation(List<String> entries) {
    return entries.stream()
        .distinct()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(e -> Pattern.quote(e).replace(" ", "\\E\\s+\\Q"))
        .collect(Collectors.joining("|"));
  }
}
