package dev.pincite.claims;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One cue data file of {@code src/main/resources/dev/pincite/claims/}: named lists of entries. The
 * format is described in that folder's README: {@code #} comments, {@code [name]} starts a list,
 * every other non-blank line is an entry. Immutable.
 *
 * @param name the file name, such as {@code speaker-cues.txt}
 * @param content the file's full text, for the extractor's fingerprint
 * @param lists the named lists in file order
 */
public record CueFile(String name, String content, Map<String, List<String>> lists) {

  public CueFile {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    lists.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    lists = Collections.unmodifiableMap(copy);
  }

  /**
   * Reads a cue file from the class path.
   *
   * @param name the file name inside {@code dev/pincite/claims/}
   * @return the parsed file
   * @throws IllegalStateException when the resource is missing (a packaging error)
   */
  public static CueFile load(String name) {
    try (InputStream in = CueFile.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing cue file dev/pincite/claims/" + name);
      }
      return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Parses cue file text.
   *
   * @param name the file name, for messages
   * @param content the text
   * @return the parsed file
   */
  public static CueFile parse(String name, String content) {
    Map<String, List<String>> lists = new LinkedHashMap<>();
    List<String> current = null;
    for (String raw : content.split("\\R")) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("[") && line.endsWith("]")) {
        current =
            lists.computeIfAbsent(line.substring(1, line.length() - 1), k -> new ArrayList<>());
        continue;
      }
      if (current == null) {
        throw new IllegalStateException(name + ": entry before the first [list]: " + line);
      }
      current.add(line);
    }
    return new CueFile(name, content, lists);
  }

  /**
   * A named list.
   *
   * @param list the list name without brackets
   * @return its entries
   * @throws IllegalStateException when the file has no such list
   */
  public List<String> list(String list) {
    List<String> entries = lists.get(list);
    if (entries == null) {
      throw new IllegalStateException(name + " has no list [" + list + "]");
    }
    return entries;
  }

  /**
   * A list as a regular-expression alternation of its entries taken literally, longest first (so a
   * longer phrase wins over its prefix), with any run of whitespace allowed between words.
   *
   * @param list the list's name
   * @return the alternation, without enclosing group
   */
  public String alternation(String list) {
    return alternation(list(list));
  }

  /**
   * Entries as a regular-expression alternation, as {@link #alternation(String)} makes it.
   *
   * @param entries literal words or phrases
   * @return the alternation, without enclosing group
   */
  public static String alternation(List<String> entries) {
    List<String> sorted = new ArrayList<>(entries);
    sorted.sort((a, b) -> b.length() - a.length());
    StringBuilder out = new StringBuilder();
    for (String e : sorted) {
      out.append(out.isEmpty() ? "" : "|").append(Pattern.quote(e).replace(" ", "\\E\\s+\\Q"));
    }
    return out.toString();
  }
}
