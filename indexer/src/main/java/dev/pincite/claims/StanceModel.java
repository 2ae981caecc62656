package dev.pincite.claims;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A stance classifier trained with Apache OpenNLP's own maximum-entropy trainer ({@link
 * MaxentTrainer}) on labelled sentences, with what the rules counted among its features ({@link
 * StanceFeatures}). A {@code context} sentence stays neutral, as under the rules and the contract.
 * The rules' stance stands unless the model's is more probable than it by a margin ({@link
 * Training#margin}) and at least as probable as a minimum ({@link Training#minConfidence}).
 *
 * <p>It may be a bag of models ({@link Training#bags}), each trained on a share of the training
 * documents drawn at random ({@link Training#bagShare}; 0: drawn with replacement, as many as there
 * are), whose probabilities are averaged: one document's accidents then weigh less on the decision.
 * Features seen in fewer than {@link Training#minDocuments} training documents are left out of
 * training (a name or a rare word belongs to one document, not to a way of writing).
 *
 * <p>Measured with {@code pincite train-stance}; the model trained on {@code gold/} and {@code
 * train/} with {@link Training#DEFAULT} ships as the default extractor's stance classifier ({@link
 * ClaimClassifiers}). Its file holds the feature groups and decision settings it was trained with
 * besides its weights, so that it decides as trained wherever it is read.
 *
 * <p>Training is deterministic (the same sentences in the same order give the same model; bags are
 * drawn with fixed seeds). Thread safe: the models are only read after training.
 */
public final class StanceModel implements StanceClassifier {

  /** The first thing a stance model file says, so that an older or foreign file fails at once. */
  private static final String FORMAT = "pincite-stance-model/2";

  /** The seed of the first bag's draw; bag i uses this plus i. */
  private static final long BAG_SEED = 20261205L;

  /**
   * How a model is trained and used.
   *
   * @param trainer the OpenNLP trainer and its settings
   * @param features the feature groups used
   * @param minConfidence how probable the model's stance must be to replace the rules' one (0: the
   *     model always decides); below it the rules' stance stands
   * @param margin how much more probable than the rules' stance the model's must be to replace it
   *     (0: the model always decides); a cascade where the rules stand unless the model is surer
   * @param minDocuments in how many training documents a feature must occur to be trained on (1:
   *     every feature)
   * @param bags how many models are trained, each on documents drawn at random, and averaged (1:
   *     one model on every document)
   * @param bagShare the share of the documents each bagged model is trained on, drawn without
   *     replacement, in (0, 1]; 0 draws as many documents as there are with replacement (a
   *     bootstrap)
   */
  public record Training(
      MaxentTrainer trainer,
      Set<StanceFeatures.Group> features,
      double minConfidence,
      double margin,
      int minDocuments,
      int bags,
      double bagShare) {

    /**
     * The settings chosen by ten-fold cross-validation by document on {@code gold/} and {@code
     * train/} ({@code docs/claims.md}): every feature group but the shape crossed with the rules'
     * decision and the type, names read as roles and the moves' owners, and the rules' stance kept
     * unless the model is surer by 0.3; since 5 December ({@code docs/claims.md}, "stance11") with
     * the negation's scope and an L2 cost of 2, chosen by the spread of models trained on random
     * nine tenths of {@code train/}.
     */
    public static final Training DEFAULT =
        new Training(
            new MaxentTrainer("MAXENT_QN", 200, 0.0, 2.0),
            EnumSet.complementOf(
                EnumSet.of(
                    StanceFeatures.Group.SHAPE_CROSSED,
                    StanceFeatures.Group.ROLES,
                    StanceFeatures.Group.OWNER)),
            0.0,
            0.3,
            1,
            1,
            0);

    public Training {
      Objects.requireNonNull(trainer, "trainer");
      features =
          features.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(features));
      if (!(minConfidence >= 0 && minConfidence <= 1)) {
        throw new IllegalArgumentException("minConfidence must be in [0, 1]: " + minConfidence);
      }
      if (!(margin >= 0 && margin <= 1)) {
        throw new IllegalArgumentException("margin must be in [0, 1]: " + margin);
      }
      if (minDocuments < 1) {
        throw new IllegalArgumentException("minDocuments must be at least 1: " + minDocuments);
      }
      if (bags < 1) {
        throw new IllegalArgumentException("bags must be at least 1: " + bags);
      }
      if (!(bagShare >= 0 && bagShare <= 1)) {
        throw new IllegalArgumentException("bagShare must be in [0, 1]: " + bagShare);
      }
    }

    /**
     * One model trained on every feature.
     *
     * @param trainer the OpenNLP trainer and its settings
     * @param features the feature groups used
     * @param minConfidence see {@link #minConfidence()}
     * @param margin see {@link #margin()}
     */
    public Training(
        MaxentTrainer trainer,
        Set<StanceFeatures.Group> features,
        double minConfidence,
        double margin) {
      this(trainer, features, minConfidence, margin, 1, 1, 0);
    }

    /**
     * The same training deciding with another margin.
     *
     * @param margin the margin
     * @return the settings
     */
    public Training withMargin(double margin) {
      return new Training(trainer, features, minConfidence, margin, minDocuments, bags, bagShare);
    }
  }

  /**
   * One labelled sentence.
   *
   * @param sentence the sentence as the extractor gives it to a stance classifier
   * @param stance its gold stance
   */
  public record LabelledSentence(Sentence sentence, Stance stance) {

    public LabelledSentence {
      Objects.requireNonNull(sentence, "sentence");
      Objects.requireNonNull(stance, "stance");
    }
  }

  private final StanceRules rules;
  private final StanceFeatures features;
  private final List<MaxentModel> models;
  private final double minConfidence;
  private final double margin;
  private final String fingerprint;

  private StanceModel(
      StanceRules rules,
      StanceFeatures features,
      List<MaxentModel> models,
      double minConfidence,
      double margin) {
    this.rules = rules;
    this.features = features;
    this.models = List.copyOf(models);
    this.minConfidence = minConfidence;
    this.margin = margin;
    String settings = features.groups() + "/" + minConfidence + "/" + margin;
    List<String> others = new ArrayList<>();
    for (int i = 1; i < models.size(); i++) {
      others.add(MaxentTrainer.fingerprint(models.get(i), ""));
    }
    this.fingerprint =
        MaxentTrainer.fingerprint(
            models.get(0), others.isEmpty() ? settings : settings + "/" + others);
  }

  /**
   * The same trained model deciding with another margin (no training).
   *
   * @param margin the margin ({@link Training#margin})
   * @return the model
   */
  public StanceModel withMargin(double margin) {
    if (!(margin >= 0 && margin <= 1)) {
      throw new IllegalArgumentException("margin must be in [0, 1]: " + margin);
    }
    return new StanceModel(rules, features, models, minConfidence, margin);
  }

  /**
   * Trains a model, each sentence counted as a document of its own ({@link Training#minDocuments},
   * {@link Training#bags}).
   *
   * @param cues the parsed {@code stance-cues.txt} (the rules' and the features' vocabulary)
   * @param sentences the labelled sentences, in a fixed order
   * @param training how
   * @return the model
   */
  public static StanceModel train(
      CueFile cues, List<LabelledSentence> sentences, Training training) {
    return trainOnDocuments(cues, sentences.stream().map(List::of).toList(), training);
  }

  /**
   * Trains a model on labelled documents.
   *
   * @param cues the parsed {@code stance-cues.txt} (the rules' and the features' vocabulary)
   * @param documents each document's labelled sentences, documents and sentences in a fixed order
   * @param training how
   * @return the model
   */
  public static StanceModel trainOnDocuments(
      CueFile cues, List<List<LabelledSentence>> documents, Training training) {
    StanceRules rules = new StanceRules(cues);
    StanceFeatures features = new StanceFeatures(cues, training.features());
    List<List<Event>> events = new ArrayList<>(documents.size());
    for (List<LabelledSentence> document : documents) {
      List<Event> ofDocument = new ArrayList<>(document.size());
      for (LabelledSentence s : document) {
        if (s.sentence().type() == ClaimType.CONTEXT) {
          continue; // always neutral: nothing to learn
        }
        ofDocument.add(
            new Event(s.stance().label(), features.of(s.sentence(), rules.evidence(s.sentence()))));
      }
      events.add(ofDocument);
    }
    if (training.minDocuments() > 1) {
      events = common(events, training.minDocuments());
    }
    List<MaxentModel> models = new ArrayList<>(training.bags());
    if (training.bags() == 1) {
      models.add(training.trainer().train(events.stream().flatMap(List::stream).toList()));
    } else {
      for (int bag = 0; bag < training.bags(); bag++) {
        models.add(
            training
                .trainer()
                .train(drawn(events, new Random(BAG_SEED + bag), training.bagShare())));
      }
    }
    return new StanceModel(rules, features, models, training.minConfidence(), training.margin());
  }

  /**
   * One bag's training events: a share of the documents drawn without replacement, kept in their
   * order, or (share 0) as many documents as there are drawn with replacement.
   */
  private static List<Event> drawn(List<List<Event>> documents, Random draw, double share) {
    List<Event> out = new ArrayList<>();
    if (share == 0) {
      for (int i = 0; i < documents.size(); i++) {
        out.addAll(documents.get(draw.nextInt(documents.size())));
      }
      return out;
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < documents.size(); i++) {
      order.add(i);
    }
    Collections.shuffle(order, draw);
    List<Integer> kept =
        new ArrayList<>(order.subList(0, Math.max(1, (int) Math.round(documents.size() * share))));
    Collections.sort(kept);
    kept.forEach(i -> out.addAll(documents.get(i)));
    return out;
  }

  /** The events with only the features that occur in at least {@code minDocuments} documents. */
  private static List<List<Event>> common(List<List<Event>> documents, int minDocuments) {
    Map<String, Integer> seenIn = new HashMap<>();
    for (List<Event> document : documents) {
      Set<String> seen = new HashSet<>();
      document.forEach(e -> Collections.addAll(seen, e.getContext()));
      seen.forEach(f -> seenIn.merge(f, 1, Integer::sum));
    }
    List<List<Event>> out = new ArrayList<>(documents.size());
    for (List<Event> document : documents) {
      List<Event> kept = new ArrayList<>(document.size());
      for (Event e : document) {
        List<String> context = new ArrayList<>();
        String[] features = e.getContext();
        context.add(features[0]); // the bias, which every sentence has: never without a feature
        for (String f : Arrays.asList(features).subList(1, features.length)) {
          if (seenIn.get(f) >= minDocuments) {
            context.add(f);
          }
        }
        kept.add(new Event(e.getOutcome(), context.toArray(String[]::new)));
      }
      out.add(kept);
    }
    return out;
  }

  /**
   * Writes the model: its feature groups and decision settings, then each bagged model's weights
   * (OpenNLP's binary model format), all gzipped. The bytes depend only on the training sentences,
   * the rules and the settings, so a stale file is found by training again and comparing.
   *
   * @param out where to write; not closed
   * @throws IOException when writing fails
   */
  public void write(OutputStream out) throws IOException {
    GZIPOutputStream gzip = new GZIPOutputStream(out);
    DataOutputStream data = new DataOutputStream(gzip);
    data.writeUTF(FORMAT);
    data.writeUTF(
        features.groups().stream()
            .map(StanceFeatures.Group::name)
            .collect(Collectors.joining(",")));
    data.writeDouble(minConfidence);
    data.writeDouble(margin);
    data.writeInt(models.size());
    for (MaxentModel model : models) {
      MaxentTrainer.persist(model, data);
    }
    data.flush();
    gzip.finish();
  }

  /**
   * Reads a model {@link #write} wrote; it decides with the feature groups and settings it was
   * trained with.
   *
   * @param cues the parsed {@code stance-cues.txt} (as at training)
   * @param in the written model; not closed
   * @return the model
   * @throws IOException when the model cannot be read or is not a stance model of this format
   */
  public static StanceModel read(CueFile cues, InputStream in) throws IOException {
    DataInputStream data = new DataInputStream(new GZIPInputStream(in));
    String format = data.readUTF();
    if (!format.equals(FORMAT)) {
      throw new IOException("not a stance model of format " + FORMAT + ": " + format);
    }
    String names = data.readUTF();
    Set<StanceFeatures.Group> groups = EnumSet.noneOf(StanceFeatures.Group.class);
    if (!names.isEmpty()) {
      for (String name : names.split(",")) {
        groups.add(StanceFeatures.Group.valueOf(name));
      }
    }
    double minConfidence = data.readDouble();
    double margin = data.readDouble();
    int count = data.readInt();
    if (count < 1) {
      throw new IOException("a stance model file holds at least one model: " + count);
    }
    List<MaxentModel> models = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      models.add(MaxentTrainer.readNext(data));
    }
    return new StanceModel(
        new StanceRules(cues), new StanceFeatures(cues, groups), models, minConfidence, margin);
  }

  /** A digest of the models' weights and decision settings, for the extractor's fingerprint. */
  @Override
  public String fingerprint() {
    return fingerprint;
  }

  @Override
  public Stance stance(Sentence sentence) {
    if (sentence.type() == ClaimType.CONTEXT) {
      return Stance.NEUTRAL;
    }
    StanceRules.Evidence evidence = rules.evidence(sentence);
    double[] p = probabilities(features.of(sentence, evidence));
    Stance best = Stance.NEUTRAL;
    for (Stance s : Stance.values()) {
      if (p[s.ordinal()] > p[best.ordinal()]) {
        best = s;
      }
    }
    double surest = p[best.ordinal()];
    if (surest < minConfidence || surest - p[evidence.stance().ordinal()] < margin) {
      return evidence.stance();
    }
    return best;
  }

  /** Each stance's probability (by {@link Stance#ordinal}), averaged over the bagged models. */
  private double[] probabilities(String[] context) {
    double[] p = new double[Stance.values().length];
    for (MaxentModel model : models) {
      double[] q = model.eval(context);
      for (Stance s : Stance.values()) {
        int i = model.getIndex(s.label()); // -1: a stance no label had
        if (i >= 0) {
          p[s.ordinal()] += q[i] / models.size();
        }
      }
    }
    return p;
  }
}
