package dev.pincite.claims;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A claim type classifier trained with Apache OpenNLP's own trainers on labelled sentences, with
 * the rules' decisions among its features ({@link TypeFeatures}). Structure the rules are sure of
 * stays theirs: a table's header row and a sentence that opens a bull or bear case keep the rules'
 * decision (the case pairing drives counterclaim links and stance), and by default so do the rules'
 * counterclaims ({@link Training#counterclaimsByRules}): links hang on them, and the model's
 * counterclaims did not carry to the argument set ({@code docs/claims.md}); the model adds one of
 * its own only past a gate ({@link Margins#counterclaim}): probable enough and answering a point
 * another speaker made before ({@link Margins#counterclaimEcho}), or, without that, much more
 * probable ({@link Margins#counterclaimAlone}). Every other sentence gets the model's most probable
 * type when it beats the rules' type by at least the margin ({@link Training#margins}; demoting an
 * argumentative sentence to {@code evidence} or {@code context} may be asked for a larger one,
 * which cross-validation did not choose); the rules' structural stance is kept only where the model
 * agrees with the rules' type.
 *
 * <p>Training is deterministic (same documents in the same order, one thread, fixed iterations give
 * the same model). Thread safe: the model is only read after training.
 */
public final class TypeModel implements TypeClassifier {

  /**
   * How much more probable than the rules' type the model's type must be to replace it. A model's
   * {@code evidence} or {@code context} over the rules' argumentative type ({@code claim}, {@code
   * recommendation}, {@code prediction}) demotes a sentence out of the argument (a bare thesis
   * followed by its reasons reads like evidence to the model, a short assertion like framing), so
   * each of those two replacements may be asked to be surer than the rest.
   *
   * @param any the margin every replacement needs (0: the model's most probable type wins)
   * @param toEvidence the margin turning an argumentative sentence into {@code evidence} needs
   *     (used when larger than {@code any})
   * @param toContext the margin turning an argumentative sentence into {@code context} needs (the
   *     same)
   * @param counterclaim when counterclaims are the rules' ({@link Training#counterclaimsByRules}):
   *     how probable the model's {@code counterclaim} must be for the model to add one the rules
   *     did not find (1: never; the rules' counterclaims stay either way)
   * @param counterclaimEcho what such an added counterclaim further needs from its context: an
   *     earlier sentence by another speaker sharing at least this many of its content words ({@link
   *     DiscourseContext.Place#otherVoiceEcho}; 0: no condition)
   * @param counterclaimAlone how probable the model's {@code counterclaim} must be for the model to
   *     add one without that echo (1: never)
   */
  public record Margins(
      double any,
      double toEvidence,
      double toContext,
      double counterclaim,
      int counterclaimEcho,
      double counterclaimAlone) {

    /** No margin: the model's most probable type always wins. */
    public static final Margins NONE = new Margins(0, 0, 0);

    public Margins {
      for (double m : new double[] {any, toEvidence, toContext, counterclaim, counterclaimAlone}) {
        if (!(m >= 0 && m <= 1)) {
          throw new IllegalArgumentException("margins must be in [0, 1]: " + this);
        }
      }
      if (counterclaimEcho < 0 || counterclaimEcho > DiscourseContext.MAX_ECHO) {
        throw new IllegalArgumentException(
            "the counterclaim echo must be 0 to " + DiscourseContext.MAX_ECHO + ": " + this);
      }
    }

    /**
     * Margins under which the model adds no counterclaim.
     *
     * @param any the margin every replacement needs
     * @param toEvidence the margin to {@code evidence}
     * @param toContext the margin to {@code context}
     */
    public Margins(double any, double toEvidence, double toContext) {
      this(any, toEvidence, toContext, 1, 0);
    }

    /**
     * Margins under which the model adds no counterclaim without the echo it asks for.
     *
     * @param any the margin every replacement needs
     * @param toEvidence the margin to {@code evidence}
     * @param toContext the margin to {@code context}
     * @param counterclaim {@link #counterclaim}
     * @param counterclaimEcho {@link #counterclaimEcho}
     */
    public Margins(
        double any,
        double toEvidence,
        double toContext,
        double counterclaim,
        int counterclaimEcho) {
      this(any, toEvidence, toContext, counterclaim, counterclaimEcho, 1);
    }

    /**
     * Parses {@code ANY}, {@code ANY/DEMOTION} (to evidence and to context alike), {@code
     * ANY/TO_EVIDENCE/TO_CONTEXT} or {@code
     * ANY/TO_EVIDENCE/TO_CONTEXT/COUNTERCLAIM[@ECHO[:ALONE]]}, as the command line gives them.
     *
     * @param text the margins
     * @return them
     */
    public static Margins parse(String text) {
      String[] parts = text.split("/", -1);
      if (parts.length > 4) {
        throw new IllegalArgumentException(
            "margins are ANY[/TO_EVIDENCE[/TO_CONTEXT[/COUNTERCLAIM[@ECHO]]]]: " + text);
      }
      double any = Double.parseDouble(parts[0]);
      double toEvidence = parts.length > 1 ? Double.parseDouble(parts[1]) : 0;
      double toContext = parts.length > 2 ? Double.parseDouble(parts[2]) : toEvidence;
      if (parts.length < 4) {
        return new Margins(any, toEvidence, toContext);
      }
      String[] gate = parts[3].split("@", -1);
      String[] echo = gate.length > 1 ? gate[1].split(":", -1) : new String[] {"0"};
      if (gate.length > 2 || echo.length > 2) {
        throw new IllegalArgumentException("a counterclaim gate is P[@ECHO[:ALONE]]: " + parts[3]);
      }
      return new Margins(
          any,
          toEvidence,
          toContext,
          Double.parseDouble(gate[0]),
          Integer.parseInt(echo[0]),
          echo.length > 1 ? Double.parseDouble(echo[1]) : 1);
    }

    /** Whether the model may add a counterclaim of this probability at this place. */
    boolean addsCounterclaim(double p, DiscourseContext.Place place) {
      boolean echoed =
          counterclaimEcho == 0 || place != null && place.otherVoiceEcho() >= counterclaimEcho;
      return counterclaim < 1 && p >= counterclaim && echoed
          || counterclaimAlone < 1 && p >= counterclaimAlone;
    }

    /** The margin replacing the rules' type {@code rule} by the model's {@code model} needs. */
    double needed(ClaimType rule, ClaimType model) {
      boolean argumentative =
          rule == ClaimType.CLAIM
              || rule == ClaimType.RECOMMENDATION
              || rule == ClaimType.PREDICTION;
      if (argumentative && model == ClaimType.EVIDENCE) {
        return Math.max(any, toEvidence);
      }
      if (argumentative && model == ClaimType.CONTEXT) {
        return Math.max(any, toContext);
      }
      return any;
    }

    @Override
    public String toString() {
      return any
          + "/"
          + toEvidence
          + "/"
          + toContext
          + (counterclaim < 1 ? "/" + counterclaim + "@" + counterclaimEcho : "")
          + (counterclaimAlone < 1 ? ":" + counterclaimAlone : "");
    }
  }

  /**
   * How a model is trained and decides.
   *
   * @param trainer OpenNLP's trainer and its settings
   * @param ruleFeatures whether the rules' decisions are features
   * @param claimsOnly whether the model only retypes what the rules typed {@code claim} (their
   *     default), keeping every other rule decision
   * @param contextByRules whether {@code context} stays the rules' decision: where the model says
   *     {@code context} and the rules do not, the rules' type is kept
   * @param counterclaimsByRules whether counterclaims stay the rules' decision: a sentence the
   *     rules type {@code counterclaim} keeps it, and the model types no other sentence {@code
   *     counterclaim} unless it passes the counterclaim gate of the margins ({@link
   *     Margins#counterclaim})
   * @param margins how much more probable than the rules' type the model's must be to replace it
   * @param contextFeatures whether the sentence's place in the discourse ({@link DiscourseContext})
   *     is among the features
   */
  public record Training(
      MaxentTrainer trainer,
      boolean ruleFeatures,
      boolean claimsOnly,
      boolean contextFeatures,
      boolean contextByRules,
      boolean counterclaimsByRules,
      Margins margins) {

    /**
     * The settings chosen by cross-validation on {@code gold/} and {@code train/} ({@code
     * docs/claims.md}): every replacement needs a margin of 0.05, none a larger one; the context
     * features are read; the model adds a counterclaim to the rules' where its probability is at
     * least 0.35 and an earlier sentence by another speaker shares a content word with it, or where
     * its probability is at least 0.8 without that (cross-validated macro-F1 on the 809 documents
     * of 6 December: 0.708 with the echo alone, 0.712 with 0.8 beside it, 0.718 with 0.45, which
     * costs the argument set a fifth of its counterclaim F1; {@code docs/claims.md}).
     */
    public static final Training DEFAULT =
        new Training(
            MaxentTrainer.DEFAULT,
            true,
            false,
            true,
            false,
            true,
            new Margins(0.05, 0.05, 0.05, 0.35, 1, 0.8));

    public Training {
      Objects.requireNonNull(trainer, "trainer");
      Objects.requireNonNull(margins, "margins");
    }

    /**
     * The same training with other margins.
     *
     * @param margins the margins
     * @return the settings
     */
    public Training withMargins(Margins margins) {
      return new Training(
          trainer,
          ruleFeatures,
          claimsOnly,
          contextFeatures,
          contextByRules,
          counterclaimsByRules,
          margins);
    }
  }

  /**
   * One labelled document: its sentences as the extractor sees them and their gold types.
   *
   * @param sentences the sentences, in reading order
   * @param types the gold type of each, null for a sentence without a label (a feature of its
   *     neighbours, not trained on)
   */
  public record LabelledDocument(List<Sentence> sentences, List<ClaimType> types) {

    public LabelledDocument {
      sentences = List.copyOf(sentences);
      types = Collections.unmodifiableList(new ArrayList<>(types));
      if (sentences.size() != types.size()) {
        throw new IllegalArgumentException(
            sentences.size() + " sentences but " + types.size() + " types");
      }
    }
  }

  private final TypeRules rules;
  private final MaxentModel model;
  private final boolean ruleFeatures;
  private final boolean claimsOnly;
  private final boolean contextFeatures;
  // Read for the context features and for the counterclaim gate's echo.
  private final DiscourseContext discourse;
  private final boolean contextByRules;
  private final boolean counterclaimsByRules;
  private final Margins margins;
  private final String fingerprint;

  private TypeModel(TypeRules rules, MaxentModel model, Training training) {
    this.rules = rules;
    this.model = model;
    this.ruleFeatures = training.ruleFeatures();
    this.claimsOnly = training.claimsOnly();
    this.contextFeatures = training.contextFeatures();
    this.discourse = DiscourseContext.load();
    this.contextByRules = training.contextByRules();
    this.counterclaimsByRules = training.counterclaimsByRules();
    this.margins = training.margins();
    this.fingerprint = digest();
  }

  /**
   * The same trained model deciding with other margins (no training).
   *
   * @param margins the margins ({@link Training#margins})
   * @return the model
   */
  public TypeModel withMargins(Margins margins) {
    return new TypeModel(
        rules,
        model,
        new Training(
            MaxentTrainer.DEFAULT,
            ruleFeatures,
            claimsOnly,
            contextFeatures,
            contextByRules,
            counterclaimsByRules,
            margins));
  }

  /**
   * Trains a model.
   *
   * @param rules the rules whose decisions are features
   * @param documents the labelled documents
   * @param training how
   * @return the model
   */
  public static TypeModel train(
      TypeRules rules, List<LabelledDocument> documents, Training training) {
    Objects.requireNonNull(rules, "rules");
    List<Event> events = new ArrayList<>();
    DiscourseContext discourse = training.contextFeatures() ? DiscourseContext.load() : null;
    for (LabelledDocument d : documents) {
      List<String[]> features =
          TypeFeatures.of(
              d.sentences(),
              rules.classify(d.sentences()),
              training.ruleFeatures(),
              discourse == null ? null : discourse.of(d.sentences()));
      for (int i = 0; i < features.size(); i++) {
        if (d.types().get(i) == null) {
          continue;
        }
        events.add(new Event(d.types().get(i).label(), features.get(i)));
      }
    }
    return new TypeModel(rules, training.trainer().train(events), training);
  }

  /**
   * Writes the model's weights (OpenNLP's binary model format, gzipped). The bytes depend only on
   * the training documents, the rules and the settings, so a stale file can be detected by training
   * again and comparing.
   *
   * @param out where to write; not closed
   * @throws IOException when writing fails
   */
  public void write(OutputStream out) throws IOException {
    MaxentTrainer.write(model, out);
  }

  /**
   * Reads a model {@link #write} wrote; it decides with the settings of {@code training}.
   *
   * @param rules the rules whose decisions are features (the same as at training)
   * @param in the written model; not closed
   * @param training the decision settings (rule features, margin ...)
   * @return the model
   * @throws IOException when the model cannot be read
   */
  public static TypeModel read(TypeRules rules, InputStream in, Training training)
      throws IOException {
    MaxentModel model = MaxentTrainer.read(in);
    return new TypeModel(Objects.requireNonNull(rules, "rules"), model, training);
  }

  /**
   * A model of weights already read ({@link MaxentTrainer#read}), for reading them while the rules
   * are built; the same model as {@link #read} gives.
   *
   * @param rules the rules whose decisions are features (the same as at training)
   * @param weights the written model's weights
   * @param training the decision settings (rule features, margin ...)
   * @return the model
   */
  static TypeModel of(TypeRules rules, MaxentModel weights, Training training) {
    return new TypeModel(
        Objects.requireNonNull(rules, "rules"),
        Objects.requireNonNull(weights, "weights"),
        training);
  }

  /** A digest of the model's weights and decision settings, for the extractor's fingerprint. */
  @Override
  public String fingerprint() {
    return fingerprint;
  }

  private String digest() {
    return MaxentTrainer.fingerprint(
        model,
        ruleFeatures
            + "/"
            + claimsOnly
            + "/"
            + (contextFeatures ? "context/" : "")
            + contextByRules
            + "/"
            + counterclaimsByRules
            + "/"
            + margins);
  }

  @Override
  public List<Decision> classify(List<Sentence> document) {
    List<Decision> byRules = rules.classify(document);
    List<DiscourseContext.Place> places =
        contextFeatures || margins.counterclaimEcho() > 0 ? discourse.of(document) : null;
    List<String[]> features =
        TypeFeatures.of(document, byRules, ruleFeatures, contextFeatures ? places : null);
    List<Decision> out = new ArrayList<>(document.size());
    for (int i = 0; i < document.size(); i++) {
      Decision rule = byRules.get(i);
      if (rule.opensCase()
          || document.get(i).tableHeader()
          || claimsOnly && rule.type() != ClaimType.CLAIM) {
        out.add(rule);
        continue;
      }
      if (counterclaimsByRules && rule.type() == ClaimType.COUNTERCLAIM) {
        out.add(rule);
        continue;
      }
      double[] p = model.eval(features.get(i));
      int counterclaim = model.getIndex(ClaimType.COUNTERCLAIM.label());
      if (counterclaimsByRules && counterclaim >= 0) {
        // Not a counterclaim by the rules: the model adds one only past its gate, else its best
        // among the other types.
        if (margins.addsCounterclaim(p[counterclaim], places == null ? null : places.get(i))) {
          out.add(new Decision(ClaimType.COUNTERCLAIM, null, false, false));
          continue;
        }
        p[counterclaim] = 0;
      }
      ClaimType type = ClaimType.fromLabel(model.getBestOutcome(p));
      if (contextByRules && type == ClaimType.CONTEXT && rule.type() != ClaimType.CONTEXT) {
        out.add(rule);
        continue;
      }
      int ruleIndex = model.getIndex(rule.type().label());
      double ruleP = ruleIndex < 0 ? 0 : p[ruleIndex];
      if (type != rule.type()
          && p[model.getIndex(type.label())] - ruleP < margins.needed(rule.type(), type)) {
        out.add(rule);
        continue;
      }
      out.add(new Decision(type, type == rule.type() ? rule.stance() : null, false, false));
    }
    return out;
  }
}
