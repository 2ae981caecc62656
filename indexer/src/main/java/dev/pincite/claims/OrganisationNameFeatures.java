package dev.pincite.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The candidates and features of the organisation-name model ({@link OrganisationNameModel}): every
 * capitalised run ({@link NameSpan}) of a sentence that the company rules did not take and that no
 * organisation the document already has holds or is held by, read by its form and its grammar: its
 * words (first, last, how many, capitals, digits, which the document also writes in lower case),
 * the words either side of it, a possessive, an appositive after it ("Brakke, a smaller Dutch
 * rival") and its head noun, the first lower-case word after it or after a clause set off by commas
 * ("Hollyoak Care, which ..., has managed it"), whether it is, holds or starts a person's name the
 * document has, whether a longer run or the title holds it, how many sentences name it, and the
 * same context gathered from every sentence of the document that names it. No word list: which
 * words matter is learned. Stateless; thread safe.
 */
public final class OrganisationNameFeatures {

  /**
   * One sentence as the company rules left it.
   *
   * @param text the sentence
   * @param runs its capitalised runs, left to right
   * @param companies the organisations the rules found in it
   */
  public record Sentence(String text, List<NameSpan> runs, Set<String> companies) {

    public Sentence {
      Objects.requireNonNull(text, "text");
      runs = List.copyOf(runs);
      companies = Set.copyOf(companies);
    }
  }

  /**
   * One document as the company rules left it.
   *
   * @param title its title, or null
   * @param titleRuns the title's capitalised runs
   * @param sentences its body sentences in reading order
   * @param people the people it names (full names)
   */
  public record Document(
      String title, List<NameSpan> titleRuns, List<Sentence> sentences, Set<String> people) {

    public Document {
      titleRuns = List.copyOf(titleRuns);
      sentences = List.copyOf(sentences);
      people = Set.copyOf(people);
    }
  }

  /**
   * A run the model decides on.
   *
   * @param sentence the sentence's index
   * @param run the run
   */
  public record Candidate(int sentence, NameSpan run) {}

  /** What may follow a name as an appositive or a relative clause, and the words after it. */
  private static final Pattern APPOSITIVE =
      Pattern.compile(
          "^,\\s+(a|an|the|its|their|which|who|whose)(?![\\p{L}\\p{N}])([^,.;:]{0,60})");

  /** The first lower-case word after a name, over a clause set off by commas. */
  private static final Pattern NEXT_VERB =
      Pattern.compile("^(?:,[^,]{1,80},)?\\s*(\\p{Ll}[\\p{Ll}-]+)");

  /** A word written in lower case, whole: "rival", not the "ecurities" of "Securities". */
  private static final Pattern LOWER_WORD =
      Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Ll}[\\p{Ll}-]+");

  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}-]+|[^\\p{L}\\p{N}\\s]");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}_]");
  private static final Pattern DIGIT = Pattern.compile("\\p{N}");

  /** The feature prefixes gathered over every sentence that names a run ("doc:..."). */
  private static final List<String> CONTEXT =
      List.of("appos=", "apphead=", "prev=", "next=", "poss", "start", "verb=");

  private OrganisationNameFeatures() {}

  /**
   * The candidates of each sentence: its runs, each text once, that the rules did not take and that
   * no organisation of the document holds or is held by.
   *
   * @param document the document
   * @return one list per sentence, in order
   */
  public static List<List<Candidate>> candidates(Document document) {
    Set<String> organisations = new HashSet<>();
    document.sentences().forEach(s -> organisations.addAll(s.companies()));
    List<List<Candidate>> out = new ArrayList<>();
    for (int i = 0; i < document.sentences().size(); i++) {
      List<Candidate> here = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (NameSpan run : document.sentences().get(i).runs()) {
        String name = run.text();
        if (name.length() >= 2 && seen.add(name) && !overlaps(name, organisations)) {
          here.add(new Candidate(i, run));
        }
      }
      out.add(here);
    }
    return out;
  }

  private static boolean overlaps(String name, Set<String> organisations) {
    for (String o : organisations) {
      if (o.contains(name) || name.contains(o)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The name an accepted run stands for: the longest run of the document or its title that goes on
   * from it ("Pressline" after "Pressline Services"), else the run itself.
   *
   * @param document the document
   * @param name the run's text
   * @return the organisation's name
   */
  public static String longForm(Document document, String name) {
    String best = name;
    String prefix = name + " ";
    for (NameSpan run : allRuns(document)) {
      String t = run.text();
      if (t.startsWith(prefix) && t.length() > best.length()) {
        best = t;
      }
    }
    return best;
  }

  private static List<NameSpan> allRuns(Document document) {
    List<NameSpan> all = new ArrayList<>(document.titleRuns());
    document.sentences().forEach(s -> all.addAll(s.runs()));
    return all;
  }

  /**
   * What the features read of a whole document, found once for all its candidates.
   *
   * @param document the document
   * @return the context
   */
  public static Context context(Document document) {
    return new Context(document);
  }

  /** A document's words, names and each run's gathered context. */
  public static final class Context {
    private final Document document;
    private final LowerCaseWords lowerCase;
    private final Map<String, Integer> sentencesNaming = new HashMap<>();
    private final Map<String, Set<String>> gathered = new HashMap<>();
    // What each run's own sentence says around it, read once for the context and the candidate.
    private final Map<Candidate, List<String>> local = new HashMap<>();
    private final Set<String> runTexts = new HashSet<>();
    private final Set<String> givenNames = new HashSet<>();
    private final Set<String> surnames = new HashSet<>();

    private Context(Document document) {
      this.document = document;
      this.lowerCase =
          LowerCaseWords.of(document.sentences().stream().map(Sentence::text).toList());
      for (String person : document.people()) {
        int space = person.indexOf(' ');
        if (space > 0) {
          givenNames.add(person.substring(0, space));
          surnames.add(person.substring(person.lastIndexOf(' ') + 1));
        }
      }
      for (int i = 0; i < document.sentences().size(); i++) {
        Sentence s = document.sentences().get(i);
        Set<String> inSentence = new HashSet<>();
        for (NameSpan run : s.runs()) {
          String name = run.text();
          runTexts.add(name);
          inSentence.add(name);
          Set<String> context = gathered.computeIfAbsent(name, k -> new TreeSet<>());
          List<String> around = local(s.text(), run);
          local.put(new Candidate(i, run), around);
          for (String f : around) {
            if (CONTEXT.stream().anyMatch(f::startsWith)) {
              context.add("doc:" + f);
            }
          }
        }
        inSentence.forEach(n -> sentencesNaming.merge(n, 1, Integer::sum));
      }
    }
  }

  /**
   * The features of one candidate.
   *
   * @param context its document's context ({@link #context})
   * @param candidate the candidate
   * @return the features
   */
  public static String[] of(Context context, Candidate candidate) {
    Document document = context.document;
    String text = document.sentences().get(candidate.sentence()).text();
    NameSpan run = candidate.run();
    String name = run.text();
    List<String> around = context.local.get(candidate);
    List<String> f = new ArrayList<>(around != null ? around : local(text, run));
    String[] words = name.split(" ");
    f.add("len=" + Math.min(4, words.length));
    f.add("last=" + words[words.length - 1].toLowerCase(Locale.ROOT));
    f.add("firstw=" + words[0].toLowerCase(Locale.ROOT));
    if (context.givenNames.contains(words[0])) {
      f.add("givenname");
    }
    if (context.surnames.contains(words[words.length - 1])) {
      f.add("surname");
    }
    f.add("dc=" + Math.min(5, context.sentencesNaming.getOrDefault(name, 0)));
    if (document.people().stream().anyMatch(p -> p.contains(name) || name.contains(p))) {
      f.add("person");
    }
    if (name.equals(name.toUpperCase(Locale.ROOT))) {
      f.add("caps");
    }
    if (words.length == 1) {
      f.add("oneword");
    }
    if (DIGIT.matcher(name).find()) {
      f.add("digit");
    }
    int lower = 0;
    for (String w : words) {
      if (context.lowerCase.writesLowerCase(w)) {
        lower++;
      }
    }
    f.add("lowerwords=" + lower + "/" + Math.min(3, words.length));
    if (context.runTexts.stream().anyMatch(r -> !r.equals(name) && r.contains(name))) {
      f.add("inlonger");
    }
    if (document.title() != null && document.title().contains(name)) {
      f.add("intitle");
    }
    f.addAll(context.gathered.getOrDefault(name, Set.of()));
    return new LinkedHashSet<>(f).toArray(String[]::new);
  }

  /** What one sentence says around one run: the words either side, an appositive, the verb. */
  private static List<String> local(String text, NameSpan run) {
    List<String> f = new ArrayList<>();
    String[] before = text.substring(0, run.start()).strip().split("\\s+");
    String prev = before.length > 0 && !before[0].isEmpty() ? word(before[before.length - 1]) : "^";
    String prev2 = before.length > 1 ? word(before[before.length - 2]) : "^";
    f.add("prev=" + prev);
    f.add("prev2=" + prev2 + "_" + prev);
    if (run.start() == 0) {
      f.add("start");
    }
    if (run.possessive()) {
      f.add("poss");
    }
    String after = text.substring(run.end());
    Matcher appositive = APPOSITIVE.matcher(after);
    if (appositive.find()) {
      f.add("appos=" + appositive.group(1).toLowerCase(Locale.ROOT));
      String head = "";
      Matcher w = LOWER_WORD.matcher(appositive.group(2));
      while (w.find()) {
        head = w.group();
      }
      f.add("apphead=" + head);
    }
    Matcher token = TOKEN.matcher(after.substring(0, Math.min(40, after.length())));
    String next = token.find() ? token.group().toLowerCase(Locale.ROOT) : null;
    if (next != null) {
      f.add("next=" + next);
      if (token.find()) {
        f.add("next2=" + next + "_" + token.group().toLowerCase(Locale.ROOT));
      }
    }
    Matcher verb = NEXT_VERB.matcher(after);
    if (verb.find()) {
      f.add("verb=" + verb.group(1));
    }
    return f;
  }

  /** A word as a feature: lower case, without its punctuation; "p" when nothing is left. */
  private static String word(String token) {
    String w = NOT_WORD.matcher(token.toLowerCase(Locale.ROOT)).replaceAll("");
    return w.isEmpty() ? "p" : w;
  }
}
