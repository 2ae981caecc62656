package dev.pincite.claims;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the organisations a sentence discusses are found.
 *
 * <ol>
 *   <li>Registry names, aliases and products, resolved to the canonical parent ({@code
 *       corpus/registry/organisations.tsv}). Outlets are left out: an outlet cited as a source is
 *       the speaker, not a company discussed; so is a platform something was posted on ("a post on
 *       LinkedIn").
 *   <li>Organisations the registry does not list, named as written, when a run of capitalised words
 *       carries a corporate cue from {@code company-cues.txt}: a corporate suffix ("Lumenwave
 *       Capital"; legal forms such as "Inc." are dropped), a role before it ("an analyst at X"), a
 *       business noun after its possessive ("X's shares"), a group noun before a list ("providers
 *       like X and Y"), an appositive ("X, a startup", "the startup X"), or a corporate verb after
 *       a name opening the sentence ("X plans to"), or a position only an organisation fills
 *       ({@link CompanyGrammar}: a person's employer, what an organisation owns, what a deal buys,
 *       the subject of a business verb in any clause, "Ostrava-based X"). A name discovered once is
 *       an organisation everywhere in its document, and so is the first word of a two-word name
 *       ("Kestrel Capital", then "Kestrel").
 *   <li>People are never organisations: a run that resolves to a person of the registry or of the
 *       document is skipped.
 * </ol>
 *
 * "The company" (and the other {@code [definite-descriptions]}: "the bank", "the grocer") is
 * resolved by {@link ClaimExtractor}, which knows the paragraph; "the authority", "the commission"
 * and any other last word of a name by {@link #namedByHead}, from the names the document gave
 * before. Thread safe.
 */
public final class CompanyRules {

  private static final String NAME_WORDS =
      "(\\p{Lu}[\\p{L}.'-]*(?:\\s+(?:&|\\p{Lu}[\\p{L}.'-]*))*)";

  /** The verbs with which a description speaks ("the company said", "the office proposed"). */
  private static final String SAYS =
      "said|says|told|announced|reported|added|noted|wrote|confirmed|argues|argued|proposed"
          + "|warned|warns|insists|insisted";

  /**
   * A plural noun: "the buses" after Brightway Buses are its vehicles, not the company ("the
   * ports", "the hotels"); not "-ss", "-us", "-is" ("the press", "the consensus").
   */
  private static final Pattern PLURAL = Pattern.compile("\\p{L}+[^su'\u2019]s");

  /** "the Tidewater Opportunities fund": the name stands between "the" and its kind. */
  private static final Pattern THE_BEFORE = Pattern.compile("\\bthe\\s+$");

  // Compiled once: String's regex methods compile theirs on every call.
  /** A possessive right before a name: what it names is owned ("Nvidia's Blackwell"). */
  // An owner just before a name ("Halvorsen's", "its"). Anchored at the end: as an index, only
  // the last words of the text are tried (Pattern.find() tried every character).
  private static final String OWNED =
      "(?:\\p{L}(?:'s|\u2019s|s'|s\u2019)|\\b(?:its|their|his|her|our))\\s+$";

  private static final Pattern POSSESSIVE_NEXT = Pattern.compile("['\u2019](?:s\\b|\\s)");

  /** A word of three lower-case letters or more: a role's ("transport economist"). */
  private static final Pattern LOWER_CASE_WORD = Pattern.compile("(?:^|\\s)\\p{Ll}{3,}");

  /**
   * A letter's signature line giving the signer's employer after their role: "— Anneliese Vork,
   * Northern Europe manager, Solmar Container Line". The employer has two words or more: a single
   * word there is the signer's town ("— Ilse Marwood, transport economist, Carrow"); and what
   * stands before it is a role ({@link #isRole}), not a firm or a place ("— Rose Penwarden, Heron
   * Sands, Kellow Bay").
   */
  private static final Pattern SIGNATURE_EMPLOYER =
      Pattern.compile(
          "^(?:[\u2014\u2013-]\\s*)?\\p{Lu}[\\p{L}.'\u2019-]+(?:\\s+\\p{Lu}[\\p{L}.'\u2019-]+){1,3},"
              + "\\s+([^,]{2,60}),\\s+(\\p{Lu}[\\p{L}'\u2019&.-]*"
              + "(?:\\s+(?:of|for|and|&|\\p{Lu}[\\p{L}'\u2019&.-]*)){1,6})$");

  private static final Pattern TRAILING_COMMA = Pattern.compile(",$");
  private static final Pattern NEXT_IN_LIST =
      Pattern.compile("^\\s+(?:and|or|&)\\s+" + NAME_WORDS + "(?![\\p{L}'\u2019])");
  private static final Pattern PREVIOUS_IN_LIST =
      Pattern.compile(NAME_WORDS + "\\s+(?:and|or)\\s+$");
  // "Crumbhaus is shutting shops and keeping its station kiosks": "its" in the clause a name opens
  // points back to it, and "its" is no person's. One to ten words of the same clause come between
  // (no punctuation, no word that opens another clause; "Within its first year" names nothing), and
  // no "the" (whose noun "its" may point back to instead: "Last month the company said its").
  private static final Pattern ITS_IN_CLAUSE =
      Pattern.compile(
          "^(?:\\s+(?!(?:that|which|who|whose|when|while|because|after|before|if|as|since|until"
              + "|but|although|though|the)\\b)[\\p{L}\\d'\u2019%$.-]+){1,10}?\\s+its\\b");
  // "... Carrow Hill Investors and Maren Kostov of Halloway Brothers": a name followed by where it
  // works is a person's, whatever it is listed with.
  private static final Pattern AFFILIATION_AFTER = Pattern.compile("^\\s+(?:of|at)\\s+\\p{Lu}");
  private static final Pattern ADVERB_BEFORE_VERB =
      Pattern.compile("^\\s+(?:just|also|now|already|recently|finally|quietly|again)\\s+");
  private static final Pattern TIME_AFTER_VERB =
      Pattern.compile(
          "^(\\s+\\p{Ll}+)\\s+(?:on|last|this|late on|early on|earlier this)\\s+"
              + "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|quarter|year)"
              + ",?(?=\\s)");

  /** Words after which a describing noun is a verb: "to fund", "will service". */
  private static final Set<String> VERB_BEFORE =
      Set.of("to", "will", "would", "could", "can", "may", "might", "should", "must", "not");

  /** How far back the cues before a name read: longer than any of their matches. */
  private static final int NEAR = 80;

  private final Registry registry;
  private final Set<String> suffixes;
  private final Set<String> legalForms;
  private final Pattern ownClauseVerb;
  private final Set<String> notNames;
  private final Set<String> andHeads;
  private final AlternationIndex roleBefore;
  private final Pattern businessAfter;
  private final AlternationIndex groupBefore;
  private final Pattern appositiveAfter;
  private final Pattern kindAfter;
  private final AlternationIndex appositiveBefore;
  private final Set<String> descriptors;
  private final Pattern corporateVerbAfter;
  private final AlternationIndex platformBefore;
  private final AlternationIndex orgBefore;
  // Indexes (tried only where a cue can start), not Patterns: these run on every sentence, and
  // a Pattern's find() tried every cue at every character.
  private final AlternationIndex theCompany;
  private final Pattern describedNoun;
  private final List<String> otherKinds;
  private final AlternationIndex owned;
  private final Pattern theCompanySays;
  private final AlternationIndex bothReference;
  private final Pattern shareReference;
  private final Pattern headDescription;
  private final Pattern headSays;
  private final Set<String> tableHeaders;
  private final CompanyGrammar grammar;
  private final Set<String> placeBefore;
  private final Pattern sourceBefore;
  private final Pattern sourceAfter;
  private final Set<String> ofHeads;
  private final List<String> roleWords;

  /**
   * @param cues the parsed {@code company-cues.txt}
   * @param registry the registry
   */
  public CompanyRules(CueFile cues, Registry registry) {
    this.registry = registry;
    this.suffixes = new HashSet<>(cues.list("suffixes"));
    this.legalForms = new HashSet<>(cues.list("legal-forms"));
    this.notNames = new HashSet<>(cues.list("not-names"));
    this.andHeads = Set.copyOf(cues.list("and-heads"));
    this.ofHeads = Set.copyOf(cues.list("of-heads"));
    this.roleWords = cues.list("roles").stream().map(r -> r.toLowerCase(Locale.ROOT)).toList();
    int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    this.roleBefore =
        AlternationIndex.of(
            "\\b(?:" + cues.alternation("roles") + ")\\s+(?:at|of|with|from)\\s+$", flags);
    this.ownClauseVerb =
        Pattern.compile("^\\s+(?:" + cues.alternation("own-clause-verbs") + ")\\b", flags);
    // "Brannock Industrial's net sales", "X's third-quarter revenue": a figure's describing words
    // may stand between the possessive and its noun.
    this.businessAfter =
        Pattern.compile(
            "^\\s+(?:(?:"
                + cues.alternation("figure-describers")
                + "|\\p{Ll}+-(?:half|year|quarter))\\s+){0,2}(?:"
                + cues.alternation("business-nouns")
                + ")\\b",
            flags);
    this.groupBefore =
        AlternationIndex.of(
            LetterClasses.caseSensitive(
                "\\b(?:"
                    + cues.alternation("group-nouns")
                    + ")\\s+(?:like|such as|including|from|as)\\s+"
                    + "(?:[\\p{Lu}][^,;:.()]*?(?:,\\s+|\\s+and\\s+|\\s+or\\s+))*$"),
            flags);
    String appositives = cues.alternation("appositive-nouns");
    this.appositiveAfter =
        Pattern.compile(
            // "X, a 40-person firm that ...", "X, a developer with two towers ...".
            "^,\\s+(?:a|an|the)\\s+(?:[\\p{L}\\d-]+\\s+){0,3}?(?:"
                + appositives
                // "..., the grocery delivery platform.": the appositive may close the sentence.
                + ")(?:,|\\s*[.;:!?]?\\s*$"
                + "|\\s+(?:that|which|whose|based|founded|backed|owned|known|behind|in|from|of"
                + "|with|for|serving|operating|listed)\\b)"
                // "Ambry Medicines, which makes cheaper versions of ...": what a business does.
                + "|^,\\s+which\\s+(?:"
                + cues.alternation("relative-business-verbs")
                + ")\\b",
            flags);
    this.kindAfter =
        Pattern.compile("^\\s+(?:" + cues.alternation("kinds-after-name") + ")\\b(?!-)", flags);
    this.corporateVerbAfter =
        Pattern.compile(
            "^\\s+(?:" + String.join("|", cues.list("corporate-verbs")) + ")\\b", flags);
    this.orgBefore =
        AlternationIndex.of("\\b(?:" + cues.alternation("org-before") + ")\\s+$", flags);
    this.platformBefore =
        AlternationIndex.of("\\b(?:" + cues.alternation("platform-before") + ")\\s+$", flags);
    String descriptions = cues.alternation("definite-descriptions");
    // "The Bank of Northmere" is a name, not "the bank" referring back (see [of-heads]).
    this.theCompany =
        AlternationIndex.of(
            LetterClasses.caseSensitive(
                "\\bthe (?:"
                    + descriptions
                    + ")(?:'s|\u2019s)?\\b(?!\\s+(?:"
                    + NameSpan.CONNECTIVES
                    + ")\\s+\\p{Lu})"),
            flags);
    this.otherKinds = cues.list("head-descriptions");
    this.describedNoun = Pattern.compile("\\bthe (" + descriptions + ")(?:'s|\u2019s)?\\b", flags);
    this.owned = AlternationIndex.of(OWNED, 0);
    this.theCompanySays =
        Pattern.compile(
            "\\bthe (?:"
                + descriptions
                + ") (?:"
                + SAYS
                + ")\\b"
                + "|\\b(?:said|says|announced) the (?:"
                + descriptions
                + ")\\b"
                + "|^the (?:"
                + descriptions
                + ") [^.;:]{1,100}?,? and (?:says|said)\\b"
                + "|^the (?:"
                + descriptions
                + ")(?:'s|\u2019s) (?:"
                + cues.alternation("claim-nouns")
                + ") (?:is|was)\\b",
            flags);
    this.shareReference =
        Pattern.compile(
            "\\b(?:"
                + cues.alternation("share-references")
                + ")\\b(?!\\s+(?:market|markets|exchange|exchanges|of)\\b)",
            flags);
    this.bothReference =
        AlternationIndex.of("\\b(?:" + cues.alternation("pair-references") + ")\\b", flags);
    // Any lower-case noun: namedByHead keeps those that end exactly one organisation's name.
    // "the authority's board" and "the authority will" refer; "the authority to set fares" and
    // "the cooperative of farmers" use the noun for a power or a kind, not the organisation.
    this.headDescription =
        Pattern.compile(
            "\\bthe (\\p{Ll}{3,})(?:['\u2019]s\\b|\\b(?!-)(?!\\s+(?:to|of|that|for)\\b))", flags);
    // "The office says ...", "..., the guild said": any organisation's last word, not only the
    // listed heads, since speaking makes the description an organisation's.
    this.headSays =
        Pattern.compile(
            "(?:^|[,;]\\s+)the (\\p{Ll}+) (?:" + SAYS + ")\\b|\\b(?:said|says) the (\\p{Ll}+)[.,]",
            flags);
    this.grammar = new CompanyGrammar(cues);
    // "according to figures compiled by the consumer group X", "a note from X", "a study by the
    // X": the name ends the phrase that cites it; lower-case describing words may come between.
    String sourceNouns = cues.alternation("source-nouns");
    this.sourceBefore =
        Pattern.compile(
            "(?:(?iu:\\baccording\\s+to|\\b(?:compiled|commissioned|published)\\s+by)|(?iu:\\b(?:"
                + sourceNouns
                + "))\\s+(?:[\\p{Ll}\\d,-]+\\s+){0,3}?(?:from|by))"
                + "\\s+(?:(?iu:the)\\s+)?(?:[\\p{Ll}-]+\\s+){0,3}$");
    // "A Castellane Media Research report found ...": the name opens the cited work's noun.
    this.sourceAfter =
        Pattern.compile(
            "^(?:['\u2019]s)?\\s+(?iu:(?:"
                + sourceNouns
                + ")\\s+(?:found|finds|shows?|showed|says|said|estimates?|estimated|suggests?"
                + "|suggested)\\b)");
    this.placeBefore = new HashSet<>();
    for (String w : cues.list("place-before")) {
      placeBefore.add(w.toLowerCase(Locale.ROOT));
    }
    this.tableHeaders = new HashSet<>();
    for (String h : cues.list("table-headers")) {
      tableHeaders.add(h.toLowerCase(Locale.ROOT));
    }
    this.descriptors = new HashSet<>();
    for (String noun : cues.list("appositive-nouns")) {
      descriptors.add(noun.toLowerCase(Locale.ROOT));
    }
    this.appositiveBefore =
        AlternationIndex.of(
            "\\b(?:the|a|an)\\s+(?:[\\p{L}-]+\\s+)?(?:" + appositives + ")\\s+$", flags);
  }

  /**
   * A memo of the capitalised runs of one document's sentences, for the methods here that read
   * them: one per document, never shared between threads.
   *
   * @return an empty memo
   */
  public NameRuns nameRuns() {
    return new NameRuns(notNames, ofHeads);
  }

  /** A sentence's capitalised runs, from the document's memo. */
  private List<NameSpan> runsOf(String sentence, NameRuns runs) {
    if (!runs.readWith(notNames, ofHeads)) {
      throw new IllegalArgumentException("name runs made by other company rules");
    }
    return runs.of(sentence);
  }

  /**
   * The organisations a sentence names.
   *
   * @param sentence the sentence
   * @param isPerson tells whether a name is a person known to the document
   * @param discovered organisations discovered earlier in the same document; names found here are
   *     added, so that a later bare mention ("Figure said") is recognised
   * @param runs the document's memo of capitalised runs ({@link #nameRuns()})
   * @return canonical names, sorted, no duplicates
   */
  public List<String> companies(
      String sentence, Predicate<String> isPerson, Set<String> discovered, NameRuns runs) {
    Set<String> found = new TreeSet<>();
    Matcher signature = SIGNATURE_EMPLOYER.matcher(sentence.strip());
    if (signature.matches() && isRole(signature.group(1)) && !isPerson.test(signature.group(2))) {
      // "— Anneliese Vork, Northern Europe manager, Solmar Container Line": the signer's employer.
      found.add(signature.group(2));
      discovered.add(signature.group(2));
    }
    List<Registry.Mention> mentions = registry.organisationMentions(sentence);
    List<Registry.Mention> people = registry.personMentions(sentence);
    for (Registry.Mention m : mentions) {
      boolean platform = platformBefore.find(sentence.substring(0, m.start()));
      if (!registry.isOutlet(m.canonical())
          && !platform
          && !insideAny(m.start(), m.end(), people)) {
        found.add(m.canonical());
      }
    }
    List<NameSpan> spans =
        joinedByAnd(
            sentence,
            withoutDescriptor(sentence, withoutBasedPrefix(runsOf(sentence, runs))),
            discovered);
    for (NameSpan span : spans) {
      if (overlaps(span, mentions)
          || overlaps(span, people)
          || (isPerson.test(span.text()) && !employerNamedOnce(sentence, span, spans, isPerson))) {
        continue;
      }
      if (discovered.contains(span.text())) {
        found.add(span.text());
        continue;
      }
      List<String> longForms = longForms(span.text(), discovered);
      if (!longForms.isEmpty()) {
        found.add(longForms.get(0));
        continue;
      }
      discovered(sentence, span, spans, isPerson)
          .ifPresent(
              name -> {
                found.add(name);
                discovered.add(name);
              });
    }
    return List.copyOf(found);
  }

  /**
   * The organisations a sentence only cites as the source of a figure or a work: "according to X",
   * "data compiled by the consultancy X", "a note from X", "A X report found". The contract makes
   * such a source the sentence's speaker, not a company it discusses, unless the sentence is about
   * the source's own business (which the caller, knowing the document, decides). A name is read
   * where the sentence writes it in full, else where it writes its first word ("Halcyon" for
   * "Halcyon Screens"); one the sentence writes nowhere (an alias) is never cited.
   *
   * @param sentence the sentence
   * @param companies its organisations
   * @return those every mention of which cites them
   */
  public Set<String> citedOnly(String sentence, Collection<String> companies) {
    Set<String> cited = new TreeSet<>();
    for (String name : companies) {
      List<int[]> places = placesOf(sentence, name);
      if (places.isEmpty()) {
        places = placesOf(sentence, NameSpan.wordsOf(name)[0]);
      }
      if (!places.isEmpty() && places.stream().allMatch(p -> citedAt(sentence, p[0], p[1]))) {
        cited.add(name);
      }
    }
    return cited;
  }

  /**
   * Where the sentence writes a name as whole words (no letter or digit just before or after):
   * start and end of each place.
   */
  static List<int[]> placesOf(String sentence, String name) {
    List<int[]> places = new ArrayList<>();
    for (int at = sentence.indexOf(name); at >= 0; at = sentence.indexOf(name, at + 1)) {
      int end = at + name.length();
      boolean wordStart = at == 0 || !Character.isLetterOrDigit(sentence.charAt(at - 1));
      boolean wordEnd =
          end == sentence.length() || !Character.isLetterOrDigit(sentence.charAt(end));
      if (wordStart && wordEnd) {
        places.add(new int[] {at, end});
      }
    }
    return places;
  }

  /**
   * Whether a name at this place is only cited as a source: after "according to", "compiled by", a
   * work of {@code [source-nouns]} with "from" or "by", or opening such a work's subject ("A X
   * report found"). An owner of the work ("a memo from X's pharmacy board") is not its source.
   */
  private boolean citedAt(String sentence, int start, int end) {
    String after = sentence.substring(end);
    if (sourceAfter.matcher(after).find()) {
      return true;
    }
    return !POSSESSIVE_NEXT.matcher(after).lookingAt()
        && sourceBefore.matcher(lastWords(sentence.substring(0, start))).find();
  }

  /**
   * The organisation a document's title names: a title is not a claim, but it names the company the
   * document is about ("Frostway's long road to profit", "Cabrix Is Right to Go Electric Now"),
   * which the body may never give a corporate cue. It is the first capitalised run of the title
   * that gives one (a title's later runs name places, people and rivals too often): the whole run
   * when it is a firm name of at most four words ("Halcyra Bank app down"), else its longest run of
   * words that the body names as an organisation is named, inside a sentence without a word of
   * {@code [place-before]} before it ("in the Gulf", "at Christmas"), twice, or once and once as an
   * owner ("Frostway's depot"), and never as owned ("Nvidia's Blackwell"). When the body gives
   * exactly one longer run opening with it ("Stagewright Live" for "Stagewright"), that run is the
   * name. A person, a number, a lone word in capitals, a registry name (found anyway) and the
   * outlet are not.
   *
   * @param title the document's title, or null
   * @param body the body's sentences
   * @param isPerson tells whether a name is a person known to the document
   * @param outlet the document's site and byline, never an organisation discussed
   * @param runs the document's memo of capitalised runs ({@link #nameRuns()})
   * @return the name, as written, or none
   */
  public Optional<String> namedInTitle(
      String title,
      List<String> body,
      Predicate<String> isPerson,
      Set<String> outlet,
      NameRuns runs) {
    if (title == null || title.isBlank()) {
      return Optional.empty();
    }
    BodyRuns bodyRuns = new BodyRuns();
    for (String sentence : body) {
      int lead = NameSpan.lead(sentence);
      for (NameSpan span : runsOf(sentence, runs)) {
        bodyRuns.count.merge(span.text(), 1, Integer::sum);
        if (span.start() != lead && !afterPlaceWord(sentence.substring(0, span.start()))) {
          bodyRuns.free.merge(span.text(), 1, Integer::sum);
        }
        if (span.possessive()) {
          bodyRuns.owners.add(span.text());
        }
        if (owned.find(sentence.substring(0, span.start()))) {
          bodyRuns.owned.add(span.text());
        }
      }
    }
    for (NameSpan span : runsOf(title, runs)) {
      Optional<String> name =
          longestNamed(NameSpan.wordsOf(span.text()), bodyRuns)
              .map(this::withoutLegalForm)
              .filter(
                  n ->
                      Character.isUpperCase(n.codePointAt(0))
                          && !isPerson.test(n)
                          && !outlet.contains(n)
                          && registry.organisation(n).isEmpty()
                          && registry.person(n).isEmpty()
                          && !notNames.contains(n));
      if (name.isPresent()) {
        return name;
      }
    }
    return Optional.empty();
  }

  /**
   * The full names of one-word organisations: "Crestwell", discovered by a cue, is "Crestwell
   * Procurement" when the document writes exactly one longer capitalised run opening with it (of at
   * most four words, not a person). A short form seldom carries the cue its full name lacked.
   *
   * @param discovered the organisations discovered in the document
   * @param body the body's sentences
   * @param isPerson tells whether a name is a person known to the document
   * @param runs the document's memo of capitalised runs ({@link #nameRuns()})
   * @return each one-word name that has a full name, mapped to it
   */
  public Map<String, String> fullNames(
      Set<String> discovered, List<String> body, Predicate<String> isPerson, NameRuns runs) {
    Map<String, Set<String>> longer = new HashMap<>();
    for (String name : discovered) {
      if (!name.contains(" ")) {
        longer.put(name, new TreeSet<>());
      }
    }
    if (longer.isEmpty()) {
      return Map.of();
    }
    for (String sentence : body) {
      for (NameSpan span : runsOf(sentence, runs)) {
        String[] words = NameSpan.wordsOf(span.text());
        int n = withoutLegalForm(words); // "Quillon Inc." is Quillon itself
        Set<String> longerRuns = longer.get(words[0]);
        if (longerRuns != null && n >= 2 && n <= 4) {
          longerRuns.add(firstWords(words, n));
        }
      }
    }
    Map<String, String> full = new HashMap<>();
    longer.forEach(
        (name, longerRuns) -> {
          if (longerRuns.size() > 1) {
            // "Vellum Arc 3" (a product) and "Vellum Mobile" (discovered): the organisation.
            longerRuns.retainAll(discovered);
          }
          if (longerRuns.size() == 1) {
            String run = longerRuns.iterator().next();
            if (!isPerson.test(run)
                && registry.person(run).isEmpty()
                && registry.organisation(run).isEmpty()) {
              full.put(name, run);
            }
          }
        });
    return full;
  }

  /**
   * The capitalised runs of a body: how often each, how often free of a place word, which own
   * something and which are owned.
   */
  private static final class BodyRuns {
    final Map<String, Integer> count = new HashMap<>();
    final Map<String, Integer> free = new HashMap<>();
    final Set<String> owners = new HashSet<>();
    final Set<String> owned = new HashSet<>();

    /**
     * Whether the body names it as an organisation is named: free of a place word twice, or once
     * and as an owner ("Frostway's depot"), and never owned; a place, a season or a product seldom
     * is.
     */
    boolean namedAsOrganisation(String name) {
      int freely = free.getOrDefault(name, 0);
      return !owned.contains(name) && (freely >= 2 || freely == 1 && owners.contains(name));
    }

    /** The one longer run opening with the name, if exactly one; else the name. */
    Optional<String> longest(String name) {
      String opening = name + " ";
      List<String> longer = count.keySet().stream().filter(r -> r.startsWith(opening)).toList();
      return longer.size() > 1
          ? Optional.empty()
          : Optional.of(longer.isEmpty() ? name : longer.get(0));
    }
  }

  private boolean afterPlaceWord(String before) {
    String[] words = NameSpan.wordsOf(before.strip());
    String last = words[words.length - 1].toLowerCase(Locale.ROOT);
    return placeBefore.contains(last);
  }

  /** "RSV", "EPS": a lone word in capitals is more often a product or a measure than a firm. */
  private static boolean isAcronym(String[] words) {
    return words.length == 1
        && words[0].length() > 1
        && words[0].equals(words[0].toUpperCase(Locale.ROOT));
  }

  /** The longest run of these title words that is a firm name or a name the body gives. */
  private Optional<String> longestNamed(String[] words, BodyRuns runs) {
    if (words.length <= 4 && isFirmName(words)) {
      return runs.longest(String.join(" ", words));
    }
    for (int length = words.length; length >= 1; length--) {
      for (int from = 0; from + length <= words.length; from++) {
        String[] part = Arrays.copyOfRange(words, from, from + length);
        String name = String.join(" ", part);
        if (runs.namedAsOrganisation(name) && !isAcronym(part)) {
          return runs.longest(name);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * True when the sentence refers to an organisation by description ("the company", "the bank").
   */
  public boolean refersToTheCompany(String sentence) {
    return theCompany.find(sentence);
  }

  /**
   * The one organisation named before that a definite description names by its head ("the co-op"
   * after Harlowvale Co-op, "the port" after the Port of Calverston), when exactly one has that
   * head; empty otherwise, when the paragraph decides ({@link CompanyReferences}).
   *
   * @param sentence a sentence that {@link #refersToTheCompany refers to the company}
   * @param namedBefore the organisations earlier sentences of the document discuss
   * @return that organisation, or empty
   */
  public Optional<String> namedByKind(String sentence, Set<String> namedBefore) {
    Matcher m = describedNoun.matcher(sentence);
    if (!m.find()) {
      return Optional.empty();
    }
    String noun = m.group(1);
    List<String> owners =
        namedBefore.stream().filter(name -> endsWithWord(name, noun)).limit(2).toList();
    return owners.size() == 1 ? Optional.of(owners.get(0)) : Optional.empty();
  }

  /**
   * Whether an organisation may be what "the company" (or "the group", "the firm") refers to: a
   * business, not a body whose name ends with a {@code [head-descriptions]} noun ("the company's
   * journalists" beside the Cobalt Street Guild is not the guild; "a survey the group commissioned"
   * after the Lungs First Coalition is the tobacco group's).
   *
   * @param name an organisation's name
   * @return false for a union, an association, an authority and the other listed bodies
   */
  public boolean isBusiness(String name) {
    return otherKinds.stream().noneMatch(kind -> endsWithWord(name, kind));
  }

  /**
   * True when that description is the one speaking ("..., the grocer said on Friday", "The
   * airline's pitch is simple: ...").
   */
  public boolean theCompanySays(String sentence) {
    return theCompanySays.matcher(sentence).find();
  }

  /**
   * The organisations a sentence refers to by the last word of their name: "the authority" after
   * "Coastline Transit Authority", "the commission" after "Tarnley Pricing Commission". A noun
   * refers only when exactly one organisation named before ends with it, and not when it is plural
   * ("the buses" are Brightway Buses' vehicles) or a complement follows ("the authority to set
   * fares").
   *
   * @param sentence the sentence
   * @param namedBefore the organisations earlier sentences of the document discuss
   * @return those it refers to, possibly none
   */
  public Set<String> namedByHead(String sentence, Set<String> namedBefore) {
    Set<String> found = new TreeSet<>();
    Matcher m = headDescription.matcher(sentence);
    while (m.find()) {
      String noun = m.group(1).toLowerCase(Locale.ROOT);
      if (PLURAL.matcher(noun).matches()) {
        continue;
      }
      List<String> owners = namedBefore.stream().filter(name -> endsWithWord(name, noun)).toList();
      if (owners.size() == 1) {
        found.add(owners.get(0));
      }
    }
    return found;
  }

  /**
   * The organisation a definite description speaking in the sentence names by the last word of its
   * name ("The office says ..." after "Fair Trading Office", "..., the guild said"), when exactly
   * one organisation named before ends with that word.
   *
   * @param sentence the sentence
   * @param namedBefore the organisations earlier sentences of the document discuss
   * @return that organisation, or empty
   */
  public Optional<String> speakingByHead(String sentence, Set<String> namedBefore) {
    Matcher m = headSays.matcher(sentence);
    if (!m.find()) {
      return Optional.empty();
    }
    String noun = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
    return onlyOneEndingWith(namedBefore, noun);
  }

  /**
   * The one name of two words or more among these that ends with the word ("the office" for the
   * Coastal Transport Office); empty when none or several do, since the word then says nothing.
   */
  static Optional<String> onlyOneEndingWith(Collection<String> names, String word) {
    List<String> owners = names.stream().filter(name -> endsWithWord(name, word)).limit(2).toList();
    return owners.size() == 1 ? Optional.of(owners.get(0)) : Optional.empty();
  }

  /**
   * Whether a name of two words or more has the word as its head: its last word ("Highmoor League"
   * with "league"), or, where it goes on over "of" or "for", the word before ("Port of Calverston"
   * with "port", "Steelworkers' Guild of Carrow" with "guild").
   */
  static boolean endsWithWord(String name, String noun) {
    String[] words = NameSpan.wordsOf(name);
    if (words.length < 2) {
      return false;
    }
    if (words[words.length - 1].equalsIgnoreCase(noun)) {
      return true;
    }
    for (int i = 1; i < words.length - 1; i++) {
      if (words[i].equals("of") || words[i].equals("for")) {
        return words[i - 1].equalsIgnoreCase(noun);
      }
    }
    return false;
  }

  /**
   * True when the sentence names a company's securities without the company ("He rates the shares a
   * sell"; {@code [share-references]}).
   */
  public boolean refersToTheShares(String sentence) {
    return shareReference.matcher(sentence).find();
  }

  /** True when the sentence points at two organisations at once ("both companies"). */
  public boolean refersToBoth(String sentence) {
    return bothReference.find(sentence);
  }

  /** True when a table's header row opens with a company column ("Company | Revenue"). */
  public boolean namesCompanyColumn(String headerRow) {
    return tableHeaders.contains(firstCell(headerRow).toLowerCase(Locale.ROOT));
  }

  /** The first cell of a table row as the reader joins it ("Acme | $4 billion | -3%"). */
  public static String firstCell(String row) {
    return row.split("\\s*\\|\\s*", 2)[0].strip();
  }

  /**
   * "Valdoura" after "Ceramicas Valdoura": the one name of two to four words among {@code names}
   * that ends in a one-word name, or none when there are several or none.
   *
   * @param name a one-word name as a sentence writes it
   * @param names the longer names it may stand for
   * @return the long form, or none
   */
  public static Optional<String> endingIn(String name, Collection<String> names) {
    if (name.contains(" ")) {
      return Optional.empty();
    }
    String ending = " " + name;
    List<String> longer =
        names.stream()
            .filter(n -> n.endsWith(ending) && n.chars().filter(c -> c == ' ').count() <= 3)
            .toList();
    return longer.size() == 1 ? Optional.of(longer.get(0)) : Optional.empty();
  }

  /**
   * "Kestrel" after "Kestrel Capital", "Cobalt Street" after "Cobalt Street Media": the names of
   * {@code names} that a name may be the short form of. That is the one name it opens, else, for a
   * single word, the two-word names it opens (in order); a longer opening of several names is none
   * of them. Discovery reads a sentence's short form as the first; the document's companies are
   * resolved only where there is one ({@code ClaimExtractor}).
   *
   * @param name a name as a sentence writes it
   * @param names the longer names it may stand for
   * @return the candidate long forms, sorted; empty when there are none
   */
  public static List<String> longForms(String name, Collection<String> names) {
    String opening = name + " ";
    List<String> longer = names.stream().filter(d -> d.startsWith(opening)).sorted().toList();
    if (longer.size() == 1) {
      return longer;
    }
    if (name.contains(" ")) {
      return List.of();
    }
    return longer.stream().filter(d -> d.indexOf(' ') == d.lastIndexOf(' ')).toList();
  }

  private Optional<String> discovered(
      String sentence, NameSpan span, List<NameSpan> spans, Predicate<String> isPerson) {
    String[] words = NameSpan.wordsOf(span.text());
    if (isFirmName(words)) {
      return named(words);
    }
    String before = sentence.substring(0, span.start());
    String after = withoutTimePhrase(sentence.substring(span.end()));
    // The cues before a name end where it starts: only the last words are read, not the whole
    // sentence before it (groupBefore reads back over a list, so it gets all of it).
    String near = lastWords(before);
    boolean cue =
        roleBefore.find(near)
            || (span.possessive() && businessAfter.matcher(after).find())
            || groupBefore.find(before)
            || orgBefore.find(near)
            || (!before.isEmpty() && (appositiveBefore.find(near) || describedBefore(near)))
            || (span.start() == NameSpan.lead(sentence)
                && !span.possessive()
                && (corporateVerbAfter.matcher(after).find()
                    || ITS_IN_CLAUSE.matcher(after).find()))
            || (!span.possessive() && appositiveAfter.matcher(after).find())
            || (!span.possessive()
                && THE_BEFORE.matcher(near).find()
                && kindAfter.matcher(after).find())
            || (!span.possessive()
                && !AFFILIATION_AFTER.matcher(after).find()
                && coordinatedWithFirm(before, after))
            || grammar.marksOrganisation(sentence, span, spans, isPerson);
    return cue ? named(words) : Optional.empty();
  }

  /**
   * The end of the text before a name that the cues anchored at its end can reach: at most {@value
   * #NEAR} characters, starting at a word (so that a word boundary at its start is one in the
   * sentence too).
   */
  private static String lastWords(String before) {
    if (before.length() <= NEAR) {
      return before;
    }
    int from = before.length() - NEAR;
    while (from < before.length() && !Character.isWhitespace(before.charAt(from - 1))) {
      from++;
    }
    return before.substring(from);
  }

  /** "Lena Park, a credit analyst at Northvale": one word in the employer's place is a firm. */
  private static boolean employerNamedOnce(
      String sentence, NameSpan span, List<NameSpan> spans, Predicate<String> isPerson) {
    return !span.text().contains(" ") && CompanyGrammar.employer(sentence, span, spans, isPerson);
  }

  /**
   * "Snack maker Crumbwell", "insurer Lindenfield Life", "an app called Clearvane": a noun that
   * describes an organisation ({@code [appositive-nouns]}, or any "...maker") right before the
   * name, with or without an article. After "to" or a modal the noun is a verb ("to fund Ukraine").
   */
  private boolean describedBefore(String before) {
    int end = before.length();
    if (end == 0 || !Character.isWhitespace(before.charAt(end - 1))) {
      return false;
    }
    String[] words = NameSpan.wordsOf(before.strip());
    int last = words.length - 1;
    if (last >= 1 && (words[last].equals("called") || words[last].equals("named"))) {
      last--;
    }
    String noun = words[last].toLowerCase(Locale.ROOT);
    if (!(descriptors.contains(noun) || noun.endsWith("maker") && noun.length() > 5)) {
      return false;
    }
    return last == 0 || !VERB_BEFORE.contains(words[last - 1].toLowerCase(Locale.ROOT));
  }

  /**
   * "Reinsurer Westerly Re said ...", "Rival Osterfeld Re is ...": a describing noun opening the
   * sentence is capitalised only because it opens it; the name is the rest of the run.
   */
  private List<NameSpan> withoutDescriptor(String sentence, List<NameSpan> spans) {
    int lead = NameSpan.lead(sentence);
    if (spans.isEmpty() || spans.get(0).start() != lead) {
      return spans;
    }
    NameSpan first = spans.get(0);
    int space = first.text().indexOf(' ');
    if (space < 0) {
      return spans;
    }
    String word = first.text().substring(0, space).toLowerCase(Locale.ROOT);
    if (!(descriptors.contains(word)
        || word.equals("rival")
        || word.endsWith("maker") && word.length() > 5)) {
      return spans;
    }
    List<NameSpan> out = new ArrayList<>(spans);
    out.set(
        0,
        new NameSpan(
            first.start() + space + 1,
            first.end(),
            first.text().substring(space + 1),
            first.possessive()));
    return out;
  }

  /**
   * "Dairy and Allied Workers Union", "Competition and Markets Office": one word, "and", then a run
   * ending in a body's head noun ({@code [and-heads]}) is one name, as its owner writes it. Not
   * when the first word is an organisation the document already knows ("Barclays and Lloyds Banking
   * Group" names two).
   */
  private List<NameSpan> joinedByAnd(
      String sentence, List<NameSpan> spans, Set<String> discovered) {
    List<NameSpan> out = new ArrayList<>(spans.size());
    for (int i = 0; i < spans.size(); i++) {
      NameSpan first = spans.get(i);
      NameSpan next = i + 1 < spans.size() ? spans.get(i + 1) : null;
      if (next != null
          && !first.possessive()
          && first.text().indexOf(' ') < 0
          && !discovered.contains(first.text())
          && registry.organisation(first.text()).isEmpty()
          && sentence.startsWith(" and ", first.end())
          && next.start() == first.end() + 5
          && andHeads.contains(lastWord(next.text()))) {
        out.add(
            new NameSpan(
                first.start(),
                next.end(),
                sentence.substring(first.start(), next.end()),
                next.possessive()));
        i++;
        continue;
      }
      out.add(first);
    }
    return out;
  }

  private static String lastWord(String name) {
    String plain =
        name.endsWith("'s") || name.endsWith("\u2019s")
            ? name.substring(0, name.length() - 2)
            : name;
    return plain.substring(plain.lastIndexOf(' ') + 1).replaceAll("['\u2019]$", "");
  }

  /** "Ostrava-based Fenwick" is the name "Fenwick" in a position the grammar reads. */
  private static List<NameSpan> withoutBasedPrefix(List<NameSpan> spans) {
    List<NameSpan> out = new ArrayList<>(spans.size());
    for (NameSpan s : spans) {
      int cut = CompanyGrammar.basedPrefix(s.text());
      out.add(
          cut == 0
              ? s
              : new NameSpan(s.start() + cut, s.end(), s.text().substring(cut), s.possessive()));
    }
    return out;
  }

  /** A role: words in lower case ("transport economist"), or a {@code [roles]} title's. */
  private boolean isRole(String words) {
    if (LOWER_CASE_WORD.matcher(words).find()) {
      return true;
    }
    String lower = words.toLowerCase(Locale.ROOT);
    return roleWords.stream().anyMatch(lower::contains);
  }

  /**
   * A corporate suffix ("Lumenwave Capital"), partners joined by "&" ("Fenwick & Rowe"), or an
   * institution's head going on over "of" or "for" ("Port of Calverston", "Bank of Ashby"; {@code
   * [of-heads]}).
   */
  private boolean isFirmName(String[] words) {
    return words.length >= 2
            && (suffixes.contains(words[words.length - 1]) || List.of(words).contains("&"))
        || words.length >= 3
            && ofHeads.contains(words[0])
            && (words[1].equals("of") || words[1].equals("for"));
  }

  /**
   * "Corvel and Brantwood Systems both ...", "Brantwood Systems or Corvel": a name coordinated with
   * a firm name is a firm too (people are filtered out before this is asked).
   */
  private boolean coordinatedWithFirm(String before, String after) {
    if (ownClauseVerb.matcher(after).find()) {
      return false; // "A and B argues ...": B opens a clause of its own
    }
    Matcher next = NEXT_IN_LIST.matcher(after);
    if (next.find() && isFirmName(NameSpan.wordsOf(next.group(1)))) {
      return true;
    }
    if (!endsWithConjunction(before)) {
      return false; // what PREVIOUS_IN_LIST needs at the end; checked first, it is much cheaper
    }
    Matcher previous = PREVIOUS_IN_LIST.matcher(before);
    return previous.find() && isFirmName(NameSpan.wordsOf(previous.group(1)));
  }

  /** Whether the text ends with whitespace, "and" or "or", whitespace. */
  private static boolean endsWithConjunction(String text) {
    int end = text.length();
    int stripped = end;
    while (stripped > 0 && Character.isWhitespace(text.charAt(stripped - 1))) {
      stripped--;
    }
    if (stripped == end) {
      return false;
    }
    String head = text.substring(0, stripped);
    String word = head.endsWith("and") ? "and" : head.endsWith("or") ? "or" : null;
    int before = word == null ? -1 : stripped - word.length() - 1;
    return before >= 0 && Character.isWhitespace(text.charAt(before));
  }

  /**
   * "X reported on Thursday that", "X agreed last week to buy", "X just reported": a time phrase
   * right after the verb, or an adverb before it, is dropped so that the corporate verb lists need
   * not spell every variant.
   */
  static String withoutTimePhrase(String after) {
    return TIME_AFTER_VERB
        .matcher(ADVERB_BEFORE_VERB.matcher(after).replaceFirst(" "))
        .replaceFirst("$1");
  }

  private Optional<String> named(String[] words) {
    String name = firstWords(words, withoutLegalForm(words));
    if (notNames.contains(name) || registry.person(name).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(registry.organisation(name).map(Registry.Organisation::name).orElse(name));
  }

  /** The name without its legal form ("Tender Pet Nutrition Ltd," is Tender Pet Nutrition). */
  String withoutLegalForm(String name) {
    String[] words = NameSpan.wordsOf(name);
    return firstWords(words, withoutLegalForm(words));
  }

  /**
   * How many of a name's words stand before its legal form ("Tender Pet Nutrition Ltd," is three),
   * a comma after the form being the sentence's, not the name's.
   */
  private int withoutLegalForm(String[] words) {
    int n = words.length;
    while (n > 1 && legalForms.contains(TRAILING_COMMA.matcher(words[n - 1]).replaceAll(""))) {
      n--;
    }
    return n;
  }

  /** The first n words as one name, without a comma the sentence put after them. */
  private static String firstWords(String[] words, int n) {
    return TRAILING_COMMA.matcher(String.join(" ", Arrays.copyOf(words, n))).replaceAll("");
  }

  private static boolean overlaps(NameSpan span, List<Registry.Mention> mentions) {
    for (Registry.Mention m : mentions) {
      if (m.start() < span.end() && span.start() < m.end()) {
        return true;
      }
    }
    return false;
  }

  private static boolean insideAny(int start, int end, List<Registry.Mention> mentions) {
    for (Registry.Mention m : mentions) {
      if (m.start() <= start && end <= m.end()) {
        return true;
      }
    }
    return false;
  }
}
