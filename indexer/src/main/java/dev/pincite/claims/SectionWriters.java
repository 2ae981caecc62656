package dev.pincite.claims;

import dev.pincite.ingest.ThreadPosts;
import dev.pincite.ingest.TranscriptStamps;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a heading says speaks in the section under it: a social post's header ("Marta Quill @mquill ·
 * 6h"), a call transcript's speaker line ("Ingrid Solheim -- Chief Executive Officer"), a stamped
 * one ("Helena Vasquez (00:01:02):"), a writer at the heading's end ("The bull case, by Hana Mori",
 * "Yes — Mira Solt"), or the body a statement is from ("Statement from the Carriers Association",
 * {@link StatementHeadings}). One per document: names resolve against the people and organisations
 * it has introduced so far, and the writers its headings set side by side.
 */
final class SectionWriters {

  /** A call transcript's speaker line: "Ingrid Solheim -- Chief Executive Officer". */
  private static final Pattern TURN_LINE =
      Pattern.compile(
          "^(\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019.-]*){1,3})\\s+(?:--|\u2014|\u2013)\\s+\\S.{0,100}$");

  /** "by " ending a heading's text before a name: the section's writer follows. */
  private static final Pattern BY_AT_END = Pattern.compile("\\bby\\s+$");

  /**
   * A heading ending with a dash or a colon and a name of two or three words: "Drop it — Anselm
   * Graye", "For: Ines Valcourt".
   */
  private static final Pattern DASH_NAME_AT_END =
      Pattern.compile(
          "\\S(?:\\s+(?:--|\u2014|\u2013)|:)\\s+(\\p{Lu}[\\p{L}'\u2019.-]+(?:\\s+\\p{Lu}[\\p{L}'\u2019.-]+){1,2})$");

  /**
   * A heading giving a name and the writer's role after a colon: "Proposing: Amara Quist, director
   * of policy, Independent Retailers' Federation".
   */
  private static final Pattern COLON_NAME_ROLE =
      Pattern.compile(
          "^[^:]{1,40}:\\s+(\\p{Lu}[\\p{L}'\u2019.-]+(?:\\s+\\p{Lu}[\\p{L}'\u2019.-]+){1,2}),\\s+\\S.*$");

  /**
   * A heading that is a name and the writer's role after a comma: "Desmond Fairlie, utilities
   * analyst, Pennard Stockbrokers". Group 2 is the role and what follows it.
   */
  private static final Pattern NAME_COMMA_ROLE =
      Pattern.compile(
          "^(\\p{Lu}[\\p{L}'\u2019.-]+(?:\\s+\\p{Lu}[\\p{L}'\u2019.-]+){1,2}),\\s+(\\S.{0,100})$");

  /**
   * A letters page's heading: "From" and the writer's name, with where they write from or who they
   * are after a comma ("From Agnes Pellow, Saltings Lane", "From Clemmie Voss, secretary, ...").
   */
  private static final Pattern FROM_NAME =
      Pattern.compile(
          "^From\\s+(\\p{Lu}[\\p{L}'\u2019.-]+(?:\\s+\\p{Lu}[\\p{L}'\u2019.-]+){1,2})(?:,\\s+\\S.{0,120})?$");

  /** A colon ending a heading's text before a name ("For: Ines Valcourt"), for paired writers. */
  private static final Pattern COLON_AT_END = Pattern.compile("\\S:\\s+$");

  /** A dash ending a heading's text before a name: the section's writer follows. */
  private static final Pattern DASH_AT_END = Pattern.compile("\\S\\s+(?:--|\u2014|\u2013|-)\\s+$");

  private final Registry registry;
  private final PersonNames forms;
  private final StatementHeadings statementHeadings;
  private final DocumentOrganisations organisations;
  private final IntroducedNames names;
  private final UnaryOperator<String> fullName;
  private Set<String> pairedWriters = Set.of();
  private Map<String, String> organisationHeadings = Map.of();
  private Map<String, String> letterHeadings = Map.of();

  /**
   * @param fullName the full name the document gives a name as written (a surname, a role label)
   */
  SectionWriters(
      Registry registry,
      PersonNames forms,
      StatementHeadings statementHeadings,
      DocumentOrganisations organisations,
      IntroducedNames names,
      UnaryOperator<String> fullName) {
    this.registry = registry;
    this.forms = forms;
    this.statementHeadings = statementHeadings;
    this.organisations = organisations;
    this.names = names;
    this.fullName = fullName;
  }

  /**
   * The writer of the turn a heading opens, as written: a social post's poster, a call transcript's
   * speaker line, a stamped transcript label; null for any other heading.
   */
  String turnWriter(String heading) {
    String writer = ThreadPosts.poster(heading);
    if (writer == null) {
      writer = turnSpeaker(heading);
    }
    return writer != null ? writer : TranscriptStamps.speaker(heading);
  }

  /**
   * The person "by" names inside a heading ("The bull case, by Ottilie Brunswick"), the last such;
   * null when none. The section is that person's case, even when the heading goes on.
   */
  String byWriter(String heading, List<NameSpan> spans) {
    String writer = null;
    for (NameSpan span : spans) {
      if (BY_AT_END.matcher(heading.substring(0, span.start())).find()) {
        writer = fullName.apply(span.text());
      }
    }
    return writer;
  }

  /**
   * The writer a section heading names at its end: after "by" ("The bull case, by Hana Mori"), a
   * name of a person's form; after a dash ("Yes — Mira Solt", "No -- Anders Vik"), a person the
   * document has already named as one or a writer of views set side by side ({@link
   * #learnPairedWriters}; "Outlook — North America" has a name's form too); after a colon, only a
   * writer of such views ("For: Ines Valcourt", while "Profile: Ines Valcourt" is about her). Null
   * for any other heading.
   */
  String writerAtEnd(String heading, List<NameSpan> spans) {
    if (spans.isEmpty() || spans.getLast().possessive()) {
      return null;
    }
    NameSpan last = spans.getLast();
    String before = heading.substring(0, last.start());
    if (last.end() != heading.length() || before.isBlank()) {
      return null;
    }
    String name = fullName.apply(last.text());
    if (BY_AT_END.matcher(before).find()) {
      return names.hasFullNameForm(name) ? name : null;
    }
    boolean person =
        names.isPerson(name)
            || pairedWriters.contains(last.text())
            || registry.person(name).isPresent();
    boolean paired = pairedWriters.contains(last.text());
    boolean set =
        DASH_AT_END.matcher(before).find() || paired && COLON_AT_END.matcher(before).find();
    return person && set ? name : null;
  }

  /**
   * The writer a heading names after a colon with their role ("Proposing: Amara Quist, director of
   * policy, ..."), when the page sets such writers side by side ({@link #learnPairedWriters}); null
   * otherwise ("Profile: Ines Valcourt, the quiet dealmaker" alone is about her).
   */
  String writerWithRole(String heading) {
    Matcher m = COLON_NAME_ROLE.matcher(heading);
    if (!m.matches()) {
      m = NAME_COMMA_ROLE.matcher(heading);
    }
    return m.matches() && pairedWriters.contains(m.group(1)) ? m.group(1) : null;
  }

  /**
   * The writer a letters page's heading names after "From" ("From Agnes Pellow, Saltings Lane",
   * also set in capitals): a name of a person's form, no place, firm or organisation the document
   * knows; or, on a page of two or more such headings without "From" ("JOSIAH MBEKI-LOWTHER,
   * STANWICK"; {@link #learnLetterHeadings}), the name opening the heading. Null otherwise.
   */
  String letterWriter(String heading) {
    String text = TitleCase.ifCapitals(heading.strip());
    Matcher m = FROM_NAME.matcher(text);
    if (m.matches() && isPersonsForm(m.group(1))) {
      return fullName.apply(m.group(1));
    }
    String writer = letterHeadings.get(text);
    return writer == null ? null : fullName.apply(writer);
  }

  /**
   * Learns a page of letters or contributions each under its writer's name and where they write
   * from or who they are ("JOSIAH MBEKI-LOWTHER, STANWICK", "Alinta Ferro-Mackay, veterinary
   * surgeon, Kellington"): when two or more headings are each a name of a person's form and a comma
   * and more, the section under each is that person's. One such heading alone may be a profile's
   * ("Ines Valcourt, the quiet dealmaker"), so it takes two; and no two of the names open with the
   * same word ("Claim One, ...", "Claim Two, ..." number a series).
   *
   * @param headings the document's section headings, in order
   */
  void learnLetterHeadings(List<String> headings) {
    Map<String, String> found = new HashMap<>();
    Set<String> firstWords = new HashSet<>();
    for (String heading : headings) {
      String text = TitleCase.ifCapitals(heading.strip());
      Matcher m = NAME_COMMA_ROLE.matcher(text);
      if (m.matches() && isPersonsForm(m.group(1)) && found.put(text, m.group(1)) == null) {
        if (!firstWords.add(NameSpan.wordsOf(m.group(1))[0])) {
          // "CLAIM ONE, THE NEWSROOM", "CLAIM TWO, ...": a numbered series, not people.
          letterHeadings = Map.of();
          return;
        }
      }
    }
    letterHeadings = found.size() >= 2 ? Map.copyOf(found) : Map.of();
  }

  /**
   * The name a heading gives with a person's role after a comma ("Desmond Fairlie, utilities
   * analyst, Pennard Stockbrokers"; a word of {@code [role-titles]}' roles after the comma), or
   * null.
   */
  private String nameWithRole(String heading) {
    Matcher m = NAME_COMMA_ROLE.matcher(heading);
    if (!m.matches()) {
      return null;
    }
    for (String word : NameSpan.wordsOf(m.group(2).split(",", 2)[0])) {
      if (forms.personRole(word)) {
        return m.group(1);
      }
    }
    return null;
  }

  /**
   * Learns a page of statements printed side by side under their organisations' names ("ORMESBY
   * WATER", "WATER RESOURCES COMMISSION"): when two or more headings are each the whole name of a
   * different organisation the document has found, and the section under each never names that
   * organisation (a statement says "we", not its own name), the section is that organisation's
   * statement ({@link #statementWriter}). A section that names its heading's organisation is about
   * it ("Penhallow Aerospace" over "We bought Penhallow ..."), in the writer's voice.
   *
   * @param headings the document's section headings, in order
   * @param sectionText the text of the sentences under a heading
   */
  void learnOrganisationHeadings(List<String> headings, Function<String, String> sectionText) {
    Map<String, String> found = new HashMap<>();
    for (String heading : headings) {
      String text = heading.strip();
      String name = TitleCase.ifCapitals(text);
      organisations
          .named(name)
          .filter(name::equals)
          .filter(org -> !namesItself(org, sectionText.apply(heading)))
          .ifPresent(org -> found.put(text, org));
    }
    organisationHeadings = new HashSet<>(found.values()).size() >= 2 ? Map.copyOf(found) : Map.of();
  }

  /**
   * Whether a text names the organisation, in full or by its first word as a name of its own
   * ("Penhallow shares", not the "Water" of "Ormesby Water").
   */
  private static boolean namesItself(String organisation, String text) {
    if (text.contains(organisation)) {
      return true;
    }
    String first = NameSpan.wordsOf(organisation)[0];
    Matcher m =
        Pattern.compile("(?<!\\p{Lu}[\\p{L}'\u2019.-]{0,30}\\s)\\b" + Pattern.quote(first) + "\\b")
            .matcher(text);
    return m.find();
  }

  /** Whether the page sets this writer's views beside another's ({@link #learnPairedWriters}). */
  boolean isPairedWriter(String name) {
    return pairedWriters.contains(name);
  }

  /** A name of a person's form, no place, firm or organisation the document knows. */
  private boolean isPersonsForm(String name) {
    String[] words = NameSpan.wordsOf(name);
    return forms.looksLikePersonName(words)
        && !forms.namesPlace(words)
        && !forms.endsAsFirm(words)
        && organisations.named(name).isEmpty();
  }

  /**
   * Learns the writers of a page of views set side by side ("Drop the lawsuit — Anselm Graye",
   * "Fight it — Beatrix Holm", "For: Ines Valcourt", "Opposing: Lionel Haverstock, senior fellow,
   * ..."): when two or more of its headings end with a dash or a colon and a name of a person's
   * form, or give one after a colon with a role, (no word of it a place, no firm's or known
   * organisation's name) that the text mentions too (its surname at least: "Graye is right about
   * the odds"), those names are writers at the end of their headings ({@link #writerAtEnd}). One
   * such heading alone may end with anything ("Outlook — North America"), and a place the text
   * never mentions is no writer.
   *
   * @param headings the document's section headings, in order
   * @param text the document's sentences, headings apart (asked for only when two headings or more
   *     end with a dash and a name of a person's form)
   */
  void learnPairedWriters(List<String> headings, Supplier<String> text) {
    // "Desmond Fairlie, utilities analyst, ...", "Marguerite Halloran, portfolio manager, ...": a
    // symposium's answers under their writers' names and roles, two or more of them
    Set<String> withRoles = new LinkedHashSet<>();
    for (String heading : headings) {
      String name = nameWithRole(heading);
      if (name != null && isPersonsForm(name)) {
        withRoles.add(name);
      }
    }
    if (withRoles.size() >= 2) {
      pairedWriters = Set.copyOf(withRoles);
      return;
    }
    Set<String> candidates = new LinkedHashSet<>();
    for (String heading : headings) {
      Matcher m = DASH_NAME_AT_END.matcher(heading);
      if (!m.find()) {
        m = COLON_NAME_ROLE.matcher(heading);
        if (!m.matches()) {
          continue;
        }
      }
      if (isPersonsForm(m.group(1))) {
        candidates.add(m.group(1));
      }
    }
    if (candidates.size() < 2) {
      return;
    }
    String body = text.get();
    Set<String> writers = new LinkedHashSet<>();
    for (String name : candidates) {
      String[] words = NameSpan.wordsOf(name);
      if (mentions(body, words[words.length - 1])) {
        writers.add(name);
      }
    }
    pairedWriters = writers.size() >= 2 ? Set.copyOf(writers) : Set.of();
  }

  /** Whether the text has the word as a word of its own ("Graye" in "Graye's figures"). */
  private static boolean mentions(String text, String word) {
    return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])")
        .matcher(text)
        .find();
  }

  /**
   * Whose statement a heading says its section is ({@link StatementHeadings}): an organisation of
   * the document the name is or opens ("Aurelia" for Aurelia Hotels Group), the one whose name ends
   * with a single word ("Statement from the league"), a person by their full name, or a name of
   * several words as written; null otherwise.
   */
  String statementWriter(String heading) {
    String printed = organisationHeadings.get(heading.strip());
    if (printed != null) {
      return printed;
    }
    Optional<String> named = statementHeadings.named(heading);
    if (named.isEmpty()) {
      return null;
    }
    String name = named.get();
    Optional<String> organisation = organisations.named(name);
    if (organisation.isPresent()) {
      return organisation.get();
    }
    if (name.contains(" ")) {
      return name;
    }
    Optional<String> owner = organisations.onlyOneEndingWith(name);
    if (owner.isPresent()) {
      return owner.get();
    }
    String full = fullName.apply(name);
    return full != null && full.contains(" ") ? full : null;
  }

  /**
   * The person a transcript's speaker line names: a name of two to four words that has a person's
   * form, a dash ("--", an em or en dash) and the role or firm ("Ingrid Solheim -- Chief Executive
   * Officer", "Yelena Sorokina -- Ardmoor Bank -- Analyst"); null for any other heading.
   */
  private String turnSpeaker(String heading) {
    Matcher m = TURN_LINE.matcher(heading);
    if (!m.matches()) {
      return null;
    }
    String[] words = NameSpan.wordsOf(m.group(1));
    return forms.looksLikePersonName(words) && organisations.named(m.group(1)).isEmpty()
        ? m.group(1)
        : null;
  }
}
