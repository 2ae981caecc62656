package dev.pincite.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The word lists of {@code vocabulary.txt} that synthetic speakers, companies and outlets are made
 * of, by section name. Immutable.
 */
record Vocabulary(Map<String, List<String>> sections) {

  private static final String RESOURCE = "vocabulary.txt";

  Vocabulary {
    sections = Map.copyOf(sections);
  }

  /** Loads the bundled lists. */
  static Vocabulary load() {
    try (InputStream in = Vocabulary.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource dev/pincite/bench/" + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, List<String>> sections = new LinkedHashMap<>();
      List<String> current = null;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String word = line.strip();
        if (word.isEmpty() || word.startsWith("#")) {
          continue;
        }
        if (word.startsWith("[") && word.endsWith("]")) {
          current = new ArrayList<>();
          sections.put(word.substring(1, word.length() - 1), current);
        } else if (current != null) {
          current.add(word);
        }
      }
      return new Vocabulary(sections);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One section's words; fails with the name when the section is missing. */
  List<String> words(String section) {
    List<String> words = sections.get(section);
    if (words == null || words.isEmpty()) {
      throw new IllegalStateException("vocabulary has no section [" + section + "]");
    }
    return words;
  }

  /** Every combination of two sections' words ("Ada Abbott"), in a fixed order, at most max. */
  List<String> combine(String first, String second, String separator, int max) {
    List<String> out = new ArrayList<>();
    List<String> a = words(first);
    List<String> b = words(second);
    // Walk the grid diagonally so that a small max still mixes both lists.
    for (int d = 0; d < a.size() + b.size() && out.size() < max; d++) {
      for (int i = 0; i <= d && out.size() < max; i++) {
        int j = d - i;
        if (i < a.size() && j < b.size()) {
          out.add(a.get(i) + separator + b.get(j));
        }
      }
    }
    return List.copyOf(out);
  }
}
