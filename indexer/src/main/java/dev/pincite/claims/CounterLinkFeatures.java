package dev.pincite.claims;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The features of one (counterclaim, earlier sentence) pair for the link ranker ({@link
 * CounterLinkModel}): where the earlier sentence stands (distance in sentences and paragraphs, the
 * nearest argumentative sentence, the document's thesis, the paragraph's topic sentence), who said
 * it (the same or another speaker, attributed or not, named in the counterclaim), what it is (its
 * type and stance against the counterclaim's), what it shares (idf-weighted stemmed words and their
 * rank among the candidates, organisations), the counterclaim's reply cue and the rules' own choice
 * ({@link CounterLinks}), and what marks a thesis rather than its support: a stated view ("X argues
 * that ..."), the speaker's first sentence, the paragraph's first argumentative sentence, the
 * document's first claim. No word list: every cue comes from {@code discourse-cues.txt} through
 * {@link CounterLinks}. Stateless; thread safe.
 */
public final class CounterLinkFeatures {

  /** The feature groups, each of which cross-validation can leave out. */
  public enum Group {
    /** Distance in sentences and paragraphs; the nearest argumentative sentence. */
    DISTANCE,
    /** The same or another speaker, attributed or explicit. */
    SPEAKER,
    /** The candidate's type. */
    TYPE,
    /** The candidate's stance against the counterclaim's. */
    STANCE,
    /**
     * Word overlap (idf-weighted cosine), its rank among the candidates and its share of the best
     * candidate's; the best candidate's distance ("simtop&d=4": a point several sentences back that
     * shares the counterclaim's words outweighs the nearest sentence).
     */
    SIMILARITY,
    /** Shared organisations. */
    COMPANIES,
    /** The document's thesis, the paragraph's topic sentence, paragraph starts. */
    POSITION,
    /** A reply cue opening the counterclaim, a concession, the candidate's speaker named. */
    CUES,
    /** The candidate is the rules' choice. */
    RULES,
    /** The document's length crossed with distance, speaker and position. */
    SHAPE,
    /**
     * The candidate states a view ({@code [states-view]}: "X argues that ..."), by the same or
     * another speaker, and whether it is the latest such sentence of another speaker.
     */
    VIEW,
    /**
     * Where the candidate opens something: its speaker's first sentence in the document, the first
     * argumentative sentence of its paragraph, the document's first claim or recommendation.
     */
    FIRSTS
  }

  private CounterLinkFeatures() {}

  /**
   * The features of each candidate target of counterclaim {@code i}.
   *
   * @param document the document's sentences
   * @param people the people it names
   * @param terms the document's stemmed words
   * @param i the counterclaim
   * @param from the first candidate; the candidates are {@code from} to {@code i - 1}
   * @param rule the rules' target, or -1
   * @param links the rules (their cue expressions)
   * @param groups the feature groups to give
   * @return one feature array per candidate, in order from {@code from}
   */
  static List<String[]> of(
      List<CounterLinks.Sentence> document,
      Set<String> people,
      CounterLinks.Terms terms,
      int i,
      int from,
      int rule,
      CounterLinks links,
      Set<Group> groups) {
    CounterLinks.Sentence c = document.get(i);
    double[] similarity = new double[i - from];
    for (int j = from; j < i; j++) {
      similarity[j - from] = terms.similarity(i, j);
    }
    double max = 0;
    for (double v : similarity) {
      max = Math.max(max, v);
    }
    int thesis = firstArgument(document);
    int topic = CounterLinks.topic(document, i);
    int nearest = CounterLinks.nearestClaim(document, i, from);
    boolean reply = links.opensLikeAReply(c.text());
    String length = lengthBucket(document.size());
    Set<String> named = namedSpeakers(c, people);
    boolean[] view = new boolean[i - from];
    int latestOtherView = -1;
    for (int j = i - 1; j >= from; j--) {
      view[j - from] = groups.contains(Group.VIEW) && terms.views()[j];
      if (latestOtherView < 0
          && view[j - from]
          && !Objects.equals(c.attribution().speaker(), document.get(j).attribution().speaker())) {
        latestOtherView = j;
      }
    }
    int firstThesis = firstOf(document, ClaimType.CLAIM, ClaimType.RECOMMENDATION);
    List<String[]> out = new ArrayList<>(i - from);
    for (int j = from; j < i; j++) {
      CounterLinks.Sentence e = document.get(j);
      List<String> f = new ArrayList<>();
      String distance = distanceBucket(i - j);
      boolean sameSpeaker = Objects.equals(c.attribution().speaker(), e.attribution().speaker());
      String speaker = sameSpeaker ? "same" : "other";
      if (groups.contains(Group.DISTANCE)) {
        f.add("d=" + distance);
        f.add("pd=" + Math.min(3, c.paragraph() - e.paragraph()));
        if (j == nearest) {
          f.add("nearest");
        }
      }
      if (groups.contains(Group.SPEAKER)) {
        f.add("spk=" + speaker);
        f.add("spk=" + speaker + "/" + voice(c.attribution()) + voice(e.attribution()));
        f.add("spk=" + speaker + "&d=" + distance);
      }
      if (groups.contains(Group.TYPE)) {
        f.add("type=" + e.type().label());
        if (j == nearest) {
          f.add("type=" + e.type().label() + "&nearest");
        }
      }
      if (groups.contains(Group.STANCE)) {
        f.add("st=" + e.stance().label() + ">" + c.stance().label());
        if (StanceRules.opposite(e.stance()) == c.stance() && e.stance() != Stance.NEUTRAL) {
          f.add("st=opposite");
        }
      }
      if (groups.contains(Group.SIMILARITY)) {
        double sim = similarity[j - from];
        f.add("sim=" + similarityBucket(sim));
        String rank = sim > 0 ? rankBucket(rank(similarity, j - from)) : "none";
        f.add("simrank=" + rank);
        f.add("simrank=" + rank + "&spk=" + speaker);
        if (rank.equals("1")) {
          f.add("simtop&d=" + distance);
        }
        f.add("simratio=" + ratioBucket(sim, max));
      }
      if (groups.contains(Group.COMPANIES)) {
        f.add("org=" + companies(c, e));
      }
      if (groups.contains(Group.POSITION)) {
        if (j == thesis) {
          f.add("thesis");
        }
        if (j == topic) {
          f.add("topic");
        }
        if (e.paragraphStart()) {
          f.add("cand.pstart");
        }
        if (c.paragraphStart()) {
          f.add("ctr.pstart&pd=" + Math.min(3, c.paragraph() - e.paragraph()));
        }
      }
      if (groups.contains(Group.CUES)) {
        if (reply) {
          f.add(j == nearest ? "reply&nearest" : "reply&d=" + distance);
        }
        if (terms.concessions()[j]) {
          f.add("concession");
        }
        if (e.attribution().attributed() && named.contains(e.attribution().speaker())) {
          f.add("names");
        }
      }
      if (groups.contains(Group.RULES) && j == rule) {
        f.add("rule");
      }
      if (groups.contains(Group.SHAPE)) {
        f.add("len=" + length + "&d=" + distance);
        f.add("len=" + length + "&spk=" + speaker);
        if (j == thesis) {
          f.add("len=" + length + "&thesis");
        }
      }
      if (groups.contains(Group.VIEW) && view[j - from]) {
        f.add("view&spk=" + speaker);
        f.add("view&pd=" + Math.min(3, c.paragraph() - e.paragraph()));
        if (j == latestOtherView) {
          f.add("view&latest-other");
        }
      }
      if (groups.contains(Group.FIRSTS)) {
        if (e.attribution().attributed() && speakersFirst(document, j)) {
          f.add("first-of-speaker&spk=" + speaker);
        }
        if (paragraphsFirstArgument(document, j)) {
          f.add("pfirst-arg&type=" + e.type().label());
        }
        if (j == firstThesis) {
          f.add("first-claim&voice=" + voice(c.attribution()));
        }
      }
      if (f.isEmpty()) {
        f.add("none");
      }
      out.add(f.toArray(String[]::new));
    }
    return out;
  }

  /** Every group. */
  public static Set<Group> all() {
    return Collections.unmodifiableSet(EnumSet.allOf(Group.class));
  }

  private static Set<String> namedSpeakers(CounterLinks.Sentence c, Set<String> people) {
    Set<String> named = new HashSet<>();
    for (String person : people) {
      if (!person.equals(c.attribution().speaker()) && CounterLinks.names(c.text(), person)) {
        named.add(person);
      }
    }
    return named;
  }

  /** The document's first sentence that is not context (its thesis), or -1. */
  private static int firstArgument(List<CounterLinks.Sentence> document) {
    for (int j = 0; j < document.size(); j++) {
      if (document.get(j).type() != ClaimType.CONTEXT) {
        return j;
      }
    }
    return -1;
  }

  /** The document's first sentence of one of the types, or -1. */
  private static int firstOf(List<CounterLinks.Sentence> document, ClaimType... types) {
    Set<ClaimType> wanted = EnumSet.noneOf(ClaimType.class);
    wanted.addAll(List.of(types));
    for (int j = 0; j < document.size(); j++) {
      if (wanted.contains(document.get(j).type())) {
        return j;
      }
    }
    return -1;
  }

  /** Whether no earlier sentence has sentence j's speaker. */
  private static boolean speakersFirst(List<CounterLinks.Sentence> document, int j) {
    String speaker = document.get(j).attribution().speaker();
    for (int k = 0; k < j; k++) {
      if (Objects.equals(speaker, document.get(k).attribution().speaker())) {
        return false;
      }
    }
    return true;
  }

  /** Whether sentence j is not context and every earlier sentence of its paragraph is. */
  private static boolean paragraphsFirstArgument(List<CounterLinks.Sentence> document, int j) {
    if (document.get(j).type() == ClaimType.CONTEXT) {
      return false;
    }
    for (int k = j - 1; k >= 0 && document.get(k).paragraph() == document.get(j).paragraph(); k--) {
      if (document.get(k).type() != ClaimType.CONTEXT) {
        return false;
      }
    }
    return true;
  }

  private static String voice(SpeakerRules.Attribution a) {
    return !a.attributed() ? "v" : a.explicit() ? "E" : "A";
  }

  private static String companies(CounterLinks.Sentence c, CounterLinks.Sentence e) {
    if (c.companies().isEmpty() || e.companies().isEmpty()) {
      return e.companies().isEmpty() ? "candnone" : "ctrnone";
    }
    return Collections.disjoint(c.companies(), e.companies()) ? "different" : "shared";
  }

  private static int rank(double[] values, int at) {
    int r = 1;
    for (double v : values) {
      if (v > values[at]) {
        r++;
      }
    }
    return r;
  }

  private static String rankBucket(int rank) {
    return rank <= 3 ? Integer.toString(rank) : "4+";
  }

  private static String distanceBucket(int d) {
    if (d <= 4) {
      return Integer.toString(d);
    }
    return d <= 6 ? "5-6" : d <= 9 ? "7-9" : "10+";
  }

  private static String similarityBucket(double s) {
    if (s <= 0) {
      return "0";
    }
    return s < 0.05 ? "<.05" : s < 0.1 ? "<.1" : s < 0.2 ? "<.2" : s < 0.3 ? "<.3" : ">=.3";
  }

  /** A candidate's similarity against the best candidate's. */
  private static String ratioBucket(double s, double max) {
    if (s <= 0) {
      return "0";
    }
    double r = s / max;
    return r >= 1 ? "1" : r >= 0.75 ? ">=.75" : r >= 0.5 ? ">=.5" : "<.5";
  }

  private static String lengthBucket(int sentences) {
    return sentences <= 8 ? "short" : sentences <= 20 ? "medium" : "long";
  }
}
