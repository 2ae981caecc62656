package dev.pincite.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who the role labels and handles of a transcript or thread are: read over a whole document before
 * its sentences are attributed, since a host often gives their name a few sentences into their
 * first turn and a guest is introduced before their label first appears.
 *
 * <ul>
 *   <li>A <b>role label</b> ("HOST:", "GUEST:", "CEO:", see {@code [role-labels]} of {@code
 *       speaker-cues.txt}) is the person a label "NAME, ROLE:" gives it; else the person who
 *       introduces themselves in one of its turns ("HOST: ... I'm Dana Kim"); else the person the
 *       document introduces with one of the role's words ("joining us is Andesite's chief
 *       executive, X" for "CEO:"); else, for a guest's role ({@code [guest-labels]}), the first
 *       person introduced ("With me is X") whom no other label names.
 *   <li>A <b>handle</b> ("@dana_k:", "dana_k wrote:") is the person who introduces themselves in
 *       one of its posts ("I'm Dana Kim"); else the organisation or person its words spell when the
 *       document names them ("@BrennockDairies" for Brennock Dairies); else itself, without the
 *       "@".
 * </ul>
 *
 * A role nothing binds stays unresolved (the caller keeps the label as written). Immutable and
 * thread safe; {@link #read} returns a new cast per document.
 */
final class TranscriptCast {

  /** A name: two or three capitalised words ("Dana Kim", "Tamar Ben-Ami", "Ji-woo Park"). */
  private static final String NAME =
      "\\p{Lu}[\\p{L}'\u2019-]+(?:\\s+\\p{Lu}[\\p{L}'\u2019-]+){1,2}";

  /** A paragraph's label: "@handle:" or "u/handle:", or "WORDS:" or "NAME, ROLE:". */
  private static final Pattern HANDLE_LABEL =
      Pattern.compile("^(@|u/)([\\p{L}\\p{N}_.-]*[\\p{L}\\p{N}_])\\s*:\\s");

  private static final Pattern WORD_LABEL =
      Pattern.compile(
          "^(\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019.-]*){0,3})"
              + "(?:\\s*,\\s*(\\p{Lu}[\\p{Lu}\\s.-]*[\\p{Lu}]))?\\s*:\\s");

  /** A handle's words: "BrennockDairies" is Brennock Dairies, "tollard_milk" tollard milk. */
  private static final Pattern HANDLE_WORD =
      Pattern.compile("\\p{Lu}?\\p{Ll}+|\\p{Lu}+(?!\\p{Ll})|\\p{N}+");

  private static final Pattern AFFILIATION_BEFORE =
      Pattern.compile("\\b(?:at|of|from|with|for|by)\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);

  private final Map<String, List<String>> roleWords = new LinkedHashMap<>();
  private final Set<String> guestLabels;
  private final Set<String> notNames;
  private final Pattern selfIntroduction;
  private final Pattern castIntro;
  private final Pattern postLabel;

  /**
   * @param cues the parsed {@code speaker-cues.txt}
   * @param postLabel the pattern of a post's lead-in ("handle wrote:"), group 1 the writer
   */
  TranscriptCast(CueFile cues, Pattern postLabel) {
    for (String entry : cues.list("role-labels")) {
      int eq = entry.indexOf('=');
      if (eq < 0) {
        throw new IllegalStateException("speaker-cues.txt [role-labels]: no '=' in " + entry);
      }
      List<String> words = new ArrayList<>();
      for (String w : entry.substring(eq + 1).split(",")) {
        if (!w.isBlank()) {
          words.add(w.strip().toLowerCase(Locale.ROOT));
        }
      }
      roleWords.put(entry.substring(0, eq).strip().toLowerCase(Locale.ROOT), words);
    }
    this.guestLabels = lowerCase(cues.list("guest-labels"));
    this.notNames = new HashSet<>(cues.list("not-names"));
    this.selfIntroduction =
        Pattern.compile(
            "(?:^|[\\s,;:(])(?i:" + cues.alternation("self-introductions") + ")\\s+(" + NAME + ")",
            Pattern.UNICODE_CASE);
    this.castIntro =
        Pattern.compile(
            "\\b(?:" + cues.alternation("cast-intros") + ")\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    this.postLabel = postLabel;
  }

  private static Set<String> lowerCase(List<String> words) {
    Set<String> out = new HashSet<>();
    words.forEach(w -> out.add(w.toLowerCase(Locale.ROOT)));
    return out;
  }

  /**
   * Reads a document's cast.
   *
   * @param paragraphs the document's paragraphs in reading order, each its sentences
   * @param named whether the document names an organisation or person with this exact name
   * @return who each role label and handle is
   */
  Cast read(List<List<String>> paragraphs, Predicate<String> named) {
    Map<String, String> bound = new HashMap<>();
    Set<String> roles = new HashSet<>();
    Set<String> nameLabels = new HashSet<>();
    Map<String, List<String>> turns = new LinkedHashMap<>();
    for (List<String> paragraph : paragraphs) {
      if (paragraph.isEmpty()) {
        continue;
      }
      String first = paragraph.get(0);
      String key = handleOf(first).orElse(null);
      Matcher word = WORD_LABEL.matcher(first);
      if (key == null && word.lookingAt()) {
        String label = word.group(1).toLowerCase(Locale.ROOT);
        String role = word.group(2) == null ? null : word.group(2).toLowerCase(Locale.ROOT);
        if (roleWords.containsKey(label)) {
          key = label;
          roles.add(label);
        } else {
          nameLabels.add(label);
          if (role != null && roleWords.containsKey(role)) {
            // "GIDEON MARCHETTI, ANCHOR:" names the anchor.
            roles.add(role);
            bound.putIfAbsent(role, titleCase(word.group(1)));
          }
        }
      }
      if (key != null) {
        turns.computeIfAbsent(key, k -> new ArrayList<>()).add(String.join(" ", paragraph));
      }
    }
    for (Map.Entry<String, List<String>> e : turns.entrySet()) {
      if (!bound.containsKey(e.getKey())) {
        selfIntroduced(e.getValue()).ifPresent(n -> bound.put(e.getKey(), n));
      }
    }
    List<Introduced> introduced = introductions(paragraphs);
    for (Introduced i : introduced) {
      for (String role : roles) {
        if (!bound.containsKey(role) && !bound.containsValue(i.name()) && hasRole(i, role)) {
          bound.put(role, i.name());
        }
      }
    }
    for (String role : roles) {
      if (bound.containsKey(role) || !guestLabels.contains(role)) {
        continue;
      }
      introduced.stream()
          .map(Introduced::name)
          .filter(n -> !bound.containsValue(n) && !labelledByName(n, nameLabels))
          .findFirst()
          .ifPresent(n -> bound.put(role, n));
    }
    for (String key : turns.keySet()) {
      if (!roles.contains(key) && !bound.containsKey(key)) {
        bound.put(key, spelled(key, named).orElse(key));
      }
    }
    return new Cast(Map.copyOf(bound));
  }

  /**
   * The handle label a paragraph opens with, "@dana_k:" as "dana_k", "u/dana_k:" as "u/dana_k".
   *
   * @param first the paragraph's first sentence
   * @return the handle, if the paragraph opens with one
   */
  static Optional<String> handleLabel(String first) {
    Matcher h = HANDLE_LABEL.matcher(first);
    if (!h.lookingAt()) {
      return Optional.empty();
    }
    return Optional.of(h.group(1).equals("u/") ? "u/" + h.group(2) : h.group(2));
  }

  /** The handle a paragraph opens with ("@dana_k:", "dana_k wrote:"), without "@". */
  private Optional<String> handleOf(String first) {
    Optional<String> handle = handleLabel(first);
    if (handle.isPresent()) {
      return handle;
    }
    Matcher post = postLabel.matcher(first);
    if (post.lookingAt() && !post.group(1).contains(" ")) {
      return Optional.of(post.group(1));
    }
    return Optional.empty();
  }

  /** The first "I'm Dana Kim" of a label's turns. */
  private Optional<String> selfIntroduced(List<String> turns) {
    for (String turn : turns) {
      Matcher m = selfIntroduction.matcher(turn);
      while (m.find()) {
        String name = m.group(1);
        if (looksLikeName(name)) {
          return Optional.of(name);
        }
      }
    }
    return Optional.empty();
  }

  /** A person introduced ("With me is Dr. X, who covers mining"), with the words around them. */
  private record Introduced(String name, String context) {}

  private List<Introduced> introductions(List<List<String>> paragraphs) {
    List<Introduced> out = new ArrayList<>();
    for (List<String> paragraph : paragraphs) {
      for (String sentence : paragraph) {
        Matcher m = castIntro.matcher(sentence);
        if (m.find()) {
          introducedIn(sentence, m.end(), out);
        }
      }
    }
    return out;
  }

  private void introducedIn(String sentence, int from, List<Introduced> out) {
    String rest = sentence.substring(from);
    List<NameSpan> spans = NameSpan.find(rest, notNames);
    List<NameSpan> people = new ArrayList<>();
    for (NameSpan s : spans) {
      String before = rest.substring(0, s.start());
      if (!s.possessive()
          && s.words() >= 2
          && s.words() <= 3
          && looksLikeName(s.text())
          && !AFFILIATION_BEFORE.matcher(before).find()) {
        people.add(s);
      }
    }
    int contextStart = 0;
    for (int i = 0; i < people.size(); i++) {
      NameSpan s = people.get(i);
      int contextEnd = i + 1 < people.size() ? people.get(i + 1).start() : rest.length();
      out.add(new Introduced(s.text(), rest.substring(contextStart, contextEnd)));
      contextStart = s.end();
    }
  }

  private boolean hasRole(Introduced i, String role) {
    String context = i.context().toLowerCase(Locale.ROOT);
    for (String w : roleWords.getOrDefault(role, List.of())) {
      if (Pattern.compile("\\b" + Pattern.quote(w) + "\\b").matcher(context).find()) {
        return true;
      }
    }
    return false;
  }

  /** Whether a label names this person by surname or first name ("PENHALLOW:" for X Penhallow). */
  private static boolean labelledByName(String name, Set<String> nameLabels) {
    for (String w : NameSpan.wordsOf(name)) {
      if (nameLabels.contains(w.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return nameLabels.contains(name.toLowerCase(Locale.ROOT));
  }

  /** "BrennockDairies" as Brennock Dairies, when the document names Brennock Dairies. */
  private static Optional<String> spelled(String handle, Predicate<String> named) {
    Matcher m = HANDLE_WORD.matcher(handle.startsWith("u/") ? handle.substring(2) : handle);
    List<String> words = new ArrayList<>();
    while (m.find()) {
      String w = m.group();
      words.add(Character.toUpperCase(w.charAt(0)) + w.substring(1));
    }
    // Longest first: "GethinMorcombeMP" tries "Gethin Morcombe Mp", then "Gethin Morcombe".
    for (int end = words.size(); end >= 2; end--) {
      for (int start = 0; start + 2 <= end; start++) {
        String candidate = String.join(" ", words.subList(start, end));
        if (named.test(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  private boolean looksLikeName(String name) {
    for (String w : NameSpan.wordsOf(name)) {
      if (notNames.contains(w) || w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /** "GIDEON MARCHETTI" as "Gideon Marchetti", "NWACHUKWU-STEIN" as "Nwachukwu-Stein". */
  static String titleCase(String label) {
    if (!label.equals(label.toUpperCase(Locale.ROOT))) {
      return label;
    }
    StringBuilder out = new StringBuilder();
    boolean wordStart = true;
    for (char c : label.toCharArray()) {
      out.append(wordStart ? c : Character.toLowerCase(c));
      wordStart = c == ' ' || c == '-' || c == '\'' || c == '\u2019';
    }
    return out.toString();
  }

  /**
   * A document's cast.
   *
   * @param names a role label (lower case) or handle (as written, without "@") to its person
   */
  record Cast(Map<String, String> names) {
    static final Cast NONE = new Cast(Map.of());

    /**
     * @param label a role label in any case, or a handle
     * @return its person, if the document binds it
     */
    Optional<String> nameOf(String label) {
      String exact = names.get(label);
      return Optional.ofNullable(exact != null ? exact : names.get(label.toLowerCase(Locale.ROOT)));
    }
  }
}
