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
 * the speaker of the sentence before it in the same paragraph. The features are structural (the
 * rules' decision and whether they found the speaker in the sentence itself, where the candidate's
 * name was last seen, paragraph start, quotation marks, first-person words, a transcript label, the
 * document's share of its own voice, whether the candidate is a person) and the sentence's words in
 * lower case, whose weights the training labels set: no word list. Stateless; thread safe.
 */
public final class VoiceFeatures {

  /**
   * One sentence as the speaker rules left it.
   *
   * @param text the sentence
   * @param attribution the rules' speaker
   * @param paragraphStart whether it opens its paragraph
   */
  public record Sentence(
      String text, SpeakerRules.Attribution attribution, boolean paragraphStart) {

    public Sentence {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(attribution, "attribution");
    }
  }

  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'\u2019]*");
  private static final Pattern NAME_PART = Pattern.compile("\\p{Lu}[\\p{L}'\u2019-]{2,}");
  private static final Pattern QUOTE = Pattern.compile("[\"\u201c\u201d]");
  private static final Pattern OPENS_WITH_QUOTE = Pattern.compile("^[\"\u201c\u2018']");
  // A speaker label: up to four capitalised words (or a handle) and a colon, opening the sentence.
  private static final Pattern LABEL =
      Pattern.compile("^(?:[@\\p{Lu}][\\p{L}.'\u2019_-]*\\s?){1,4}:\\s");
  // First-person pronouns: what tells a speaker's own words from a report of them (closed class).
  private static final Set<String> FIRST_PERSON =
      Set.of("i", "i'm", "i've", "i'd", "me", "my", "we", "we're", "we've", "we'd", "us", "our");
  private static final int FAR = 4;

  private VoiceFeatures() {}

  /**
   * The candidate speaker of sentence {@code i}: the rules' speaker when they attributed it, else
   * the attributed speaker of the sentence before it in the same paragraph, else null.
   *
   * @param document the document's sentences
   * @param i the sentence
   * @return the candidate, or null when the sentence has none
   */
  public static String candidate(List<Sentence> document, int i) {
    SpeakerRules.Attribution a = document.get(i).attribution();
    if (a.attributed()) {
      return a.speaker();
    }
    if (i == 0 || document.get(i).paragraphStart()) {
      return null;
    }
    SpeakerRules.Attribution before = document.get(i - 1).attribution();
    return before.attributed() ? before.speaker() : null;
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
   * @param candidate its candidate ({@link #candidate}), not null
   * @param ownShare {@link #ownShare} of the document
   * @return the features
   */
  static String[] of(
      List<Sentence> document, Set<String> people, int i, String candidate, double ownShare) {
    Sentence s = document.get(i);
    String text = s.text();
    String c = s.attribution().attributed() ? "A" : "B";
    List<String> f = new ArrayList<>();
    f.add("case=" + c);
    if (s.attribution().attributed()) {
      f.add("A.explicit=" + s.attribution().explicit());
    }
    boolean named = names(text, candidate);
    f.add(c + ".named=" + named);
    boolean quote = QUOTE.matcher(text).find();
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
    f.add(c + ".label=" + LABEL.matcher(text).find());
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
    for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      int end = at + word.length();
      boolean before = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
      boolean after = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
      if (before && after) {
        return true;
      }
    }
    return false;
  }

  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      out.add(m.group().toLowerCase(Locale.ROOT).replace('\u2019', '\''));
    }
    return out;
  }
}
