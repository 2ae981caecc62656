package dev.pincite.claims;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each sentence of a document stands in its discourse, as the trained type model reads it
 * ({@link TypeFeatures}, {@link TypeModel.Margins#counterclaimEcho}): whether an earlier sentence
 * by another speaker shares its content words (a cheap similarity: the point has been argued before
 * by someone else), in whose voice it is, and the classes of the discourse connectives opening its
 * clauses after the first ("..., but ...", "...; therefore ...").
 *
 * <p>The connectives and the function words are the lists of {@code connectives.txt}: general
 * English, no word of a labelled sentence. The same computation runs when a model is trained and
 * when it types, from the extractor's speakers ({@link TypeClassifier.Sentence}).
 *
 * <p>Immutable and thread safe.
 */
final class DiscourseContext {

  /** The connective classes of {@code connectives.txt}, in file order. */
  static final List<String> CLASSES =
      List.of("contrast", "concession", "cause", "addition", "example", "conclusion");

  /**
   * How many earlier sentences are compared with a sentence: the reach of a reply, and a bound on
   * the work in a long document (the comparison is linear in it, not quadratic in the document).
   */
  static final int WINDOW = 20;

  /** Shared content words counted up to this many. */
  static final int MAX_ECHO = 3;

  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** What a word, {@code \p{L}[\p{L}'’-]*}, goes on over after its first letter besides letters. */
  private static final String WORD_INSIDE = "'\u2019-";

  /**
   * One sentence's place.
   *
   * @param attributed whether the sentence names (or points back to) its speaker
   * @param otherVoiceEcho how many content words it shares with the most similar of the {@link
   *     #WINDOW} sentences before it that another speaker said, up to {@link #MAX_ECHO}
   * @param clauses the classes of connectives opening its clauses after the first, sorted
   */
  record Place(boolean attributed, int otherVoiceEcho, Set<String> clauses) {}

  private final Set<String> functionWords;
  private final Map<String, String> classOf;
  private final Pattern clause;

  /**
   * The context over a parsed {@code connectives.txt}.
   *
   * @param connectives the cue file: one list per class of {@link #CLASSES} and {@code
   *     [function-words]}
   */
  DiscourseContext(CueFile connectives) {
    this.functionWords = Set.copyOf(connectives.list("function-words"));
    Map<String, String> classes = new LinkedHashMap<>();
    List<String> all = new ArrayList<>();
    for (String c : CLASSES) {
      for (String entry : connectives.list(c)) {
        // The first class to list a connective keeps it.
        if (classes.putIfAbsent(normalise(entry), c) == null) {
          all.add(entry);
        }
      }
    }
    this.classOf = Map.copyOf(classes);
    this.clause =
        Pattern.compile(
            "[,;:\u2014\u2013]\\s*[\"\u201C]?(" + CueFile.alternation(all) + ")\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** The context over the shipped {@code connectives.txt}. */
  static DiscourseContext load() {
    return new DiscourseContext(CueFile.load("connectives.txt"));
  }

  /**
   * The place of each sentence of a document.
   *
   * @param document its sentences, with their speakers
   * @return one place per sentence, in the same order
   */
  List<Place> of(List<TypeClassifier.Sentence> document) {
    List<Set<String>> content = new ArrayList<>(document.size());
    for (TypeClassifier.Sentence s : document) {
      content.add(contentWords(s.text()));
    }
    List<Place> out = new ArrayList<>(document.size());
    for (int i = 0; i < document.size(); i++) {
      TypeClassifier.Sentence s = document.get(i);
      int echo = 0;
      for (int j = Math.max(0, i - WINDOW); j < i && echo < MAX_ECHO; j++) {
        if (!Objects.equals(document.get(j).speaker(), s.speaker())) {
          echo = Math.max(echo, shared(content.get(i), content.get(j)));
        }
      }
      // A transcript label's colon opens no clause ("HOST: But ..." opens the sentence).
      String text =
          s.text().indexOf(':') < 0
              ? s.text() // a label ends with a colon
              : TypeRules.TRANSCRIPT_LABEL.matcher(s.text()).replaceFirst("");
      out.add(new Place(s.attributed(), echo, clauseClasses(text)));
    }
    return out;
  }

  private Set<String> clauseClasses(String text) {
    Set<String> out = new TreeSet<>();
    Matcher m = clause.matcher(text);
    while (m.find()) {
      String c = classOf.get(normalise(m.group(1)));
      if (c != null) {
        out.add(c);
      }
    }
    return out;
  }

  private Set<String> contentWords(String text) {
    Set<String> out = new HashSet<>();
    WordScan m = new WordScan(text, WORD_INSIDE, false);
    while (m.find()) {
      String w = m.group().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
      if (w.length() > 2 && !functionWords.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  /** How many words two sets share, up to {@link #MAX_ECHO}. */
  private static int shared(Set<String> a, Set<String> b) {
    Set<String> small = a.size() <= b.size() ? a : b;
    Set<String> large = small == a ? b : a;
    int n = 0;
    for (String w : small) {
      if (large.contains(w) && ++n == MAX_ECHO) {
        break;
      }
    }
    return n;
  }

  private static String normalise(String connective) {
    return SPACES.matcher(connective.toLowerCase(Locale.ROOT)).replaceAll(" ");
  }
}
