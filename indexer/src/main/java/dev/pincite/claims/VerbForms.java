package dev.pincite.claims;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The regular inflections of English verbs, so that a cue list can name a verb by its lemma
 * ("estimate") and match "estimates" and "estimated" too. Only the third person singular and the
 * regular past are made: irregular forms ("said", "wrote") and doubled consonants ("admitted") are
 * listed in the cue files as they are. The first word of a phrasal verb is inflected ("point out"
 * gives "points out", "pointed out"). Stateless.
 */
final class VerbForms {

  private VerbForms() {}

  /**
   * Every lemma with its regular forms.
   *
   * @param lemmas verbs in the base form, lower case
   * @return the lemmas, their -s and their -ed forms, without duplicates, in input order
   */
  static List<String> withRegularForms(List<String> lemmas) {
    Set<String> out = new LinkedHashSet<>();
    for (String lemma : lemmas) {
      String[] parts = lemma.toLowerCase(Locale.ROOT).split(" ", 2);
      String rest = parts.length > 1 ? " " + parts[1] : "";
      out.add(parts[0] + rest);
      out.add(thirdPerson(parts[0]) + rest);
      out.add(past(parts[0]) + rest);
    }
    return new ArrayList<>(out);
  }

  static String thirdPerson(String verb) {
    if (consonantY(verb)) {
      return verb.substring(0, verb.length() - 1) + "ies";
    }
    if (verb.endsWith("s")
        || verb.endsWith("sh")
        || verb.endsWith("ch")
        || verb.endsWith("x")
        || verb.endsWith("z")
        || verb.endsWith("o")) {
      return verb + "es";
    }
    return verb + "s";
  }

  static String past(String verb) {
    if (consonantY(verb)) {
      return verb.substring(0, verb.length() - 1) + "ied";
    }
    return verb.endsWith("e") ? verb + "d" : verb + "ed";
  }

  private static boolean consonantY(String verb) {
    return verb.length() > 2
        && verb.endsWith("y")
        && "aeiou".indexOf(verb.charAt(verb.length() - 2)) < 0;
  }
}
