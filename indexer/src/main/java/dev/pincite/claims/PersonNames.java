package dev.pincite.claims;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How a run of capitalised words reads as a person's name: whether it has a name's form, and which
 * words before the name are titles or roles, never part of it and never a speaker ("Mr.",
 * "Senator", "Chief Executive", "Senate Majority Leader"). The words come from {@code
 * speaker-cues.txt} ({@code [titles]}, {@code [role-titles]}, {@code [not-names]}, {@code
 * [group-speakers]}) and {@code company-cues.txt} ({@code [suffixes]}, {@code [of-heads]}, and the
 * kinds of firm set before a firm's name as a title before a person's: {@code [appositive-nouns]},
 * {@code [org-before]}).
 *
 * <p>Immutable and thread safe.
 */
final class PersonNames {

  private static final Pattern STOP_AND_SPACE = Pattern.compile("\\.?\\s+");

  /**
   * What ends a byline's first writer: a comma before a role or another writer, a semicolon, "and"
   * or "&" before another writer.
   */
  private static final Pattern WRITER_SEPARATOR = Pattern.compile("\\s*[,;]\\s*|\\s+(?:and|&)\\s+");

  private final Registry registry;
  private final Set<String> notNames;
  private final Set<String> runOpeningNotNames;
  private final Set<String> ofHeads;
  private final Set<String> companySuffixes;
  private final Set<String> titles;
  private final Set<String> roleTitles;
  private final Set<String> kindsBeforeFirms;
  private final Set<String> personRoles;
  private final Set<String> places;
  private final Set<String> givenNameMonths;
  private final Set<String> datePrepositions;

  /**
   * @param cues the parsed {@code speaker-cues.txt}
   * @param companyCues the parsed {@code company-cues.txt}
   * @param registry the registry: a run it knows whole ("President's Choice") keeps its words
   */
  PersonNames(CueFile cues, CueFile companyCues, Registry registry) {
    this.registry = registry;
    this.notNames = Set.copyOf(cues.list("not-names"));
    // "Strategists at X said": a word naming a group of people who speak for a firm, capitalised
    // to open a sentence, opens no name. (As a label of its own, "ANALYST:", it is the role's.)
    Set<String> words = new HashSet<>(notNames);
    for (String group : cues.list("group-speakers")) {
      words.add(TitleCase.of(group));
    }
    // "Said Reyes: ..." and "Added Park, ...": a verb of saying opening the sentence before its
    // speaker is no part of the name.
    for (String verb : cues.list("inverted-verbs")) {
      if (!verb.contains(" ")) {
        words.add(TitleCase.of(verb));
      }
    }
    this.runOpeningNotNames = Set.copyOf(words);
    this.ofHeads = Set.copyOf(companyCues.list("of-heads"));
    this.companySuffixes = Set.copyOf(companyCues.list("suffixes"));
    this.places = Set.copyOf(companyCues.list("not-organisations"));
    this.titles = Set.copyOf(cues.list("titles"));
    this.givenNameMonths = Set.copyOf(cues.list("given-name-months"));
    Set<String> prepositions = new HashSet<>();
    cues.list("date-prepositions").forEach(w -> prepositions.add(w.toLowerCase(Locale.ROOT)));
    this.datePrepositions = Set.copyOf(prepositions);
    this.roleTitles = Set.copyOf(cues.list("role-titles"));
    // "Rival Castleford Building Society said", "Reinsurer Westerly Re said": a kind of firm set
    // before a firm's name, as a title before a person's.
    Set<String> kinds = new HashSet<>();
    for (String kind : companyCues.list("appositive-nouns")) {
      kinds.add(kind.toLowerCase(Locale.ROOT));
    }
    for (String kind : companyCues.list("org-before")) {
      kinds.add(kind.toLowerCase(Locale.ROOT));
    }
    this.kindsBeforeFirms = Set.copyOf(kinds);
    // "Chief Executive" gives "executive": the head noun an appositive role ends with.
    this.personRoles =
        roleTitles.stream()
            .map(t -> t.substring(t.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
  }

  /**
   * A text's runs of capitalised words ({@link NameSpan#find}, an institution's name going on over
   * "of" after a {@code [of-heads]} noun), titles taken off ({@link #withoutTitles(String, List)}).
   */
  List<NameSpan> runs(String text) {
    return withoutTitles(
        text, withGivenMonths(text, NameSpan.find(text, runOpeningNotNames, ofHeads)));
  }

  /**
   * A surname's run with the month before it that is its first name ("June Tolliver"): the month
   * opens no run ({@code [not-names]}), so it is taken back when it stands right before a one-word
   * run and after no word that dates ({@code [date-prepositions]}).
   */
  private List<NameSpan> withGivenMonths(String text, List<NameSpan> spans) {
    List<NameSpan> out = null;
    for (int i = 0; i < spans.size(); i++) {
      NameSpan span = spans.get(i);
      String before = text.substring(0, span.start());
      int space = before.length() - 1;
      if (space < 1 || before.charAt(space) != ' ' || span.text().indexOf(' ') >= 0) {
        continue;
      }
      int wordStart = before.lastIndexOf(' ', space - 1) + 1;
      String month = before.substring(wordStart, space);
      if (!givenNameMonths.contains(month) || givenNameMonths.contains(span.text())) {
        continue;
      }
      String previous = before.substring(0, wordStart).strip();
      String previousWord = previous.substring(previous.lastIndexOf(' ') + 1);
      if (datePrepositions.contains(previousWord.toLowerCase(Locale.ROOT))) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(spans);
      }
      out.set(i, new NameSpan(wordStart, span.end(), month + " " + span.text(), span.possessive()));
    }
    return out == null ? spans : out;
  }

  /**
   * The capitalised words that open no name ({@code [not-names]}, and the {@code [group-speakers]}
   * as they open a sentence: "Analysts", "Strategists").
   */
  Set<String> runOpeningNotNames() {
    return runOpeningNotNames;
  }

  /**
   * Whether words can be a person's name: at most four, none a listed non-name, "&", a registry
   * organisation, a word in capitals that is no initial, or a word with a digit.
   */
  boolean looksLikePersonName(String[] words) {
    if (words.length > 4) {
      return false;
    }
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (i == 0
          && words.length > 1
          && givenNameMonths.contains(TitleCase.of(w))
          && !notNames.contains(words[1])) {
        continue; // "June Tolliver", "JUNE TOLLIVER": a month before a surname is a first name
      }
      if (notNames.contains(w)
          || w.equals("&")
          || registry.organisation(w).isPresent()
          || w.equals(w.toUpperCase(Locale.ROOT))
              && w.length() > 1
              && !NameSpan.INITIALS.matcher(w).matches()
          || w.chars().anyMatch(Character::isDigit)) {
        return false;
      }
    }
    return true;
  }

  /** Whether a word of the name is a place, a people or a market ("North America", "Europe"). */
  boolean namesPlace(String[] words) {
    return Arrays.stream(words).anyMatch(places::contains);
  }

  /** Whether a name ends with a company suffix ("Holdings", "plc"): a firm's, never a person's. */
  boolean endsAsFirm(String[] words) {
    return companySuffixes.contains(words[words.length - 1]);
  }

  /**
   * Whether the head noun of an appositive is a person's role ("an economist at", "the bank's chief
   * executive"), the last word of a {@code [role-titles]} entry; "the media research firm" is an
   * organisation's.
   */
  boolean personRole(String headNoun) {
    return personRoles.contains(headNoun.toLowerCase(Locale.ROOT));
  }

  /**
   * The writer a byline names, without the role and firm after a comma ("Anneke Dorsey, Senior
   * Director, Halvard Ratings" is Anneke Dorsey: the document's author, as the claim contract has
   * it), and the first of several writers ("Benedikt Sorley and Anouk Fairweather", "Piers
   * Antrobus; Yewande Kosi" are Benedikt Sorley and Piers Antrobus: one author, as every labeller
   * of {@code gold/} and {@code train/} took it, and one value of the speaker facet). A byline
   * whose first part is no person's full name ("Halvard Ratings", "Smith and Jones"), or that ends
   * as a firm's name ("John Lewis and Partners"), is kept whole.
   */
  String bylineWriter(String byline) {
    Matcher separator = WRITER_SEPARATOR.matcher(byline);
    if (!separator.find()) {
      return byline;
    }
    String[] first = NameSpan.wordsOf(byline.substring(0, separator.start()));
    boolean joined = separator.group().strip().length() > 1 || separator.group().contains("&");
    if (first.length < 2
        || !looksLikePersonName(first)
        || endsAsFirm(first)
        // "John Lewis and Partners": one firm's name, no second writer
        || joined && endsAsFirm(NameSpan.wordsOf(byline.substring(separator.end())))) {
      return byline;
    }
    return byline.substring(0, separator.start()).strip();
  }

  /**
   * A name without the titles and roles before it ("Dr Lucia Bramwell", "Councillor Abena
   * Mensah-Clarke" from a letter's signature or a "writes:" label), when a full name is left: one
   * person, one speaker, whichever way a sentence introduced them.
   */
  String withoutTitles(String name) {
    String[] words = NameSpan.wordsOf(name);
    int drop = leadingTitles(words);
    if (drop == 0 && words.length >= 3 && isTitle(words[0].split("-", 2)[0])) {
      // "Vice-chancellor Hollis Adeyemi-Park"
      drop = 1;
    }
    if (drop == 0 || words.length - drop < 2) {
      return name;
    }
    return String.join(" ", Arrays.copyOfRange(words, drop, words.length));
  }

  /**
   * A sentence's name runs with titles taken off: "Mr." before a name joins the name's span without
   * being part of its text ("said Mr. Ochoa" is Ochoa, and the span still starts at "Mr." so that
   * the words before it are read as before the name); "Senator Maria Gomez" is Maria Gomez; a title
   * alone is never a name. A run the registry knows whole ("President's Choice") is kept.
   */
  List<NameSpan> withoutTitles(String sentence, List<NameSpan> spans) {
    List<NameSpan> out = new ArrayList<>();
    NameSpan pendingTitle = null;
    for (NameSpan span : spans) {
      boolean adjacent =
          pendingTitle != null
              && STOP_AND_SPACE
                  .matcher(sentence.substring(pendingTitle.end(), span.start()))
                  .matches();
      int start = adjacent ? pendingTitle.start() : span.start();
      pendingTitle = null;
      String[] words = NameSpan.wordsOf(span.text());
      int drop = leadingTitles(words);
      if (drop == 0 || registry.knows(span.text())) {
        out.add(adjacent ? new NameSpan(start, span.end(), span.text(), span.possessive()) : span);
      } else if (drop == words.length) {
        pendingTitle = span;
      } else {
        String text = String.join(" ", Arrays.copyOfRange(words, drop, words.length));
        out.add(new NameSpan(start, span.end(), text, span.possessive()));
      }
    }
    return out;
  }

  /**
   * How many words opening a run are titles, or roles before a name ("Economist Tom Reyes"): a role
   * is dropped only when a name follows that is not a firm's ("Chief Executive" alone, or "Director
   * Holdings", keeps its words).
   */
  private int leadingTitles(String[] words) {
    int titlesOnly = 0;
    while (titlesOnly < words.length && titles.contains(bare(words[titlesOnly]))) {
      titlesOnly++;
    }
    int withRoles = titlesOnly;
    while (withRoles < words.length && isTitle(words[withRoles])) {
      withRoles++;
    }
    boolean firm = endsAsFirm(words);
    boolean nameFollows = withRoles < words.length && !firm;
    if (titlesOnly == 0
        && words.length >= 3
        && firm
        && kindsBeforeFirms.contains(words[0].toLowerCase(Locale.ROOT))) {
      return 1;
    }
    int drop = nameFollows ? withRoles : titlesOnly;
    return firm ? drop : Math.max(drop, afterLastTitle(words));
  }

  /**
   * "Senate Majority Leader Ed Marsh", "Transport Committee Chairman Dora Vail", "Chief Financial
   * Officer Ann Lee": capitalised words naming a body or a post run into the title, and the name is
   * what follows the last title or role, one to three words. 0 when no title stands inside the run
   * with a name after it.
   */
  private int afterLastTitle(String[] words) {
    int last = -1;
    for (int i = 1; i < words.length - 1; i++) {
      if (isTitle(words[i])) {
        last = i;
      }
    }
    int nameWords = words.length - last - 1;
    return last > 0 && nameWords <= 3 ? last + 1 : 0;
  }

  /**
   * Whether a run opens with a title ({@code [titles]}: "Ms Baird", "Mr. Rennie") and has a name
   * after it.
   */
  boolean opensWithTitle(String run) {
    String[] words = NameSpan.wordsOf(run);
    return words.length >= 2 && titles.contains(bare(words[0]));
  }

  /** Whether a word is a title or a role title ({@code [titles]}, {@code [role-titles]}). */
  boolean isTitle(String word) {
    String bare = bare(word);
    // "CEO", "CFO": a role written as an initialism is listed as written, not as a word in capitals
    return titles.contains(bare) || roleTitles.contains(bare) || roleTitles.contains(word);
  }

  /** The word without its full stop, a word set in capitals as "Commissioner". */
  private static String bare(String word) {
    String bare = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    if (bare.length() > 1 && bare.equals(bare.toUpperCase(Locale.ROOT))) {
      // "COMMISSIONER HELGA STRAND:": transcript labels are often set in capitals.
      bare = bare.charAt(0) + bare.substring(1).toLowerCase(Locale.ROOT);
    }
    return bare;
  }
}
