package dev.pincite.claims;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people one document has introduced so far, and the shorter forms that refer back to each: a
 * surname, a first name, or a role an appositive gave ("Lena Park, a credit analyst at Northvale,"
 * makes "the analyst" hers). This is how "Park said", "PARK:" and "the analyst argues" become one
 * speaker, one facet value. A short form two people share resolves to neither.
 *
 * <p>Read in reading order, one instance per document; not thread safe.
 */
final class IntroducedNames {

  /** "I'm Tamar Ben-Ami" read as one run of capitalised words: the pronoun is not the name. */
  private static final Pattern SELF_REFERENCE = Pattern.compile("^I['\u2019]\\p{Ll}+\\s+");

  /**
   * An appositive after a name that gives a role: ", a credit analyst at ...", ", the committee's
   * chair,", ", Northvale's chief economist,", ", a Democratic senator from Ohio,". Group 1 is the
   * role's head noun, the last lower-case word before a preposition or the comma that closes the
   * appositive.
   */
  private static final Pattern APPOSITIVE_ROLE =
      Pattern.compile(
          ",\\s+(?:a|an|the|its|their|his|her|\\p{Lu}[\\p{L}&.-]*(?:\\s+\\p{Lu}[\\p{L}&.-]*){0,3}['\u2019]s)"
              + "\\s+(?:[\\p{L}'\u2019-]+\\s+){0,3}?([\\p{Ll}][\\p{Ll}-]+)(?=\\s+(?:at|of|for|with|from|in)\\b|\\s*[,.;])");

  /**
   * A role given before a name, closed by a comma: "the society's chair, Gwilym Rees-Parry", "Its
   * chief executive, Dana Whitlock". Group 1 is the role's head noun, its last word.
   */
  private static final Pattern ROLE_BEFORE =
      Pattern.compile(
          "\\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|\\p{Lu}[\\p{L}&.-]*['\u2019]s)"
              + "\\s+(?:[\\p{Ll}'\u2019-]+\\s+){0,3}?([\\p{Ll}][\\p{Ll}-]+),\\s+$");

  /**
   * A role standing as a title right before a name: "Chief executive Imani Selwyn", "economist
   * Priya Raman". Group 1 is the word before the name, the role's head noun.
   */
  private static final Pattern TITLE_BEFORE = Pattern.compile("\\b(\\p{L}[\\p{Ll}-]+)\\s+$");

  /** How much of a sentence before a name a role given before it may take. */
  private static final int ROLE_REACH = 80;

  /** A label of two to four capitals: a person's initials ("SH", "RBO"). */
  private static final Pattern INITIALS = Pattern.compile("\\p{Lu}{2,4}");

  private final Registry registry;
  private final PersonNames forms;
  private final DocumentOrganisations organisations;
  private final String defaultVoice;
  // Surnames of the people taken as speakers or named by the registry, to their full names.
  private final Map<String, String> surnames = new HashMap<>();
  // Every full name of a person's form mentioned anywhere, by surname and by first name.
  private final ShortForms mentionedSurnames = new ShortForms();
  private final ShortForms givenNames = new ShortForms();
  private final Map<String, String> roles = new HashMap<>();
  private final Set<String> peopleWithRoles = new HashSet<>();
  private final Set<String> people = new TreeSet<>();
  // The pronouns and titles the text gave each person: more masculine than feminine is above 0.
  private final Map<String, Integer> genderVotes = new HashMap<>();
  private String lastNamedInFull;

  /**
   * @param defaultVoice the byline, else the site, else null: the author's surname as a transcript
   *     label ("PARK:" under the byline Ji-woo Park) is the author
   */
  IntroducedNames(
      Registry registry,
      PersonNames forms,
      DocumentOrganisations organisations,
      String defaultVoice) {
    this.registry = registry;
    this.forms = forms;
    this.organisations = organisations;
    this.defaultVoice = defaultVoice;
    if (defaultVoice != null && hasFullNameForm(defaultVoice)) {
      String[] words = NameSpan.wordsOf(defaultVoice);
      mentionedSurnames.note(words[words.length - 1], defaultVoice);
    }
  }

  /**
   * Learns the names of a sentence or a heading: the registry's people named in it with more than a
   * surname, every run of a person's full form, and the roles appositives give them.
   *
   * @param sentence the text
   * @param spans its name runs, titles taken off ({@link PersonNames#withoutTitles})
   */
  void learn(String sentence, List<NameSpan> spans) {
    for (Registry.Mention m : registry.personMentions(sentence)) {
      if (m.surface().contains(" ")) {
        surnames.put(Registry.surname(m.canonical()), m.canonical());
        people.add(m.canonical());
      }
    }
    for (NameSpan span : spans) {
      noteFullName(span.text());
      noteRole(sentence, span);
    }
  }

  /**
   * Whether a run has the form of a person's full name: two or three capitalised words of a name's
   * shape ("Dev Patel", "James B. Ortiz"), or four with particles between them ("Maria Eduarda dos
   * Santos Bittencourt"), no registry organisation or product as a whole, no organisation of the
   * document, no company suffix at its end.
   */
  boolean hasFullNameForm(String name) {
    String[] words = NameSpan.wordsOf(name);
    // Particles do not count: "Maria Eduarda dos Santos Bittencourt" has four names of her own.
    String[] own = Arrays.stream(words).filter(w -> !NameSpan.isParticle(w)).toArray(String[]::new);
    int most = own.length < words.length ? 4 : 3;
    return own.length >= 2
        && own.length <= most
        && forms.looksLikePersonName(own)
        && !registry.knows(name)
        && organisations.named(name).isEmpty()
        && !forms.endsAsFirm(words);
  }

  /**
   * The one full name this document gives a short form: the surname of a speaker, else of anyone of
   * a person's form mentioned so far, else a first name; for a name of several words, the one
   * longer name it ends ({@link #withLongerName}); the name itself when none of these resolves it.
   */
  String withFullName(String name) {
    if (name.contains(" ")) {
      return withLongerName(name);
    }
    String known = surnames.get(name);
    if (known != null) {
      return known;
    }
    String mention = mentionedSurnames.fullName(name);
    if (mention != null) {
      return mention;
    }
    // A first name, only when no surname of the document is that word (checked above).
    String given = givenNames.fullName(name);
    if (given != null) {
      return given;
    }
    // "STRAUSS:" for Konstantin Strauß: a label in capitals writes the surname without accents.
    return withFoldedSurname(name).orElse(name);
  }

  /** The one full name named so far whose surname folds to the name's folded form, if any. */
  private Optional<String> withFoldedSurname(String name) {
    String folded = FoldedNames.fold(name);
    Set<String> found = new TreeSet<>();
    for (String full : knownFullNames()) {
      String[] words = NameSpan.wordsOf(full);
      String surname = words[words.length - 1];
      // Only where folding is what makes them one: a surname written the same was looked up above.
      if (words.length > 1 && !surname.equals(name) && FoldedNames.fold(surname).equals(folded)) {
        found.add(full);
      }
    }
    return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
  }

  /**
   * The one person named so far, the document's own voice among them, whose name's initials a label
   * in capitals spells ("RBO:" for Rafael Bautista-Ocampo, the parts of a double surname each
   * giving one; "SH:" for Sigrún Hallvarðsdóttir), if any.
   *
   * @param label a label's letters, in capitals
   * @return the full name
   */
  Optional<String> byInitials(String label) {
    if (!INITIALS.matcher(label).matches()) {
      return Optional.empty();
    }
    String initials = label.toLowerCase(Locale.ROOT);
    Set<String> found = new TreeSet<>();
    for (String full : knownFullNames()) {
      String name = forms.withoutTitles(full);
      if (initials(name, "\\s+").equals(initials) || initials(name, "[\\s-]+").equals(initials)) {
        found.add(name);
      }
    }
    return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
  }

  /** The folded first letters of a name's capitalised words, the words split where given. */
  private static String initials(String name, String split) {
    StringBuilder b = new StringBuilder();
    for (String word : name.split(split)) {
      if (!word.isEmpty() && Character.isUpperCase(word.codePointAt(0))) {
        b.append(FoldedNames.fold(word.substring(0, Character.charCount(word.codePointAt(0)))));
      }
    }
    return b.toString();
  }

  /** The full names of the speakers and of the people of a person's form named so far. */
  private Set<String> knownFullNames() {
    Set<String> out = new TreeSet<>(surnames.values());
    out.addAll(mentionedSurnames.all());
    return out;
  }

  /**
   * The one name of a speaker or of a person's form mentioned so far that a name of several words
   * ends, whatever the case of its first letter: a surname of two words or with particles ("Okamoto
   * Lins" after Rafael Okamoto Lins, "De la Fontaine-Ba" after Hélène de la Fontaine-Ba, "Van 't
   * Hoff" opening a sentence); the name itself when none or several end so.
   */
  private String withLongerName(String name) {
    Set<String> longer = new TreeSet<>();
    // A title is no part of the longer name: "Abena Mensah-Clarke" is not "Councillor Abena ...".
    for (String full : surnames.values()) {
      addIfEndsWith(longer, forms.withoutTitles(full), name);
    }
    for (String full : mentionedSurnames.all()) {
      addIfEndsWith(longer, forms.withoutTitles(full), name);
    }
    return longer.size() == 1 ? longer.iterator().next() : name;
  }

  private static void addIfEndsWith(Set<String> longer, String full, String name) {
    int at = full.length() - name.length();
    if (at > 1
        && full.charAt(at - 1) == ' '
        && full.regionMatches(true, at, name, 0, 1)
        && full.startsWith(name.substring(1), at + 1)) {
      longer.add(full);
    }
  }

  /**
   * The one full name of the document whose first name this word is, when no surname of the
   * document is that word; null when none.
   */
  String byGivenName(String word) {
    if (surnames.containsKey(word) || mentionedSurnames.fullName(word) != null) {
      return null;
    }
    return givenNames.fullName(word);
  }

  /**
   * The full name a run resolves to by surname, taken as a speaker's or (for a single word)
   * mentioned anywhere; null when none.
   */
  String bySurname(String text) {
    String surname = surnames.get(text);
    if (surname == null && !text.contains(" ")) {
      surname = mentionedSurnames.fullName(text);
    }
    return surname;
  }

  /**
   * A person known as one in this document: a surname of a speaker's, a speaker's full name, or a
   * registry person already named here.
   */
  Optional<String> known(String name) {
    if (surnames.containsKey(name)) {
      return Optional.of(surnames.get(name));
    }
    if (surnames.containsValue(name)) {
      return Optional.of(name);
    }
    return registry.person(name).map(Registry.Person::name).filter(people::contains);
  }

  /** The person an earlier appositive gave a role whose head noun is this word ("analyst"). */
  Optional<String> roleHolder(String headNoun) {
    return Optional.ofNullable(roles.get(headNoun.toLowerCase(Locale.ROOT)));
  }

  /** Whether any appositive has given anyone a role yet. */
  boolean anyRoles() {
    return !roles.isEmpty();
  }

  /** Notes that the text referred to a person with a pronoun or title of this gender. */
  void noteGender(String person, GrammaticalGender.Gender gender) {
    genderVotes.merge(person, gender == GrammaticalGender.Gender.MASCULINE ? 1 : -1, Integer::sum);
  }

  /**
   * The gender the text's pronouns and titles gave a person, by majority; empty when it gave none,
   * or as many of each.
   */
  Optional<GrammaticalGender.Gender> gender(String person) {
    int votes = genderVotes.getOrDefault(person, 0);
    if (votes == 0) {
      return Optional.empty();
    }
    return Optional.of(
        votes > 0 ? GrammaticalGender.Gender.MASCULINE : GrammaticalGender.Gender.FEMININE);
  }

  /** Takes a person as a speaker: their surname now resolves to them, and they are a person. */
  void introduce(String fullName) {
    remember(fullName);
    people.add(fullName);
  }

  /** Notes a name's surname for it (the first full name with that surname keeps it). */
  void remember(String fullName) {
    if (fullName.contains(" ")) {
      surnames.putIfAbsent(Registry.surname(fullName), fullName);
    }
  }

  /** Notes a canonical name as a person's. */
  void addPerson(String name) {
    people.add(name);
  }

  boolean isPerson(String name) {
    return people.contains(name);
  }

  /** The people named so far (canonical names): never organisations. */
  Set<String> people() {
    return Collections.unmodifiableSet(people);
  }

  /** The people an appositive gave a person's role so far ("an economist at"). */
  Set<String> peopleWithRoles() {
    return Set.copyOf(peopleWithRoles);
  }

  /** The last name of a person's full form read, the default voice's aside; null before any. */
  String lastNamedInFull() {
    return lastNamedInFull;
  }

  /**
   * Remembers a run of two or three capitalised words that has the form of a person's name and is
   * no organisation ("Dev Patel", "James B. Ortiz"), wherever it stands, so that the surname alone,
   * a transcript label or a later "Patel said" resolves to it.
   */
  private void noteFullName(String text) {
    String name = SELF_REFERENCE.matcher(text).replaceFirst("");
    if (!hasFullNameForm(name)) {
      return;
    }
    String[] words = NameSpan.wordsOf(name);
    mentionedSurnames.note(words[words.length - 1], name);
    if (!name.equals(defaultVoice)) {
      lastNamedInFull = name;
    }
    // The first name too: hosts and panellists call each other by it ("ROSA:", "Femi thinks").
    givenNames.note(words[0], name);
  }

  /**
   * Remembers the role an appositive gives a person ("Lena Park, a credit analyst at Northvale,"
   * makes "analyst" hers; "Tom Reyes, Northvale's chief economist," makes "economist" his). The
   * latest person given a role keeps it.
   */
  private void noteRole(String sentence, NameSpan span) {
    if (span.possessive() || !span.text().contains(" ")) {
      return;
    }
    String role = roleAfter(sentence, span);
    if (role == null) {
      role = roleBefore(sentence, span);
    }
    if (role == null) {
      return;
    }
    String name = surnames.getOrDefault(span.text(), span.text());
    if (people.contains(name) || mentionedSurnames.names(name)) {
      roles.put(role.toLowerCase(Locale.ROOT), name);
      if (forms.personRole(role)) {
        peopleWithRoles.add(name);
      }
    }
  }

  /** The head noun of an appositive role after the name (", a credit analyst at"), or null. */
  private static String roleAfter(String sentence, NameSpan span) {
    Matcher m = APPOSITIVE_ROLE.matcher(sentence).region(span.end(), sentence.length());
    return m.lookingAt() ? m.group(1) : null;
  }

  /**
   * The head noun of a role given before the name ("the society's chair, NAME", "Chief executive
   * NAME"), or null. Only a person's role counts ({@code [role-titles]}): "In the first quarter,
   * NAME" gives no one a role.
   */
  private String roleBefore(String sentence, NameSpan span) {
    if (span.start() == 0) {
      return null;
    }
    String before = sentence.substring(Math.max(0, span.start() - ROLE_REACH), span.start());
    for (Pattern form : List.of(ROLE_BEFORE, TITLE_BEFORE)) {
      Matcher m = form.matcher(before);
      if (m.find() && forms.personRole(m.group(1))) {
        return m.group(1);
      }
    }
    return null;
  }

  /**
   * The short forms (surnames, first names) of the full names a document gives. A short form
   * resolves only while one full name has it: two people who share it make it resolve to neither.
   */
  private static final class ShortForms {
    private final Map<String, String> fullNames = new HashMap<>();
    private final Set<String> shared = new HashSet<>();

    void note(String shortForm, String fullName) {
      String earlier = fullNames.putIfAbsent(shortForm, fullName);
      if (earlier != null && !earlier.equals(fullName)) {
        shared.add(shortForm);
      }
    }

    /** The one full name with this short form, or null (none, or more than one). */
    String fullName(String shortForm) {
      return shared.contains(shortForm) ? null : fullNames.get(shortForm);
    }

    /** Whether a full name was noted. */
    boolean names(String fullName) {
      return fullNames.containsValue(fullName);
    }

    /** Every full name noted. */
    Collection<String> all() {
      return fullNames.values();
    }
  }
}
