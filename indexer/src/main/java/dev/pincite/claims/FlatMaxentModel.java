package dev.pincite.claims;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import opennlp.tools.ml.ArrayMath;
import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A quasi-Newton maximum entropy model ({@link QNModel}) read for deciding: the same probabilities,
 * to the last bit, from its weights laid out in flat arrays.
 *
 * <p>Why: the shipped type and stance models hold about 235,000 features each, and OpenNLP looks
 * every feature of a sentence up in a {@code HashMap} of strings whose entry, key, key bytes,
 * context, weights and outcomes lie scattered over the heap, a cache miss each; the look-ups were a
 * tenth of claim extraction. Here a feature's 64-bit hash finds its row in one open-addressed table
 * (hash and row side by side) and the row's weights lie in one array, every outcome in order.
 * OpenNLP's map and contexts are let go, so the model takes less memory than OpenNLP's.
 *
 * <p>A feature is known by its 64-bit hash, not by its text: reading the features' text back was
 * two more cache misses a feature. No two features of the model share a hash (checked when it is
 * read; otherwise OpenNLP's own model is kept), so only a feature the model never saw whose hash
 * equals a known one's would be misread: with 235,000 features, about one look-up in 10^14.
 *
 * <p>The sums run in OpenNLP's order (features in the context's order, each outcome's weight added
 * to that outcome) and are normalised by its own {@link ArrayMath#logSumOfExps} and {@link
 * StrictMath#exp}, so every probability is the one {@link QNModel#eval} gives. Immutable and thread
 * safe.
 */
final class FlatMaxentModel implements MaxentModel {

  private final String[] outcomeNames;
  private final int outcomes;
  // Row r's feature (for writing the model again only), and its weight for outcome o at
  // r * outcomes + o.
  private final String[] features;
  private final double[] weights;
  // Two longs per slot: a feature's hash, then its row plus one (0: an empty slot).
  private final long[] table;
  private final int mask;

  private FlatMaxentModel(
      String[] outcomeNames, String[] features, double[] weights, long[] table) {
    this.outcomeNames = outcomeNames;
    this.outcomes = outcomeNames.length;
    this.features = features;
    this.weights = weights;
    this.table = table;
    this.mask = table.length / 2 - 1;
  }

  /**
   * A model that decides as {@code model} does: flat when it is a quasi-Newton model whose features
   * each weigh every outcome (as {@link LbfgsMaxentTrainer}'s and OpenNLP's do) and hash apart,
   * {@code model} itself otherwise.
   *
   * @param model a model read or trained
   * @return the model to decide with
   */
  static MaxentModel of(MaxentModel model) {
    if (!(model instanceof QNModel qn)) {
      return model;
    }
    Object[] parts = qn.getDataStructures();
    Context[] params = (Context[]) parts[0];
    @SuppressWarnings("unchecked")
    Map<String, Context> byFeature = (Map<String, Context>) parts[1];
    String[] outcomeNames = ((String[]) parts[2]).clone();
    int outcomes = outcomeNames.length;
    // Rows in OpenNLP's own order of the contexts, so that the model it is written as is its own.
    Map<Context, Integer> rowOf = new IdentityHashMap<>();
    for (int row = 0; row < params.length; row++) {
      if (!weighsEveryOutcome(params[row], outcomes) || rowOf.put(params[row], row) != null) {
        return model;
      }
    }
    String[] features = new String[params.length];
    int slots = Integer.highestOneBit(Math.max(2, params.length) * 2 - 1) * 2;
    long[] table = new long[slots * 2];
    for (Map.Entry<String, Context> feature : byFeature.entrySet()) {
      Integer row = rowOf.get(feature.getValue());
      if (row == null
          || features[row] != null
          || !put(table, slots - 1, hash(feature.getKey()), row)) {
        return model; // not one feature per context, or two features share a hash
      }
      features[row] = feature.getKey();
    }
    double[] weights = new double[params.length * outcomes];
    for (int row = 0; row < params.length; row++) {
      if (features[row] == null) {
        return model;
      }
      System.arraycopy(params[row].getParameters(), 0, weights, row * outcomes, outcomes);
    }
    return new FlatMaxentModel(outcomeNames, features, weights, table);
  }

  /** Whether a context weighs each outcome, in the outcomes' order. */
  private static boolean weighsEveryOutcome(Context context, int outcomes) {
    int[] outcomeOf = context.getOutcomes();
    if (outcomeOf.length != outcomes || context.getParameters().length != outcomes) {
      return false;
    }
    for (int i = 0; i < outcomes; i++) {
      if (outcomeOf[i] != i) {
        return false;
      }
    }
    return true;
  }

  /**
   * The model as OpenNLP holds it, made again from the rows, for writing and for fingerprints: the
   * same features, weights and outcomes as the model read, so it is written to the same bytes.
   */
  AbstractModel asOpenNlp() {
    int[] every = new int[outcomes];
    Arrays.setAll(every, o -> o);
    Context[] params = new Context[features.length];
    for (int row = 0; row < features.length; row++) {
      params[row] =
          new Context(
              every.clone(), Arrays.copyOfRange(weights, row * outcomes, (row + 1) * outcomes));
    }
    return new QNModel(params, features.clone(), outcomeNames.clone());
  }

  /** Adds a feature's row; false when another feature has its hash. */
  private static boolean put(long[] table, int mask, long hash, int row) {
    for (int slot = slot(hash, mask); ; slot = (slot + 1) & mask) {
      if (table[2 * slot + 1] == 0) {
        table[2 * slot] = hash;
        table[2 * slot + 1] = row + 1L;
        return true;
      }
      if (table[2 * slot] == hash) {
        return false;
      }
    }
  }

  /** A feature's row, or -1 when the model does not know it. */
  private int row(String feature) {
    long hash = hash(feature);
    for (int slot = slot(hash, mask); ; slot = (slot + 1) & mask) {
      long row = table[2 * slot + 1];
      if (row == 0) {
        return -1;
      }
      if (table[2 * slot] == hash) {
        return (int) row - 1;
      }
    }
  }

  /** FNV-1a over the feature's UTF-16 units: 64 bits, so distinct features seldom share one. */
  private static long hash(String feature) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < feature.length(); i++) {
      h = (h ^ feature.charAt(i)) * 0x100000001b3L;
    }
    return h;
  }

  /** A hash's first slot: its bits mixed (MurmurHash3's finaliser) so every bit picks the slot. */
  private static int slot(long hash, int mask) {
    long h = hash;
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return (int) h & mask;
  }

  @Override
  public double[] eval(String[] context) {
    return eval(context, null, new double[outcomes]);
  }

  @Override
  public double[] eval(String[] context, double[] probs) {
    return eval(context, null, probs);
  }

  @Override
  public double[] eval(String[] context, float[] values) {
    return eval(context, values, new double[outcomes]);
  }

  private double[] eval(String[] context, float[] values, double[] probs) {
    for (int ci = 0; ci < context.length; ci++) {
      int row = row(context[ci]);
      if (row < 0) {
        continue;
      }
      double value = values == null ? 1.0 : values[ci];
      int from = row * outcomes;
      for (int o = 0; o < outcomes; o++) {
        probs[o] += value * weights[from + o];
      }
    }
    double logSumExp = ArrayMath.logSumOfExps(probs);
    for (int o = 0; o < outcomes; o++) {
      probs[o] = StrictMath.exp(probs[o] - logSumExp);
    }
    return probs;
  }

  @Override
  public String getBestOutcome(double[] probs) {
    return outcomeNames[ArrayMath.argmax(probs)];
  }

  @Override
  public String getAllOutcomes(double[] probs) {
    return asOpenNlp().getAllOutcomes(probs);
  }

  @Override
  public String getOutcome(int index) {
    return outcomeNames[index];
  }

  @Override
  public int getIndex(String outcome) {
    for (int i = 0; i < outcomes; i++) {
      if (outcomeNames[i].equals(outcome)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public int getNumOutcomes() {
    return outcomes;
  }
}
