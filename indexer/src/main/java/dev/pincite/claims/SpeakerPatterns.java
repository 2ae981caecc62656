package dev.pincite.claims;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The patterns {@link SpeakerRules} reads a sentence with, built in one place from the lists of
 * {@code speaker-cues.txt}: the English words are all in that file, and only the grammar (where a
 * name stands relative to a verb of saying, an appositive, a preposition, a possessive view noun)
 * is here. Each pattern is matched against the text before or after a candidate name; its javadoc
 * gives an example. Immutable and thread safe.
 */
final class SpeakerPatterns {

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /** After a name: "[and Y] [of Z] [, an analyst,] [also] said". */
  final Pattern subjectVerb;

  /**
   * After a name opening a sentence: its clause, then a participle of saying ("[, an analyst,] cut
   * the shares to sell, saying ...").
   */
  final Pattern participleClause;

  /**
   * After a name opening a sentence: a first predicate, then "and" and a verb of saying ("[, an
   * analyst,] joined the campaign and said ...", "resigned on Friday and told reporters ..."): the
   * name is the subject of both.
   */
  final Pattern coordinatedVerb;

  /** Before a name: a listing's line, "Pinewood Outdoor — " (the name opens the line's clause). */
  final Pattern listingLead;

  /**
   * After a name: "[, an investor,] was (more) sceptical", "[of Northvale Ratings] was less sure";
   * group {@code affiliation} holds what stands between the name and the copula.
   */
  final Pattern attitude;

  /**
   * After a name, closing the sentence: a predicate that places the subject's view beside the one
   * just reported ("[of Harwick Capital] was more blunt.", "[, an analyst,] took a darker view.",
   * "was blunter.", "sees it differently."): the sentence introduces the subject as the next to
   * speak, whatever the adjective. {@code [view-degrees]}.
   */
  final Pattern comparedView;

  /**
   * After a name: "is right that", "was wrong about", "has a point": the writer judging what the
   * named one said, so the sentence is not theirs.
   */
  final Pattern judged;

  /** After "in X's": "[own] view". */
  final Pattern inView;

  /**
   * After "by X's", "on X's" or "in X's": "[own] estimate", "figures" ({@code [estimate-nouns]}).
   */
  final Pattern estimateAfter;

  /** After "X's": "concern was ...", "view:". */
  final Pattern possessiveView;

  /** Before a name: "... in" (a name there is the object of the preposition). */
  final AlternationIndex objectOfPreposition;

  /** After a name: "spokesperson said" ("A Quillon spokesperson said"). */
  final Pattern spokesperson;

  /** A sentence opening "Both hosts agreed ...". */
  final Pattern jointSubject;

  /** "We spoke with X": group 1 is the person. */
  final Pattern interviewIntro;

  /**
   * Whether {@link #interviewIntro} finds a match, tried only where its cues can start: most
   * sentences have none, and the pattern's own scan tried every cue at every character.
   */
  final AlternationIndex mayIntroduceInterview;

  /** Before a name: "analysts at". */
  final AlternationIndex groupAt;

  /** A sentence opening "Some bankers worry ...". */
  final Pattern unnamedHolders;

  /**
   * "Defenders say ...", "Hauliers warn that ...", "Defenders of the fee say ...": one capitalised
   * word ending in "s" opening the sentence, with a verb of saying in its base form. The verb
   * agrees with a plural subject, and a person's name takes "says": people the text does not name,
   * as {@link #unnamedHolders}.
   */
  final Pattern pluralHolders;

  /**
   * A paragraph opening "ridgeline_ev wrote:", "@ridgeline_ev:" or "Sara Lund, a reader in Ohio,
   * writes:": the writer ({@link #postWriter}) is a handle as written (with its "@" when it has
   * one) or a run of capitalised words. Only a handle with its "@" needs no verb: "Note:" or
   * "Update:" is no writer.
   */
  final Pattern postLabel;

  /**
   * A paragraph that is only a writer and a verb of replying ({@code [section-verbs]}): "Anneliese
   * Corwen, chief customer officer at Stellmark Bank, responds." The rest of the section is theirs.
   */
  final Pattern sectionIntroduction;

  /**
   * A heading that is only a name and a verb of replying: "Quist replies", "Haverstock responds to
   * Quist". Group 1 is the name as written.
   */
  final Pattern replyHeading;

  /**
   * The writer a {@link #postLabel} match names.
   *
   * @param m a matcher of {@link #postLabel} that matched
   * @return the writer as written
   */
  static String postWriter(java.util.regex.MatchResult m) {
    return m.group(1) != null ? m.group(1) : m.group(2);
  }

  /**
   * From a name: "X has promised ...", "X vowed to ...": a commitment the sentence reports as the
   * name's record, which a transcript turn's speaker argues about rather than quotes.
   */
  final Pattern commitment;

  /**
   * "Kofi Adjei, who works at a hospital, posts as @drkadjei" ({@code [handle-owners]}): group 1 is
   * the person's name, group 2 the handle.
   */
  final Pattern handleOwner;

  /**
   * After a subject: "rates the stock a hold", "cut its target on Corvell to $88", an analyst's
   * verdict on a stock ({@code [rating-actions]}), with an appositive or adverb before it.
   */
  final Pattern ratingAction;

  /**
   * Before a name: a word opening a subordinate clause ("after", "since"; {@code [subordinators]}).
   */
  final Pattern subordinateBefore;

  /**
   * After a possessive: "[own] annual report shows", "own filing, published in March, puts": the
   * owner speaks through its document ({@code [source-nouns]}, {@code [document-nouns]}, {@code
   * [report-verbs]}).
   */
  final Pattern possessiveReport;

  /** A paragraph opening "Q:". */
  final Pattern questionLabel;

  /** A paragraph opening "A:". */
  final Pattern answerLabel;

  /** Before a name: "..., said". */
  final AlternationIndex verbBefore;

  /** Before a name: "..., adds economist". */
  final AlternationIndex verbBeforeRole;

  /**
   * Before a name: "He quotes", "She quotes her grandfather,", "The doctor quoted a colleague,"
   * ({@code [quoting-verbs]}): whoever is quoted speaks for the sentence, not the one quoting.
   */
  final Pattern quotingBefore;

  /** Before a name: "according to a report from", "a post by", "per". */
  final AlternationIndex sourceBefore;

  /**
   * Before a name: a view's noun and where it came from ("The strongest argument for the shares
   * comes from", "The sharpest question came from Dr.", "First question, from"; {@code
   * [view-from-nouns]}).
   */
  final AlternationIndex viewFrom;

  /** Anywhere: "he said", "in his telling". */
  final Pattern pronounPointer;

  /** Whether {@link #pronounPointer} finds a match (as {@link #mayIntroduceInterview}). */
  final AlternationIndex mayPointBack;

  /**
   * Opening a sentence: "It says ...", "It also warns that ...", "Its response says ...", "In its
   * view, ...": the organisation that spoke last goes on.
   */
  final Pattern itPointer;

  /** Anywhere: "per the report", "the filing showed", "reportedly". */
  final Pattern reportPointer;

  /**
   * After an owner's possessive, before a name, or after a name that published it: a document and
   * its kind ("Halloway Media's memo", "a report by Grey Heron Research", "Brackwater published an
   * order announcement"); group 1 is the kind. {@link #pointedDocument} finds it again.
   */
  final Pattern ownedDocumentAfter;

  final Pattern documentBefore;
  final Pattern documentPublished;

  /**
   * "according to the memo", "per the release", "the report also found": group 1 or 2, the kind.
   */
  final Pattern pointedDocument;

  /** Anywhere: a first-person word ("I", "we", "our"), with its case as written. */
  final Pattern narratorWord;

  /**
   * A sentence opening with a subject noun phrase of its own: after an optional connective ("But ",
   * "Still, "), a determiner ("the", "some") and a word, or a figure ("41% of ...", "$2 billion").
   */
  final Pattern determinerSubject;

  final Pattern demonstrativeSubject;
  final Pattern speakerStillThere;

  /**
   * A subject that describes someone with a verb of saying ("The firm sees ...", "The chief
   * executive argued ..."): the speaker pointed back to by a description, not a new subject.
   */
  final Pattern describedSpeaker;

  /**
   * Opening the sentence: what the market did with a firm's securities ("Aurelia shares ...",
   * "Corvelle's shares ...", "Its shares ..."; {@code [market-subjects]}): with a figure, the
   * narrator's market report, not a speaker's argument going on.
   */
  final Pattern marketSubject;

  /** Anywhere: a figure or a date ("3.4%", "$2 billion", "on Monday", "in March"). */
  final Pattern reportedFact;

  /**
   * After a name: "reports third-quarter results", "reported record revenue of ...", "reports next
   * week,": reporting results is something a firm does, not a view it puts forward.
   */
  final Pattern reportsResults;

  /**
   * @param cues the parsed {@code speaker-cues.txt}
   */
  SpeakerPatterns(CueFile cues) {
    List<String> verbList = new ArrayList<>(cues.list("verbs"));
    verbList.addAll(VerbForms.withRegularForms(cues.list("verb-lemmas")));
    String verbs = CueFile.alternation(verbList);
    String views = cues.alternation("view-nouns");
    String sources = cues.alternation("source-nouns");
    this.subjectVerb = subjectVerb(cues, verbs);
    this.participleClause =
        compile(
            "^(?:,[^,]{1,90},)?\\s+(?:(?!\\s--\\s)[^,;:\"\u201C\u201D\u2014\u2013]){1,160}?(?:,\\s+|\\s+by\\s+)(?:%s)\\b",
            cues.alternation("saying-participles"));
    this.coordinatedVerb =
        compile(
            "^(?:,[^,]{1,90},)?\\s+(?:[\\p{L}\\d'\u2019%%.-]+\\s+){1,8}?and\\s+(?:(?:%s)\\s+)?(?:%s)\\b",
            cues.alternation("subject-adverbs"), verbs);
    this.listingLead =
        Pattern.compile("^\\p{Lu}[^,;:.!?\u2014\u2013]{0,60}\\s+(?:\u2014|\u2013|--|-)\\s+$");
    // The name's affiliation ("of X", "at X") or an appositive may stand before the predicate.
    String affiliation =
        "(?:\\s*,[^,]{1,90},|\\s+(?:of|at|from)\\s+(?:the\\s+)?\\p{Lu}[^,.;:]{0,60}?"
            + "(?:\\s*,[^,]{1,90},)?)?";
    this.attitude =
        compile(
            "^(?<affiliation>" + affiliation + ",?)\\s+(?:%s)\\s+(?:(?:%s)\\s+)?(?:%s)\\b",
            cues.alternation("copulas"),
            cues.alternation("degree-adverbs"),
            cues.alternation("attitudes"));
    this.comparedView =
        Pattern.compile(
            String.format(
                Locale.ROOT,
                "^%1$s,?\\s+(?:"
                    + "(?i:%2$s)\\s+(?:(?i:%3$s)\\s+)(?:as\\s+)?\\p{Ll}+\\s*[.!]?$"
                    + "|(?i:%2$s)\\s+\\p{Ll}{3,}er\\s*[.!]?$"
                    + "|(?:took|takes|take)\\s+(?:a|an|the)\\s+(?:\\p{Ll}+\\s+){0,2}view\\b"
                    + "|(?:sees|saw|see)\\s+(?:it|things)\\s+differently\\b)",
                affiliation,
                cues.alternation("copulas"),
                cues.alternation("view-degrees")));
    this.judged =
        compile(
            "^\\s+(?:(?:%s)\\s+(?:(?:%s|%s)\\s+)?(?:%s)\\b|(?:has|had)\\s+a\\s+point\\b)",
            cues.alternation("copulas"),
            cues.alternation("degree-adverbs"),
            cues.alternation("judgement-adverbs"),
            cues.alternation("judgements"));
    this.inView = compile("^\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:%s)\\b", views);
    this.estimateAfter =
        compile(
            "^\\s+(?:own\\s+)?(?:%s)\\b(?!\\s+(?:of|for|on)\\b)",
            cues.alternation("estimate-nouns"));
    this.possessiveView =
        compile(
            // "Nadia's answer to the worry is that", "Corriden's case for an extension is that";
            // not
            // "about": "X's point about Y is fair" is the writer weighing it.
            "^\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:(?:%s)(?:\\s+(?:to|for)\\s+[^,:;]{1,40}?)?"
                + "(?:\\s+(?:%s)\\b|\\s*[,:])|(?:%s)\\s+(?:is|was)\\s+that\\b)",
            views, cues.alternation("view-copulas"), cues.alternation("claim-nouns"));
    this.objectOfPreposition =
        AlternationIndex.of("\\b(?:" + cues.alternation("object-prepositions") + ")\\s+$", FLAGS);
    this.spokesperson =
        compile("^\\s+(?:%s)\\s+(?:%s)\\b", cues.alternation("spokespeople"), verbs);
    this.jointSubject =
        compile(
            "^(?:%s)\\s+(?:%s|%s)\\b",
            cues.alternation("joint-subjects"), verbs, cues.alternation("joint-verbs"));
    this.interviewIntro =
        compile(
            // "We spoke with its founder and chief executive, Tove Ravensworth,": a role may stand
            // before the name, between the determiner and a comma. A surname alone ("We spoke
            // with Bittencourt in São Paulo") is the person the document named in full before.
            "\\b(?:%s)\\s+(?:(?:its|their|the|his|her|our)\\s+[\\p{Ll}\\s-]{1,60},\\s+)?"
                + "(\\p{Lu}[\\p{L}'\u2019-]+(?:\\s+\\p{Lu}[\\p{L}'\u2019-]+){0,2})",
            cues.alternation("interview-intros"));
    this.mayIntroduceInterview = AlternationIndex.of(interviewIntro.pattern(), FLAGS);
    this.groupAt =
        AlternationIndex.of(
            "\\b(?:"
                + cues.alternation("group-speakers")
                + ")\\s+(?:"
                + cues.alternation("group-prepositions")
                + ")\\s+$",
            FLAGS);
    this.unnamedHolders =
        compile(
            "^(?:%s)\\b[^,.;:]{0,60}?\\s(?:%s|%s)\\b",
            cues.alternation("unnamed-holders"), verbs, cues.alternation("holder-verbs"));
    this.pluralHolders =
        Pattern.compile(
            "^\\p{Lu}\\p{Ll}+s(?:\\s+of\\s+(?:the\\s+)?\\p{Ll}+(?:\\s+\\p{Ll}+){0,2}?)?\\s+(?:"
                + CueFile.alternation(baseForms(verbList))
                + ")\\b");
    this.postLabel =
        Pattern.compile(
            String.format(
                Locale.ROOT,
                "^(?:(@[\\p{L}\\p{N}_]+)|(@?[\\p{L}\\p{N}_.-]*[\\p{L}\\p{N}_]"
                    + "(?:\\s+\\p{Lu}[\\p{L}'\u2019.-]*){0,3})"
                    + "(?:,[^,:]{1,80},)?\\s+(?:%s))\\s*:(?:\\s|$)",
                cues.alternation("post-verbs")));
    String sectionVerbs = cues.alternation("section-verbs");
    // "Corvane Logistics' chief executive, Ingrid Salo, responds.": the role may come first
    this.sectionIntroduction =
        Pattern.compile(
            "^(?:\\p{Lu}[^,:;.]{1,60},\\s+)?\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019.-]*){1,3}"
                + "(?:,[^,:;]{1,80},)?,?\\s+(?:"
                + sectionVerbs
                + ")\\s*\\.$");
    this.replyHeading =
        Pattern.compile(
            "^(\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019.-]*){0,3})\\s+(?:"
                + sectionVerbs
                + ")(?:\\s+to\\s+\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019.-]*){0,3})?$");
    this.ratingAction =
        Pattern.compile(
            "^(?:,[^,]{1,90},)?(?:\\s+(?:"
                + cues.alternation("subject-adverbs")
                + "))?\\s+(?:"
                + String.join("|", cues.list("rating-actions"))
                + ")",
            FLAGS);
    this.subordinateBefore = compile("\\b(?:%s)\\s+$", cues.alternation("subordinators"));
    this.handleOwner =
        compile(
            "(\\p{Lu}[\\p{L}'\u2019.-]+(?:\\s+\\p{Lu}[\\p{L}'\u2019.-]+){1,2})"
                + "(?:,[^,]{1,80},)?\\s+(?:%s)\\s+(@[\\p{L}\\p{N}_]+)",
            cues.alternation("handle-owners"));
    this.commitment =
        compile(
            "^\\p{Lu}[^\\s]*(?:\\s+\\p{Lu}[^\\s]*){0,4}\\s+(?:has\\s+|have\\s+|had\\s+)?(?:%s)\\b",
            cues.alternation("commitment-verbs"));
    this.questionLabel = compile("^(?:%s)\\s*:", cues.alternation("question-labels"));
    this.answerLabel = compile("^(?:%s)\\s*:", cues.alternation("answer-labels"));
    this.verbBefore =
        AlternationIndex.of("\\b(?:" + cues.alternation("inverted-verbs") + ")\\s+$", FLAGS);
    this.quotingBefore =
        compile(
            "\\b(?:%s)\\s+(?:(?:his|her|their|its|the|a|an)\\s[^,.;:\"\u201C\u201D]{0,60},\\s+)?$",
            cues.alternation("quoting-verbs"));
    // "..., adds economist Tom Reyes", "..., said its finance director, Leon Rasmussen": an
    // inverted
    // verb, a role of up to three words (after a possessive), the name.
    this.verbBeforeRole =
        AlternationIndex.of(
            LetterClasses.caseSensitive(
                String.format(
                    Locale.ROOT,
                    // "said Fjordlys chief executive Kjersti Valand": the employer may stand
                    // before the role without a possessive.
                    "\\b(?:%s)\\s+(?:(?:its|their|his|her|the|\\p{Lu}[\\p{L}&-]*['\u2019]s"
                        + "|\\p{Lu}[\\p{L}&-]*(?:\\s+\\p{Lu}[\\p{L}&-]*){0,2})\\s+)?"
                        + "(?:(?!(?:%s)\\s)[\\p{Ll}][\\p{L}'\u2019-]*\\s+){0,2}"
                        + "(?!(?:%2$s)[\\s,])[\\p{Ll}][\\p{L}'\u2019-]*,?\\s+$",
                    cues.alternation("inverted-verbs"),
                    cues.alternation("role-stop-words"))),
            FLAGS);
    this.sourceBefore = sourceBefore(cues, sources);
    this.viewFrom =
        AlternationIndex.of(
            "\\b(?:"
                + cues.alternation("view-from-nouns")
                + "),?\\s+(?:(?:[\\p{L}'\u2019-]+,?\\s+){0,7}?(?:came|comes|come|is|was|were)\\s+)?"
                + "from\\s+(?:the\\s+)?$",
            FLAGS);
    this.pronounPointer =
        compile(
            "\\b(?:(?:%s)\\s+(?:(?:%s)\\s+)?(?:%s)|(?:%s)\\s+(?:own\\s+)?(?:%s))\\b",
            cues.alternation("pronouns"),
            cues.alternation("pointer-adverbs"),
            verbs,
            cues.alternation("possessives"),
            views);
    this.mayPointBack = AlternationIndex.of(pronounPointer.pattern(), FLAGS);
    this.itPointer =
        compile(
            "^(?:(?:and|but|yet)\\s+)?(?:it\\s+(?:(?:%1$s)\\s+)?(?:%2$s)\\b"
                + "|its\\s+(?:own\\s+)?(?:%3$s|%4$s)\\s+(?:(?:%1$s)\\s+)?(?:%2$s)\\b"
                + "|in\\s+its\\s+(?:own\\s+)?(?:%5$s)\\s*,)",
            cues.alternation("pointer-adverbs"),
            verbs,
            sources,
            views,
            cues.alternation("view-of-nouns"));
    this.reportPointer =
        compile(
            "\\b(?:per the (?:%1$s)|according to the (?:%1$s)"
                + "|(?:the|that|this) (?:same )?(?:visible )?(?:%1$s) (?:(?:%4$s) )?(?:%2$s)"
                + "|as (?:%3$s) in the (?:visible )?(?:%1$s)|reportedly)\\b",
            sources,
            cues.alternation("report-verbs"),
            cues.alternation("report-participles"),
            cues.alternation("pointer-adverbs"));
    String documents = documentNouns(cues) + "|" + cues.alternation("document-kinds");
    this.ownedDocumentAfter =
        compile("^\\s+(?:own\\s+)?(?:[\\p{Ll}\\d-]+\\s+){0,3}?(%s)\\b", documents);
    this.documentBefore =
        compile(
            "\\b(%s)\\s+(?:(?:published|issued|written|compiled|commissioned|comes|came)\\s+)?(?:from|by)\\s+"
                + "(?:the\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}$",
            documents);
    this.documentPublished =
        compile(
            "^\\s+(?:(?:has|had|also|just)\\s+)?(?:published|released|issued|filed|put out|sent"
                + "|posted|wrote)\\s+(?:a|an|its|their|the)\\s+(?:[\\p{Ll}\\d-]+\\s+){0,3}?(%s)\\b",
            documents);
    this.pointedDocument =
        compile(
            "\\b(?:per|according to) the (?:[\\p{Ll}-]+\\s+){0,2}?(%1$s)\\b"
                + "|\\bthe (?:same\\s+)?(%1$s)\\s+(?:(?:%2$s)\\s+)?(?:%3$s)\\b",
            documents, cues.alternation("pointer-adverbs"), cues.alternation("report-verbs"));
    this.possessiveReport =
        Pattern.compile(LetterClasses.caseSensitive("^\\s+" + ownDocumentSays(cues)), FLAGS);
    this.narratorWord = narratorWord(cues.list("narrator-words"));
    this.describedSpeaker =
        compile(
            "^(?:(?:%s)\\s*,?\\s+)?(?:%s)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:(?:%s)\\s+)?(?:%s)\\b",
            cues.alternation("sentence-connectives"),
            cues.alternation("subject-determiners"),
            cues.alternation("subject-adverbs"),
            verbs);
    this.reportsResults =
        compile(
            "^(?:,[^,]{1,90},)?\\s+(?:reports|reported|will\\s+report)\\s+(?:(?!that\\b)[\\p{L}-]+\\s+){0,3}?"
                + "(?:%s)\\b|^(?:,[^,]{1,90},)?\\s+(?:reports|will\\s+report)\\s+(?:%s)\\s*[,.;]",
            cues.alternation("result-nouns"), cues.alternation("date-words"));
    this.reportedFact = compile("[\\d\\p{Sc}]|\\b(?:%s)\\b", cues.alternation("date-words"));
    this.marketSubject =
        Pattern.compile(
            String.format(
                Locale.ROOT,
                "^(?:(?i:%s)\\s*,?\\s+)?(?:(?i:its|their)|\\p{Lu}[\\p{L}&.'\u2019-]*"
                    + "(?:\\s+\\p{Lu}[\\p{L}&.'\u2019-]*){0,3}?(?:['\u2019]s)?)\\s+(?i:%s)\\b",
                cues.alternation("sentence-connectives"),
                cues.alternation("market-subjects")));
    this.determinerSubject =
        compile(
            "^(?:(?:%s)\\s*,?\\s+)?(?:(?:%s)\\s+[\\p{L}\\d]|[\\d\\p{Sc}])",
            cues.alternation("sentence-connectives"), cues.alternation("subject-determiners"));
    this.demonstrativeSubject =
        compile(
            "^(?:(?:%s)\\s*,?\\s+)?(?:%s)\\b(?!\\s*,)",
            cues.alternation("sentence-connectives"), cues.alternation("demonstrative-subjects"));
    // The speaker still in the sentence: a pronoun or possessive of theirs ("That makes her
    // bullish"), or a verb of saying anywhere ("That works out to 15%, the panel said").
    List<String> personal = new ArrayList<>(cues.list("pronouns"));
    personal.addAll(cues.list("possessives"));
    personal.add("him");
    this.speakerStillThere = compile("\\b(?:%s|%s)\\b", CueFile.alternation(personal), verbs);
  }

  /**
   * First-person words as written or with a capital first letter, case-sensitive: "We" and "we",
   * never "US". A curly apostrophe after a word is let through ("I\u2019m" is "I"); initials
   * ("A.I.") are not words.
   */
  private static Pattern narratorWord(List<String> words) {
    List<String> forms = new ArrayList<>();
    for (String w : words) {
      forms.add(w);
      forms.add(Character.toUpperCase(w.charAt(0)) + w.substring(1));
    }
    return Pattern.compile(
        "(?<![\\p{L}'\u2019.])(?:" + CueFile.alternation(forms) + ")(?![\\p{L}']|\\.\\p{L})");
  }

  /**
   * After a name: an optional second name ("and Y"), an optional affiliation ("of Meridian"), an
   * optional appositive (", an analyst at Y,"), which may go on with a relative clause (", a
   * partner at Y, which backs two farms,"), an optional adverb or auxiliary ("also", "has"), then a
   * verb of saying.
   */
  private static Pattern subjectVerb(CueFile cues, String verbs) {
    return compile(
        "^(?:\\s+and\\s+\\p{Lu}[\\p{L}'\u2019-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019-]*){0,2})?"
            + "(?:\\s+(?:%s)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}&'\u2019.-]*"
            // "Rosalind Achebe of Wexcombe & Hart said": a firm's name may join its names by "&";
            // "Philippa Hesketh of the Friends of Brackenmoor Woods said": and by "of (the)"
            + "(?:\\s+(?:\\p{Lu}[\\p{L}&'\u2019.-]*|&|of(?:\\s+the)?(?=\\s+\\p{Lu}))){0,4})?"
            // "Reyes (D-Ohio) said": a parenthesis after the name, as an appositive.
            + "(?:\\s*\\([^()]{1,40}\\))?"
            // ", whose fund, Halloran Crest, owns 6% of Y, thinks": a relative clause may hold an
            // appositive of its own.
            + "(?:,\\s+(?:who|whose|whom)\\s[^,]{1,90},(?:[^,]{1,90},){1,2}"
            + "|,[^,]{1,90},(?:[^,]{1,90},)?|,)?(?:\\s+(?:%s))?\\s+(?:(?:%s)\\s+)?(?:%s)\\b",
        cues.alternation("affiliation-prepositions"),
        cues.alternation("time-adverbials"),
        cues.alternation("subject-adverbs"),
        verbs);
  }

  /**
   * After an owner's possessive ("Yarrowby's", "the company's"): its own document and the verb it
   * speaks with, "[own] annual report [, published in March,] [also] shows" ({@code
   * [source-nouns]}, {@code [document-nouns]}, {@code [pointer-adverbs]}, {@code [report-verbs]});
   * a regular expression to be compiled case-insensitively, shared with {@link
   * OrganisationDescriptions}.
   *
   * @param cues the parsed {@code speaker-cues.txt}
   * @return the expression, without anchors
   */
  static String ownDocumentSays(CueFile cues) {
    return String.format(
        Locale.ROOT,
        "(?:own\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:%s)(?:\\s*,[^,]{1,80},)?"
            + "\\s+(?:(?:%s)\\s+)?(?:%s)\\b",
        documentNouns(cues),
        cues.alternation("pointer-adverbs"),
        cues.alternation("report-verbs"));
  }

  /**
   * The documents an organisation speaks through, by their nouns ({@code [source-nouns]}, {@code
   * [document-nouns]}): an alternation shared by the patterns that read them, here and in {@link
   * OrganisationDescriptions}.
   *
   * @param cues the parsed {@code speaker-cues.txt}
   * @return the alternation, without a group
   */
  static String documentNouns(CueFile cues) {
    return cues.alternation("source-nouns") + "|" + cues.alternation("document-nouns");
  }

  /**
   * Before a name: "according to [a] [... from]", "a report from", "according to ... cited by",
   * "written by", "per".
   */
  private static AlternationIndex sourceBefore(CueFile cues, String sources) {
    return AlternationIndex.of(
        String.format(
            Locale.ROOT,
            "(?:\\baccording to\\s+(?:(?:%1$s)\\s+)?"
                + "(?:(?:[\\p{L}-]+\\s+){0,3}(?:from|by|of|at)\\s+)?"
                + "|\\b(?:%2$s)\\s+(?:from|by)\\s+"
                + "|\\baccording to\\s+(?:[\\p{L}'-]+\\s+){1,8}?(?:%3$s)\\s+by\\s+"
                + "|\\b(?:%4$s)\\s+by\\s+"
                + "|\\bper\\s+"
                // "In the view of Kasimir Bode, ...": a view noun's holder, as "in X's view".
                + "|\\bin\\s+the\\s+(?:%5$s)\\s+of\\s+)"
                // "a report by the research firm Seldraw": what the source is may stand before it
                + "(?:the\\s+(?:[\\p{Ll}-]+\\s+){0,3}?)?$",
            cues.alternation("source-determiners"),
            sources,
            cues.alternation("cited-by-verbs"),
            cues.alternation("by-verbs"),
            cues.alternation("view-of-nouns")),
        FLAGS);
  }

  /**
   * The verbs of a list whose -s form is in it too ("say" beside "says", "argue" beside "argues"):
   * the base forms, which agree with a plural subject.
   */
  private static List<String> baseForms(List<String> verbs) {
    Set<String> all = new HashSet<>();
    for (String v : verbs) {
      all.add(v.toLowerCase(Locale.ROOT));
    }
    List<String> base = new ArrayList<>();
    for (String v : all) {
      if (!v.contains(" ") && (all.contains(v + "s") || all.contains(v + "es"))) {
        base.add(v);
      }
    }
    base.sort(null);
    return base;
  }

  private static Pattern compile(String template, String... lists) {
    return Pattern.compile(
        LetterClasses.caseSensitive(String.format(Locale.ROOT, template, (Object[]) lists)), FLAGS);
  }
}
