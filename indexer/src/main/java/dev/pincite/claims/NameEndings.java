package dev.pincite.claims;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A document's short names read as the one longer name they end: "The Group expects ..." after
 * Tallis Live Group, "The Gazette says ..." in a piece about the Dunlow Gazette, "the Ledgerline"
 * for the site The Ledgerline. A short name that ends two longer ones ("Trust" beside two trusts)
 * says nothing and stays as written. Apostrophes are compared as one character ("Retailers'" and
 * "Retailers’"). Immutable and thread safe.
 */
final class NameEndings {

  private final Map<String, String> byEnding = new HashMap<>();
  private final Map<String, Integer> endingCount = new HashMap<>();

  /**
   * @param names the document's longer names: its organisations and its site
   */
  NameEndings(Collection<String> names) {
    for (String name : names) {
      if (name == null || name.isBlank()) {
        continue;
      }
      String key = key(name);
      // Every ending of two words or fewer that starts at a word: "Group", "Live Group".
      int from = key.indexOf(' ');
      while (from >= 0) {
        String ending = key.substring(from + 1);
        if (!ending.isEmpty() && !ending.equals(key)) {
          if (!name.equals(byEnding.get(ending))) {
            endingCount.merge(ending, 1, Integer::sum);
          }
          byEnding.put(ending, name);
        }
        from = key.indexOf(' ', from + 1);
      }
    }
  }

  /**
   * The one longer name this one ends, if exactly one does.
   *
   * @param shortName a name as a sentence gave it
   * @return the longer name, or empty
   */
  Optional<String> longer(String shortName) {
    if (shortName == null || shortName.isBlank()) {
      return Optional.empty();
    }
    String key = key(shortName);
    if (endingCount.getOrDefault(key, 0) != 1) {
      return Optional.empty();
    }
    String full = byEnding.get(key);
    return full.equals(shortName) ? Optional.empty() : Optional.of(full);
  }

  private static String key(String name) {
    return name.replace('\u2019', '\'').toLowerCase(Locale.ROOT);
  }
}
