package dev.pincite.claims;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The organisations a document introduced (found by {@link CompanyRules}), and the shorter forms
 * that stand for one of them in its sentences, as a surname stands for a person: such a name is a
 * source, never a person, even alone at the start of a sentence.
 *
 * @param names the organisations' names as the document gives them in full
 */
record DocumentOrganisations(Set<String> names) {

  DocumentOrganisations {
    names = Set.copyOf(names);
  }

  /**
   * The organisation a name stands for: itself when the document introduced it; the two-word name
   * it is the first word of ("Quillon" for Quillon Labs); else the longer name it opens when only
   * one does ("Blackthorn" for Blackthorn Ridge Research). Empty otherwise.
   */
  Optional<String> named(String name) {
    if (names.contains(name)) {
      return Optional.of(name);
    }
    Optional<String> twoWords =
        names.stream()
            .filter(o -> o.startsWith(name + " ") && o.indexOf(' ') == o.lastIndexOf(' '))
            .sorted()
            .findFirst();
    if (twoWords.isPresent()) {
      return twoWords;
    }
    List<String> longer = names.stream().filter(o -> o.startsWith(name + " ")).limit(2).toList();
    return longer.size() == 1 ? Optional.of(longer.get(0)) : Optional.empty();
  }

  /** The one organisation whose name ends with the word ("Statement from the league"), if one. */
  Optional<String> onlyOneEndingWith(String word) {
    return CompanyRules.onlyOneEndingWith(names, word);
  }
}
