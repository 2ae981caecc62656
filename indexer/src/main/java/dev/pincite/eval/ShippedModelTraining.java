package dev.pincite.eval;

import dev.pincite.claims.ClaimClassifiers;
import dev.pincite.claims.ClaimExtractor;
import dev.pincite.claims.CounterLinkModel;
import dev.pincite.claims.CounterLinks;
import dev.pincite.claims.CueFile;
import dev.pincite.claims.OrganisationNameModel;
import dev.pincite.claims.Registry;
import dev.pincite.claims.StanceModel;
import dev.pincite.claims.TypeModel;
import dev.pincite.claims.TypeRules;
import dev.pincite.claims.VoiceModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * How the claim models that ship ({@link ClaimClassifiers}) are trained: the type model, the stance
 * model, the counterclaim link ranker, the voice model and the organisation-name model with their
 * default settings ({@link TypeModel.Training#DEFAULT}, {@link StanceModel.Training#DEFAULT},
 * {@link CounterLinkModel.Training#DEFAULT}, {@link VoiceModel.Training#DEFAULT}, {@link
 * OrganisationNameModel.Training#DEFAULT}) on the labelled documents of the given folders ({@code
 * gold/} and {@code train/}; never {@code heldout/} or the claims-dev sets), each document split,
 * and its sentences given speakers and companies, by an extractor deciding with the rules alone, so
 * that training never depends on a model already shipped. Training is deterministic: the same code,
 * cue files, registry and labels give the same bytes, which {@code pincite train-models} writes and
 * a test compares with the shipped files.
 */
public final class ShippedModelTraining {

  private ShippedModelTraining() {}

  /**
   * Trains the type model.
   *
   * @param registry the corpus registry
   * @param labelDirs the label folders
   * @return the model
   * @throws IOException when labels or a document cannot be read
   */
  public static TypeModel typeModel(Registry registry, List<Path> labelDirs) throws IOException {
    TypeRules rules = ClaimExtractor.typeRules();
    List<TypeTrainingSet.Entry> documents =
        TypeTrainingSet.load(new ClaimExtractor(registry, ClaimClassifiers.rules()), labelDirs);
    return TypeModel.train(
        rules,
        documents.stream().map(TypeTrainingSet.Entry::document).toList(),
        TypeModel.Training.DEFAULT);
  }

  /**
   * Trains the stance model on the extractor's own types and companies (as it sees them when
   * deciding), not the labels'.
   *
   * @param registry the corpus registry
   * @param labelDirs the label folders
   * @return the model
   * @throws IOException when labels or a document cannot be read
   */
  public static StanceModel stanceModel(Registry registry, List<Path> labelDirs)
      throws IOException {
    List<StanceTrainingSet.Entry> documents =
        StanceTrainingSet.load(new ClaimExtractor(registry, ClaimClassifiers.rules()), labelDirs);
    return StanceModel.trainOnDocuments(
        CueFile.load("stance-cues.txt"),
        documents.stream().map(StanceTrainingSet.Entry::sentences).toList(),
        StanceModel.Training.DEFAULT);
  }

  /**
   * Trains the counterclaim link ranker on the labelled links, the documents analysed by the rules
   * alone (as {@code pincite train-links} cross-validates it).
   *
   * @param registry the corpus registry
   * @param labelDirs the label folders
   * @return the ranker
   * @throws IOException when labels or a document cannot be read
   */
  public static CounterLinkModel linkModel(Registry registry, List<Path> labelDirs)
      throws IOException {
    List<CounterLinkTrainingSet.Entry> documents =
        CounterLinkTrainingSet.load(
            new ClaimExtractor(registry, ClaimClassifiers.rules()), labelDirs);
    return CounterLinkModel.train(
        new CounterLinks(CueFile.load("discourse-cues.txt")),
        documents.stream().map(CounterLinkTrainingSet.Entry::document).toList(),
        CounterLinkModel.Training.DEFAULT);
  }

  /**
   * Trains the voice model on the speakers the rules alone give (as {@code pincite train-voices}
   * cross-validates it).
   *
   * @param registry the corpus registry
   * @param labelDirs the label folders
   * @return the model
   * @throws IOException when labels or a document cannot be read
   */
  public static VoiceModel voiceModel(Registry registry, List<Path> labelDirs) throws IOException {
    List<VoiceTrainingSet.Entry> documents =
        VoiceTrainingSet.load(new ClaimExtractor(registry, ClaimClassifiers.rules()), labelDirs);
    return VoiceModel.train(
        documents.stream().map(VoiceTrainingSet.Entry::document).toList(),
        VoiceModel.Training.DEFAULT);
  }

  /**
   * Trains the organisation-name model on the companies the rules alone find (as {@code pincite
   * train-organisations} cross-validates it).
   *
   * @param registry the corpus registry
   * @param labelDirs the label folders
   * @return the model
   * @throws IOException when labels or a document cannot be read
   */
  public static OrganisationNameModel organisationModel(Registry registry, List<Path> labelDirs)
      throws IOException {
    List<OrganisationNameTrainingSet.Entry> documents =
        OrganisationNameTrainingSet.load(
            new ClaimExtractor(registry, ClaimClassifiers.rules()), labelDirs);
    return OrganisationNameModel.train(
        documents.stream().map(OrganisationNameTrainingSet.Entry::document).toList(),
        OrganisationNameModel.Training.DEFAULT);
  }

  /**
   * The organisation-name model as its shipped file holds it.
   *
   * @param model a model
   * @return its written bytes
   * @throws IOException when writing fails
   */
  public static byte[] bytes(OrganisationNameModel model) throws IOException {
    return written(model::write);
  }

  /**
   * The voice model as its shipped file holds it.
   *
   * @param model a model
   * @return its written bytes
   * @throws IOException when writing fails
   */
  public static byte[] bytes(VoiceModel model) throws IOException {
    return written(model::write);
  }

  /**
   * The link ranker as its shipped file holds it.
   *
   * @param model a ranker
   * @return its written bytes
   * @throws IOException when writing fails
   */
  public static byte[] bytes(CounterLinkModel model) throws IOException {
    return written(model::write);
  }

  /**
   * The type model as its shipped file holds it.
   *
   * @param model a model
   * @return its written bytes
   * @throws IOException when writing fails
   */
  public static byte[] bytes(TypeModel model) throws IOException {
    return written(model::write);
  }

  /**
   * The stance model as its shipped file holds it.
   *
   * @param model a model
   * @return its written bytes
   * @throws IOException when writing fails
   */
  public static byte[] bytes(StanceModel model) throws IOException {
    return written(model::write);
  }

  /** What a model writes ({@code write(OutputStream)}), as a method reference. */
  private interface ModelWriter {
    void write(OutputStream out) throws IOException;
  }

  private static byte[] written(ModelWriter model) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    model.write(out);
    return out.toByteArray();
  }
}
