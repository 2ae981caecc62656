package dev.pincite.claims;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How a sentence's speaker is found: the three rules of the claim contract.
 *
 * <ol>
 *   <li><b>Named.</b> A name (person, outlet or firm) in one of these positions, the word lists
 *       coming from {@code speaker-cues.txt}: subject of a verb of saying or thinking ("X said", "X
 *       and Y argue", "X, an investor, warned"); after such a verb ("said X"); after "according to"
 *       ("according to a tweet from X", "according to a Bloomberg report"); "in X's view"; "for X,
 *       ..."; "X's concern was"; "X was sceptical"; "a post from X"; "reported by X"; a transcript
 *       label "X:" opening a paragraph; or a known person as the subject opening the sentence ("X
 *       wanted ..."); "a X spokesperson said" and "analysts at X said" give the organisation X.
 *       When a clause after "but" names someone, that clause wins: it carries the sentence's point.
 *   <li><b>Pointed back.</b> A pronoun with a verb of saying ("he said"), a possessive with a view
 *       noun ("in his telling"), "per the report"/"according to the reporting", or simply the next
 *       sentence of a paragraph in which a person was named: the speaker before. A paragraph that
 *       is one quotation after a sentence of a named person is that person's (a pull quote); a
 *       joint subject ("Both hosts agreed") is the speaker named last; in an interview set as
 *       "Q:"/"A:" turns, an answer is the person introduced as interviewed ("We spoke with X"), a
 *       question the default voice (so too under questions set in bold, whose answers carry no
 *       label); a block quote that names nobody and marks no quotation of its own is the words of
 *       the person named in full last before it (a rebuttal quoting its target point by point).
 *       Reports and outlets do not carry over without such a pointer, since the author usually
 *       resumes after citing one. Nor does a person's: the narrator resumes with a sentence in the
 *       first person (in a document whose narrator speaks so) or one whose own subject reports a
 *       figure or a date, outside quotations.
 *   <li><b>Default.</b> The document's byline, else its site, else null, with {@code
 *       attributed=false}.
 * </ol>
 *
 * A surname alone resolves to the full name given earlier in the document, else to the registry.
 * What a name looks like and which words before it are titles is {@link PersonNames}'; who the
 * document has introduced and which short forms refer back to them is {@link IntroducedNames}'; the
 * organisations it introduced are {@link DocumentOrganisations}; who a heading says speaks under it
 * is {@link SectionWriters}'. This class reads positions: where a name stands relative to a verb of
 * saying, a quotation, a label or a paragraph. Not thread safe per document: use {@link
 * #forDocument} for each article.
 */
public final class SpeakerRules {

  /**
   * A sentence's speaker.
   *
   * @param speaker canonical name, or null
   * @param attributed true when the text names or points back to the speaker
   * @param explicit true when the sentence itself names or points to the speaker (not carried over
   *     silently from the sentence before)
   */
  public record Attribution(String speaker, boolean attributed, boolean explicit) {}

  private enum Role {
    PERSON,
    SOURCE
  }

  /** After a role title opening a sentence: the role's lower-case words, then a capital. */
  // A paragraph's own prefix: a few words and a colon ("Our note:"), or a post's number ("11/").
  private static final Pattern OWN_PREFIX =
      Pattern.compile("\\s*(?:[^\\s:]+(?:\\s+[^\\s:]+){0,3}:\\s|\\d+/)");

  private static final Pattern ROLE_WORDS_THEN_NAME =
      Pattern.compile("(?:\\s+\\p{Ll}[\\p{Ll}-]*){0,3}\\s+\\p{Lu}");

  /** A role title and its lower-case words opening a sentence, before a name. */
  private static final Pattern OPENING_ROLE =
      Pattern.compile("(\\p{Lu}[\\p{L}-]*)(?:\\s+\\p{Ll}[\\p{Ll}-]*){0,3}\\s+");

  /** After a view's source: what the view was goes on ("..., who asked why", "..., and she"). */
  private static final Pattern VIEW_GOES_ON = Pattern.compile("\\bwho\\b|,\\s+and\\b");

  private record Entity(String name, Role role) {}

  private enum How {
    LABEL,
    CITED,
    STRONG,
    SUBJECT
  }

  private record Candidate(int position, Entity entity, How how) {
    boolean strong() {
      return how != How.SUBJECT;
    }
  }

  private final Registry registry;
  // Capitals that are no organisation's initials ("CEO", "AI", "US"): [not-initials], and both
  // files' [not-names].
  private final Set<String> notInitials;
  private final Set<String> ownVoiceLabels;
  private final Set<String> nobodyLabels;
  private final PersonNames forms;
  private final GrammaticalGender genders;
  private final SpeakerPatterns p;
  private final StatementHeadings statementHeadings;
  private final RoleLabels roleLabels;

  // Compiled once: String's regex methods compile theirs on every call.
  /** A word of two to six capitals, "&" allowed inside ("FBI", "AT&T"). */
  private static final Pattern INITIALS_WORD = Pattern.compile("\\p{Lu}(?:&?\\p{Lu}){1,5}");

  /** A full name of two or three capitalised words, as a writer gives their own. */
  private static final String OWN_NAME =
      "(\\p{Lu}[\\p{L}'\u2019-]+(?:\\s+\\p{Lu}[\\p{L}'\u2019-]+){1,2})";

  /** The words before a name its bearer gives: "I'm", "I am", "my name is". */
  private static final String I_AM = "(?:I['\u2019]m|I am|[Mm]y name is)\\s+";

  /** A post's writer naming themselves: "I'm Marisela Quispe", "my name is Gareth Penhaligon". */
  private static final Pattern SELF_INTRODUCTION = Pattern.compile("\\b" + I_AM + OWN_NAME);

  /**
   * A post's writer naming themselves at the opening of a sentence of the post, perhaps after a
   * short lead-in and a colon: "I'm Gwen Talley and I grow wheat", "Piers Tolland here, I maintain
   * the tables", "Full disclosure: I'm Wenna Rosscarrock".
   */
  private static final Pattern SELF_NAMING =
      Pattern.compile(
          "^(?:[^:.!?]{1,30}:\\s+)?(?:" + I_AM + OWN_NAME + "|" + OWN_NAME + "\\s+here\\b)");

  /** A transcript label in capitals: "THORSBY", "LUNDQVIST-AMADI", "PRIYA HOLLIS". */
  private static final Pattern CAPITALS_LABEL =
      Pattern.compile("\\p{Lu}[\\p{Lu}'\u2019.-]+(?:\\s+\\p{Lu}[\\p{Lu}'\u2019.-]+){0,2}");

  /**
   * What follows a name in capitals to make it a transcript label with the speaker's role: "GIDEON
   * MARCHETTI, ANCHOR:", "WOLF BLITZER, CNN ANCHOR:"; the role is in capitals too.
   */
  private static final Pattern ROLE_THEN_COLON =
      Pattern.compile("^,\\s*\\p{Lu}[\\p{Lu}&'\u2019.-]*(?:\\s+\\p{Lu}[\\p{Lu}&'\u2019.-]*){0,4}:");

  /** A role in capitals and an opening bracket before a label's name: "MODERATOR (RUTH KALE):". */
  private static final Pattern ROLE_THEN_BRACKET =
      Pattern.compile("^\\p{Lu}[\\p{Lu}'\u2019.-]*(?:\\s+\\p{Lu}[\\p{Lu}'\u2019.-]*){0,2}\\s*\\($");

  /**
   * What closes a bracketed name after a role ("MODERATOR (RUTH KALE):", "CALLER (Jodie, Ashworth
   * Park):"): the bracket and the colon, perhaps after the speaker's place or firm.
   */
  private static final Pattern BRACKET_THEN_COLON = Pattern.compile("^(?:,[^()]{1,40})?\\):");

  /**
   * A speaker's firm or place in brackets between a label's name and its colon: "DERMOT VALLANCE
   * (Redlake Buses):", "Martin Holloway (Quarry Lane Capital):".
   */
  private static final Pattern AFFILIATION_THEN_COLON = Pattern.compile("^\\s*\\([^()]{1,60}\\):");

  /**
   * A label set in square brackets at a turn's start, with the speaker's firm or role after a
   * comma: "[Odile Farnham, Threshwell] Our silos are full ..." (a round table's or a comment
   * thread's turns).
   */
  private static final Pattern BRACKETED_LABEL_END =
      Pattern.compile("^(?:,[^\\[\\]]{1,80})?\\]\\s");

  /**
   * A numbered question's label naming its questioner in brackets, perhaps with a title before the
   * name (group 1; a title of the cue lists): "Q214 (Ms Achterberg): ..." (an inquiry's or a
   * committee's verbatim record).
   */
  private static final Pattern QUESTION_THEN_BRACKET =
      Pattern.compile("^Q\\d{0,4}\\s*\\((?:(\\p{Lu}\\p{L}{0,7})\\.?\\s+)?$");

  /**
   * A speaker's place or body after a comma between a label's name and its colon, as a live chat or
   * a phone-in prints its callers: "Graham Tull, Upper Sedding:", "Ruth Annersley, Sedding Valley
   * Rural Forum:".
   */
  private static final Pattern COMMA_AFFILIATION_THEN_COLON =
      Pattern.compile("^,\\s+[^,:()\"\u201C\u201D]{1,60}:\\s");

  /**
   * What may stand between a turn's label and the source its first sentence reports: a vocative
   * ("Marcus, the union says ...", "Ms Ruiz-Harcourt, the Examiner reported ..."), an article;
   * never a clause ("Because the price assumes what Darius said").
   */
  private static final Pattern OPENS_TURN =
      Pattern.compile(
          "\\s*(?:(?:(?:Mr|Ms|Mrs|Dr)\\.?\\s+)?\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2},\\s*)?"
              + "(?:[Tt]he\\s+)?");

  /** After "X's view is": the view itself, "that ..." or ": ...". */
  private static final Pattern VIEW_CONTENT = Pattern.compile("\\s*(?:that\\b|:)");

  private static final Pattern NAME_CHARACTERS = Pattern.compile("[\\p{L}'\u2019. -]+");

  /**
   * A relative clause still open before a name ("A reader who drives for Ulverstone emails to say
   * ...", "Analysts who cover Norvane think ..."): the name is inside it, and the verb after it is
   * the clause's head's, not the name's.
   */
  private static final Pattern INSIDE_RELATIVE_CLAUSE =
      Pattern.compile("\\b(?:who|whom|whose)\\s+[^,;:()\u2014\u2013\"\u201C\u201D]*$");

  /**
   * "as" right before a name: the clause gives the name of its head ("A shareholder who gave his
   * name only as Colin asked ..."), who is the subject after all.
   */
  private static final Pattern NAMED_AS = Pattern.compile("\\bas\\s+$");

  /** "X added $4 million", "X adds 300 staff": "added" as an action, not a verb of saying. */
  private static final Pattern ADDED_AMOUNT =
      Pattern.compile("(?:,[^,]{1,90},)?\\s+(?:added|adds)\\s+(?:\\p{Sc}|\\d|more\\b|another\\b)");

  /** "the analyst", "The economist": a definite description whose head may be a known role. */
  private static final Pattern DEFINITE_ROLE =
      Pattern.compile("\\b[Tt]he\\s+(?:[\\p{Ll}-]+\\s+){0,2}?([\\p{Ll}][\\p{Ll}-]+)\\b");

  /**
   * The next lower-case word after a description's first: " executive" of "the chief executive".
   */
  private static final Pattern NEXT_LOWER_WORD = Pattern.compile("\\s+([\\p{Ll}][\\p{Ll}-]+)\\b");

  /**
   * A name and a conjunction ending the text before another name: "in Hamburg and " before
   * "Gothenburg", whose preposition governs both.
   */
  private static final Pattern COORDINATED_NAME_AT_END =
      Pattern.compile("(?:\\p{Lu}[\\p{L}'\u2019.-]*\\s+){1,3}(?:and|or|&)\\s+$");

  /** What follows a name that ends an inverted attribution: its clause ends. */
  private static final Pattern CLAUSE_END = Pattern.compile("\\s*(?:[,.;:!?)\u201D\"]|$)");

  /**
   * After an inverted speaker: an optional affiliation, then the clause's end ("..., adds economist
   * Mireille Santos of the Halden Institute.").
   */
  private static final Pattern AFFILIATION_THEN_END =
      Pattern.compile(
          "(?:\\s+(?:of|at|from|with)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}&'\u2019.-]*"
              + "(?:\\s+(?:&|\\p{Lu}[\\p{L}&'\u2019.-]*)){0,3})?"
              // "... in a statement.", "... on a conference call.": where it was said.
              + "(?:\\s+(?:in|on)\\s+(?:a|an|the)\\s+\\p{Ll}+(?:\\s+\\p{Ll}+)?)?"
              + "\\s*(?:[,.;:!?)\u201D\"]|$)");

  /** Just before a word: a quotation opening, the word its first. */
  private static final Pattern QUOTATION_OPENS = Pattern.compile("[\"\u201C\u2018]$");

  /**
   * What may stand before a pronoun pointer in the narrator's own words: nothing, a conjunction or
   * a sentence adverb ("But she added"), a comma or a closing quotation mark ("..., he said").
   */
  private static final Pattern NARRATED_POINTER =
      Pattern.compile("(?:(?:\\p{Lu}\\p{Ll}+,?\\s+)?|.*(?:,|[\u201D\"])\\s+)", Pattern.DOTALL);

  /** A word of small letters: what a predicate has and a parenthetical comma does not. */
  private static final Pattern WORD_BETWEEN = Pattern.compile("\\p{Ll}{2,}");

  /** A comma or colon and space just before a name: it opens a chunk of its own. */
  private static final Pattern COMMA_BEFORE = Pattern.compile("[,:]\\s+$");

  /** A colon or semicolon: where a sentence turns from who speaks to what is said. */
  private static final Pattern CLAUSE_BREAK = Pattern.compile("[:;]");

  /** A pronoun of one person ("he said"). */
  private static final Pattern SINGULAR_PRONOUN =
      Pattern.compile("(?:he|she)\\b", Pattern.CASE_INSENSITIVE);

  /**
   * Right after a name: a relative clause opening (", who looks after ...", ", whose fund, ..."),
   * inside which a later name stands, whatever commas follow: it is not the sentence's subject.
   */
  private static final Pattern RELATIVE_CLAUSE_OPENS =
      Pattern.compile(
          "^\\s*,\\s+(?<pronoun>who|whom|whose)\\b[^;:()\u2014\u2013\"\u201C\u201D]*,\\s+$");

  /** ", but ": where a sentence turns to a second clause. */
  private static final Pattern BUT_CLAUSE = Pattern.compile(",\\s+but\\s+");

  // Compiled once: String.matches compiles its pattern on every call.
  private static final Pattern IN_AT_END = Pattern.compile("\\bin\\s+$", Pattern.CASE_INSENSITIVE);
  private static final Pattern BY_ON_IN_AT_END =
      // "on" only opening the sentence: "Both arguments fall apart on Tallis's own numbers" is the
      // writer testing them.
      Pattern.compile("(?:\\b(?:by|in)|^\\s*on)\\s+$", Pattern.CASE_INSENSITIVE);
  private static final Pattern ONLY_FOR =
      Pattern.compile("^\\s*for\\s+$", Pattern.CASE_INSENSITIVE);
  private static final Pattern LOWER_CASE_NEXT = Pattern.compile("^\\s+\\p{Ll}.*");

  /** A sentence that is one quotation from its first character to its last. */
  private static final Pattern WHOLE_QUOTATION =
      Pattern.compile("^[\"\u201C][^\"\u201C\u201D]+[\"\u201D][.!?]?$");

  /**
   * @param cues the parsed {@code speaker-cues.txt}
   * @param companyCues the parsed {@code company-cues.txt} (names with a corporate suffix are
   *     firms, not people)
   * @param registry the registry
   */
  public SpeakerRules(CueFile cues, CueFile companyCues, Registry registry) {
    this.registry = registry;
    this.forms = new PersonNames(cues, companyCues, registry);
    this.notInitials = new HashSet<>(forms.runOpeningNotNames());
    notInitials.addAll(cues.list("not-initials"));
    notInitials.addAll(companyCues.list("not-names"));
    this.ownVoiceLabels =
        cues.list("own-voice-labels").stream()
            .map(l -> l.toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
    this.nobodyLabels =
        cues.list("nobody-labels").stream()
            .map(l -> l.toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
    this.genders = new GrammaticalGender(cues);
    this.p = new SpeakerPatterns(cues);
    this.roleLabels = new RoleLabels(cues);
    this.statementHeadings = new StatementHeadings(cues);
  }

  /**
   * The document's own voice from its byline: the writer it names, without the role and firm after
   * a comma, the first of several ({@link PersonNames#bylineWriter}).
   *
   * @param byline the byline as the article gives it
   * @return the writer
   */
  public String bylineWriter(String byline) {
    return forms.bylineWriter(byline);
  }

  /**
   * Whether a name opens with a person's title ("Ms Baird", "Mr. Rennie", "Dr Okafor"): a person,
   * never an organisation.
   *
   * @param name a run of capitalised words
   */
  public boolean titledPerson(String name) {
    return forms.opensWithTitle(name);
  }

  /**
   * Starts a document whose own organisations are known (found by {@link CompanyRules}): such a
   * name, or the first word of a two-word one ("Quillon" for "Quillon Labs"), is a source, never a
   * person, even alone at the start of a sentence.
   *
   * @param defaultVoice the byline, else the site, else null
   * @param organisations organisation names the document introduced
   * @return the per-document state, to be fed every sentence in reading order
   */
  public Document forDocument(String defaultVoice, Set<String> organisations) {
    return new Document(defaultVoice, new DocumentOrganisations(organisations));
  }

  /** Speaker state of one document: names introduced so far, the current paragraph's speaker. */
  public final class Document {
    private final String defaultVoice;
    private final DocumentOrganisations organisations;
    private final IntroducedNames names;
    private final SectionWriters sections;
    // The people who spoke so far, and those named, the most recent last: whom a pronoun may
    // point back to.
    private final LinkedHashSet<String> recentSpeakers = new LinkedHashSet<>();
    private final LinkedHashSet<String> recentPeople = new LinkedHashSet<>();
    private final Set<String> sourceOrganisations = new HashSet<>();
    private final RoleLabels.Cast cast = roleLabels.cast();
    // The speakers role labels gave before anyone held the role ("The Witness", "Host"), each
    // with its label: only those become the holder once one is introduced.
    private final Map<String, String> unheldRoles = new HashMap<>();
    private String paragraphPerson;
    private String paragraphLabel;

    /**
     * Who the sentence before reported speaking inside a labelled turn ("... Danuta Rees argued
     * that ..." in a signed letter), for a pronoun in the next one ("In her view, ..."); null when
     * it reported nobody.
     */
    private String reportedInTurn;

    private String lastPerson;
    private String lastSource;
    private LowerCaseWords lowerCaseWords = LowerCaseWords.NONE;
    private String sourceBefore;
    private String itSource;
    private String lastCited;
    // Who issued each kind of document the text named ("memo" -> Halloway Media), so that
    // "according
    // to the memo" later is theirs, whoever spoke in between.
    private final Map<String, String> documentOwners = new HashMap<>();
    private String previousPerson;
    // The person the sentence before named as its speaker, in this paragraph.
    private String namedBefore;
    private String previousOpener;
    private String paragraphMention;
    private String interviewee;
    private boolean questionTurn;
    private boolean quotationOpen;
    private boolean insideQuotation;
    private boolean paragraphFloor;
    private boolean narratorFirstPerson;
    private String sectionWriter;
    // Whether the section's poster is the one its heading says the statement under it is from.
    private boolean statementSection;
    private String poster;
    private boolean blockQuote;
    private boolean emphasisedQuestion;
    private boolean emphasisedQuestions;
    private String signer;
    // The organisation the sentence before opened with as its subject, and the one before that.
    private String subjectBefore;
    private String itSubject;
    // Whether a transcript label ("KIM:") has opened a paragraph of the document.
    private boolean transcript;
    // The people the document says post under a handle ("X posts as @x"), by handle.
    private final Map<String, String> handleOwners = new HashMap<>();
    private final ThreadHandles threadHandles = new ThreadHandles();
    // The handle of the post the current paragraph is, while nobody owns it.
    private String postHandle;
    // Whether the current paragraph is the turn of a label that holds no view ([nobody-labels]).
    private boolean nobodyTurn;
    // A writer's label standing alone above the paragraph that is their post ("X wrote:").
    private String labelAbove;
    // The transcript turn the paragraph before was: a paragraph with no label of its own under the
    // same heading goes on with it (an answer over several paragraphs).
    private String turnBefore;

    private Document(String defaultVoice, DocumentOrganisations organisations) {
      this.defaultVoice = defaultVoice;
      this.organisations = organisations;
      // The author's surname as a transcript label ("PARK:" under the byline Ji-woo Park) is the
      // author: an interviewer's questions are theirs.
      this.names = new IntroducedNames(registry, forms, organisations, defaultVoice);
      this.sections =
          new SectionWriters(
              registry, forms, statementHeadings, organisations, names, this::fullName);
    }

    /** Marks the start of a new paragraph: named speakers no longer carry over silently. */
    public void newParagraph() {
      turnBefore = transcript ? paragraphLabel : null;
      paragraphPerson = null;
      paragraphLabel = null;
      reportedInTurn = null;
      previousOpener = null;
      paragraphMention = null;
      namedBefore = null;
      questionTurn = false;
      quotationOpen = false;
      paragraphFloor = false;
      blockQuote = false;
      emphasisedQuestion = false;
      signer = null;
    }

    /**
     * Gives the paragraph just started the writer whose signature closes it ("— Hollis Barrow,
     * Fenmouth" under a letter, {@code Paragraph.signer}): it is that writer's turn, as a post
     * under its header is its writer's, a source a sentence names winning for that sentence only.
     *
     * @param name the signer as signed
     */
    public void signedBy(String name) {
      String[] words = NameSpan.wordsOf(name);
      if (forms.endsAsFirm(words)
          || !forms.looksLikePersonName(words)
          || organisations.named(name).isPresent()) {
        // "— Dockside staff council, Harbour Porters' Guild" signs for the guild: no person.
        signer = name;
        return;
      }
      names.remember(name);
      signer = fullName(name);
      names.addPerson(signer);
    }

    /**
     * Marks the paragraph just started as an interviewer's question set apart by emphasis instead
     * of a "Q:" label ({@code Block.Kind.QUESTION}): it is the default voice, and from then on
     * every other paragraph is an answer, the interviewee's, as an "A:" turn would be.
     */
    public void interviewQuestion() {
      emphasisedQuestion = true;
      emphasisedQuestions = true;
    }

    /**
     * Marks the paragraph just started as a block quote set off from the author's text ("&gt; Wood
     * costs will squeeze margins."): a rebuttal quotes the person it answers so, point by point,
     * and that person is the one the author named in full last before it.
     */
    public void blockQuote() {
      blockQuote = true;
    }

    /**
     * Learns, before any sentence, the writers of a page of views set side by side ("Drop the
     * lawsuit — Anselm Graye", "Fight it — Beatrix Holm"; {@link
     * SectionWriters#learnPairedWriters}), of statements under their organisations' names and of
     * letters under their writers' names ({@link SectionWriters#learnLetterHeadings}): the section
     * under each heading is that writer's.
     *
     * @param headings the document's section headings, in order
     * @param text the document's sentences, headings apart (asked for only when two headings or
     *     more end with a dash and a name)
     * @param sectionText the sentences under one heading, joined
     */
    public void learnSections(
        List<String> headings, Supplier<String> text, Function<String, String> sectionText) {
      sections.learnPairedWriters(headings, text);
      sections.learnOrganisationHeadings(headings, sectionText);
      sections.learnLetterHeadings(headings);
    }

    /**
     * Learns the bare handles that open the posts of a thread ({@link ThreadHandles}).
     *
     * @param openings the first sentence of each of the document's paragraphs, in order
     */
    public void learnThreadHandles(List<String> openings) {
      threadHandles.learn(openings);
    }

    /**
     * Learns the words the document writes in lower case ({@link LowerCaseWords}): capitalised only
     * because it opens a sentence, such a word ("Landlords questioned ...") is no name.
     *
     * @param words the document's words in lower case
     */
    public void learnLowerCaseWords(LowerCaseWords words) {
      lowerCaseWords = words;
    }

    /**
     * A sentence's runs without a one-word run opening it that the document writes elsewhere in
     * lower case and knows as no name: the word is a common one, capitalised by its place ("Proxy
     * adviser X had recommended ...", "Commercial disputes of this size usually settle").
     */
    private List<NameSpan> withoutCommonOpener(String sentence, List<NameSpan> spans) {
      if (spans.isEmpty() || lowerCaseWords.isEmpty()) {
        return spans;
      }
      NameSpan first = spans.getFirst();
      String word = first.text();
      boolean common =
          first.start() == NameSpan.lead(sentence)
              && word.indexOf(' ') < 0
              && !first.possessive()
              && !sentence.startsWith(":", first.end())
              && lowerCaseWords.writesLowerCase(word)
              && registry.organisation(word).isEmpty()
              && registry.person(word).isEmpty()
              && names.known(word).isEmpty()
              && organisations.named(word).isEmpty();
      return common ? spans.subList(1, spans.size()) : spans;
    }

    /**
     * Learns the names a section heading gives ("The bull case, by Ottilie Brunswick") without
     * attributing anything: a heading is no claim, but the sentences under it call its people by
     * surname or first name only.
     *
     * @param heading the heading's text
     */
    public void learnHeading(String heading) {
      turnBefore = null;
      List<NameSpan> spans = forms.runs(heading);
      learnNames(heading, spans);
      // A social post's header, a call transcript's speaker line or a stamped one: what follows
      // is that one's turn.
      String writer = sections.turnWriter(heading);
      // (A poster is not noted as a person: an organisation posts from its own account too.)
      poster = writer == null ? null : fullName(writer);
      if (writer != null && roleLabels.role(writer).isPresent()) {
        // "[00:01:02] THE WITNESS:" over its turn: a role label like any other.
        poster = castMember(writer).orElse(RoleLabels.readable(writer));
        noteUnheld(writer, poster);
      }
      // "The bull case, by Ottilie Brunswick": the section is that person's case.
      sectionWriter = sections.byWriter(heading, spans);
      if (poster == null) {
        // "Yes — Mira Solt": the section is its writer's voice, as a post is its poster's.
        poster = sections.writerAtEnd(heading, spans);
      }
      statementSection = false;
      if (poster == null) {
        // "Statement from the Carriers Association", "Aurelia's response": so is a statement's.
        poster = sections.statementWriter(heading);
        statementSection = poster != null;
      }
      if (poster == null) {
        // "Proposing: Amara Quist, director of policy, ...": a writer of views set side by side.
        poster = sections.writerWithRole(heading);
      }
      if (poster == null) {
        // "From Agnes Pellow, Saltings Lane": a letter under its writer's name.
        poster = sections.letterWriter(heading);
      }
      if (poster == null) {
        // "Quist replies": a person the document has named replies in the section under it.
        poster = replyWriter(heading);
      }
    }

    /** The person a heading "Quist replies" names, when the document has named them as one. */
    private String replyWriter(String heading) {
      Matcher m = p.replyHeading.matcher(heading.strip());
      if (!m.matches()) {
        return null;
      }
      String name = fullName(m.group(1));
      return name != null && (names.isPerson(name) || sections.isPairedWriter(name)) ? name : null;
    }

    /**
     * The people an appositive gave a role so far ("Lena Park, a credit analyst at Northvale,"):
     * surely people, whatever cue of an organisation stands near their name.
     */
    public Set<String> peopleWithRoles() {
      return names.peopleWithRoles();
    }

    /**
     * The person whose name opened the last sentence read as its subject ("Ann Obi, a planner in
     * Ashby, is warier."), whether or not it made them its speaker; empty when none did.
     */
    public Optional<String> lastOpener() {
      return Optional.ofNullable(previousOpener);
    }

    /**
     * Whether a sentence introduces whoever opens it, no more: it reports no figure or date and
     * quotes nobody ("X was more blunt.", "X saw it differently.").
     *
     * @param sentence the sentence
     * @return true for a bare introduction
     */
    public boolean barelyIntroduces(String sentence) {
      return !p.reportedFact.matcher(sentence).find() && !QuotationRuns.hasMark(sentence);
    }

    /** The people this document has named so far (canonical names): never organisations. */
    public Set<String> people() {
      return names.people();
    }

    /**
     * The names read so far in a place only an organisation speaks from ("A Quillon spokesperson
     * said", "Analysts at Dunmere & Pike said"), as written there, whether or not the sentence took
     * them as its speaker: a firm, even when another sentence made the same name look like a
     * person's.
     */
    public Set<String> sourceOrganisations() {
      return Collections.unmodifiableSet(sourceOrganisations);
    }

    /**
     * The speaker of the next sentence.
     *
     * @param sentence the sentence
     * @param paragraphStart true for the first sentence of a paragraph
     * @return its attribution
     */
    public Attribution next(String sentence, boolean paragraphStart) {
      // Only the sentence right after an organisation's can go on as "it" ("Its response says").
      itSource = sourceBefore;
      sourceBefore = null;
      itSubject = subjectBefore;
      subjectBefore = null;
      // The sentence's name runs, read once for learning names and for finding the speaker.
      List<NameSpan> spans = withoutCommonOpener(sentence, forms.runs(sentence));
      learnNames(sentence, spans);
      learnDocumentOwners(sentence, spans);
      insideQuotation = quotationOpen;
      int balance = QuotationRuns.balance(sentence);
      if (balance != 0) {
        quotationOpen = balance > 0;
      }
      Attribution a = attribute(sentence, spans, paragraphStart);
      learnHandleOwner(sentence);
      if (a.explicit()
          && names.isPerson(a.speaker())
          && p.sectionIntroduction.matcher(sentence.strip()).matches()) {
        // "Anneliese Corwen, chief customer officer at Stellmark Bank, responds.", "We offered
        // Quillon a right of reply. Its chairman, Edmund Carrow-Vance, responds.": the rest of
        // the section is theirs, as under a heading naming its writer.
        poster = a.speaker();
      }
      if (paragraphLabel != null && unheldRoles.containsKey(paragraphLabel)) {
        // "HOST: Good evening, I'm Tamsin Roe.": the role's holder introduces themselves.
        roleLabels
            .role(unheldRoles.get(paragraphLabel))
            .ifPresent(role -> cast.learnSelf(role, sentence));
      }
      if (!a.attributed()
          && outsideQuotation(sentence)
          && p.narratorWord.matcher(sentence).find()) {
        // The narrator has spoken in the first person: "I" and "we" outside quotations are theirs.
        narratorFirstPerson = true;
      }
      boolean person = a.attributed() && names.isPerson(a.speaker());
      previousPerson = person ? a.speaker() : null;
      namedBefore = person && a.explicit() ? a.speaker() : null;
      previousOpener = opener(sentence, spans).orElse(null);
      subjectBefore = organisationOpener(sentence, spans).orElse(null);
      mentionedPerson(spans).ifPresent(m -> paragraphMention = m);
      learnGenders(sentence, spans, a);
      return a;
    }

    /**
     * Learns the gender titles give people ("Mr. Ochoa", "Ms Park"), then notes who was named or
     * spoke, most recent last.
     */
    private void learnGenders(String sentence, List<NameSpan> spans, Attribution a) {
      List<String> named = new ArrayList<>();
      for (NameSpan span : spans) {
        String name = names.withFullName(span.text());
        genders.ofTitleOpening(sentence, span.start()).ifPresent(g -> names.noteGender(name, g));
        if (!span.possessive() && (names.isPerson(name) || names.hasFullNameForm(name))) {
          named.add(name);
        }
      }
      boolean speaks = a.explicit() && a.attributed() && names.isPerson(a.speaker());
      if (speaks) {
        recentSpeakers.remove(a.speaker());
        recentSpeakers.add(a.speaker());
      }
      for (String name : named) {
        recentPeople.remove(name);
        recentPeople.add(name);
      }
    }

    /**
     * The person a gendered pronoun points back to when the one the rules chose was given the other
     * gender ("Park said she ..." then "He added" after her): the most recent speaker the text gave
     * the pronoun's gender, else the most recent person named; else the rules' choice.
     */
    private String agreeing(String back, String pronoun) {
      Optional<GrammaticalGender.Gender> wanted = genders.ofPronoun(pronoun);
      Optional<GrammaticalGender.Gender> has = names.gender(back);
      if (wanted.isEmpty() || has.isEmpty() || has.equals(wanted)) {
        return back;
      }
      for (LinkedHashSet<String> recent : List.of(recentSpeakers, recentPeople)) {
        List<String> order = new ArrayList<>(recent);
        for (int i = order.size() - 1; i >= 0; i--) {
          if (names.gender(order.get(i)).equals(wanted)) {
            return order.get(i);
          }
        }
      }
      return back;
    }

    /**
     * The name run that opens a sentence as its subject: the first, at the sentence's lead, not a
     * possessive, followed by an appositive's comma or a small-letter word ("Mara Lindqvist, the
     * fund's manager, is buying.", "Crestfield Credit cut ...").
     */
    private static Optional<NameSpan> subject(String sentence, List<NameSpan> spans) {
      if (spans.isEmpty()) {
        return Optional.empty();
      }
      NameSpan first = spans.get(0);
      String after = sentence.substring(first.end());
      boolean subject =
          first.start() == NameSpan.lead(sentence)
              && !first.possessive()
              && (after.startsWith(",") || LOWER_CASE_NEXT.matcher(after).matches());
      return subject ? Optional.of(first) : Optional.empty();
    }

    /**
     * The organisation of the document whose name opens a sentence as its subject ({@link
     * #subject}): what a following "it" refers to.
     */
    private Optional<String> organisationOpener(String sentence, List<NameSpan> spans) {
      return subject(sentence, spans).flatMap(first -> organisations.named(first.text()));
    }

    /**
     * The person whose name opens a sentence as its subject ({@link #subject}), whether or not the
     * sentence makes them its speaker: the antecedent of a pronoun opening the next sentence of the
     * paragraph ("She thinks ...") when nobody speaks there yet.
     */
    private Optional<String> opener(String sentence, List<NameSpan> spans) {
      Optional<NameSpan> subject = subject(sentence, spans);
      if (subject.isEmpty()) {
        return Optional.empty();
      }
      NameSpan first = subject.get();
      String[] words = NameSpan.wordsOf(first.text());
      if (words.length > 3
          || !forms.looksLikePersonName(words)
          || registry.knows(first.text()) && registry.person(first.text()).isEmpty()
          || organisations.named(first.text()).isPresent()
          || forms.endsAsFirm(words)) {
        return Optional.empty();
      }
      if (words.length == 1) {
        return names.known(first.text());
      }
      return Optional.of(first.text());
    }

    /**
     * The last person a sentence names, speaking or not ("Reader Ann Obi emails to say ...", "The
     * fund's manager, Ann Obi, is buying", "Obi's central claim is ..." once Ann Obi was named in
     * full): the antecedent of "he" or "she" later in the paragraph when nobody has spoken there,
     * before a speaker of an earlier paragraph.
     */
    private Optional<String> mentionedPerson(List<NameSpan> spans) {
      String found = null;
      for (NameSpan span : spans) {
        if (!span.possessive() && names.hasFullNameForm(span.text())) {
          found = span.text();
        } else if (names.isPerson(span.text())) {
          found = span.text();
        } else {
          // "Coyle visited 38 homes.", "Coyle's central claim is ...": a surname the document gave
          // in full before is that person
          String full = fullName(span.text());
          if (!full.equals(span.text()) && names.hasFullNameForm(full)) {
            found = full;
          }
        }
      }
      return Optional.ofNullable(found);
    }

    private Attribution attribute(String sentence, List<NameSpan> spans, boolean paragraphStart) {
      if (paragraphStart) {
        nobodyTurn = false;
      } else if (nobodyTurn) {
        return new Attribution(defaultVoice, false, false);
      }
      Optional<Attribution> interview = interviewTurn(sentence, paragraphStart);
      if (interview.isPresent()) {
        return questionTurn
            ? reportedInQuestion(sentence, spans, paragraphStart, interview.get())
            : interview.get();
      }
      Optional<Attribution> quoted = blockQuoted(sentence, spans, paragraphStart);
      if (quoted.isPresent()) {
        return quoted.get();
      }
      if (paragraphStart) {
        String above = labelAbove;
        labelAbove = null;
        Optional<String> writer = postWriter(sentence);
        if (writer.isPresent()) {
          if (p.postLabel.matcher(sentence.strip()).matches()) {
            // "gearhound77 wrote:" on a line of its own: the paragraph under it is the post.
            labelAbove = writer.get();
          }
          paragraphLabel = writer.get();
          paragraphPerson = paragraphLabel;
          lastPerson = paragraphLabel;
          postHandle = handleOwners.containsKey(paragraphLabel) ? null : paragraphLabel;
          return new Attribution(paragraphLabel, true, true);
        }
        postHandle = null;
        String turn = signer != null ? signer : above != null ? above : poster;
        if (turn != null
            && signer == null
            && statementSection
            && statementHeadings.introduces(sentence)) {
          // "The following letter was received ...": the page introducing the statement.
          turn = null;
        }
        if (turn != null) {
          // A post under its header, or a signed letter, is its writer's turn, like a transcript
          // label's: a source the post names wins for that sentence only.
          paragraphLabel = turn;
          paragraphPerson = turn;
          lastPerson = turn;
        }
      }
      Optional<Candidate> named = named(sentence, spans, paragraphStart);
      if (paragraphStart
          && paragraphLabel == null
          && turnBefore != null
          && !isLabel(named)
          && names.isPerson(turnBefore)
          && !OWN_PREFIX.matcher(sentence).lookingAt()
          && p.narratorWord.matcher(sentence).find()) {
        // "ELLORY: Thank you. ... / Today I want to explain ...": a person's turn goes on over the
        // paragraphs after its label that open in the first person ([narrator-words]), until
        // another label or a heading; narration ("The hosts did not agree.") ends it, and so
        // does a paragraph with a prefix of its own ("Our note: ...", "From the floor: ...",
        // "11/").
        paragraphLabel = turnBefore;
        paragraphPerson = turnBefore;
      }
      if (paragraphLabel != null && !paragraphStart && isLabel(named)) {
        // "DUNSTABLE: Why cut two clubs? FAIRWEATHER-NGATA: Because ...": a turn inside the
        // paragraph of another.
        paragraphLabel = named.get().entity().name();
        paragraphPerson = paragraphLabel;
        lastPerson = paragraphLabel;
        reportedInTurn = null;
        return new Attribution(paragraphLabel, true, true);
      }
      if (paragraphLabel != null) {
        // A transcript turn is its label's, unless a sentence of it names who said what it
        // reports ("ANCHOR: ... X said this morning it will ...").
        boolean reported = named.isPresent() && reportsInTurn(sentence, named.get());
        if (reported) {
          reportedInTurn = named.get().entity().name();
          return new Attribution(reportedInTurn, true, true);
        }
        Optional<String> document =
            named.isEmpty() ? pointedDocumentOwner(sentence) : Optional.empty();
        if (document.isPresent()) {
          // "..., the study found.": a document the turn points back to speaks for its owner.
          return new Attribution(document.get(), true, true);
        }
        String before = reportedInTurn;
        reportedInTurn = null;
        if (before != null && named.isEmpty() && continuesReport(sentence)) {
          // "... X argued that .... In her view, ...": the pronoun is the one just reported, not
          // the turn's writer (who would say "I" or "we").
          reportedInTurn = before;
          return new Attribution(before, true, true);
        }
        return new Attribution(paragraphLabel, true, false);
      }
      if (isLabel(named) && nobodysTurn(named.get())) {
        // "OPERATOR: Our next question comes from ...": no one's view, so the document's own
        // voice (the contract's rule 3), not a speaker called Operator.
        transcript = true;
        paragraphLabel = null;
        nobodyTurn = true;
        return new Attribution(defaultVoice, false, false);
      }
      if (isLabel(named)) {
        transcript = true;
        paragraphLabel = named.get().entity().name();
        paragraphPerson = paragraphLabel;
        lastPerson = paragraphLabel;
        Optional<Candidate> reported = reportedAfterLabel(sentence, spans, named.get());
        if (reported.isPresent()) {
          // "MARCHETTI: Ostrava said it would ...": the turn's first sentence reports a source, as
          // any sentence of the turn may.
          reportedInTurn = reported.get().entity().name();
          return new Attribution(reportedInTurn, true, true);
        }
        return new Attribution(paragraphLabel, true, true);
      }
      Matcher pointer = p.pronounPointer.matcher(sentence);
      // Searched only when the index finds it: the same answer, cheaper where there is none.
      boolean pointsBack = p.mayPointBack.find(sentence) && pointer.find();
      boolean namedFirst =
          named.isPresent()
              && (!pointsBack
                  || named.get().position() < pointer.start()
                      && !taggedAfter(sentence, named.get().position(), pointer));
      if (named.isPresent() && (namedFirst || named.get().position() > butClause(sentence))) {
        Entity e = named.get().entity();
        if (named.get().how() == How.CITED) {
          lastCited = e.name();
        }
        if (e.role() == Role.PERSON) {
          paragraphPerson = e.name();
          lastPerson = e.name();
          // "X of Y writes: I have ...": words introduced by a colon hold the paragraph's floor.
          paragraphFloor = sentence.indexOf(':', named.get().position()) >= 0;
        } else {
          lastSource = e.name();
          sourceBefore = e.name();
        }
        return new Attribution(e.name(), true, true);
      }
      if (named.isEmpty() && itSource != null && p.itPointer.matcher(sentence).find()) {
        // "Calloway argues ... Its response says ...": the organisation goes on.
        sourceBefore = itSource;
        return new Attribution(itSource, true, true);
      }
      if (named.isEmpty() && itSubject != null && p.itPointer.matcher(sentence).find()) {
        // "Crestfield Credit cut the bonds to junk. It said ...": "it" is the organisation the
        // sentence before was about, as its subject.
        sourceBefore = itSubject;
        return new Attribution(itSubject, true, true);
      }
      Optional<String> byRole = named.isEmpty() ? roleReference(sentence) : Optional.empty();
      if (byRole.isPresent()) {
        paragraphPerson = byRole.get();
        lastPerson = byRole.get();
        return new Attribution(byRole.get(), true, true);
      }
      if (named.isEmpty()
          && !pointsBack
          && (p.unnamedHolders.matcher(sentence).find()
              || p.pluralHolders.matcher(sentence).lookingAt())) {
        // "Some bankers worry that ...": a view held by people the text does not name is not the
        // paragraph's speaker's; the author reports it.
        paragraphPerson = null;
        return new Attribution(defaultVoice, false, false);
      }
      if (named.isEmpty() && !pointsBack) {
        Optional<Attribution> implied = implied(sentence, paragraphStart);
        if (implied.isPresent()) {
          return implied.get();
        }
      }
      if (pointsBack) {
        Optional<String> back = pointedBack(sentence, spans, pointer, named.isEmpty());
        if (back.isPresent()) {
          paragraphPerson = back.get();
          return new Attribution(back.get(), true, true);
        }
      }
      Optional<String> owner = pointedDocumentOwner(sentence);
      if (owner.isPresent()) {
        return new Attribution(owner.get(), true, true);
      }
      String cited = lastCited != null ? lastCited : lastSource;
      if (cited != null && p.reportPointer.matcher(sentence).find()) {
        return new Attribution(cited, true, true);
      }
      if (paragraphPerson != null && narratorResumes(sentence)) {
        // The narrator takes the floor back: the paragraph's speaker carries no further.
        paragraphPerson = null;
      }
      if (paragraphPerson != null) {
        return new Attribution(paragraphPerson, true, false);
      }
      return new Attribution(defaultVoice, false, false);
    }

    /**
     * Notes who issued the documents a sentence names: "Halloway Media's memo", "a report by Grey
     * Heron Research", "Brackwater published an order announcement". The latest owner of a kind
     * wins.
     */
    private void learnDocumentOwners(String sentence, List<NameSpan> spans) {
      for (NameSpan span : spans) {
        String after = sentence.substring(span.end());
        Matcher m =
            span.possessive()
                ? p.ownedDocumentAfter.matcher(after)
                : p.documentPublished.matcher(after);
        if (m.lookingAt()) {
          documentOwners.put(m.group(1).toLowerCase(Locale.ROOT), ownerName(span.text()));
          continue;
        }
        if (span.possessive() || !byOrFromJustBefore(sentence, span.start())) {
          continue;
        }
        Matcher before = p.documentBefore.matcher(sentence).region(0, span.start());
        if (before.find()) {
          documentOwners.put(before.group(1).toLowerCase(Locale.ROOT), ownerName(span.text()));
        }
      }
    }

    /**
     * Whether "by" or "from" is one of the last four words before a place: "a report by the
     * consultancy Grey Heron" can then end there. Most names have neither, and searching the whole
     * text before each of them for a document's noun took a twentieth of the extraction's time.
     */
    private static boolean byOrFromJustBefore(String sentence, int at) {
      int end = at;
      for (int words = 0; words < 4; words++) {
        while (end > 0 && Character.isWhitespace(sentence.charAt(end - 1))) {
          end--;
        }
        int start = end;
        while (start > 0 && !Character.isWhitespace(sentence.charAt(start - 1))) {
          start--;
        }
        if (start == end) {
          return false;
        }
        String word = sentence.substring(start, end);
        if (word.equalsIgnoreCase("by") || word.equalsIgnoreCase("from")) {
          return true;
        }
        end = start;
      }
      return false;
    }

    /** "according to the memo", "the report also found": who issued that kind of document. */
    private Optional<String> pointedDocumentOwner(String sentence) {
      if (documentOwners.isEmpty()) {
        return Optional.empty();
      }
      Matcher m = p.pointedDocument.matcher(sentence);
      if (!m.find()) {
        return Optional.empty();
      }
      String kind = m.group(1) != null ? m.group(1) : m.group(2);
      return Optional.ofNullable(documentOwners.get(kind.toLowerCase(Locale.ROOT)));
    }

    /** A document's owner as the document calls it elsewhere, without learning anything. */
    private String ownerName(String text) {
      String surname = names.bySurname(text);
      if (surname != null) {
        return surname;
      }
      return registry
          .organisation(text)
          .map(Registry.Organisation::name)
          .or(() -> organisations.named(text))
          .orElse(text);
    }

    /**
     * Whether a sentence goes on with the words of someone the sentence before reported, by a
     * pronoun pointer where the narrator attributes ("In her view, ...", "She added that ..."),
     * outside any quotation.
     */
    private boolean continuesReport(String sentence) {
      Matcher pointer = p.pronounPointer.matcher(sentence);
      return p.mayPointBack.find(sentence)
          && pointer.find()
          && narratedAt(sentence, pointer.start());
    }

    /**
     * Whether a singular pronoun's verb of saying tags the clause before it, set off by a comma
     * ("Haddad Farrant gave away its customers, he said."): the tag says whose the sentence is, so
     * a name inside the clause is what is reported, not who reports it.
     */
    private boolean taggedAfter(String sentence, int name, Matcher pointer) {
      return SINGULAR_PRONOUN.matcher(pointer.group()).lookingAt()
          // "Marsh is unmoved: formula is where ..., she says": the name introduced the words.
          && !CLAUSE_BREAK.matcher(sentence).region(name, pointer.start()).find()
          && setOffByComma(sentence, pointer)
          && narratedAt(sentence, pointer.start());
    }

    /** Whether a comma (or colon) sets the pronoun's tag off from the words before it. */
    private static boolean setOffByComma(String sentence, Matcher pointer) {
      return COMMA_BEFORE.matcher(sentence).region(0, pointer.start()).find();
    }

    /**
     * Whether a pronoun pointer at this position stands where the narrator attributes: opening the
     * sentence ("She added ..."), or after a comma or a closing quotation mark ("..., he said"),
     * never inside a quotation (there "he" is whoever the speaker talks about).
     */
    private boolean narratedAt(String sentence, int pointerStart) {
      return !insideQuotation
          && !QuotationRuns.quotedAt(sentence, pointerStart)
          && NARRATED_POINTER.matcher(sentence.substring(0, pointerStart)).matches();
    }

    /**
     * Whom a pronoun pointer ("he said", "in her view") points back to: the paragraph's speaker,
     * else (for "he" or "she") the person who opened the sentence before or was named in the
     * paragraph, else the last person who spoke; then the sentence's own subject if it is a person
     * named in full before the pronoun ({@link #ownSubject}), and a person of the pronoun's gender
     * ({@link #agreeing}). Empty when nobody was named yet.
     */
    private Optional<String> pointedBack(
        String sentence, List<NameSpan> spans, Matcher pointer, boolean nobodyNamed) {
      // "They" is as often a group as the person just named; "he" and "she" are a person.
      boolean singular = !pointer.group().toLowerCase(Locale.ROOT).startsWith("the");
      String back =
          paragraphPerson != null
              ? paragraphPerson
              : previousOpener != null && singular
                  ? previousOpener
                  : paragraphMention != null && singular ? paragraphMention : lastPerson;
      if (back == null) {
        return Optional.empty();
      }
      if (singular && nobodyNamed) {
        Optional<String> own = ownSubject(sentence, spans, pointer);
        if (own.isPresent()) {
          names.introduce(own.get());
          back = own.get();
        }
      }
      String pronoun = pointer.group().split("\\s+", 2)[0];
      // Inside a quotation "he" is whoever the speaker talks about, not the speaker. Nor does a
      // pronoun choose when the sentence has pronouns of both genders ("Every law she cited, he
      // said, ...": the first pointer found is not the speaker's). Only a pronoun where the
      // narrator's attributions stand counts: opening the sentence ("She added ...") or after a
      // comma or a closing quotation ("..., he said").
      boolean narrated =
          narratedAt(sentence, pointer.start())
              && genders.ofSentence(sentence).equals(genders.ofPronoun(pronoun));
      String agreeing = narrated ? agreeing(back, pronoun) : back;
      if (narrated
          && agreeing.equals(back)
          && back.equals(namedBefore)
          && nobodyNamed
          && names.gender(back).isEmpty()) {
        // "Park said ... . She added ...": the pronoun's gender is that of the one just named.
        genders.ofPronoun(pronoun).ifPresent(g -> names.noteGender(namedBefore, g));
      }
      return Optional.of(agreeing);
    }

    /**
     * The sentence's own subject, when a person named in full opens it and a predicate stands
     * between it and the pronoun ("Lena Park joined the board and said she expects ..."): the
     * pronoun is that subject, not someone named before. Empty when the pronoun is set off right
     * after the subject ("Pryce, he says, has ...": someone else's aside about it) or quoted.
     */
    private Optional<String> ownSubject(String sentence, List<NameSpan> spans, Matcher pointer) {
      if (spans.isEmpty() || QuotationRuns.quotedAt(sentence, pointer.start())) {
        return Optional.empty();
      }
      int subjectEnd = spans.get(0).end();
      boolean predicate =
          WORD_BETWEEN
              .matcher(sentence)
              .region(subjectEnd, Math.max(subjectEnd, pointer.start()))
              .find();
      if (setOffByComma(sentence, pointer)) {
        // "Haddad Farrant gave away its customers, he said": an attribution set off after the
        // clause reports someone else's words about its subject.
        return Optional.empty();
      }
      return predicate ? opener(sentence, spans).filter(names::hasFullNameForm) : Optional.empty();
    }

    /**
     * Whether a sentence that names no speaker and points back to none is the narrator's rather
     * than the paragraph's speaker's continued argument (rule 2 carries a speaker over only while
     * the sentence goes on with their words). Outside a quotation, it is the narrator's when it
     * speaks in the first person in a document whose narrator has already done so ("I think the
     * target is achievable", "We take him at his word"), or when it opens with a subject of its own
     * and reports a figure or a date ("The state nursing board licensed 2,400 more nurses last
     * year"), unless that subject describes the speaker with a verb of saying ("The firm sees
     * ..."), or when its subject is a demonstrative weighing what was said ("That is true, but
     * ...", "Those results are the event to watch"; {@code [demonstrative-subjects]}) with no
     * pronoun of the speaker's and no verb of saying in it. A transcript turn, a post and an
     * interview's answer never reach here: their label speaks for the whole turn. The speaker keeps
     * the floor for words introduced by a colon ("X writes: I have ...") and in a section whose
     * heading names its writer ("The bull case, by X").
     */
    private boolean narratorResumes(String sentence) {
      if (!outsideQuotation(sentence) || paragraphFloor || paragraphPerson.equals(sectionWriter)) {
        return false;
      }
      boolean firstPerson = narratorFirstPerson && p.narratorWord.matcher(sentence).find();
      boolean ownSubject =
          p.determinerSubject.matcher(sentence).lookingAt()
              && !p.describedSpeaker.matcher(sentence).lookingAt()
              && p.reportedFact.matcher(sentence).find();
      // "That is true, but ...", "That assumes the plant opens on time.": a demonstrative subject
      // answering what was just said is the narrator weighing it, unless the speaker is still in
      // the sentence ("That makes her bullish", "That works out to 15%, the panel said").
      boolean weighsWhatWasSaid =
          p.demonstrativeSubject.matcher(sentence).lookingAt()
              && !p.describedSpeaker.matcher(sentence).lookingAt()
              && !p.speakerStillThere.matcher(sentence).find();
      // "Aurelia shares rose 6% on Monday." after an analyst's words: the market, not the analyst.
      boolean marketMove =
          p.marketSubject.matcher(sentence).lookingAt() && p.reportedFact.matcher(sentence).find();
      return firstPerson || ownSubject || weighsWhatWasSaid || marketMove;
    }

    /** Whether a sentence neither stands in an open quotation nor has a quotation mark. */
    private boolean outsideQuotation(String sentence) {
      return !insideQuotation && !QuotationRuns.hasMark(sentence);
    }

    /**
     * The words of a block quote that neither names anyone nor marks a quotation of its own: those
     * of the person named in full last before it, the one the author is quoting; empty outside
     * block quotes, under a post's or a turn's label, or when no person was named yet.
     */
    private Optional<Attribution> blockQuoted(
        String sentence, List<NameSpan> spans, boolean paragraphStart) {
      String lastNamedInFull = names.lastNamedInFull();
      if (!blockQuote
          || signer != null
          // A post quoted under its writer's label ("@ledgerwolf: ...") is the writer's.
          || paragraphLabel != null
          || paragraphStart && p.postLabel.matcher(sentence).lookingAt()
          || lastNamedInFull == null
          || organisations.named(lastNamedInFull).isPresent()
          || registry.organisation(lastNamedInFull).isPresent()
          || QuotationRuns.hasMark(sentence)
          || named(sentence, spans, false).isPresent()) {
        return Optional.empty();
      }
      // Not noted as a person: the one quoted may be a firm ("Lumora Learning today reports ...").
      paragraphPerson = lastNamedInFull;
      lastPerson = lastNamedInFull;
      return Optional.of(new Attribution(lastNamedInFull, true, false));
    }

    /**
     * A question is the interviewer's, unless, as a statement, it names who said what it puts to
     * the interviewee ("Q: Gideon Rusk of Pellam Ash told me last week that ..."): that source, for
     * this sentence only, as a transcript turn reports one.
     */
    private Attribution reportedInQuestion(
        String sentence, List<NameSpan> spans, boolean paragraphStart, Attribution question) {
      if (sentence.strip().endsWith("?")) {
        // "Q: Why 38, when Oberlin says it will sell at 24?": the interviewer asks.
        return question;
      }
      Matcher label = p.questionLabel.matcher(sentence);
      int content = label.lookingAt() ? label.end() : 0;
      // The label is not a name: reading it as one would learn "Q" as a person.
      List<NameSpan> asked = spans.stream().filter(span -> span.start() >= content).toList();
      Optional<Candidate> named = named(sentence, asked, paragraphStart);
      if (named.isEmpty()
          || named.get().how() == How.LABEL
          || !named.get().strong()
          || p.commitment.matcher(sentence.substring(named.get().position())).find()) {
        return question;
      }
      return new Attribution(named.get().entity().name(), true, true);
    }

    /**
     * An interview set as "Q:" and "A:" turns: the questions are the author's (the default voice),
     * the answers are the person the document introduced as interviewed ("We spoke with X"), or
     * else the person named in full last before the first question.
     */
    private Optional<Attribution> interviewTurn(String sentence, boolean paragraphStart) {
      Matcher intro = p.interviewIntro.matcher(sentence);
      // Searched only when the index finds it: the same answer, cheaper where there is none.
      if (p.mayIntroduceInterview.find(sentence) && intro.find()) {
        String named = names.withFullName(intro.group(1));
        if (named.contains(" ")) {
          interviewee = named;
          names.introduce(interviewee);
        }
      }
      if (paragraphStart && (emphasisedQuestion || p.questionLabel.matcher(sentence).lookingAt())) {
        questionTurn = true;
        if (interviewee == null && names.lastNamedInFull() != null) {
          // No "we spoke with X": the one answering is the person the introduction named last
          // ("Peter Lorne runs the consumer fund at Haldane. ... Q: ..."), never the author.
          interviewee = names.lastNamedInFull();
          names.introduce(interviewee);
        }
      }
      boolean answer = interviewee != null && p.answerLabel.matcher(sentence).lookingAt();
      if (questionTurn && !paragraphStart && answer) {
        // "Q: Why 38? A: Because ...": the answer follows its question in the same paragraph.
        questionTurn = false;
      }
      if (questionTurn) {
        return Optional.of(new Attribution(defaultVoice, false, false));
      }
      if (paragraphStart && interviewee != null && emphasisedQuestions) {
        // Under questions set in bold, an answer carries no label: every other paragraph is the
        // interviewee's turn, a source a sentence of it names winning for that sentence only.
        paragraphLabel = interviewee;
        paragraphPerson = interviewee;
        lastPerson = interviewee;
        return Optional.empty();
      }
      if (answer && (paragraphStart || paragraphLabel == null)) {
        paragraphLabel = interviewee;
        paragraphPerson = interviewee;
        lastPerson = interviewee;
        return Optional.of(new Attribution(interviewee, true, true));
      }
      return Optional.empty();
    }

    /**
     * The writer of a post or letter that opens the paragraph ("ridgeline_ev wrote:"): a handle is
     * kept as written; a name resolves like any other (a surname to the full name given earlier).
     */
    private Optional<String> postWriter(String sentence) {
      Matcher m = p.postLabel.matcher(sentence);
      if (m.lookingAt()) {
        return writerOf(SpeakerPatterns.postWriter(m), m.end(), sentence);
      }
      // "ridgeline_commuter: Voltaro has recalled ...": a thread's bare handle.
      return threadHandles
          .opening(sentence)
          .flatMap(handle -> writerOf(handle, sentence.indexOf(':') + 1, sentence));
    }

    /** A post's writer from its label's handle or name, the post's text starting at {@code end}. */
    private Optional<String> writerOf(String writer, int end, String sentence) {
      Matcher self = SELF_INTRODUCTION.matcher(sentence).region(end, sentence.length());
      if (self.find() && forms.looksLikePersonName(NameSpan.wordsOf(self.group(1)))) {
        // "marisela_bowlful wrote: Hi everyone, I'm Marisela Quispe, and ...": the handle is hers.
        handleOwners.putIfAbsent(writer, self.group(1));
      }
      String owner = handleOwners.get(writer);
      if (owner != null) {
        return Optional.of(owner);
      }
      if (forms.runOpeningNotNames().contains(writer)
          || p.pronounPointer.matcher(writer).matches()) {
        return Optional.empty();
      }
      if (Character.isUpperCase(writer.codePointAt(0))
          && NAME_CHARACTERS.matcher(writer).matches()) {
        NameSpan span = new NameSpan(0, writer.length(), writer, false);
        Optional<Entity> e = resolve(span, true);
        if (e.isPresent()) {
          return Optional.of(e.get().name());
        }
      }
      return Optional.of(writer);
    }

    /**
     * Speakers no name gives: a paragraph that is nothing but a quotation, right after a sentence
     * of a named person, is that person's (a pull quote after "X put it bluntly:"); a joint subject
     * ("Both hosts agreed ...") is the speaker named last.
     */
    private Optional<Attribution> implied(String sentence, boolean paragraphStart) {
      if (paragraphStart && previousPerson != null && WHOLE_QUOTATION.matcher(sentence).matches()) {
        paragraphPerson = previousPerson;
        return Optional.of(new Attribution(previousPerson, true, true));
      }
      if (lastPerson != null && p.jointSubject.matcher(sentence).find()) {
        paragraphPerson = lastPerson;
        return Optional.of(new Attribution(lastPerson, true, true));
      }
      return Optional.empty();
    }

    /**
     * "furrow_and_fen wrote: ... I'm Gwen Talley and I grow wheat": a post's writer naming
     * themselves owns the handle, in the posts before as after ({@link #fullName}).
     */
    private void learnHandleOwner(String sentence) {
      if (postHandle == null) {
        return;
      }
      Matcher m = p.postLabel.matcher(sentence);
      int start = m.lookingAt() ? m.end() : 0;
      Matcher self = SELF_NAMING.matcher(sentence.substring(start).strip());
      if (!self.lookingAt()) {
        return;
      }
      String name = self.group(1) != null ? self.group(1) : self.group(2);
      if (forms.looksLikePersonName(NameSpan.wordsOf(name))) {
        handleOwners.putIfAbsent(postHandle, name);
        postHandle = null;
      }
    }

    /** Learns a sentence's names and the role labels' holders it introduces. */
    private void learnNames(String sentence, List<NameSpan> spans) {
      cast.learn(sentence);
      names.learn(sentence, spans);
      if (sentence.indexOf('@') >= 0) {
        Matcher owner = p.handleOwner.matcher(sentence);
        while (owner.find()) {
          handleOwners.put(owner.group(2), owner.group(1));
        }
      }
    }

    /**
     * Whether the text before a name ends with a preposition whose object the name is ("... of
     * Castlegate", "in Hamburg and Gothenburg"): a name so governed is no subject.
     */
    private boolean objectOfPreposition(String before) {
      if (p.objectOfPreposition.find(before)) {
        return true;
      }
      if (!before.endsWith(" and ") && !before.endsWith(" or ") && !before.endsWith(" & ")) {
        return false;
      }
      Matcher m = COORDINATED_NAME_AT_END.matcher(before);
      return m.find() && p.objectOfPreposition.find(before.substring(0, m.start()));
    }

    /** "The analyst argues ...", "..., the economist said": a role given earlier to someone. */
    private Optional<String> roleReference(String sentence) {
      if (!names.anyRoles()) {
        return Optional.empty();
      }
      Matcher m = DEFINITE_ROLE.matcher(sentence);
      while (m.find()) {
        Optional<String> holder = names.roleHolder(m.group(1));
        int end = m.end();
        if (holder.isEmpty()) {
          // "The chief executive said": the head is the description's last word, not its first.
          Matcher next = NEXT_LOWER_WORD.matcher(sentence).region(m.end(), sentence.length());
          for (int k = 0; k < 2 && holder.isEmpty() && next.lookingAt(); k++) {
            holder = names.roleHolder(next.group(1));
            end = next.end();
            next.region(end, sentence.length());
          }
        }
        if (holder.isEmpty()) {
          continue;
        }
        String before = sentence.substring(0, m.start());
        String after = sentence.substring(end);
        // "The chief executive said ...", "The chair is relaxed about ...": a verb of saying or
        // an attitude after the description.
        boolean subject =
            (p.subjectVerb.matcher(after).find() || p.attitude.matcher(after).lookingAt())
                && !objectOfPreposition(before);
        boolean inverted = p.verbBefore.find(before) && CLAUSE_END.matcher(after).lookingAt();
        if (subject || inverted) {
          return holder;
        }
      }
      return Optional.empty();
    }

    /**
     * The one full name this document gives a surname, if any: the names learned as speakers first,
     * then every name of a person's form mentioned anywhere in it (so far).
     *
     * @param name a speaker's name
     * @return the full name, or the name itself
     */
    public String fullName(String name) {
      if (name == null) {
        return null;
      }
      String owner = handleOwners.get(name);
      if (owner != null) {
        // A handle whose writer named themselves in a post.
        return owner;
      }
      String label = unheldRoles.get(name);
      if (label != null) {
        // A role label read before its holder was introduced ("The Chair", "Host").
        return castMember(label).orElse(name);
      }
      return names.withFullName(forms.withoutTitles(name));
    }

    private Optional<Candidate> named(
        String sentence, List<NameSpan> spans, boolean paragraphStart) {
      List<Candidate> candidates = new ArrayList<>();
      SubjectVerbs verbs = new SubjectVerbs(sentence);
      for (NameSpan span : spans) {
        if (!appositiveBefore(sentence, span, spans, verbs)
            && !inEarlierSubjectsClause(sentence, span, spans, verbs)) {
          candidate(sentence, span, paragraphStart, verbs).ifPresent(candidates::add);
        }
      }
      if (candidates.isEmpty()) {
        return Optional.empty();
      }
      if (candidates.stream()
          .anyMatch(c -> c.strong() && !QuotationRuns.quotedAt(sentence, c.position()))) {
        // "“Dana Cole, a commuter herself, believes in cheap fares,” Hollander declared.": a name
        // saying something inside the quotation is part of what the speaker outside it says.
        candidates.removeIf(c -> QuotationRuns.quotedAt(sentence, c.position()));
      }
      int but = butClause(sentence);
      for (Candidate c : candidates) {
        if (c.position() > but && c.strong()) {
          return Optional.of(c);
        }
      }
      return candidates.stream()
          .filter(Candidate::strong)
          .findFirst()
          .or(() -> Optional.of(candidates.get(0)));
    }

    /**
     * A single word nobody introduced, opening the sentence as the subject of a verb of saying
     * ("Reyes tweeted", "Pellworth reported"): it speaks, but a surname cannot be told from a firm
     * by its form, so it is a source of this sentence only, not a person whom later sentences
     * continue or whose name keeps it out of the document's organisations.
     */
    private Optional<Entity> unknownSource(NameSpan span) {
      String[] words = NameSpan.wordsOf(span.text());
      if (words.length != 1 || !forms.looksLikePersonName(words)) {
        return Optional.empty();
      }
      return Optional.of(new Entity(span.text(), Role.SOURCE));
    }

    private int butClause(String sentence) {
      Matcher m = BUT_CLAUSE.matcher(sentence);
      return m.find() ? m.end() - 1 : Integer.MAX_VALUE;
    }

    /**
     * Whether a possessive's view noun, as {@code m} (a match of {@link
     * SpeakerPatterns#possessiveView} in {@code after}) found it, goes on with the view itself:
     * "Halvard's response is that ...", "Ostrander's view that ...", "Tollivar's response,
     * published on Wednesday, rejects ...". An organisation's view is its own only so: "Rennick's
     * case is stronger than the union allows" is the author's judgement of it.
     */
    private static boolean statesView(Matcher m, String after) {
      String matched = after.substring(m.start(), m.end()).strip();
      return matched.endsWith(",")
          || matched.endsWith(":")
          || matched.endsWith(" that")
          || VIEW_CONTENT.matcher(after).region(m.end(), after.length()).lookingAt();
    }

    /**
     * Whether the name's predicate states a view ("was sceptical"). With an affiliation between
     * ("Hana Petrov of Northvale Ratings was less sure"), only a name of two words or more:
     * "Brokers at Quaymark Securities were unconvinced" is the firm's view, which the group
     * speakers' rule gives.
     */
    private boolean holdsAttitude(NameSpan span, String after) {
      Matcher m = p.attitude.matcher(after);
      if (!m.find()) {
        return false;
      }
      String between = m.group("affiliation").strip();
      return between.isEmpty() || between.startsWith(",") || span.text().contains(" ");
    }

    /** Whether the name is inside the relative clause of an earlier name, its verb's subject. */
    private boolean inEarlierSubjectsClause(
        String sentence, NameSpan span, List<NameSpan> spans, SubjectVerbs verbs) {
      for (NameSpan head : spans) {
        if (head.start() >= span.start()) {
          return false;
        }
        if (!head.possessive()
            && verbs.endAfter(head.end()) > span.end()
            && insideRelativeClause(sentence, head, span, verbs)) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether a later name stands inside a relative clause that opens right after a name, set off
     * by commas, and is not the clause's own speaker: "Miriam Stolz, who looks after it at its
     * lender, Ostrava Bank, sees ..." and "Wick, whose fund, Halloran Crest, owns 6% of Y, thinks
     * ..." are the first name's; "the committee, whose chair, Rafael Ochoa, has called ..." is
     * Ochoa's, whose verb of saying follows him directly.
     */
    private boolean insideRelativeClause(
        String sentence, NameSpan head, NameSpan later, SubjectVerbs verbs) {
      Matcher clause = RELATIVE_CLAUSE_OPENS.matcher(sentence).region(head.end(), later.start());
      if (!clause.lookingAt() || !sentence.startsWith(",", later.end())) {
        return false;
      }
      if (!clause.group("pronoun").equalsIgnoreCase("whose")) {
        return true;
      }
      int own = verbs.endAfter(later.end());
      return own < 0
          || sentence.substring(later.end(), own).chars().filter(c -> c == ',').count() > 1;
    }

    /**
     * Whether a later person's full name, or an organisation's, stands alone between commas (or
     * after a colon) right before the verb, the real subject, so that this one is only a
     * description or an aside set before it ("First, prices are slowing: Halstead & Grieve, the
     * broker, says ...", "In a statement to the Gazette, her adviser, Tom Reyes, said": neither
     * "First" nor the Gazette is the subject). "Ann Lee, chief executive of Northvale, said" keeps
     * Ann Lee: Northvale ends a description, not a chunk.
     */
    private boolean appositiveBefore(
        String sentence, NameSpan span, List<NameSpan> spans, SubjectVerbs verbs) {
      int own = span.possessive() ? -1 : verbs.endAfter(span.end());
      if (own < 0) {
        return false;
      }
      for (NameSpan later : spans) {
        if (later.start() <= span.end()
            || later.start() >= own
            || later.possessive()
            || !(names.hasFullNameForm(later.text()) || namesAnOrganisationChunk(later))
            || !COMMA_BEFORE.matcher(sentence).region(span.end(), later.start()).find()
            || !sentence.startsWith(",", later.end())
            || insideRelativeClause(sentence, span, later, verbs)) {
          continue;
        }
        // The later name's own verb is the one this name's appositives reach: it is the subject.
        if (verbs.endAfter(later.end()) == own) {
          return true;
        }
      }
      return false;
    }

    /**
     * Where {@link SpeakerPatterns#subjectVerb} matches from each place of one sentence (right
     * after a name), each place tried once: a sentence's names ask for their own place and for the
     * later names' (appositives), then again for themselves as candidates, and the expression, with
     * its verbs tried one by one, cost more than any other rule. Matched within the region from the
     * place, it answers what matching the rest of the sentence alone answers ({@code ^} at the
     * place, nothing before it seen). One sentence's; not thread safe.
     */
    private final class SubjectVerbs {
      private final String sentence;
      private final Map<Integer, Integer> ends = new HashMap<>();

      SubjectVerbs(String sentence) {
        this.sentence = sentence;
      }

      /** Where the match from this place ends; -1 when there is none. */
      int endAfter(int at) {
        return ends.computeIfAbsent(
            at,
            from -> {
              Matcher m = p.subjectVerb.matcher(sentence).region(from, sentence.length());
              return m.lookingAt() ? m.end() : -1;
            });
      }
    }

    /**
     * Whether a run can name an organisation standing as a chunk of its own: two words or more
     * without a digit ("Halstead & Grieve"), or one the registry or the document knows.
     */
    private boolean namesAnOrganisationChunk(NameSpan span) {
      String text = span.text();
      return text.chars().noneMatch(Character::isDigit)
          && (text.contains(" ")
              || registry.organisation(text).isPresent()
              || organisations.named(text).isPresent());
    }

    /**
     * A source the words after a turn's label name as saying what the sentence reports ("MARCHETTI:
     * Ostrava said it would ..."), read as in any other sentence of the turn; empty when none does.
     */
    private Optional<Candidate> reportedAfterLabel(
        String sentence, List<NameSpan> spans, Candidate label) {
      int colon = sentence.indexOf(':', label.position());
      if (colon < 0) {
        return Optional.empty();
      }
      List<NameSpan> after = spans.stream().filter(span -> span.start() > colon).toList();
      return named(sentence, after, false)
          .filter(c -> reportsInTurn(sentence, c))
          .filter(c -> OPENS_TURN.matcher(sentence.substring(colon + 1, c.position())).matches());
    }

    /**
     * Whether a candidate a turn's sentence names is a source it reports, which wins for that
     * sentence over the turn's label: no label itself, named strongly, and not committing to
     * something ("X has promised to ..." is what X does, not what X says).
     */
    private boolean reportsInTurn(String sentence, Candidate c) {
      return c.how() != How.LABEL
          && c.strong()
          && !p.commitment.matcher(sentence.substring(c.position())).find();
    }

    /**
     * Whether a run opening a sentence is a role title before a name, with lower-case words of the
     * role between ("Chief executive Piers Oduya", "Economist Tom Reyes").
     */
    private boolean roleBeforeName(NameSpan span, String after) {
      return !span.text().contains(" ")
          && !span.possessive()
          && forms.isTitle(span.text())
          && ROLE_WORDS_THEN_NAME.matcher(after).lookingAt();
    }

    /** Whether what opens a sentence before a name is a role title and its lower-case words. */
    private boolean openingRoleBefore(String before) {
      Matcher m = OPENING_ROLE.matcher(before);
      return m.matches() && forms.isTitle(m.group(1));
    }

    /** Whether a label's turn holds no view: a [nobody-labels] role that nobody named holds. */
    private boolean nobodysTurn(Candidate label) {
      return nobodyLabels.contains(label.entity().name().toLowerCase(Locale.ROOT));
    }

    private static boolean isLabel(Optional<Candidate> named) {
      return named.isPresent() && named.get().how() == How.LABEL;
    }

    /**
     * Whether a label's name is a person's: a full name of a person's form, or a person (or the
     * surname of one) the document named in full.
     */
    private boolean personLabelled(NameSpan span) {
      return span.text().contains(" ")
              && forms.looksLikePersonName(NameSpan.wordsOf(titleCase(span).text()))
          || namedPerson(titleCase(span).text());
    }

    /** Whether the words before a name open a numbered question's label: "Q214 (", "Q12 (Ms ". */
    private boolean questionerInBrackets(String before) {
      Matcher m = QUESTION_THEN_BRACKET.matcher(before);
      return m.matches() && (m.group(1) == null || forms.isTitle(m.group(1)));
    }

    /** Whether the words before a label's bracket are a person the document named in full. */
    private boolean namedPersonBefore(String before) {
      String name = before.replaceFirst("\\s*\\($", "").strip();
      return !name.isEmpty() && namedPerson(TitleCase.ifCapitals(name));
    }

    /** Whether a name, or the surname of one, is a person the document named in full. */
    private boolean namedPerson(String name) {
      String full = fullName(name);
      return names.isPerson(full) || !full.equals(name) && names.hasFullNameForm(full);
    }

    /**
     * Whether a run in capitals can open a turn inside a paragraph ("... FAIRWEATHER-NGATA: ..."):
     * only in a transcript, once a label has opened a paragraph of it.
     */
    private boolean turnInsideParagraph(NameSpan span) {
      return transcript && CAPITALS_LABEL.matcher(span.text()).matches();
    }

    private Optional<Candidate> candidate(
        String sentence, NameSpan given, boolean paragraphStart, SubjectVerbs verbs) {
      NameSpan span = withLeadingArticle(sentence, given);
      String before = sentence.substring(0, span.start());
      String after = sentence.substring(span.end());
      int lead = NameSpan.lead(sentence);
      if (span.start() == lead && roleBeforeName(span, after)) {
        // "Chief executive Piers Oduya blamed ... and told ...": the role is no one; the name
        // after it opens the sentence.
        return Optional.empty();
      }
      boolean opens =
          span.start() == lead
              || span.start() > lead && openingRoleBefore(sentence.substring(lead, span.start()));
      boolean labelWithRole =
          paragraphStart
              && (CAPITALS_LABEL.matcher(span.text()).matches()
                      && opens
                      && ROLE_THEN_COLON.matcher(after).lookingAt()
                  || ROLE_THEN_BRACKET.matcher(before).matches()
                      && BRACKET_THEN_COLON.matcher(after).lookingAt()
                      // "DERMOT VALLANCE (Redlake Buses):" brackets the speaker's firm, no name
                      && !forms.endsAsFirm(NameSpan.wordsOf(span.text()))
                      && organisations.named(span.text()).isEmpty()
                      && registry.organisation(span.text()).isEmpty()
                      // "FAIRBAIRN (RECORDED):" brackets a note on a person's turn, no name
                      && !namedPersonBefore(before)
                  || questionerInBrackets(before) && after.startsWith("):")
                  || span.start() == 1
                      && before.equals("[")
                      && BRACKETED_LABEL_END.matcher(after).lookingAt()
                      && personLabelled(span)
                  || opens
                      && (AFFILIATION_THEN_COLON.matcher(after).lookingAt()
                          || COMMA_AFFILIATION_THEN_COLON.matcher(after).lookingAt())
                      && personLabelled(span));
      if ((opens && (paragraphStart || turnInsideParagraph(span)) && after.startsWith(":")
              || labelWithRole)
          && !span.possessive()) {
        if (ownVoiceLabels.contains(span.text().toLowerCase(Locale.ROOT))) {
          // "OP:" is the thread's own poster: the document's own voice, not a person called Op.
          return Optional.empty();
        }
        Optional<String> member = castMember(span.text());
        if (member.isEmpty()) {
          // "RBO:" in an interview with Rafael Bautista-Ocampo: a label of initials.
          member = names.byInitials(span.text());
        }
        Optional<Entity> speaker =
            member.isPresent()
                ? member.map(name -> new Entity(name, Role.PERSON))
                : resolve(titleCase(span), true);
        speaker.ifPresent(e -> noteUnheld(span.text(), e.name()));
        return speaker.map(e -> new Candidate(span.start(), e, How.LABEL));
      }
      if (opensQuotation(before)
          && NameSpan.wordsOf(span.text()).length == 1
          && names.known(span.text()).isEmpty()
          && organisations.named(span.text()).isEmpty()
          && registry.organisation(span.text()).isEmpty()) {
        // "“Short reports make noise,” he said.": a quotation's first word is capitalised
        // as any sentence's is; a single word there is a name only when the document knows it.
        return Optional.empty();
      }
      if ((!opens || namesAnOrganisation(span))
          && !span.possessive()
          && p.spokesperson.matcher(after).find()) {
        // "A Quillon spokesperson said", "Southway Rail officials say": the organisation speaks.
        String name = span.text();
        sourceOrganisations.add(name);
        String org =
            registry
                .organisation(name)
                .map(Registry.Organisation::name)
                .or(() -> organisations.named(name))
                .orElse(name);
        return Optional.of(new Candidate(span.start(), new Entity(org, Role.SOURCE), How.STRONG));
      }
      if (!span.possessive()
          && p.groupAt.find(before)
          && (verbs.endAfter(span.end()) >= 0
              || p.attitude.matcher(after).lookingAt()
              || p.ratingAction.matcher(after).lookingAt())) {
        // "Analysts at Dunmere & Pike said", "... were unconvinced", "... raised their price
        // target": unnamed people speak for their firm.
        sourceOrganisations.add(span.text());
        return resolve(span, true)
            .filter(e -> e.role() == Role.SOURCE)
            .or(() -> Optional.of(new Entity(span.text(), Role.SOURCE)))
            .filter(e -> !names.isPerson(e.name()))
            .map(e -> new Candidate(span.start(), e, How.STRONG));
      }
      if (!span.possessive() && p.quotingBefore.matcher(before).find()) {
        // "He quotes his own first coach, Alípio Nunes, as saying ...": the quoted speaks.
        return resolve(span, true)
            .filter(e -> e.role() == Role.PERSON)
            .map(e -> new Candidate(span.start(), e, How.STRONG));
      }
      // "said Halden's finance director, X": a possessive after the verb owns the speaker.
      if (!span.possessive() && p.verbBefore.find(before)) {
        return resolve(span, !opens)
            .filter(e -> e.role() == Role.PERSON || registry.isOutlet(e.name()))
            .map(e -> new Candidate(span.start(), e, How.STRONG));
      }
      if (!span.possessive()
          && AFFILIATION_THEN_END.matcher(after).lookingAt()
          && p.verbBeforeRole.find(before)) {
        return resolve(span, true)
            .filter(e -> e.role() == Role.PERSON || registry.isOutlet(e.name()))
            .map(e -> new Candidate(span.start(), e, How.STRONG));
      }
      if (p.sourceBefore.find(before)) {
        return resolve(span, !opens).map(e -> new Candidate(span.start(), e, How.CITED));
      }
      if (!span.possessive() && p.viewFrom.find(before) && VIEW_GOES_ON.matcher(after).find()) {
        // "The sharpest question came from Ines Garrow, who asked ...": the view is told, not only
        // its asker introduced ("Our next question comes from X with Y." is the operator's); a
        // subject's weight, so that inside a transcript turn the turn's label keeps it.
        return resolve(span, !opens).map(e -> new Candidate(span.start(), e, How.SUBJECT));
      }
      if (span.possessive() && p.possessiveReport.matcher(after).lookingAt()) {
        // "Yarrowby's annual report shows ...": the owner speaks through its document.
        return resolve(span, !opens).map(e -> new Candidate(span.start(), e, How.STRONG));
      }
      boolean inView =
          span.possessive()
              && (IN_AT_END.matcher(before).find() && p.inView.matcher(after).find()
                  // "By Bramblecote's estimate, ...", "On Ashcombe's own figures, ..."
                  || BY_ON_IN_AT_END.matcher(before).find()
                      && p.estimateAfter.matcher(after).find());
      Matcher view = p.possessiveView.matcher(after);
      boolean viewHolder = inView || span.possessive() && view.find();
      if (viewHolder) {
        boolean ownView = inView || statesView(view, after);
        return resolve(span, !opens)
            .or(() -> byFirstName(span))
            .filter(e -> e.role() == Role.PERSON || registry.isOutlet(e.name()) || ownView)
            .map(e -> new Candidate(span.start(), e, How.STRONG));
      }
      if (ADDED_AMOUNT.matcher(after).lookingAt() || p.reportsResults.matcher(after).lookingAt()) {
        // "Colbeck Bank added $640 million to its reserves": an action, not a remark.
        return Optional.empty();
      }
      if (!span.possessive() && p.judged.matcher(after).lookingAt()) {
        // "Rask is right that ...": the writer grants Rask a point; the sentence is not Rask's.
        return Optional.empty();
      }
      boolean subject =
          !span.possessive()
              && !objectOfPreposition(before)
              && !(INSIDE_RELATIVE_CLAUSE.matcher(before).find()
                  && !NAMED_AS.matcher(before).find());
      boolean saying =
          subject
              && (verbs.endAfter(span.end()) >= 0
                  || p.ratingAction.matcher(after).lookingAt()
                      && !p.subordinateBefore.matcher(before).find()
                  || (opens || p.listingLead.matcher(before).matches())
                      && p.participleClause.matcher(after).lookingAt()
                  || opens && p.coordinatedVerb.matcher(after).lookingAt());
      boolean strong =
          saying
              || (subject && holdsAttitude(span, after))
              || (subject && p.comparedView.matcher(after).lookingAt())
              || (ONLY_FOR.matcher(before).matches() && after.startsWith(","));
      if (strong
          && opens
          && NameSpan.wordsOf(span.text()).length == 1
          && p.pluralHolders.matcher(sentence).lookingAt()
          && names.known(span.text()).isEmpty()
          && organisations.named(span.text()).isEmpty()
          && registry.organisation(span.text()).isEmpty()) {
        // "Defenders say ...": the verb agrees with a plural, so the word is no one's name.
        return Optional.empty();
      }
      if (strong) {
        // A single unknown word opening the sentence is a speaker only as the subject of a verb
        // of saying ("Reyes tweeted"); before an attitude it is as often a place or a product.
        return resolve(span, !opens)
            .or(() -> saying ? unknownSource(span) : Optional.empty())
            .map(e -> new Candidate(span.start(), e, How.STRONG));
      }
      if (opens && !span.possessive() && LOWER_CASE_NEXT.matcher(after).matches()) {
        // Only someone already known: a capitalised subject is often a place or a product, and
        // a registry surname alone is often a word ("Gross margin fell"), so it must have been
        // named in full in this document.
        return names
            .known(span.text())
            .map(n -> new Candidate(span.start(), new Entity(n, Role.PERSON), How.SUBJECT));
      }
      return Optional.empty();
    }

    /**
     * Notes the speaker a role label gave while nobody holds its role ("THE WITNESS:" reads "The
     * Witness", "HOST:" reads "Host"), to become the holder once one is introduced.
     */
    private void noteUnheld(String label, String speaker) {
      Optional<String> role = roleLabels.role(label);
      if (role.isPresent() && cast.holder(role.get()).isEmpty()) {
        unheldRoles.put(speaker, label);
      }
    }

    /**
     * The speaker a transcript label that is a role gives ({@link RoleLabels}): the person the
     * document introduced in it, by full name; else for "THE" and a role its readable form ("The
     * Witness"); empty for a label that is no role, or a listed word alone nobody holds ("HOST",
     * read as the name it spells).
     */
    private Optional<String> castMember(String label) {
      Optional<String> role = roleLabels.role(label);
      if (role.isEmpty()) {
        return Optional.empty();
      }
      Optional<String> holder = cast.holder(role.get());
      if (holder.isPresent()) {
        String name = names.withFullName(holder.get());
        names.introduce(name);
        return Optional.of(name);
      }
      return roleLabels.isTheLabel(label)
          ? Optional.of(RoleLabels.readable(label))
          : Optional.empty();
    }

    /**
     * Whether {@link #QUOTATION_OPENS} finds a mark ending the text: only its last three characters
     * are read (the mark, and a line terminator "$" allows after it), not the whole text.
     */
    private static boolean opensQuotation(String before) {
      return QUOTATION_OPENS
          .matcher(before)
          .region(Math.max(0, before.length() - 3), before.length())
          .find();
    }

    /** "The Information" when the registry knows the name with its article. */
    private NameSpan withLeadingArticle(String sentence, NameSpan span) {
      String before = sentence.substring(0, span.start());
      if (before.endsWith("The ") && registry.organisation("The " + span.text()).isPresent()) {
        return new NameSpan(span.start() - 4, span.end(), "The " + span.text(), span.possessive());
      }
      return span;
    }

    /**
     * Whether a run opening a sentence can be the organisation its staff speak for ("Southway Rail
     * officials say"): a name of two words or more, or one the registry or the document gives; a
     * single capitalised word opening a sentence is as often a plain word ("Government officials
     * say", "Senior executives said").
     */
    private boolean namesAnOrganisation(NameSpan span) {
      return span.text().contains(" ")
          || registry.organisation(span.text()).isPresent()
          || organisations.named(span.text()).isPresent();
    }

    /** "ALEX KIM" as "Alex Kim": transcript labels are often set in capitals. */
    private NameSpan titleCase(NameSpan span) {
      if (!span.text().equals(span.text().toUpperCase(Locale.ROOT))) {
        return span;
      }
      return new NameSpan(span.start(), span.end(), TitleCase.of(span.text()), false);
    }

    /**
     * "Hal's case: ..." in show notes that introduced Hal Sorensen: hosts and guests are called by
     * first name. Only where a view is held, since a firm's first word reads the same ("Voltara"
     * beside the Voltara Kite).
     */
    private Optional<Entity> byFirstName(NameSpan span) {
      if (span.text().indexOf(' ') >= 0) {
        return Optional.empty();
      }
      return Optional.ofNullable(names.byGivenName(span.text()))
          .map(name -> new Entity(name, Role.PERSON));
    }

    /** Resolves a run of capitalised words to a person or a source, if it can be a speaker. */
    private Optional<Entity> resolve(NameSpan span, boolean allowSingleUnknown) {
      String text = span.text();
      String surname = names.bySurname(text);
      if (surname != null) {
        names.introduce(surname);
        return Optional.of(new Entity(surname, Role.PERSON));
      }
      Optional<Registry.Person> person = registry.person(text);
      if (person.isPresent()) {
        names.introduce(person.get().name());
        return Optional.of(new Entity(person.get().name(), Role.PERSON));
      }
      Optional<Registry.Organisation> org = registry.organisation(text);
      if (org.isPresent()) {
        return Optional.of(new Entity(org.get().name(), Role.SOURCE));
      }
      Optional<String> own = organisations.named(text);
      if (own.isPresent()) {
        return Optional.of(new Entity(own.get(), Role.SOURCE));
      }
      String[] words = NameSpan.wordsOf(text);
      if (words.length == 1) {
        // "The Office disagrees" under "Response from the Coastal Transport Office": the last word
        // of the organisation whose statement this is stands for it, as a surname for a person.
        Optional<String> byLastWord = organisationEndingWith(text);
        if (byLastWord.isPresent()) {
          return Optional.of(new Entity(byLastWord.get(), Role.SOURCE));
        }
      }
      if (forms.endsAsFirm(words)) {
        return Optional.of(new Entity(text, Role.SOURCE));
      }
      if (NameSpan.joinedOverConnective(words)) {
        // "The Bank of Northmere said": an institution's name, never a person's.
        return Optional.of(new Entity(text, Role.SOURCE));
      }
      if (words.length == 1
          && INITIALS_WORD.matcher(text).matches()
          && !notInitials.contains(text)) {
        // "according to the ORR", "The FBI said": a word in capitals is an organisation's
        // initials, never a person's name (a label in capitals was set in title case before).
        return Optional.of(new Entity(text, Role.SOURCE));
      }
      if (!forms.looksLikePersonName(words)) {
        return Optional.empty();
      }
      if (words.length == 1 && !allowSingleUnknown) {
        return Optional.empty();
      }
      names.introduce(text);
      return Optional.of(new Entity(text, Role.PERSON));
    }

    /**
     * The organisation whose statement this section is, when its name of two words or more ends
     * with the word ("the Office" in a section headed "Response from the Coastal Transport
     * Office"); empty elsewhere. (Read across the whole document, organisations' last words cost
     * PolNeAR attributions: news names its departments and parties by such words.)
     */
    private Optional<String> organisationEndingWith(String word) {
      return statementSection && poster != null && CompanyRules.endsWithWord(poster, word)
          ? Optional.of(poster)
          : Optional.empty();
    }
  }
}
