package dev.pincite.claims;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Transcript labels that name a role instead of a person ("THE WITNESS:", "THE CHAIR:", "THE
 * COURT:", "MODERATOR:"), and the person a document introduces in that role. A hearing's or panel's
 * introduction says who holds each role, in one of four forms, which {@link Cast#learn} reads from
 * every sentence:
 *
 * <ul>
 *   <li>"The ROLE is NAME" ("The witness is Oona Fairley, the lessor's finance director");
 *   <li>"NAME, the ROLE" ("Anders Vik, the tribunal's chair, opened ...");
 *   <li>"ROLE NAME" ("Moderator Jane Doe", "the witness, Oona Fairley");
 *   <li>"ROLEd by NAME", for the verb forms of {@code [role-verbs]} ("the tribunal is chaired by
 *       Professor Anders Vik", "presided over by Judge Ana Ruiz");
 * </ul>
 *
 * and, in a turn of the role's own label, the speaker naming themselves ("HOST: Good evening, I'm
 * Tamsin Roe.", {@link Cast#learnSelf}). A turn handing the next one to someone ("With me is Dr
 * Kwabena Osei-Tutu", {@code [turn-introductions]}) gives that person to the first role label that
 * then speaks for the first time with nobody introduced in its role ("GUEST:").
 *
 * <p>A label is a role by its form: "THE" and one to three words ("THE WITNESS", "THE PRESIDING
 * ARBITRATOR": the last word is the role), or one word that {@code [role-labels]} lists ("HOST",
 * "MODERATOR"). The nouns of one line of {@code [role-labels]} are one role ("chair chairman
 * chairwoman chairperson"), so "THE CHAIRMAN:" is the person "chaired by" introduces; a role no
 * line lists is its own word ("THE DEFENDANT:" and "The defendant is X").
 *
 * <p>A role label nobody is introduced in keeps a readable speaker: the label as a title ("The
 * Witness", "The Chair"), the way a bare label is read as the name it spells ("HOST:" gives
 * "Host"). The turns of one role then share one speaker the reader can search for and exclude, and
 * no turn is credited to the document's own voice, which never speaks in a hearing; null would lose
 * both. Words only from {@code speaker-cues.txt}, never a person's name. Immutable and thread safe;
 * a {@link Cast} is one document's and is not.
 */
final class RoleLabels {

  private static final int FLAGS = Pattern.UNICODE_CASE;
  private static final String THE = "(?i:the)";
  // A name as an introduction writes it: capitalised words, perhaps with titles ("Professor Anders
  // Vik", "Judge Ana Ruiz"), which are dropped after the match.
  private static final String NAME =
      "(\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'\u2019.-]*|de|van|von|da|del)){0,4})";
  // Where an introduced name ends: the whole run of capitalised words, never a part of it.
  private static final String END = "(?=\\s*[,.;:)!?\u2014\u2013]|\\s+[\\p{Ll}(]|\\s*$)";
  // Not inside a name: "Cardew Court Reporting" introduces nobody as the court.
  private static final String NOT_IN_NAME = "(?<!\\p{Lu}[\\p{L}'\u2019.-]{0,30}\\s)";
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern OPENING_DETERMINER =
      Pattern.compile("^(?:Our|Your|Their|Its|His|Her|The|This|Tonight's|Today's)(?=\\s)");
  // "I'm Tamsin Roe", "my name is Tamsin Roe": a speaker naming themselves, in full; or signing on
  // as broadcasters do, "this is Isla Raeburn with Evening Business" (a programme's name before
  // "with" or "for" is rare: "this is Business Hour, and I'm ..." has a comma).
  private static final Pattern SELF_INTRODUCTION =
      Pattern.compile(
          "\\b(?:I['\u2019]m|I am|(?i:my name is))\\s+(\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019.-]*){1,3})"
              + END
              + "|\\b(?i:this is)\\s+(\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019.-]*){1,2})"
              + "(?=\\s+(?:with|for|from|reporting)\\s)",
          FLAGS);
  private static final Pattern THE_LABEL =
      Pattern.compile("^" + THE + "((?:\\s+\\p{L}[\\p{L}'\u2019-]*){1,3})$", FLAGS);
  // "The witness is X", "The tribunal's chair is X", "Our moderator today is X"
  private static final Pattern ROLE_IS =
      Pattern.compile(
          "(?:\\b(?i:the|our|your|this|today['\u2019]s)|\\p{L}+['\u2019]s)\\s+"
              + "(?:[\\p{Ll}-]+\\s+){0,2}?([\\p{Ll}-]+)\\s+(?:today\\s+|tonight\\s+)?"
              + "(?i:is|was|will be)\\s+"
              + NAME
              + END,
          FLAGS);
  // "X, the tribunal's chair," / "X, our moderator."
  private static final Pattern NAME_THE_ROLE =
      Pattern.compile(
          NAME
              + ",\\s+(?:(?i:the|our|its|their)|\\p{Lu}[\\p{L}&.-]*(?:\\s+\\p{Lu}[\\p{L}&.-]*){0,3}"
              + "['\u2019]s)\\s+(?:[\\p{Ll}'\u2019-]+\\s+){0,2}?([\\p{Ll}-]+)(?=\\s*[,.;)]|\\s*$)",
          FLAGS);

  // "MODERATOR (KEIRA MALLOWAN): ...": a turn's role label with its holder's name in brackets.
  private static final Pattern ROLE_BRACKET_NAME =
      Pattern.compile(
          "^(\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019.-]*){0,2})\\s*\\("
              + "(\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019.-]*){1,3})\\):");

  private final Map<String, String> roleOfNoun;
  private final Set<String> titles;
  private final Set<String> notNames;
  private final Pattern roleThenName;
  private final Pattern verbByName;
  // "With me is Dr Kwabena Osei-Tutu, ...", "Joining us now is Andesite's chief executive, X"
  private final Pattern turnIntroduction;
  private final Map<String, List<String>> rolesOfVerb;

  /**
   * @param cues the parsed {@code speaker-cues.txt}: {@code [role-labels]}, {@code [role-verbs]}
   *     and the {@code [titles]} dropped from an introduced name
   */
  public RoleLabels(CueFile cues) {
    this.roleOfNoun = new LinkedHashMap<>();
    for (String line : cues.list("role-labels")) {
      String[] nouns = NameSpan.wordsOf(line.strip().toLowerCase(Locale.ROOT));
      for (String noun : nouns) {
        roleOfNoun.putIfAbsent(noun, nouns[0]);
      }
    }
    this.rolesOfVerb = new LinkedHashMap<>();
    for (String line : cues.list("role-verbs")) {
      int eq = line.indexOf('=');
      if (eq < 0) {
        throw new IllegalArgumentException("[role-verbs] entry without '=': " + line);
      }
      List<String> roles =
          Arrays.stream(NameSpan.wordsOf(line.substring(eq + 1).strip().toLowerCase(Locale.ROOT)))
              .map(n -> roleOfNoun.getOrDefault(n, n))
              .toList();
      rolesOfVerb.put(line.substring(0, eq).strip().toLowerCase(Locale.ROOT), roles);
    }
    this.titles = new HashSet<>(cues.list("titles"));
    this.notNames = new HashSet<>(cues.list("not-names"));
    String nouns = CueFile.alternation(List.copyOf(roleOfNoun.keySet()));
    this.roleThenName =
        Pattern.compile(NOT_IN_NAME + "\\b(?i:(" + nouns + "))(?:,\\s+|\\s+)" + NAME + END, FLAGS);
    this.turnIntroduction =
        Pattern.compile(
            "\\b(?i:"
                + CueFile.alternation(cues.list("turn-introductions"))
                + ")(?:\\s+(?i:now|tonight|today|here|this\\s+week))?\\s+(?i:is|are)\\s+"
                // a description before the name: "Andesite's chief executive, "
                + "(?:[^,.;:]{1,60},\\s+)?"
                + NAME
                + END,
            FLAGS);
    this.verbByName =
        Pattern.compile(
            "\\b(?i:("
                + CueFile.alternation(List.copyOf(rolesOfVerb.keySet()))
                + "))\\s+(?i:by)\\s+"
                + NAME
                + END,
            FLAGS);
  }

  /**
   * The role a transcript label names: "THE WITNESS" gives "witness", "THE CHAIRMAN" gives "chair"
   * (the first noun of its {@code [role-labels]} line), "THE PRESIDING ARBITRATOR" gives
   * "arbitrator", "MODERATOR" gives "moderator"; empty for a label that is a name ("NORA", "MR.
   * LAAR") or an unlisted word alone.
   *
   * @param label the label's words, without the colon
   * @return the role
   */
  public Optional<String> role(String label) {
    String text = label.strip();
    Matcher the = THE_LABEL.matcher(text);
    if (the.matches()) {
      String[] words = NameSpan.wordsOf(the.group(1).strip());
      String noun = words[words.length - 1].toLowerCase(Locale.ROOT);
      return Optional.of(roleOfNoun.getOrDefault(noun, noun));
    }
    String word = text.toLowerCase(Locale.ROOT);
    return text.contains(" ") ? Optional.empty() : Optional.ofNullable(roleOfNoun.get(word));
  }

  /**
   * Whether a label is "THE" and its role's words: only such a label falls back to {@link
   * #readable}; a bare listed label ("HOST") is read as the name it spells when nobody holds it.
   */
  public boolean isTheLabel(String label) {
    return THE_LABEL.matcher(label.strip()).matches();
  }

  /**
   * The speaker a role label gives when the document introduces nobody in the role: the label with
   * each word capitalised ("THE WITNESS" gives "The Witness"; {@link TitleCase}).
   *
   * @param label the label's words
   * @return the readable speaker
   */
  public static String readable(String label) {
    return TitleCase.of(label);
  }

  /**
   * @return an empty cast, for one document
   */
  public Cast cast() {
    return new Cast();
  }

  /**
   * Who holds which role in one document, as its sentences introduce them: the first introduction
   * of a role wins (a transcript's introduction comes before its turns). Not thread safe.
   */
  public final class Cast {
    private final Map<String, String> holders = new HashMap<>();
    // People a turn handed the next turn to ("With me is X"), in order, not yet holding a role.
    private final List<String> introduced = new ArrayList<>();
    // Roles whose holder was asked for: their label has spoken.
    private final Set<String> asked = new HashSet<>();
    // Sentences not yet read for introductions: read only when a role label asks who holds it,
    // since most documents have none and the patterns cost a tenth of a reindex on every sentence.
    private final List<String> unread = new ArrayList<>();

    private Cast() {}

    /**
     * Takes note of a sentence whose introductions of roles a later {@link #holder} or {@link
     * #learnSelf} reads, in the document's order.
     *
     * @param sentence a sentence or heading of the document
     */
    public void learn(String sentence) {
      unread.add(sentence);
    }

    private void readUnread() {
      for (String sentence : unread) {
        read(sentence);
      }
      unread.clear();
    }

    private void read(String sentence) {
      Matcher is = ROLE_IS.matcher(sentence);
      while (is.find()) {
        hold(is.group(1), is.group(2));
      }
      Matcher apposed = NAME_THE_ROLE.matcher(sentence);
      while (apposed.find()) {
        hold(apposed.group(2), apposed.group(1));
      }
      // "Our reporter Tomas Ellery ...": a capitalised determiner opening the sentence is no name
      Matcher before =
          roleThenName.matcher(
              OPENING_DETERMINER
                  .matcher(sentence)
                  .replaceFirst(m -> m.group().toLowerCase(Locale.ROOT)));
      while (before.find()) {
        hold(before.group(1), before.group(2));
      }
      Matcher bracketed = ROLE_BRACKET_NAME.matcher(sentence);
      if (bracketed.lookingAt()) {
        role(bracketed.group(1)).ifPresent(role -> hold(role, TitleCase.of(bracketed.group(2))));
      }
      Matcher handed = turnIntroduction.matcher(sentence);
      while (handed.find()) {
        String name = withoutTitles(handed.group(1));
        if (name != null) {
          introduced.add(name);
        }
      }
      Matcher verb = verbByName.matcher(sentence);
      while (verb.find()) {
        String form =
            SPACES.matcher(verb.group(1).strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
        for (String role : rolesOfVerb.getOrDefault(form, List.of())) {
          hold(role, verb.group(2));
        }
      }
    }

    /**
     * Reads a speaker's introduction of themselves in a turn of a role's label ("HOST: Good
     * evening, I'm Tamsin Roe."): the one speaking holds the role.
     *
     * @param role the role of the turn's label ({@link #role})
     * @param sentence a sentence of that turn
     */
    public void learnSelf(String role, String sentence) {
      readUnread();
      Matcher self = SELF_INTRODUCTION.matcher(sentence);
      if (self.find()) {
        hold(role, self.group(1) != null ? self.group(1) : self.group(2));
      }
    }

    private void hold(String noun, String written) {
      String role = roleOfNoun.getOrDefault(noun.toLowerCase(Locale.ROOT), noun);
      String name = withoutTitles(written);
      if (name != null) {
        holders.putIfAbsent(role.toLowerCase(Locale.ROOT), name);
      }
    }

    /**
     * The person introduced in a role, as introduced (titles dropped; perhaps a surname alone).
     *
     * @param role a role from {@link #role}
     * @return the person, or empty when nobody was introduced in it
     */
    public Optional<String> holder(String role) {
      readUnread();
      if (!holders.containsKey(role) && asked.add(role)) {
        // The role's label speaks for the first time, nobody introduced in it: the person a turn
        // before handed over to ("With me is X"), if no role holds them. A label that spoke before
        // the introduction is not given it: its holder was the one introducing.
        introduced.removeIf(holders::containsValue);
        if (!introduced.isEmpty()) {
          holders.put(role, introduced.removeFirst());
        }
      }
      asked.add(role);
      return Optional.ofNullable(holders.get(role));
    }
  }

  /**
   * The name without its titles and final full stop ("Professor Anders Vik." gives "Anders Vik"),
   * or null when nothing but titles is left or it is too long to be one person's name.
   */
  private String withoutTitles(String written) {
    List<String> words = new ArrayList<>(Arrays.asList(NameSpan.wordsOf(written.strip())));
    while (!words.isEmpty()
        && (titles.contains(bare(words.get(0))) || notNames.contains(words.get(0)))) {
      words.remove(0);
    }
    if (words.isEmpty() || words.size() > 4) {
      return null;
    }
    String name = String.join(" ", words);
    return name.endsWith(".") && !NameSpan.INITIALS.matcher(words.getLast()).matches()
        ? name.substring(0, name.length() - 1)
        : name;
  }

  private static String bare(String word) {
    return word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
  }
}
