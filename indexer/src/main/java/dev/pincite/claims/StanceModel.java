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
import java.util.function.BiFunction;
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
 * <p>It may be stacked ({@link StanceFeatures.Group#STACKED}): a first model decides every sentence
 * of a document, and a second, reading the discourse those stances make ({@link StanceDiscourse}),
 * decides each again; {@link #stances} is then the way to use it ({@link #stance} of one sentence
 * reads the discourse the sentence carries).
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
  private static final String FORMAT = "pincite-stance-model/3";

  /**
   * Into how many folds by document a stacked model's training documents are dealt, for the first
   * pass's stances of each document to come from a model not trained on it ({@link
   * StanceFeatures.Group#STACKED}).
   */
  private static final int STACK_FOLDS = 5;

  /**
   * The margin the first pass of a stacked model decides with: the cascade shipped since 3 December
   * (whatever margin the second pass decides with, the discourse it reads is decided alike).
   */
  private static final double FIRST_PASS_MARGIN = 0.3;

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
     * nine tenths of {@code train/}; since 5 December ("stance16") stacked: a second pass reads the
     * discourse (the lean of the document, the speaker and the paragraph, and the neighbours'
     * stances) as the first pass decided it (ten-fold macro-F1 0.579 to 0.594, pooled blind 0.536
     * to 0.563).
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

  /** One pass: the (bagged) models; stacked: the first pass's. */
  private final List<MaxentModel> models;

  /** The first pass's features (stacked: without the discourse); one pass: {@link #features}. */
  private final StanceFeatures firstFeatures;

  /** The second pass of a stacked model, reading the first's discourse; null for one pass. */
  private final MaxentModel second;

  private final double minConfidence;
  private final double margin;
  private final String fingerprint;

  private StanceModel(
      StanceRules rules,
      StanceFeatures features,
      StanceFeatures firstFeatures,
      List<MaxentModel> models,
      MaxentModel second,
      double minConfidence,
      double margin) {
    this.rules = rules;
    this.features = features;
    this.firstFeatures = firstFeatures;
    this.models = List.copyOf(models);
    this.second = second;
    this.minConfidence = minConfidence;
    this.margin = margin;
    String settings = features.groups() + "/" + minConfidence + "/" + margin;
    List<String> others = new ArrayList<>();
    for (int i = 1; i < models.size(); i++) {
      others.add(MaxentTrainer.fingerprint(models.get(i), ""));
    }
    if (second != null) {
      others.add("second " + MaxentTrainer.fingerprint(second, ""));
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
    return new StanceModel(rules, features, firstFeatures, models, second, minConfidence, margin);
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
    if (!training.features().contains(StanceFeatures.Group.STACKED)) {
      return new StanceModel(
          rules,
          features,
          features,
          fit(events(documents, rules, features::of), training),
          null,
          training.minConfidence(),
          training.margin());
    }
    StanceFeatures first =
        new StanceFeatures(cues, StanceFeatures.firstPassGroups(training.features()));
    List<MaxentModel> firstModels = fit(events(documents, rules, first::of), training);
    List<List<LabelledSentence>> read = readOutOfFold(rules, first, documents, training);
    List<List<Event>> secondEvents =
        events(read, rules, (s, e) -> features.withDiscourse(first.of(s, e), s, e));
    if (training.minDocuments() > 1) {
      secondEvents = common(secondEvents, training.minDocuments());
    }
    MaxentModel second =
        training.trainer().train(secondEvents.stream().flatMap(List::stream).toList());
    return new StanceModel(
        rules, features, first, firstModels, second, training.minConfidence(), training.margin());
  }

  /** Each document's training events (a context sentence has none: it is always neutral). */
  private static List<List<Event>> events(
      List<List<LabelledSentence>> documents,
      StanceRules rules,
      BiFunction<Sentence, StanceRules.Evidence, String[]> features) {
    List<List<Event>> events = new ArrayList<>(documents.size());
    for (List<LabelledSentence> document : documents) {
      List<Event> ofDocument = new ArrayList<>(document.size());
      for (LabelledSentence s : document) {
        if (s.sentence().type() == ClaimType.CONTEXT) {
          continue; // always neutral: nothing to learn
        }
        ofDocument.add(
            new Event(
                s.stance().label(), features.apply(s.sentence(), rules.evidence(s.sentence()))));
      }
      events.add(ofDocument);
    }
    return events;
  }

  /** How many stances the events are labelled with. */
  private static long outcomes(List<List<Event>> events) {
    return events.stream().flatMap(List::stream).map(Event::getOutcome).distinct().count();
  }

  /** The (bagged) models trained on some documents' events. */
  private static List<MaxentModel> fit(List<List<Event>> events, Training training) {
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
    return models;
  }

  /**
   * The documents with each sentence's discourse read from the first pass's stances of the others,
   * each document's from a first pass trained on the other folds' documents (out of fold: as a
   * first pass decides a document it was not trained on at run time).
   */
  private static List<List<LabelledSentence>> readOutOfFold(
      StanceRules rules,
      StanceFeatures first,
      List<List<LabelledSentence>> documents,
      Training training) {
    int k = Math.min(STACK_FOLDS, documents.size());
    List<List<LabelledSentence>> out = new ArrayList<>(documents);
    for (int fold = 0; fold < k; fold++) {
      List<List<LabelledSentence>> others = new ArrayList<>();
      for (int i = 0; i < documents.size(); i++) {
        if (k == 1 || i % k != fold) {
          others.add(documents.get(i));
        }
      }
      List<List<Event>> events = events(others, rules, first::of);
      // Too little to learn from (the others' sentences have one stance): the rules' are read.
      StanceClassifier firstPass =
          outcomes(events) < 2
              ? rules
              : new StanceModel(
                  rules,
                  first,
                  first,
                  fit(events, training),
                  null,
                  training.minConfidence(),
                  FIRST_PASS_MARGIN);
      for (int held = fold; held < documents.size(); held += k) {
        List<LabelledSentence> document = documents.get(held);
        List<Sentence> sentences = document.stream().map(LabelledSentence::sentence).toList();
        List<StanceClassifier.Discourse> discourse =
            StanceDiscourse.of(sentences, firstPass.stances(sentences));
        List<LabelledSentence> read = new ArrayList<>(document.size());
        for (int i = 0; i < document.size(); i++) {
          read.add(
              new LabelledSentence(
                  sentences.get(i).withDiscourse(discourse.get(i)), document.get(i).stance()));
        }
        out.set(held, read);
      }
    }
    return out;
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
    data.writeBoolean(second != null);
    if (second != null) {
      MaxentTrainer.persist(second, data);
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
    MaxentModel second = data.readBoolean() ? MaxentTrainer.readNext(data) : null;
    StanceFeatures features = new StanceFeatures(cues, groups);
    return new StanceModel(
        new StanceRules(cues),
        features,
        second == null
            ? features
            : new StanceFeatures(cues, StanceFeatures.firstPassGroups(groups)),
        models,
        second,
        minConfidence,
        margin);
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
    return decided(sentence, rules.evidence(sentence));
  }

  /**
   * Decides each sentence in its discourse ({@link StanceDiscourse}), the rules' evidence of each
   * counted once: for the discourse of the others and for its own features.
   */
  @Override
  public List<Stance> stances(List<Sentence> document) {
    int n = document.size();
    List<StanceRules.Evidence> evidence = new ArrayList<>(n);
    List<Stance> ruled = new ArrayList<>(n);
    for (Sentence s : document) {
      // A context sentence is neutral, under the rules as here: no evidence needs counting.
      StanceRules.Evidence e = s.type() == ClaimType.CONTEXT ? null : rules.evidence(s);
      evidence.add(e);
      ruled.add(e == null ? Stance.NEUTRAL : e.stance());
    }
    // Stacked: the first pass's features are counted once, for both passes.
    List<String[]> first = new ArrayList<>(n);
    List<Stance> read = ruled;
    if (second != null) {
      read = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        StanceRules.Evidence e = evidence.get(i);
        String[] f = e == null ? null : firstFeatures.of(document.get(i), e);
        first.add(f);
        read.add(
            e == null
                ? Stance.NEUTRAL
                : decided(probabilities(models, f), e.stance(), FIRST_PASS_MARGIN));
      }
    }
    List<StanceClassifier.Discourse> discourse = StanceDiscourse.of(document, read);
    List<Stance> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      StanceRules.Evidence e = evidence.get(i);
      if (e == null) {
        out.add(Stance.NEUTRAL);
        continue;
      }
      Sentence s = document.get(i).withDiscourse(discourse.get(i));
      out.add(
          second == null
              ? decided(s, e)
              : decided(
                  probabilities(List.of(second), features.withDiscourse(first.get(i), s, e)),
                  e.stance(),
                  margin));
    }
    return out;
  }

  /** The stance of a sentence that is not context, in the discourse it carries. */
  private Stance decided(Sentence sentence, StanceRules.Evidence evidence) {
    double[] p =
        second == null
            ? probabilities(models, features.of(sentence, evidence))
            : probabilities(
                List.of(second),
                features.withDiscourse(firstFeatures.of(sentence, evidence), sentence, evidence));
    return decided(p, evidence.stance(), margin);
  }

  /**
   * The model's stance where it is more probable than the rules' by the margin and at least the
   * minimum confidence; the rules' otherwise.
   */
  private Stance decided(double[] p, Stance ruled, double margin) {
    Stance best = Stance.NEUTRAL;
    for (Stance s : Stance.values()) {
      if (p[s.ordinal()] > p[best.ordinal()]) {
        best = s;
      }
    }
    double surest = p[best.ordinal()];
    if (surest < minConfidence || surest - p[ruled.ordinal()] < margin) {
      return ruled;
    }
    return best;
  }

  /** Each stance's probability (by {@link Stance#ordinal}), averaged over the bagged models. */
  private static double[] probabilities(List<MaxentModel> models, String[] context) {
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
