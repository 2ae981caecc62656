package dev.pincite.claims;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a sentence makes an organisation its speaker by a description rather than by name: "...,
 * the regional airline said on Tuesday." closing the sentence ({@link Speech#CLOSING}), "The firm
 * expects ..." or "The board, which ..., has said ..." as its subject, or holding a view
 * ("Management's answer is that ...") ({@link Speech#SUBJECT}), and "It said ..." going on with the
 * organisation that spoke in the sentence before ({@link Speech#IT}). Which organisation the
 * description is, the caller decides from the sentence and its paragraph ({@link ClaimExtractor}):
 * this class reads only the grammar.
 *
 * <p>The nouns are the kinds of organisation of {@code company-cues.txt} ({@code
 * [definite-descriptions]}, {@code [head-descriptions]}, {@code [appositive-nouns]}) and the bodies
 * that speak for one ({@code [speaking-bodies]} of {@code speaker-cues.txt}: "its board", "the
 * two", "the spokeswoman"); the verbs are the verbs of saying of {@code [verbs]}. Immutable and
 * thread safe.
 */
final class OrganisationDescriptions {

  /** How a sentence lets an organisation speak by a description. */
  enum Speech {
    /** No description of an organisation speaks. */
    NONE,
    /** A closing "..., the hospital group said on Monday.": the organisation the sentence names. */
    CLOSING,
    /** "The insurer blamed ...", "The company has also flagged ...": opening the sentence. */
    SUBJECT,
    /** "It said ...", "It expects ...": the organisation that spoke just before goes on. */
    IT,
    /**
     * "..., according to the company's annual report.", "By the council's own figures, ...": the
     * organisation is the source of what the sentence states, wherever the phrase stands.
     */
    SOURCE,
    /**
     * "..., the council estimates.", "..., and the authority expects ...", "In the union's view,
     * ...", "a spokeswoman for the bank confirmed": any organisation's last word speaking, wherever
     * the clause stands. Only an organisation named before whose name ends with the word is meant.
     */
    HEAD
  }

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /** Describing words a description may have before its noun: "the regional airline". */
  private static final String DESCRIBING = "(?:[\\p{Ll}-]+\\s+){0,2}?";

  /** Auxiliaries and adverbs between a subject and its verb: "has also said", "would not". */
  private static final String AUXILIARIES =
      "(?:(?:has|have|had|also|would|will|did|then|later|since|now|again|previously)\\s+){0,2}";

  /**
   * What a sentence's description is: how it speaks, and for a subject whether it is the company
   * the paragraph is about ("the company", "the board") rather than another organisation.
   *
   * @param speech how the description speaks
   * @param ownCompany for a subject, whether it names the company the paragraph is about
   * @param noun for a subject, its noun in lower case ("authority" for "The authority said"); else
   *     empty
   */
  record Found(Speech speech, boolean ownCompany, String noun) {
    static final Found NONE = new Found(Speech.NONE, false, "");
  }

  private final Set<String> companyNouns = new HashSet<>();
  private final Set<String> companyBodies = new HashSet<>();
  private final Pattern closing;
  private final Pattern subject;
  private final Pattern it;
  private final Pattern according;
  private final Pattern accordingAfter;
  private final Pattern document;
  private final Pattern view;
  private final Pattern source;
  private final Pattern head;
  private final Pattern spokesperson;

  OrganisationDescriptions(CueFile speakerCues, CueFile companyCues) {
    Set<String> nouns = new LinkedHashSet<>();
    nouns.addAll(companyCues.list("definite-descriptions"));
    nouns.addAll(companyCues.list("head-descriptions"));
    nouns.addAll(companyCues.list("appositive-nouns"));
    nouns.addAll(speakerCues.list("speaking-bodies"));
    nouns.addAll(speakerCues.list("company-bodies"));
    for (String n : companyCues.list("definite-descriptions")) {
      companyNouns.add(n.toLowerCase(Locale.ROOT));
    }
    for (String n : speakerCues.list("company-bodies")) {
      companyNouns.add(n.toLowerCase(Locale.ROOT));
      companyBodies.add(n.toLowerCase(Locale.ROOT));
    }
    String noun = CueFile.alternation(new ArrayList<>(nouns));
    String verb = speakerCues.alternation("verbs");
    // "Management has promised that ...": an organisation's commitment is its statement.
    String subjectVerb = verb + "|" + speakerCues.alternation("commitment-verbs");
    String description = "(?:the|its)\\s+" + DESCRIBING + "(" + noun + ")";
    // "Management said ...": a company's body may stand without an article, as a mass noun.
    String bareBody = "(" + speakerCues.alternation("company-bodies") + ")";
    String someone = "(?:the|its|a|an)\\s+" + DESCRIBING + "(?:" + noun + ")";
    // "..., the shipping company said on Tuesday.", "..., a spokesperson for the group said.",
    // "'...,'
    // a spokesperson said.": the clause closes the sentence, so what it says is all before it.
    this.closing =
        Pattern.compile(
            "(?:,|[,.!?][\"\u201D\u2019])\\s+(?:"
                + someone
                + "|(?:a|an|one)\\s+(?:"
                + noun
                + ")\\s+for\\s+"
                + description
                + ")\\s+(?:"
                + verb
                + ")\\b[^,;:\"\u201C\u201D]*[.!]?$",
            FLAGS);
    // "The insurer, which covers ..., blamed ...": an appositive clause may stand between.
    this.subject =
        Pattern.compile(
            "^(?:(?:but|and|in a statement|in a filing),?\\s+)?(?:"
                + description
                + "|"
                + bareBody
                + ")"
                + "(?:\\s*,[^,]{1,120},)?\\s+"
                + AUXILIARIES
                // "The company reports its results on Thursday" is the narrator's calendar.
                + "(?!reports?\\b|reported\\b|wants?\\b|wanted\\b)(?:"
                + subjectVerb
                + ")\\b"
                // "The union was not persuaded that ...", "The regulator remains cautious": a view
                // the organisation holds ("is certain to" is a prediction about it, no view).
                + "|^(?:(?:but|and),?\\s+)?"
                + description
                + "\\s+(?:"
                + speakerCues.alternation("copulas")
                + ")\\s+(?:(?:"
                + speakerCues.alternation("degree-adverbs")
                + ")\\s+)?(?:"
                + speakerCues.alternation("attitudes")
                + ")\\b(?!\\s+to\\b)",
            FLAGS);
    // "According to the company, ...", "According to the authority's draft figures, ...": the
    // organisation described is the source, as a subject of a verb of saying would be.
    this.according =
        Pattern.compile(
            "^according to " + description + "(?:\\s*,|['\u2019]s\\s+[^,]{1,60},)", FLAGS);
    // "Management's answer, given at its investor day, is that ...", "The board's view is that
    // ...": the view a description holds is its statement, as a subject's verb of saying is.
    this.view =
        Pattern.compile(
            "^(?:(?:but|and),?\\s+)?(?:"
                + description
                + "|"
                + bareBody
                + ")['\u2019]s\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:"
                + speakerCues.alternation("view-nouns")
                + ")\\b(?:\\s*,[^,]{1,120},|[^,.;:]{0,60}?)\\s+(?:is|was)\\s+(?:that|to)\\b",
            FLAGS);
    // "Shippers have signed 20-year contracts, according to the company.": the same source, given
    // after what it says.
    this.accordingAfter =
        Pattern.compile(",\\s+according to " + description + "\\s*(?:[,.;!?]|$)", FLAGS);
    // "The company's own annual report says ...": the organisation speaks through its document.
    this.document =
        Pattern.compile(
            "^(?:(?:but|and)\\s+)?"
                + description
                + "['\u2019]s\\s+"
                + SpeakerPatterns.ownDocumentSays(speakerCues),
            FLAGS);
    // "according to the airport's own count", "by the regulator's own arithmetic", "according to
    // figures the company published": any organisation's noun, since the possessive or the
    // publishing makes it one; "by" and "per" only before a figure's noun or "own" ("hit by the
    // company's decision" is not a source).
    String possessor = "the\\s+(\\p{Ll}[\\p{Ll}-]*)['\u2019]s\\s+";
    String reckoning =
        SpeakerPatterns.documentNouns(speakerCues) + "|" + speakerCues.alternation("view-of-nouns");
    this.source =
        Pattern.compile(
            "\\b(?iu:according\\s+to)\\s+"
                + possessor
                + "|\\b(?iu:by|per)\\s+"
                + possessor
                + "(?:own\\s+|(?:[\\p{Ll}-]+\\s+){0,2}?(?:"
                + reckoning
                + ")\\b)"
                + "|\\b(?iu:according\\s+to)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:"
                + speakerCues.alternation("source-nouns")
                + ")\\s+(?:(?:that|which)\\s+)?the\\s+(\\p{Ll}[\\p{Ll}-]*)\\s+"
                + "(?:published|released|gave|shared|filed|provided|sent|reported)\\b"
                // "per its shareholder letter", "by its count", "according to figures in its
                // investor presentation": the organisation the sentence is about.
                + "|\\b(?iu:according\\s+to|by|per)\\s+(?:(?:[\\p{Ll}-]+\\s+){0,2}?in\\s+)?"
                + "(its)\\s+(?:own\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}?(?:"
                + reckoning
                + "|letter|presentation|count|tally)\\b");
    // A clause of its own: the sentence's start, after a comma, a conjunction or "In a statement,".
    String clauseStart =
        "(?:^|[,;:]\\s+|\\b(?iu:and|but|as|while|because|although|though|so|after|when)\\s+"
            + "|\\b(?iu:in|with)\\s+(?:a|its|their)\\s+(?:"
            + speakerCues.alternation("source-nouns")
            + "|ruling|decision|response)\\s*,?\\s+)";
    this.head =
        Pattern.compile(
            clauseStart
                + "(?iu:the)\\s+(\\p{Ll}[\\p{Ll}-]*)\\s+(?iu:"
                + AUXILIARIES
                + "(?:"
                + subjectVerb
                + "))\\b"
                + "|^(?iu:in)\\s+the\\s+(\\p{Ll}[\\p{Ll}-]*)['\u2019]s\\s+(?iu:"
                + speakerCues.alternation("view-of-nouns")
                + ")\\s*,"
                + "|\\b(?iu:a|one)\\s+(?iu:spokesperson|spokeswoman|spokesman)\\s+for\\s+the\\s+"
                + "(\\p{Ll}[\\p{Ll}-]*)\\b");
    // "A company spokesperson said ...", "A spokeswoman for the bureau, who ..., said ...": the
    // spokesperson opening the sentence speaks for the organisation the noun names.
    this.spokesperson =
        Pattern.compile(
            "^(?:(?:but|and),?\\s+)?(?:a|an|one)\\s+(?:(\\p{Ll}[\\p{Ll}-]*)\\s+)?"
                + "(?:spokesperson|spokeswoman|spokesman)"
                + "(?:\\s+for\\s+(?:the|its)\\s+(\\p{Ll}[\\p{Ll}-]*))?"
                + "(?:\\s*,[^,]{1,120},)?\\s+"
                + AUXILIARIES
                + "(?:"
                + verb
                + ")\\b",
            FLAGS);
    this.it =
        Pattern.compile(
            "^(?:(?:and|but|yet)\\s+)?it\\s+" + AUXILIARIES + "(?:" + verb + ")\\b", FLAGS);
  }

  /**
   * How the sentence lets an organisation speak by a description.
   *
   * @param sentence a sentence
   * @return what it found, {@link Found#NONE} when no description of an organisation speaks
   */
  Found find(String sentence) {
    Matcher m = subject.matcher(sentence);
    if (m.lookingAt()) {
      return subject(firstGroup(m));
    }
    Matcher v = view.matcher(sentence);
    if (v.lookingAt()) {
      return subject(firstGroup(v));
    }
    Matcher a = according.matcher(sentence);
    if (a.lookingAt()) {
      return subject(a.group(1));
    }
    Matcher after = accordingAfter.matcher(sentence);
    if (after.find()) {
      return subject(after.group(1));
    }
    Matcher d = document.matcher(sentence);
    if (d.lookingAt()) {
      return subject(d.group(1));
    }
    if (closing.matcher(sentence).find()) {
      return new Found(Speech.CLOSING, false, "");
    }
    Matcher cited = source.matcher(sentence);
    if (mayCiteASource(sentence) && cited.find()) {
      if (cited.group(4) != null) {
        return new Found(Speech.SOURCE, true, "");
      }
      String noun = firstGroup(cited);
      return new Found(Speech.SOURCE, companyNouns.contains(noun), noun);
    }
    Matcher named = head.matcher(sentence);
    if (named.find()) {
      return new Found(Speech.HEAD, false, firstGroup(named));
    }
    if (it.matcher(sentence).lookingAt()) {
      return new Found(Speech.IT, false, "");
    }
    return Found.NONE;
  }

  /**
   * Whether the sentence has one of the words every {@code source} alternative opens with
   * ("according", "by", "per") followed by a space: searching the others for it took a hundredth of
   * the extraction's time.
   */
  private static boolean mayCiteASource(String sentence) {
    String lower = sentence.toLowerCase(Locale.ROOT);
    return lower.contains("according")
        || hasWordBeforeSpace(lower, "by")
        || hasWordBeforeSpace(lower, "per");
  }

  /** Whether a lower-case text has this word, at a word's start, followed by white space. */
  private static boolean hasWordBeforeSpace(String lower, String word) {
    for (int at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
      int end = at + word.length();
      if ((at == 0 || !Character.isLetterOrDigit(lower.charAt(at - 1)))
          && end < lower.length()
          && Character.isWhitespace(lower.charAt(end))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The organisation's spokesperson opening the sentence ("A company spokesperson said ...", "A
   * spokeswoman for the bureau said ..."), by the noun that names the organisation, as the source
   * of what the sentence says; {@link Found#NONE} otherwise. The caller lets it stand over a person
   * who is only the subject of a clause after the verb ("... the units Okonjo cited ...").
   *
   * @param sentence a sentence
   * @return what it found
   */
  Found spokesperson(String sentence) {
    Matcher m = spokesperson.matcher(sentence);
    if (!m.lookingAt() || m.group(1) == null && m.group(2) == null) {
      return Found.NONE;
    }
    String noun = firstGroup(m);
    return new Found(Speech.SOURCE, companyNouns.contains(noun), noun);
  }

  /**
   * Whether a description's noun is a company's own body ({@code [company-bodies]}: "management").
   */
  boolean isCompanyBody(String noun) {
    return companyBodies.contains(noun);
  }

  /** The first of a match's groups that took part, in lower case: its alternatives' one noun. */
  private static String firstGroup(Matcher m) {
    for (int g = 1; g <= m.groupCount(); g++) {
      if (m.group(g) != null) {
        return m.group(g).toLowerCase(Locale.ROOT);
      }
    }
    throw new IllegalStateException("no group took part in " + m.pattern());
  }

  private Found subject(String noun) {
    String lower = noun.toLowerCase(Locale.ROOT);
    return new Found(Speech.SUBJECT, companyNouns.contains(lower), lower);
  }
}
