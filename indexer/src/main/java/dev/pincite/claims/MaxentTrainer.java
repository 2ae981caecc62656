package dev.pincite.claims;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains a sentence classifier with Apache OpenNLP's own event trainers: the machinery the trained
 * type model ({@link TypeModel}) and stance model ({@link StanceModel}) share. A caller turns its
 * labelled sentences into events (outcome and feature strings); this class sets the trainer up.
 *
 * <p>Deterministic: one thread, a feature cutoff of 1 and fixed iterations give the same model for
 * the same events in the same order. Quasi-Newton maximum entropy without an L1 cost is minimised
 * by {@link LbfgsMaxentTrainer}, the rest by OpenNLP's own trainers. A model read back decides
 * through {@link FlatMaxentModel}, with the same probabilities.
 *
 * @param algorithm the trainer, as OpenNLP names it (an {@link Algorithm})
 * @param iterations its iterations
 * @param l1 the L1 cost (quasi-Newton maximum entropy only)
 * @param l2 the L2 cost (quasi-Newton maximum entropy only)
 */
public record MaxentTrainer(String algorithm, int iterations, double l1, double l2) {

  /** The trainers a model can be built with, as OpenNLP names them. */
  public enum Algorithm {
    MAXENT,
    MAXENT_QN,
    PERCEPTRON,
    NAIVEBAYES
  }

  /**
   * Quasi-Newton maximum entropy, L2 cost 1, 200 iterations: what cross-validation chose for the
   * type model ({@code docs/claims.md}).
   */
  public static final MaxentTrainer DEFAULT =
      new MaxentTrainer(Algorithm.MAXENT_QN.name(), 200, 0, 1);

  public MaxentTrainer {
    Objects.requireNonNull(algorithm, "algorithm");
    if (iterations < 1) {
      throw new IllegalArgumentException("iterations must be at least 1: " + iterations);
    }
  }

  /**
   * Trains a model.
   *
   * @param events the labelled events, in a fixed order
   * @return the model
   * @throws UncheckedIOException when OpenNLP's trainer fails
   */
  public MaxentModel train(List<Event> events) {
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
    params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
    params.put("L1Cost", l1);
    params.put("L2Cost", l2);
    params.put(TrainingParameters.CUTOFF_PARAM, 1);
    params.put(TrainingParameters.THREADS_PARAM, 1);
    EventTrainer trainer;
    if (algorithm.equals(Algorithm.MAXENT_QN.name()) && l1 == 0) {
      // OpenNLP's own quasi-Newton trainer stops early, and where it stops moves with the events
      // (LbfgsMaxentTrainer): the same model, minimised by a steadier minimiser.
      trainer = new LbfgsMaxentTrainer();
      trainer.init(params, new HashMap<>());
    } else {
      trainer = TrainerFactory.getEventTrainer(params, null);
    }
    try {
      return trainer.train(ObjectStreamUtils.createObjectStream(events));
    } catch (IOException e) {
      throw new UncheckedIOException("training a " + algorithm + " model failed", e);
    }
  }

  /**
   * Writes a trained model's weights in OpenNLP's binary model format, gzipped: the bytes depend
   * only on the training events and settings, so a stale file is found by training again and
   * comparing.
   *
   * @param model a model {@link #train} made
   * @param out where to write; not closed
   * @throws IOException when writing fails
   */
  public static void write(MaxentModel model, OutputStream out) throws IOException {
    GZIPOutputStream gzip = new GZIPOutputStream(out);
    DataOutputStream data = new DataOutputStream(gzip);
    new GenericModelWriter(asWritten(model), data).persist();
    data.flush();
    gzip.finish();
  }

  /**
   * Writes a trained model's weights in OpenNLP's binary model format, uncompressed, onto a stream
   * that may hold more (several models one after the other, {@link #readNext}).
   *
   * @param model a model {@link #train} made
   * @param data where to write; not closed
   * @throws IOException when writing fails
   */
  static void persist(MaxentModel model, DataOutputStream data) throws IOException {
    // OpenNLP's writer closes its stream when done: each model goes through a buffer of its own.
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new GenericModelWriter(asWritten(model), new DataOutputStream(bytes)).persist();
    data.writeInt(bytes.size());
    bytes.writeTo(data);
  }

  /**
   * Reads the next model {@link #persist} wrote, leaving the stream just after it.
   *
   * @param data the stream
   * @return the model
   * @throws IOException when the model cannot be read
   */
  static MaxentModel readNext(DataInputStream data) throws IOException {
    int size = data.readInt();
    if (size < 0) {
      throw new IOException("a model of negative size: " + size);
    }
    byte[] bytes = data.readNBytes(size);
    if (bytes.length < size) {
      throw new IOException("a model cut short: " + bytes.length + " of " + size + " bytes");
    }
    return FlatMaxentModel.of(
        new GenericModelReader(
                new BinaryFileDataReader(new DataInputStream(new ByteArrayInputStream(bytes))))
            .getModel());
  }

  /**
   * Reads a model {@link #write} wrote.
   *
   * @param in the written model; not closed
   * @return the model
   * @throws IOException when the model cannot be read
   */
  public static MaxentModel read(InputStream in) throws IOException {
    DataInputStream data = new DataInputStream(new GZIPInputStream(in));
    return FlatMaxentModel.of(new GenericModelReader(new BinaryFileDataReader(data)).getModel());
  }

  /**
   * A digest of a model's weights and of the settings it decides with, for the extractor's
   * fingerprint: the index is rebuilt when either changes.
   *
   * @param model a trained model
   * @param settings its decision settings, as text
   * @return 16 hex digits
   */
  public static String fingerprint(MaxentModel model, String settings) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      // The weights as written, uncompressed: gzip would only cost time (about a second for the
      // shipped type model, paid once per JVM).
      DataOutputStream data =
          new DataOutputStream(new DigestOutputStream(OutputStream.nullOutputStream(), sha));
      new GenericModelWriter(asWritten(model), data).persist();
      data.flush();
      sha.update(settings.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** The model as OpenNLP writes it: a read model's own, behind its flat look-up. */
  private static AbstractModel asWritten(MaxentModel model) {
    return model instanceof FlatMaxentModel flat ? flat.asOpenNlp() : (AbstractModel) model;
  }
}
