package dev.pincite.claims;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A trained ranker that picks the earlier sentence a counterclaim answers: a maximum-entropy model
 * (OpenNLP's own trainer, {@link MaxentTrainer}) scoring each (counterclaim, earlier sentence) pair
 * within {@link CounterLinks#WINDOW} sentences from its features ({@link CounterLinkFeatures}) as
 * the answered sentence or not; the candidate with the highest probability wins (the nearer on a
 * tie). Trained on the labelled links of {@code gold/} and {@code train/} (never {@code heldout/}
 * or the claims-dev sets); the features were chosen by cross-validation leaving whole documents out
 * ({@code docs/claims.md}). The bull/bear case pairing stays the rules' ({@link CounterLinks});
 * with {@link Training#keepCueLinks} so do their links by a cue (a named speaker, a reply's
 * opening), which {@link Training#DEFAULT} no longer keeps. Shipped since the type model finds more
 * counterclaims (it raised links on both blind held-out sets and kept gold and the argument set;
 * {@code docs/claims.md}); {@link CounterLinks#withModel} puts it in the rules' place.
 *
 * <p>Training is deterministic. Thread safe: the model is only read after training.
 */
public final class CounterLinkModel {

  static final String ANSWERED = "answered";
  static final String NOT_ANSWERED = "other";

  /**
   * How a ranker is trained.
   *
   * @param trainer OpenNLP's trainer and its settings
   * @param groups the feature groups it reads
   * @param margin how much more probable than the rules' target the ranker's best candidate must be
   *     to replace it (0: the ranker's best always wins)
   * @param weightsOnly whether the ranker only replaces the rules' hand-set weights: the rules'
   *     structure decides which candidates each counterclaim may answer, the ranker orders them (no
   *     {@link CounterLinkFeatures.Group#RULES} feature then, and no margin)
   * @param keepCueLinks whether the rules' links by a cue stay (a counterclaim naming another
   *     speaker, one opening like a reply): the ranker then chooses only where the rules weigh
   *     candidates
   */
  public record Training(
      MaxentTrainer trainer,
      Set<CounterLinkFeatures.Group> groups,
      double margin,
      boolean weightsOnly,
      boolean keepCueLinks) {

    /**
     * The shipped settings ({@code docs/claims.md}): every feature group but {@link
     * CounterLinkFeatures.Group#COMPANIES} (shared organisations lowered cross-validation),
     * quasi-Newton with L2 cost 1, no margin, the ranker deciding every link: the rules' cue links
     * (a reply's opening, a named speaker) no longer stay. They were kept while cross-validation
     * tied (0.562 against 0.561 on the labels of the time); on the 1,313 documents of the twentieth
     * session the ranker deciding all measures 0.516 against 0.505 over 6,112 links (gold 0.520
     * against 0.516), the cue links' pull to the sentence just before costing the answers that
     * stand further back.
     */
    public static final Training DEFAULT =
        new Training(
            MaxentTrainer.DEFAULT,
            EnumSet.complementOf(EnumSet.of(CounterLinkFeatures.Group.COMPANIES)),
            0,
            false,
            false);

    public Training {
      Objects.requireNonNull(trainer, "trainer");
      // An EnumSet underneath: iterated in the groups' order, so printed the same every run.
      groups =
          Collections.unmodifiableSet(
              groups.isEmpty()
                  ? EnumSet.noneOf(CounterLinkFeatures.Group.class)
                  : EnumSet.copyOf(groups));
      if (!(margin >= 0 && margin <= 1)) {
        throw new IllegalArgumentException("margin must be in [0, 1]: " + margin);
      }
    }

    /**
     * The same training with another margin.
     *
     * @param margin the margin
     * @return the settings
     */
    public Training withMargin(double margin) {
      return new Training(trainer, groups, margin, weightsOnly, keepCueLinks);
    }

    /**
     * The same training with the ranker replacing only the rules' weights, or all of their choice.
     *
     * @param weightsOnly {@link #weightsOnly}
     * @return the settings
     */
    public Training withWeightsOnly(boolean weightsOnly) {
      return new Training(trainer, groups, margin, weightsOnly, keepCueLinks);
    }

    /**
     * The same training with the rules' cue links kept, or not.
     *
     * @param keepCueLinks {@link #keepCueLinks}
     * @return the settings
     */
    public Training withKeepCueLinks(boolean keepCueLinks) {
      return new Training(trainer, groups, margin, weightsOnly, keepCueLinks);
    }

    /**
     * The same training without some feature groups.
     *
     * @param without the groups to leave out
     * @return the settings
     */
    public Training without(Set<CounterLinkFeatures.Group> without) {
      EnumSet<CounterLinkFeatures.Group> kept = EnumSet.allOf(CounterLinkFeatures.Group.class);
      kept.retainAll(groups);
      kept.removeAll(without);
      return new Training(trainer, kept, margin, weightsOnly, keepCueLinks);
    }
  }

  /**
   * One labelled document: its sentences as the extractor sees them and the gold link of each.
   *
   * @param document the sentences and people
   * @param targets for each sentence, the index of the earlier sentence a labelled counterclaim
   *     answers, or -1
   */
  public record LabelledDocument(CounterLinks.Document document, int[] targets) {

    public LabelledDocument {
      Objects.requireNonNull(document, "document");
      targets = targets.clone();
      if (targets.length != document.sentences().size()) {
        throw new IllegalArgumentException(
            document.sentences().size() + " sentences but " + targets.length + " targets");
      }
    }
  }

  private final MaxentModel model;
  private final Set<CounterLinkFeatures.Group> groups;
  private final double margin;
  private final boolean weightsOnly;
  private final boolean keepCueLinks;
  private final String fingerprint;

  private CounterLinkModel(MaxentModel model, Training training) {
    this.model = model;
    this.groups = training.groups();
    this.margin = training.margin();
    this.weightsOnly = training.weightsOnly();
    this.keepCueLinks = training.keepCueLinks();
    this.fingerprint =
        MaxentTrainer.fingerprint(
            model,
            "links/"
                + new TreeSet<>(groups)
                + "/"
                + margin
                + "/"
                + weightsOnly
                + (keepCueLinks ? "/keep-cue-links" : ""));
  }

  /**
   * Whether the ranker only orders the candidates the rules allow ({@link Training#weightsOnly}).
   */
  boolean weightsOnly() {
    return weightsOnly;
  }

  /** Whether the rules' cue links stay ({@link Training#keepCueLinks}). */
  boolean keepsCueLinks() {
    return keepCueLinks;
  }

  /**
   * The same trained ranker deciding with another margin (no training).
   *
   * @param margin the margin ({@link Training#margin})
   * @return the ranker
   */
  public CounterLinkModel withMargin(double margin) {
    return new CounterLinkModel(
        model, new Training(MaxentTrainer.DEFAULT, groups, margin, weightsOnly, keepCueLinks));
  }

  /**
   * Trains a ranker: one event per candidate of every labelled link whose target is within the
   * window.
   *
   * @param links the rules (their cues, and their choice as a feature)
   * @param documents the labelled documents
   * @param training how
   * @return the ranker
   */
  public static CounterLinkModel train(
      CounterLinks links, List<LabelledDocument> documents, Training training) {
    List<Event> events = new ArrayList<>();
    for (LabelledDocument d : documents) {
      List<CounterLinks.Sentence> s = d.document().sentences();
      CounterLinks.Terms terms = null;
      for (int i = 0; i < s.size(); i++) {
        int gold = d.targets()[i];
        int from = Math.max(0, i - CounterLinks.WINDOW);
        if (gold < from || CounterLinks.caseTarget(s, i) >= 0) {
          continue; // out of reach, or linked by the case pairing
        }
        if (terms == null) {
          terms = CounterLinks.Terms.of(s, links);
        }
        int rule = training.weightsOnly() ? -1 : links.target(s, i, d.document().people(), terms);
        List<String[]> features =
            CounterLinkFeatures.of(
                s, d.document().people(), terms, i, from, rule, links, training.groups());
        for (int j = from; j < i; j++) {
          events.add(new Event(j == gold ? ANSWERED : NOT_ANSWERED, features.get(j - from)));
        }
      }
    }
    return new CounterLinkModel(training.trainer().train(events), training);
  }

  /**
   * The candidate counterclaim {@code i} most likely answers.
   *
   * @return its index, or -1 when there is no candidate
   */
  int choose(
      List<CounterLinks.Sentence> document,
      Set<String> people,
      CounterLinks.Terms terms,
      int i,
      int from,
      int rule,
      CounterLinks links) {
    List<String[]> features =
        CounterLinkFeatures.of(document, people, terms, i, from, rule, links, groups);
    int answered = model.getIndex(ANSWERED);
    int best = -1;
    double bestP = Double.NEGATIVE_INFINITY;
    double ruleP = 0;
    for (int j = i - 1; j >= from; j--) {
      double p = model.eval(features.get(j - from))[answered];
      if (p > bestP) {
        best = j;
        bestP = p;
      }
      if (j == rule) {
        ruleP = p;
      }
    }
    // A cascade: the rules' target stays unless the ranker is surer of another by the margin.
    return rule >= from && best != rule && bestP - ruleP < margin ? rule : best;
  }

  /**
   * The ranker's probability that counterclaim {@code i} answers each candidate, without the rules'
   * choice among the features.
   *
   * @return one probability per candidate, from {@code from} to {@code i - 1}
   */
  double[] probabilities(
      List<CounterLinks.Sentence> document,
      Set<String> people,
      CounterLinks.Terms terms,
      int i,
      int from,
      CounterLinks links) {
    List<String[]> features =
        CounterLinkFeatures.of(document, people, terms, i, from, -1, links, groups);
    int answered = model.getIndex(ANSWERED);
    double[] out = new double[i - from];
    for (int j = from; j < i; j++) {
      out[j - from] = model.eval(features.get(j - from))[answered];
    }
    return out;
  }

  /**
   * Writes the ranker's weights (OpenNLP's binary model format, gzipped); the bytes depend only on
   * the training documents, the rules and the settings.
   *
   * @param out where to write; not closed
   * @throws IOException when writing fails
   */
  public void write(OutputStream out) throws IOException {
    MaxentTrainer.write(model, out);
  }

  /**
   * Reads a ranker {@link #write} wrote; it reads the feature groups of {@code training}.
   *
   * @param in the written model; not closed
   * @param training the settings it was trained with
   * @return the ranker
   * @throws IOException when the model cannot be read
   */
  public static CounterLinkModel read(InputStream in, Training training) throws IOException {
    return new CounterLinkModel(MaxentTrainer.read(in), training);
  }

  /** A digest of the weights and feature groups, for the extractor's fingerprint. */
  public String fingerprint() {
    return fingerprint;
  }
}
