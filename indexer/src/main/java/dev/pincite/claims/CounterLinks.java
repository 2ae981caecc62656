package dev.pincite.claims;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Links each counterclaim of a document to the earlier sentence it answers (the contract's {@code
 * counters}):
 *
 * <ul>
 *   <li>the second case of a bull/bear pair answers the first case's opening sentence;
 *   <li>a counterclaim that names another speaker ("Osei's thesis ignores ...") answers that
 *       speaker's latest attributed sentence;
 *   <li>a sentence opening like a reply ({@code [answers-previous]} of {@code discourse-cues.txt}:
 *       "But ...", "Sure, but ...", "That's overstated.") answers the sentence before it, narration
 *       and bare concessions ({@code [concessions]}: "Both things are true.") skipped;
 *   <li>any other counterclaim (a sceptic, a pushback) answers, within the other speaker's latest
 *       run of sentences, the latest about an organisation it names too, else that speaker's latest
 *       explicitly attributed sentence, else the sentence before it.
 * </ul>
 *
 * Only sentences within {@value #WINDOW} sentences before the counterclaim are candidates.
 * Immutable and thread safe.
 */
public final class CounterLinks {

  /** How many sentences back a counterclaim may answer. */
  static final int WINDOW = 12;

  /**
   * One typed and attributed sentence of a document.
   *
   * @param text the sentence
   * @param decision its type
   * @param attribution its speaker
   * @param companies the organisations it discusses
   */
  public record Sentence(
      String text,
      TypeClassifier.Decision decision,
      SpeakerRules.Attribution attribution,
      Set<String> companies) {

    public Sentence {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(decision, "decision");
      Objects.requireNonNull(attribution, "attribution");
      Objects.requireNonNull(companies, "companies");
    }

    ClaimType type() {
      return decision.type();
    }
  }

  private final Pattern answersPrevious;
  private final Pattern concession;

  /**
   * @param discourseCues the parsed {@code discourse-cues.txt}
   */
  public CounterLinks(CueFile discourseCues) {
    this.answersPrevious = anyOf(discourseCues.list("answers-previous"));
    this.concession = anyOf(discourseCues.list("concessions"));
  }

  static Pattern anyOf(List<String> expressions) {
    return Pattern.compile(
        "(?:" + String.join(")|(?:", expressions) + ")", Pattern.CASE_INSENSITIVE);
  }

  /**
   * The sentence each counterclaim answers.
   *
   * @param document the document's sentences in reading order
   * @param people the people the document names (canonical names)
   * @return for each sentence, the index of the earlier sentence it answers, or -1 (for every
   *     sentence that is not a counterclaim, and for a counterclaim with nothing to answer)
   */
  public int[] targets(List<Sentence> document, Set<String> people) {
    int[] out = new int[document.size()];
    Arrays.fill(out, -1);
    for (int i = 0; i < document.size(); i++) {
      if (document.get(i).type() == ClaimType.COUNTERCLAIM) {
        out[i] = target(document, i, people);
      }
    }
    return out;
  }

  private int target(List<Sentence> drafts, int i, Set<String> people) {
    Sentence d = drafts.get(i);
    if (d.decision().answersCase()) {
      for (int j = i - 1; j >= 0; j--) {
        if (drafts.get(j).decision().opensCase()) {
          return j;
        }
      }
    }
    int window = Math.max(0, i - WINDOW);
    String speaker = d.attribution().attributed() ? d.attribution().speaker() : null;
    // "Osei's thesis ignores ...": a counterclaim that names someone answers their latest claim.
    for (String person : people) {
      if (!person.equals(speaker) && names(d.text(), person)) {
        for (int j = i - 1; j >= window; j--) {
          Sentence e = drafts.get(j);
          if (e.attribution().attributed() && person.equals(e.attribution().speaker())) {
            return j;
          }
        }
      }
    }
    int nearest = nearestClaim(drafts, i, window);
    String text = TypeRules.TRANSCRIPT_LABEL.matcher(d.text()).replaceFirst("");
    if (nearest >= 0 && answersPrevious.matcher(text).find()) {
      // "Both things are true. But ...": the "but" answers the claim conceded, not the concession.
      while (nearest > window && concession.matcher(drafts.get(nearest).text()).find()) {
        nearest = nearestClaim(drafts, nearest, window);
      }
      return nearest;
    }
    if (nearest < 0 || speaker == null) {
      return nearest;
    }
    // A sceptic answers the other speaker's latest sentence about an organisation it names too,
    // else that speaker's latest explicitly attributed sentence.
    String other = null;
    int latestExplicit = -1;
    for (int j = i - 1; j >= window; j--) {
      Sentence e = drafts.get(j);
      if (other != null && speaker.equals(e.attribution().speaker())) {
        break; // only the other speaker's latest run of sentences, not an earlier turn
      }
      if (!e.attribution().attributed() || speaker.equals(e.attribution().speaker())) {
        continue;
      }
      if (other == null) {
        other = e.attribution().speaker();
      }
      if (!other.equals(e.attribution().speaker())) {
        continue;
      }
      if (!Collections.disjoint(d.companies(), e.companies())) {
        return j;
      }
      if (latestExplicit < 0 && e.attribution().explicit()) {
        latestExplicit = j;
      }
    }
    return latestExplicit >= 0 ? latestExplicit : nearest;
  }

  /** The latest sentence before i, within the window, that is not narration; -1 if none. */
  private static int nearestClaim(List<Sentence> drafts, int i, int window) {
    for (int j = i - 1; j >= window; j--) {
      if (drafts.get(j).type() != ClaimType.CONTEXT) {
        return j;
      }
    }
    return -1;
  }

  /** Whether the text names the person, in full or by surname, as whole words. */
  static boolean names(String text, String person) {
    return containsWord(text, person) || containsWord(text, Registry.surname(person));
  }

  private static boolean containsWord(String text, String words) {
    for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
      int end = at + words.length();
      boolean startOk = at == 0 || !Character.isLetter(text.codePointBefore(at));
      boolean endOk = end == text.length() || !Character.isLetter(text.codePointAt(end));
      if (startOk && endOk) {
        return true;
      }
    }
    return false;
  }
}
