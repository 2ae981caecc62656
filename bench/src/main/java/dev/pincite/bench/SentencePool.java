package dev.pincite.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;

/**
 * Real English sentences for the synthetic corpus: the body text of the Readability test pages'
 * {@code expected.html} in the shared fixtures when they are there, else the project's own {@code
 * corpus/} documents. Sentences are de-duplicated and kept in file order, so the pool is the same
 * on every run over the same files.
 */
final class SentencePool {

  private static final int MIN_CHARS = 40;
  private static final int MAX_CHARS = 320;

  private SentencePool() {}

  /**
   * @param shared the shared folder ({@code fixtures/readability/pages/*} is read), may be null
   * @param corpus the fallback corpus folder ({@code *.txt}, {@code *.md}, {@code *.html})
   * @return the sentences with where they came from
   * @throws IOException when neither folder yields sentences
   */
  static Pool load(Path shared, Path corpus) throws IOException {
    Path pages = shared == null ? null : shared.resolve("fixtures/readability/pages");
    if (pages != null && Files.isDirectory(pages)) {
      List<String> sentences = new ArrayList<>();
      try (Stream<Path> dirs = Files.list(pages)) {
        for (Path dir : dirs.sorted().toList()) {
          Path expected = dir.resolve("expected.html");
          if (Files.isRegularFile(expected)) {
            sentences.add(Jsoup.parse(Files.readString(expected, StandardCharsets.UTF_8)).text());
          }
        }
      }
      List<String> pool = english(sentences);
      if (!pool.isEmpty()) {
        return new Pool(pool, pages.toString());
      }
    }
    List<String> texts = new ArrayList<>();
    if (corpus != null && Files.isDirectory(corpus)) {
      try (Stream<Path> files = Files.list(corpus)) {
        for (Path file : files.sorted().toList()) {
          String name = file.getFileName().toString();
          if (name.endsWith(".txt") || name.endsWith(".md")) {
            texts.add(Files.readString(file, StandardCharsets.UTF_8));
          } else if (name.endsWith(".html")) {
            texts.add(Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8)).text());
          }
        }
      }
    }
    List<String> pool = english(texts);
    if (pool.isEmpty()) {
      throw new IOException(
          "no English sentences found in " + pages + " nor in " + corpus + ": pass --shared DIR");
    }
    return new Pool(pool, String.valueOf(corpus));
  }

  /** The sentences of some texts that look like English prose, de-duplicated, in order. */
  static List<String> english(List<String> texts) {
    Set<String> out = new LinkedHashSet<>();
    BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
    for (String text : texts) {
      for (String line : text.split("\\R")) {
        sentences.setText(line);
        int start = sentences.first();
        for (int end = sentences.next(); end != BreakIterator.DONE; end = sentences.next()) {
          String sentence = line.substring(start, end).strip().replaceAll("\\s+", " ");
          start = end;
          if (looksEnglish(sentence)) {
            out.add(sentence);
          }
        }
      }
    }
    return List.copyOf(out);
  }

  /** Prose, not code or navigation: a capital start, a full stop, mostly Latin letters, "the". */
  private static boolean looksEnglish(String s) {
    if (s.length() < MIN_CHARS || s.length() > MAX_CHARS) {
      return false;
    }
    if (!Character.isUpperCase(s.charAt(0)) || ".!?".indexOf(s.charAt(s.length() - 1)) < 0) {
      return false;
    }
    long letters = s.chars().filter(Character::isLetter).count();
    long ascii = s.chars().filter(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')).count();
    if (letters < s.length() * 0.7 || ascii < letters * 0.97) {
      return false;
    }
    String lower = " " + s.toLowerCase(Locale.ROOT) + " ";
    return lower.contains(" the ") || lower.contains(" and ") || lower.contains(" of ");
  }

  /**
   * @param sentences the sentences
   * @param source where they came from, for the report
   */
  record Pool(List<String> sentences, String source) {
    Pool {
      sentences = List.copyOf(sentences);
    }
  }
}
