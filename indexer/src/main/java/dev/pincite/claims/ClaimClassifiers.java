package dev.pincite.claims;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * The type and stance classifiers, the counterclaim link ranker, the voice model and the
 * organisation finder an extractor decides with. By default ({@link #defaults()}) they are the five
 * models that ship as class-path resources of this package, {@value #TYPE_MODEL} (a {@link
 * TypeModel}), {@value #STANCE_MODEL} (a {@link StanceModel}), {@value #LINK_MODEL} (a {@link
 * CounterLinkModel}), {@value #VOICE_MODEL} (a {@link VoiceModel}) and {@value #ORGANISATION_MODEL}
 * (an {@link OrganisationFinder}), trained with OpenNLP's maximum-entropy trainers on {@code gold/}
 * and {@code train/} by {@code pincite train-models}, which the build runs; each decides over the
 * rules ({@link TypeRules}, {@link StanceRules}, {@link CounterLinks}, {@link SpeakerRules}, {@link
 * CompanyRules}): the type and stance models keep the rules' decision unless surer by a margin, the
 * ranker keeps the rules' links by a cue, the voice model only chooses between the rules' speaker
 * and the document's own voice, the finder is asked only about a name no cue marks ({@code
 * docs/claims.md}). With the system property {@value #RULES_ONLY_PROPERTY}{@code =true} the rules
 * alone decide, for measuring them.
 *
 * <p>The shipped models are read once per JVM, on first use, and never change after.
 *
 * @param types the type classifier
 * @param stances the stance classifier
 * @param links the counterclaim link ranker, or null for the rules' links alone
 * @param voices the voice model, or null for the rules' speakers alone
 * @param organisations the organisation finder, or null for the company cues alone
 */
public record ClaimClassifiers(
    TypeClassifier types,
    StanceClassifier stances,
    CounterLinkModel links,
    VoiceModel voices,
    OrganisationFinder organisations) {

  /** The shipped type model's resource name, beside this class. */
  public static final String TYPE_MODEL = "type-model.bin.gz";

  /** The shipped stance model's resource name, beside this class. */
  public static final String STANCE_MODEL = "stance-model.bin.gz";

  /** The system property that makes {@link #defaults()} the rules alone. */
  public static final String RULES_ONLY_PROPERTY = "pincite.claims.rulesOnly";

  /** The shipped link ranker's resource name, beside this class. */
  public static final String LINK_MODEL = "link-model.bin.gz";

  /** The shipped voice model's resource name, beside this class. */
  public static final String VOICE_MODEL = "voice-model.bin.gz";

  /** The shipped organisation finder's resource name, beside this class. */
  public static final String ORGANISATION_MODEL = "organisation-model.bin.gz";

  public ClaimClassifiers {
    Objects.requireNonNull(types, "types");
    Objects.requireNonNull(stances, "stances");
  }

  /**
   * These classifiers with the rules' links alone.
   *
   * @param types the type classifier
   * @param stances the stance classifier
   */
  public ClaimClassifiers(TypeClassifier types, StanceClassifier stances) {
    this(types, stances, null, null, null);
  }

  /**
   * These classifiers with the company cues alone.
   *
   * @param types the type classifier
   * @param stances the stance classifier
   * @param links the counterclaim link ranker, or null for the rules' links alone
   * @param voices the voice model, or null for the rules' speakers alone
   */
  public ClaimClassifiers(
      TypeClassifier types, StanceClassifier stances, CounterLinkModel links, VoiceModel voices) {
    this(types, stances, links, voices, null);
  }

  /**
   * These classifiers with the rules' speakers alone.
   *
   * @param types the type classifier
   * @param stances the stance classifier
   * @param links the counterclaim link ranker, or null for the rules' links alone
   */
  public ClaimClassifiers(TypeClassifier types, StanceClassifier stances, CounterLinkModel links) {
    this(types, stances, links, null, null);
  }

  /** The rules alone: {@link TypeRules} and {@link StanceRules} over their cue files. */
  public static ClaimClassifiers rules() {
    return new ClaimClassifiers(
        ClaimExtractor.typeRules(), new StanceRules(CueFile.load("stance-cues.txt")));
  }

  /**
   * The rules with a trained organisation finder: what the other models are trained over, so that
   * they see the companies the shipped extractor finds.
   *
   * @param organisations the finder
   */
  public static ClaimClassifiers rules(OrganisationFinder organisations) {
    ClaimClassifiers rules = rules();
    return new ClaimClassifiers(rules.types(), rules.stances(), null, null, organisations);
  }

  /** The shipped models, read from the class path once per JVM. */
  public static ClaimClassifiers shipped() {
    return Shipped.MODELS;
  }

  /**
   * What the default extractor decides with: the shipped models, or the rules alone when the system
   * property {@value #RULES_ONLY_PROPERTY} is {@code true}.
   */
  public static ClaimClassifiers defaults() {
    return rulesOnly() ? rules() : shipped();
  }

  /** Whether this JVM was asked to decide with the rules alone ({@value #RULES_ONLY_PROPERTY}). */
  public static boolean rulesOnly() {
    return Boolean.getBoolean(RULES_ONLY_PROPERTY);
  }

  /**
   * Reads the shipped models from a class loader (this package's folder in it).
   *
   * @param loader where the resources are
   * @return the models
   * @throws IllegalStateException when a model is missing
   * @throws UncheckedIOException when a model cannot be read
   */
  static ClaimClassifiers load(ClassLoader loader) {
    TypeRules typeRules = ClaimExtractor.typeRules();
    CueFile stanceCues = CueFile.load("stance-cues.txt");
    try (InputStream types = open(loader, TYPE_MODEL);
        InputStream stances = open(loader, STANCE_MODEL);
        InputStream links = open(loader, LINK_MODEL);
        InputStream voices = open(loader, VOICE_MODEL);
        InputStream organisations = open(loader, ORGANISATION_MODEL)) {
      return new ClaimClassifiers(
          TypeModel.read(typeRules, types, TypeModel.Training.DEFAULT),
          StanceModel.read(stanceCues, stances),
          CounterLinkModel.read(links, CounterLinkModel.Training.DEFAULT),
          VoiceModel.read(voices, VoiceModel.Training.DEFAULT),
          OrganisationFinder.read(organisations));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the shipped claim models", e);
    }
  }

  private static InputStream open(ClassLoader loader, String name) {
    String path = ClaimClassifiers.class.getPackageName().replace('.', '/') + "/" + name;
    InputStream in = loader.getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException(
          "the shipped model " + path + " is not on the class path; run `pincite train-models`");
    }
    return in;
  }

  /** Holds the shipped models, read when first asked for (the JVM's lazy class initialisation). */
  private static final class Shipped {
    static final ClaimClassifiers MODELS = load(ClaimClassifiers.class.getClassLoader());
  }
}
