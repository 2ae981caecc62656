package dev.pincite.claims;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A trained judge of whose voice a sentence is in, over the speaker rules ({@link SpeakerRules}): a
 * maximum-entropy model (OpenNLP's own trainer, {@link MaxentTrainer}) that reads a sentence with
 * its candidate speaker ({@link VoiceFeatures#candidate}) and gives the probability that the
 * sentence speaks for that speaker rather than in the document's own voice. A sentence the rules
 * attributed returns to the document's voice when that probability is below the threshold; one the
 * rules left in the document's voice, right after an attributed sentence of its paragraph, takes
 * that sentence's speaker when it is at or above it; any other sentence the rules left in the
 * document's voice takes the person or organisation it names first when the probability is at or
 * above the named threshold. It names no one else. Trained on the labelled speakers of {@code
 * gold/} and {@code train/} (never {@code heldout/} or the claims-dev sets), the documents
 * attributed by the rules alone; the thresholds were chosen by cross-validation leaving whole
 * documents out ({@code pincite train-voices}, {@code docs/claims.md}).
 *
 * <p>Training is deterministic. Thread safe: the model is only read after training.
 */
public final class VoiceModel {

  static final String SPEAKS = "speaks";
  static final String OWN_VOICE = "own";

  /**
   * How a model is trained and decides.
   *
   * @param trainer OpenNLP's trainer and its settings
   * @param threshold the probability of speaking for the rules' or the carried candidate below
   *     which a sentence is in the document's own voice
   * @param namedThreshold the probability of speaking for a candidate the sentence only names (the
   *     rules gave it nobody) at or above which it becomes the speaker
   */
  public record Training(MaxentTrainer trainer, double threshold, double namedThreshold) {

    /** The shipped settings: quasi-Newton, L2 cost 1; the thresholds cross-validation chose. */
    public static final Training DEFAULT = new Training(MaxentTrainer.DEFAULT, 0.4, 0.4);

    public Training {
      Objects.requireNonNull(trainer, "trainer");
      if (!(threshold >= 0 && threshold <= 1 && namedThreshold >= 0 && namedThreshold <= 1)) {
        throw new IllegalArgumentException(
            "thresholds must be in [0, 1]: " + threshold + ", " + namedThreshold);
      }
    }

    /**
     * The same training deciding with other thresholds.
     *
     * @param threshold {@link #threshold}
     * @param namedThreshold {@link #namedThreshold}
     * @return the settings
     */
    public Training withThresholds(double threshold, double namedThreshold) {
      return new Training(trainer, threshold, namedThreshold);
    }

    /**
     * The same training with another trainer.
     *
     * @param trainer the trainer
     * @return the settings
     */
    public Training withTrainer(MaxentTrainer trainer) {
      return new Training(trainer, threshold, namedThreshold);
    }
  }

  /**
   * One document's sentences as the rules attributed them, and the people it names.
   *
   * @param sentences the sentences
   * @param people the people (full names)
   * @param ownVoice the document's own voice (its byline, else its site), or null
   */
  public record Document(
      List<VoiceFeatures.Sentence> sentences, Set<String> people, String ownVoice) {

    public Document {
      sentences = List.copyOf(sentences);
      people = Set.copyOf(people);
    }
  }

  /**
   * One labelled document.
   *
   * @param document the sentences as the rules attributed them
   * @param speaks for each sentence with a candidate, whether the label gives it the candidate
   *     ({@code true}) or the document's own voice ({@code false}); null where the label gives
   *     another speaker, or there is no label or candidate
   */
  public record LabelledDocument(Document document, Boolean[] speaks) {

    public LabelledDocument {
      Objects.requireNonNull(document, "document");
      speaks = speaks.clone();
      if (speaks.length != document.sentences().size()) {
        throw new IllegalArgumentException(
            document.sentences().size() + " sentences but " + speaks.length + " labels");
      }
    }
  }

  private final MaxentModel model;
  private final double threshold;
  private final double namedThreshold;
  private final String fingerprint;

  private VoiceModel(MaxentModel model, Training training) {
    this.model = model;
    this.threshold = training.threshold();
    this.namedThreshold = training.namedThreshold();
    this.fingerprint =
        MaxentTrainer.fingerprint(model, "voices/" + threshold + "/" + namedThreshold);
  }

  /**
   * Trains a model: one event per labelled sentence with a candidate.
   *
   * @param documents the labelled documents
   * @param training how
   * @return the model
   */
  public static VoiceModel train(List<LabelledDocument> documents, Training training) {
    List<Event> events = new ArrayList<>();
    for (LabelledDocument d : documents) {
      List<VoiceFeatures.Sentence> s = d.document().sentences();
      double ownShare = VoiceFeatures.ownShare(s);
      for (int i = 0; i < s.size(); i++) {
        VoiceFeatures.Candidate candidate = VoiceFeatures.find(s, d.document().people(), i);
        if (candidate == null || d.speaks()[i] == null) {
          continue;
        }
        String[] features = VoiceFeatures.of(s, d.document().people(), i, candidate, ownShare);
        events.add(new Event(d.speaks()[i] ? SPEAKS : OWN_VOICE, features));
      }
    }
    return new VoiceModel(training.trainer().train(events), training);
  }

  /**
   * The same trained model deciding with other thresholds (no training).
   *
   * @param threshold {@link Training#threshold}
   * @param namedThreshold {@link Training#namedThreshold}
   * @return the model
   */
  public VoiceModel withThresholds(double threshold, double namedThreshold) {
    return new VoiceModel(model, Training.DEFAULT.withThresholds(threshold, namedThreshold));
  }

  /**
   * The probability that each sentence speaks for its candidate ({@link VoiceFeatures#candidate}).
   *
   * @param document the document
   * @return one probability per sentence; NaN where a sentence has no candidate
   */
  public double[] probabilities(Document document) {
    VoiceFeatures.Candidate[] candidates = candidates(document);
    double ownShare = VoiceFeatures.ownShare(document.sentences());
    double[] out = new double[candidates.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = probability(document, candidates, i, ownShare);
    }
    return out;
  }

  /**
   * Each sentence's speaker after the model's judgement: the rules' attribution, the document's own
   * voice where the model doubts it, the speaker carried from the sentence before where the model
   * finds the rules' own voice wrong, or the person or organisation the sentence names (then
   * explicitly). Every sentence is judged on the rules' attributions, so one sentence's change does
   * not move the next one's candidate.
   *
   * @param document the document as the rules attributed it
   * @return one attribution per sentence
   */
  public List<SpeakerRules.Attribution> decide(Document document) {
    VoiceFeatures.Candidate[] candidates = candidates(document);
    double ownShare = VoiceFeatures.ownShare(document.sentences());
    List<SpeakerRules.Attribution> out = new ArrayList<>(candidates.length);
    for (int i = 0; i < candidates.length; i++) {
      SpeakerRules.Attribution a = document.sentences().get(i).attribution();
      VoiceFeatures.Candidate c = candidates[i];
      if (c == null) {
        out.add(a);
        continue;
      }
      double p = probability(document, candidates, i, ownShare);
      if (a.attributed()) {
        out.add(
            p < threshold ? new SpeakerRules.Attribution(document.ownVoice(), false, false) : a);
        continue;
      }
      // A name the sentence holds makes the attribution explicit; a carried speaker does not.
      boolean named = c.source() == VoiceFeatures.Source.NAMED;
      boolean speaks = p >= (named ? namedThreshold : threshold);
      out.add(speaks ? new SpeakerRules.Attribution(c.name(), true, named) : a);
    }
    return out;
  }

  private static VoiceFeatures.Candidate[] candidates(Document document) {
    List<VoiceFeatures.Sentence> s = document.sentences();
    VoiceFeatures.Candidate[] out = new VoiceFeatures.Candidate[s.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = VoiceFeatures.find(s, document.people(), i);
    }
    return out;
  }

  private double probability(
      Document document, VoiceFeatures.Candidate[] candidates, int i, double ownShare) {
    if (candidates[i] == null) {
      return Double.NaN;
    }
    String[] features =
        VoiceFeatures.of(document.sentences(), document.people(), i, candidates[i], ownShare);
    return model.eval(features)[model.getIndex(SPEAKS)];
  }

  /**
   * Writes the model's weights (OpenNLP's binary model format, gzipped); the bytes depend only on
   * the training documents, the rules and the settings.
   *
   * @param out where to write; not closed
   * @throws IOException when writing fails
   */
  public void write(OutputStream out) throws IOException {
    MaxentTrainer.write(model, out);
  }

  /**
   * Reads a model {@link #write} wrote.
   *
   * @param in the written model; not closed
   * @param training the settings it decides with
   * @return the model
   * @throws IOException when the model cannot be read
   */
  public static VoiceModel read(InputStream in, Training training) throws IOException {
    return new VoiceModel(MaxentTrainer.read(in), training);
  }

  /** A digest of the weights and threshold, for the extractor's fingerprint. */
  public String fingerprint() {
    return fingerprint;
  }
}
