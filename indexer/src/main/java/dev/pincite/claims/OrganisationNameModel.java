package dev.pincite.claims;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A trained judge of which capitalised runs the company rules left are organisations a sentence
 * discusses: a maximum-entropy model (OpenNLP's own trainer, {@link MaxentTrainer}) over each
 * candidate's form and grammar ({@link OrganisationNameFeatures}), where the rules know a name only
 * by the registry, a corporate word or a cue ("Brakke, a smaller Dutch rival, grew sales 6%";
 * "Fennick Coaches offered £6.4 million"). A candidate at or above the threshold joins its
 * sentence's companies under its long form ({@link OrganisationNameFeatures#longForm}). It only
 * adds: what the rules found stands. Trained on the labelled companies of {@code gold/} and {@code
 * train/} (never a held-out set or the claims-dev sets), the documents read by the rules alone; the
 * threshold was chosen by cross-validation leaving whole documents out ({@code pincite
 * train-organisations}, {@code docs/claims.md}).
 *
 * <p>Training is deterministic. Thread safe: the model is only read after training.
 */
public final class OrganisationNameModel {

  static final String ORGANISATION = "organisation";
  static final String OTHER = "other";

  /**
   * How a model is trained and decides.
   *
   * @param trainer OpenNLP's trainer and its settings
   * @param threshold the probability at or above which a candidate is an organisation
   */
  public record Training(MaxentTrainer trainer, double threshold) {

    /** The shipped settings: quasi-Newton, L2 cost 1; the threshold cross-validation chose. */
    public static final Training DEFAULT = new Training(MaxentTrainer.DEFAULT, 0.4);

    public Training {
      Objects.requireNonNull(trainer, "trainer");
      if (!(threshold > 0 && threshold <= 1)) {
        throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
      }
    }

    /**
     * The same training deciding with another threshold.
     *
     * @param threshold {@link #threshold}
     * @return the settings
     */
    public Training withThreshold(double threshold) {
      return new Training(trainer, threshold);
    }
  }

  /**
   * One labelled document.
   *
   * @param document the document as the company rules left it
   * @param companies each sentence's labelled companies; null where a sentence has no label
   */
  public record LabelledDocument(
      OrganisationNameFeatures.Document document, List<Set<String>> companies) {

    public LabelledDocument {
      Objects.requireNonNull(document, "document");
      companies = Collections.unmodifiableList(new ArrayList<>(companies));
      if (companies.size() != document.sentences().size()) {
        throw new IllegalArgumentException(
            document.sentences().size() + " sentences but " + companies.size() + " labels");
      }
    }

    /**
     * Whether a candidate is labelled an organisation: a company of its sentence's label that the
     * rules did not find is the run, or goes on from it ("Pressline" for Pressline Services).
     *
     * @param candidate the candidate
     * @return true or false; null when its sentence has no label
     */
    public Boolean isOrganisation(OrganisationNameFeatures.Candidate candidate) {
      Set<String> gold = companies.get(candidate.sentence());
      if (gold == null) {
        return null;
      }
      Set<String> found = document.sentences().get(candidate.sentence()).companies();
      String name = candidate.run().text();
      for (String g : gold) {
        if (!found.contains(g) && (g.equals(name) || g.startsWith(name + " "))) {
          return true;
        }
      }
      return false;
    }
  }

  private final MaxentModel model;
  private final double threshold;
  private final String fingerprint;

  private OrganisationNameModel(MaxentModel model, Training training) {
    this.model = model;
    this.threshold = training.threshold();
    this.fingerprint = MaxentTrainer.fingerprint(model, "organisations/" + threshold);
  }

  /**
   * Trains a model: one event per candidate of a labelled sentence.
   *
   * @param documents the labelled documents
   * @param training how
   * @return the model
   */
  public static OrganisationNameModel train(List<LabelledDocument> documents, Training training) {
    List<Event> events = new ArrayList<>();
    for (LabelledDocument d : documents) {
      OrganisationNameFeatures.Context context = OrganisationNameFeatures.context(d.document());
      for (List<OrganisationNameFeatures.Candidate> sentence :
          OrganisationNameFeatures.candidates(d.document())) {
        for (OrganisationNameFeatures.Candidate c : sentence) {
          Boolean label = d.isOrganisation(c);
          if (label != null) {
            events.add(
                new Event(label ? ORGANISATION : OTHER, OrganisationNameFeatures.of(context, c)));
          }
        }
      }
    }
    return new OrganisationNameModel(training.trainer().train(events), training);
  }

  /**
   * The same trained model deciding with another threshold (no training).
   *
   * @param threshold {@link Training#threshold}
   * @return the model
   */
  public OrganisationNameModel withThreshold(double threshold) {
    return new OrganisationNameModel(model, Training.DEFAULT.withThreshold(threshold));
  }

  /**
   * The organisations each sentence discusses besides those the rules found: its candidates at or
   * above the threshold, each under its long form.
   *
   * @param document the document as the company rules left it
   * @return one set per sentence, in order (empty where nothing is added)
   */
  public List<Set<String>> added(OrganisationNameFeatures.Document document) {
    OrganisationNameFeatures.Context context = OrganisationNameFeatures.context(document);
    List<Set<String>> out = new ArrayList<>();
    for (List<OrganisationNameFeatures.Candidate> sentence :
        OrganisationNameFeatures.candidates(document)) {
      Set<String> names = new LinkedHashSet<>();
      for (OrganisationNameFeatures.Candidate c : sentence) {
        if (probability(context, c) >= threshold) {
          names.add(OrganisationNameFeatures.longForm(document, c.run().text()));
        }
      }
      out.add(names);
    }
    return out;
  }

  /**
   * The probability that a candidate is an organisation its sentence discusses.
   *
   * @param context its document's context
   * @param candidate the candidate
   * @return a probability
   */
  public double probability(
      OrganisationNameFeatures.Context context, OrganisationNameFeatures.Candidate candidate) {
    return model
        .eval(OrganisationNameFeatures.of(context, candidate))[model.getIndex(ORGANISATION)];
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
  public static OrganisationNameModel read(InputStream in, Training training) throws IOException {
    return new OrganisationNameModel(MaxentTrainer.read(in), training);
  }

  /** A digest of the weights and threshold, for the extractor's fingerprint. */
  public String fingerprint() {
    return fingerprint;
  }
}
