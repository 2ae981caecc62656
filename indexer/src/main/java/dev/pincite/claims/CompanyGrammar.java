package dev.pincite.claims;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Where a sentence's grammar puts an organisation: positions around a run of capitalised words that
 * only an organisation fills, whatever its name. The vocabulary (business verbs, holder nouns, deal
 * verbs) is in {@code company-cues.txt}; this class holds the structure.
 *
 * <ul>
 *   <li>A person's employer: "Lena Park, a credit analyst at Northvale," (an appositive after a
 *       person, ending in at/with/from), "Northvale analyst Lena Park", "Tom Reyes, Northvale's
 *       chief economist".
 *   <li>What an organisation has: "Skarn shareholders", "shares of Merrow", "the board of Quenby",
 *       "investors in Caldera".
 *   <li>The object of a deal: "values Skarn at", "agreed to buy Tessin for", "took over Ashgrove"
 *       (the name must end the noun phrase: "buy Treasury bonds" names no firm).
 *   <li>The subject of a business verb at the start of any clause: "..., and Pollard raised
 *       prices", "Marlow will buy", "Fenwick has cut jobs".
 *   <li>Where it is based: "Ostrava-based Fenwick" (see {@link #basedPrefix}), "Fenwick, based in
 *       Ostrava,".
 * </ul>
 *
 * Places, demonyms and markets ({@code [not-organisations]}) are never taken: "US shareholders",
 * "buy American". People are filtered by the caller. Immutable and thread safe.
 */
final class CompanyGrammar {

  /** How much of the text before a name the "before" patterns look at: they end at the name. */
  private static final int TAIL = 80;

  private static final Pattern BASED_WORD =
      Pattern.compile("[\\p{Lu}][\\p{L}.]*-(?:based|headquartered)");

  // Anchored at the end of the text before a name: indexes (see the constructor).
  private static final String BASED_BEFORE = "[\\p{Lu}][\\p{L}.]*-(?:based|headquartered)\\s+$";
  private static final Pattern EMPLOYER_APPOSITIVE =
      Pattern.compile(
          ",\\s+(?:a|an|the|its|their)\\s+(?:[\\p{Ll}-]+\\s+){0,4}(?:at|with|from)\\s+$"
              // "Imogen Treadway at Calder Faulk", "..., who runs a growth fund at Orchard Vale"
              + "|^\\s+at\\s+$|,\\s+who\\s+(?:[\\p{Ll}-]+\\s+){1,5}at\\s+$");
  private static final Pattern OF_BETWEEN = Pattern.compile("\\s+of\\s+");
  private static final Pattern BASED_AFTER =
      Pattern.compile("^,\\s+(?:based|headquartered)\\s+in\\b");
  private static final String CLAUSE_START =
      "(?:^|[,;:(\u2014]|\\b(?:and|but|while|after|as|because|when|since|that|though|although"
          + "|before|until|if|whereas|so|then))\\s*$";
  private static final Pattern AUXILIARIES =
      Pattern.compile(
          "^\\s+(?:(?:will|would|could|may|might|has|have|had|is|was|also|just|now|already"
              + "|recently|finally|quietly|again|then|still|plans to|agreed to|is set to|expects to"
              + "|said it would|said it will)\\s+)+");
  // The object's noun phrase ends at the name: "buy Tessin for", "values Skarn at", "buy Tessin."
  private static final Pattern OBJECT_ENDS =
      Pattern.compile(
          "^(?:[,.;:)\u2014]|$|\\s+(?:for|at|in|from|and|or|last|this|earlier|outright|with|on"
              + "|after|before|because|to|when|while|but|if|as|over|—)\\b)");

  private final Pattern holderAfter;
  private final AlternationIndex holderBefore;
  private final AlternationIndex dealBefore;
  // BASED_BEFORE and CLAUSE_START as indexes: anchored at the end, they are tried only over the
  // text's last words, where a Pattern's find() tried every character of the text before a name.
  private final AlternationIndex basedBefore = AlternationIndex.of(BASED_BEFORE, 0);
  private final AlternationIndex clauseStart = AlternationIndex.of(CLAUSE_START, 0);
  private final Pattern businessVerbAfter;
  private final Pattern marketMoveAfter;
  private final Pattern roleThenName;
  private final Pattern possessiveRole;
  private final Set<String> notOrganisations;

  CompanyGrammar(CueFile cues) {
    int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    String holders = cues.alternation("holder-nouns");
    String roles = cues.alternation("employer-roles");
    this.holderAfter =
        Pattern.compile("^\\s+(?:" + cues.alternation("owner-nouns") + ")\\b", flags);
    this.holderBefore =
        AlternationIndex.of(
            "\\b(?:(?:" + holders + ")\\s+(?:of|at)|investors\\s+in)\\s+(?:the\\s+)?$", flags);
    this.dealBefore =
        AlternationIndex.of("\\b(?:" + cues.alternation("deal-verbs") + ")\\s+$", flags);
    this.businessVerbAfter =
        Pattern.compile("^\\s+(?:" + String.join("|", cues.list("business-verbs")) + ")\\b", flags);
    this.marketMoveAfter =
        Pattern.compile("^\\s+(?:" + String.join("|", cues.list("market-moves")) + ")", flags);
    this.roleThenName =
        Pattern.compile(
            LetterClasses.caseSensitive(
                "^\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:" + roles + ")\\s+(?=\\p{Lu}\\p{Ll})"),
            flags);
    this.possessiveRole =
        Pattern.compile(
            LetterClasses.caseSensitive(
                "^\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:" + roles + ")(?:,|\\s+\\p{Lu}\\p{Ll})"),
            flags);
    this.notOrganisations = new HashSet<>(cues.list("not-organisations"));
  }

  /**
   * Whether the grammar around a name makes it an organisation.
   *
   * @param sentence the sentence
   * @param span the name
   * @param spans all the sentence's names, left to right (to see the person beside it)
   * @param isPerson tells whether a name is a person
   * @return true when one of the positions above holds
   */
  boolean marksOrganisation(
      String sentence, NameSpan span, List<NameSpan> spans, Predicate<String> isPerson) {
    if (!Character.isLetter(span.text().charAt(0)) || notOrganisations.contains(span.text())) {
      return false;
    }
    String before = tail(sentence, span.start());
    String after = sentence.substring(span.end());
    if (span.possessive()) {
      return possessiveRole.matcher(after).find();
    }
    return employer(sentence, span, spans, isPerson)
        || holderAfter.matcher(after).find()
        || holderBefore.find(before)
        || (dealBefore.find(before) && OBJECT_ENDS.matcher(after).find())
        || BASED_AFTER.matcher(after).find()
        || basedBefore.find(before)
        || (clauseStart.find(before) && businessVerb(after))
        || (clauseStart.find(before) && marketMove(sentence, span, after))
        || roleBeforePerson(after, spans, span, isPerson);
  }

  /**
   * "Kestrel Parks gained 5% on Thursday", "..., while Dashro rose 3%": a listed company's move. At
   * the sentence's start only a name of two words or more, each with small letters, is taken: the
   * first word of any sentence is capitalised ("Revenue rose 9%", "Adjusted EBITDA fell 22%").
   */
  private boolean marketMove(String sentence, NameSpan span, String after) {
    if (!marketMoveAfter.matcher(CompanyRules.withoutTimePhrase(after)).find()) {
      return false;
    }
    if (span.start() != NameSpan.lead(sentence)) {
      return true;
    }
    return twoNamesOrMore(span);
  }

  private static boolean twoNamesOrMore(NameSpan span) {
    String[] words = NameSpan.wordsOf(span.text());
    return words.length >= 2 && Arrays.stream(words).allMatch(CompanyGrammar::hasSmallLetter);
  }

  private static boolean hasSmallLetter(String word) {
    return word.chars().anyMatch(Character::isLowerCase);
  }

  /**
   * "Ostrava-based Fenwick": the length of the "Ostrava-based " that opens a name, or 0. The rest
   * of the run is the organisation.
   */
  static int basedPrefix(String name) {
    int space = name.indexOf(' ');
    if (space < 0 || !BASED_WORD.matcher(name.substring(0, space)).matches()) {
      return 0;
    }
    return space + 1;
  }

  /**
   * "Lena Park, a credit analyst at Northvale": the name ending a person's appositive with at, with
   * or from is her employer. ("Sara Lund of Vestamark" is not read: "Warren of Massachusetts" is as
   * common.) A single word there is the employer even when the speaker rules, weighing it as the
   * one who "said", took it for a person.
   */
  static boolean employer(
      String sentence, NameSpan span, List<NameSpan> spans, Predicate<String> isPerson) {
    NameSpan previous = previous(spans, span);
    if (previous == null || previous.possessive() || !isPerson.test(previous.text())) {
      return false;
    }
    String between = sentence.substring(previous.end(), span.start());
    if (OF_BETWEEN.matcher(between).matches() && twoNamesOrMore(span)) {
      // "Sandeep Kaur of Ridley Brooks": a firm named as people are, two words or more; a single
      // word after "of" is as often a place ("Warren of Massachusetts").
      return true;
    }
    return between.length() < TAIL && EMPLOYER_APPOSITIVE.matcher(between).find();
  }

  /** "Northvale analyst Lena Park": a role, then a person. */
  private boolean roleBeforePerson(
      String after, List<NameSpan> spans, NameSpan span, Predicate<String> isPerson) {
    var m = roleThenName.matcher(after);
    if (!m.find()) {
      return false;
    }
    int at = span.end() + m.end();
    for (NameSpan s : spans) {
      if (s.start() == at) {
        return isPerson.test(s.text());
      }
    }
    return false;
  }

  private boolean businessVerb(String after) {
    String stripped = CompanyRules.withoutTimePhrase(after);
    if (businessVerbAfter.matcher(stripped).find()) {
      return true;
    }
    String bare = AUXILIARIES.matcher(stripped).replaceFirst(" ");
    return bare.length() != stripped.length() && businessVerbAfter.matcher(bare).find();
  }

  private static NameSpan previous(List<NameSpan> spans, NameSpan span) {
    NameSpan previous = null;
    for (NameSpan s : spans) {
      if (s.start() >= span.start()) {
        break;
      }
      previous = s;
    }
    return previous;
  }

  private static String tail(String sentence, int end) {
    return sentence.substring(Math.max(0, end - TAIL), end);
  }
}
