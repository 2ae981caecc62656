package dev.pincite.claims;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The features of one sentence and its candidate speaker for the voice model ({@link VoiceModel}):
 * whether the sentence speaks for that speaker or in the document's own voice. The candidate is the
 * speaker the rules gave the sentence, or, for a sentence the rules left in the document's voice,
 * the speaker of the sentence before it in the same paragraph, else the person or organisation the
 * sentence names first. The features are structural (the rules' decision and whether they found the
 * speaker in the sentence itself, where the candidate's name was last seen, paragraph start,
 * quotation marks, first-person words, a transcript label, the document's share of its own voice,
 * whether the candidate is a person; for a named candidate, where the name stands, the word after
 * it and a colon after it) and the sentence's words in lower case, whose weights the training
 * labels set: the only list is the closed class of first-person pronouns. Stateless; thread safe.
 */
public final class VoiceFeatures {

  /**
   * One sentence as the speaker rules left it.
   *
   * @param text the sentence
   * @param attribution the rules' speaker
   * @param paragraphStart whether it opens its paragraph
   * @param organisations the organisations it names
   */
  public record Sentence(
      String text,
      SpeakerRules.Attribution attribution,
      boolean paragraphStart,
      Set<String> organisations) {

    public Sentence {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(attribution, "attribution");
      organisations = Set.copyOf(organisations);
    }

    /** A sentence naming no organisation. */
    public Sentence(String text, SpeakerRules.Attribution attribution, boolean paragraphStart) {
      this(text, attribution, paragraphStart, Set.of());
    }
  }

  /** What a word, {@code \p{L}[\p{L}'’]*}, goes on over after its first letter besides letters. */
  private static final String WORD_INSIDE = "'\u2019";

  private static final Pattern NAME_PART = Pattern.compile("\\p{Lu}[\\p{L}'\u2019-]{2,}");
  private static final Pattern OPENS_WITH_QUOTE = Pattern.compile("^[\"\u201c\u2018']");
  // First-person pronouns: what tells a speaker's own words from a report of them (closed class).
  private static final Set<String> FIRST_PERSON =
      Set.of("i", "i'm", "i've", "i'd", "me", "my", "we", "we're", "we've", "we'd", "us", "our");
  private static final int FAR = 4;

  private VoiceFeatures() {}

  /** Where a sentence's candidate speaker comes from. */
  enum Source {
    /** The speaker the rules gave the sentence. */
    RULES("A"),
    /** The speaker of the attributed sentence before it in its paragraph. */
    CARRIED("B"),
    /** The person or organisation the sentence names first. */
    NAMED("C");

    /** The prefix of its features (fixed: the shipped model's weights are keyed on it). */
    final String code;

    Source(String code) {
      this.code = code;
    }
  }

  /**
   * A sentence's candidate speaker.
   *
   * @param name the candidate
   * @param source where it comes from
   */
  record Candidate(String name, Source source) {}

  /**
   * The candidate speaker of sentence {@code i}: the rules' speaker when they attributed it, else
   * the attributed speaker of the sentence before it in the same paragraph, else the person or
   * organisation the sentence names first, else null.
   *
   * @param document the document's sentences
   * @param people the people the document names (full names)
   * @param i the sentence
   * @return the candidate's name, or null when the sentence has none
   */
  public static String candidate(List<Sentence> document, Set<String> people, int i) {
    Candidate c = find(document, people, i);
    return c == null ? null : c.name();
  }

  /** The candidate of sentence {@code i} and its source ({@link #candidate}), or null. */
  static Candidate find(List<Sentence> document, Set<String> people, int i) {
    SpeakerRules.Attribution a = document.get(i).attribution();
    if (a.attributed()) {
      return new Candidate(a.speaker(), Source.RULES);
    }
    if (i > 0 && !document.get(i).paragraphStart()) {
      SpeakerRules.Attribution before = document.get(i - 1).attribution();
      if (before.attributed()) {
        return new Candidate(before.speaker(), Source.CARRIED);
      }
    }
    String named = firstNamed(document.get(i), people);
    return named == null ? null : new Candidate(named, Source.NAMED);
  }

  /** The person or organisation the sentence names first, or null. */
  private static String firstNamed(Sentence s, Set<String> people) {
    String first = null;
    int at = Integer.MAX_VALUE;
    for (Set<String> names : List.of(people, s.organisations())) {
      for (String name : names) {
        int p = position(s.text(), name);
        if (p >= 0 && (p < at || p == at && name.compareTo(first) < 0)) {
          first = name;
          at = p;
        }
      }
    }
    return first;
  }

  /** Where the text names the name: in full, else by its last capitalised word; or -1. */
  static int position(String text, String name) {
    int full = wordAt(text, name);
    if (full >= 0) {
      return full;
    }
    String last = null;
    Matcher part = NAME_PART.matcher(name);
    while (part.find()) {
      last = part.group();
    }
    return last == null ? -1 : wordAt(text, last);
  }

  /**
   * The share of the document's sentences the rules left in its own voice.
   *
   * @param document the document's sentences
   * @return a share in [0, 1]
   */
  static double ownShare(List<Sentence> document) {
    if (document.isEmpty()) {
      return 0;
    }
    long own = document.stream().filter(s -> !s.attribution().attributed()).count();
    return own / (double) document.size();
  }

  /**
   * The features of sentence {@code i} with its candidate speaker.
   *
   * @param document the document's sentences
   * @param people the people the document names (full names)
   * @param i the sentence
   * @param found its candidate ({@link #find}), not null
   * @param ownShare {@link #ownShare} of the document
   * @return the features
   */
  static String[] of(
      List<Sentence> document, Set<String> people, int i, Candidate found, double ownShare) {
    String candidate = found.name();
    Sentence s = document.get(i);
    String text = s.text();
    String c = found.source().code;
    List<String> f = new ArrayList<>();
    f.add("case=" + c);
    if (found.source() == Source.NAMED) {
      int at = position(text, candidate);
      f.add("C.at=" + (at == 0 ? "start" : at < 25 ? "near" : "later"));
      List<String> next = words(text.substring(at));
      f.add("C.next=" + (next.size() < 2 ? "" : next.get(1)));
      f.add("C.colon=" + (text.indexOf(':', at) >= 0));
    }
    if (s.attribution().attributed()) {
      f.add("A.explicit=" + s.attribution().explicit());
    }
    boolean named = names(text, candidate);
    f.add(c + ".named=" + named);
    boolean quote = QuotationRuns.hasDoubleMark(text);
    f.add(c + ".quote=" + quote);
    f.add(c + ".opensquote=" + OPENS_WITH_QUOTE.matcher(text).find());
    List<String> words = words(text);
    boolean firstPerson = words.stream().anyMatch(FIRST_PERSON::contains);
    f.add(c + ".first-person=" + firstPerson + "&quote=" + quote);
    f.add(c + ".w1=" + (words.isEmpty() ? "" : words.get(0)));
    f.add(c + ".w12=" + String.join(" ", words.subList(0, Math.min(2, words.size()))));
    f.add(c + ".pstart=" + s.paragraphStart());
    f.add(c + ".person=" + people.contains(candidate));
    SpeakerRules.Attribution before = i == 0 ? null : document.get(i - 1).attribution();
    f.add(
        c
            + ".before-same="
            + (before != null && before.attributed() && candidate.equals(before.speaker())));
    String distance = Integer.toString(lastNamed(document, i, candidate));
    f.add(c + ".named-back=" + distance);
    f.add(c + ".named-back=" + distance + "&pstart=" + s.paragraphStart());
    f.add(c + ".own-share=" + (int) Math.min(3, ownShare * 4));
    f.add(c + ".label=" + TypeRules.TRANSCRIPT_LABEL.matcher(text).find());
    for (String w : new LinkedHashSet<>(words)) {
      f.add(c + ".w=" + w);
    }
    return f.toArray(String[]::new);
  }

  /** How many sentences back the candidate was last named (0: here), at most {@value #FAR}. */
  private static int lastNamed(List<Sentence> document, int i, String candidate) {
    for (int k = i; k >= 0 && i - k < FAR; k--) {
      if (names(document.get(k).text(), candidate)) {
        return i - k;
      }
    }
    return FAR;
  }

  /** Whether the text has one of the name's capitalised words of three letters or more. */
  static boolean names(String text, String name) {
    Matcher part = NAME_PART.matcher(name);
    while (part.find()) {
      if (hasWord(text, part.group())) {
        return true;
      }
    }
    return false;
  }

  /** Whether the word occurs in the text with no letter or digit either side. */
  private static boolean hasWord(String text, String word) {
    return wordAt(text, word) >= 0;
  }

  /** Where the word first occurs in the text with no letter or digit either side, or -1. */
  private static int wordAt(String text, String word) {
    for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      int end = at + word.length();
      boolean before = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
      boolean after = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
      if (before && after) {
        return at;
      }
    }
    return -1;
  }

  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    WordScan m = new WordScan(text, WORD_INSIDE, false);
    while (m.find()) {
      out.add(m.group().toLowerCase(Locale.ROOT).replace('\u2019', '\''));
    }
    return out;
  }
}
