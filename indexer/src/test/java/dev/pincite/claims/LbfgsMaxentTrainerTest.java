package dev.pincite.claims;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Random;
import opennlp.tools.ml.maxent.quasinewton.NegLogLikelihood;
import opennlp.tools.ml.model.DataIndexer;
import opennlp.tools.ml.model.DataIndexerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.junit.jupiter.api.Test;

class LbfgsMaxentTrainerTest {

  /**
   * Made-up events: "up" and "down" decide the outcome, "noise-N" words are drawn at random, and a
   * tenth of the events are labelled against their cue so the optimum is not at infinity.
   */
  private static List<Event> events(long seed, int n) {
    Random random = new Random(seed);
    List<Event> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      boolean up = random.nextBoolean();
      boolean flipped = random.nextInt(10) == 0;
      String outcome = up != flipped ? "bullish" : "bearish";
      out.add(
          new Event(
              outcome, new String[] {up ? "up" : "down", "noise-" + random.nextInt(20), "bias"}));
    }
    return out;
  }

  private static final MaxentTrainer QN = new MaxentTrainer("MAXENT_QN", 200, 0, 1);

  @Test
  void learnsWhatTheCuesSay() {
    MaxentModel model = QN.train(events(1, 400));
    assertEquals("bullish", model.getBestOutcome(model.eval(new String[] {"up", "bias"})));
    assertEquals("bearish", model.getBestOutcome(model.eval(new String[] {"down", "bias"})));
  }

  @Test
  void theSameEventsGiveTheSameModelByteForByte() throws Exception {
    assertArrayEquals(bytes(QN.train(events(2, 300))), bytes(QN.train(events(2, 300))));
  }

  /**
   * At the optimum of a smooth convex objective the gradient vanishes: the weights the minimiser
   * returns leave a gradient below its tolerance, well within the budget on made-up events.
   */
  @Test
  void stopsWhereTheGradientIsFlat() throws Exception {
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.CUTOFF_PARAM, 1);
    DataIndexer indexer = DataIndexerFactory.getDataIndexer(params, new HashMap<>());
    indexer.index(ObjectStreamUtils.createObjectStream(events(3, 500)));
    LbfgsMaxentTrainer.Regularised objective =
        new LbfgsMaxentTrainer.Regularised(new NegLogLikelihood(indexer), 1);
    double[] weights = LbfgsMaxentTrainer.minimise(objective, 200);
    double gradient = LbfgsMaxentTrainer.norm(objective.gradient(weights));
    assertTrue(
        gradient
            < LbfgsMaxentTrainer.GRADIENT_TOLERANCE * Math.max(1, LbfgsMaxentTrainer.norm(weights)),
        "gradient " + gradient);
    assertTrue(LbfgsMaxentTrainer.norm(weights) > 0.5, "the cues carry weight");
  }

  @Test
  void anL1CostIsLeftToOpenNlpsOwnTrainer() {
    MaxentModel model = new MaxentTrainer("MAXENT_QN", 50, 0.1, 0).train(events(4, 200));
    assertEquals(2, model.getNumOutcomes());
    LbfgsMaxentTrainer direct = new LbfgsMaxentTrainer();
    TrainingParameters params = new TrainingParameters();
    params.put("Algorithm", "MAXENT_QN");
    params.put("L1Cost", 0.1);
    assertThrows(IllegalArgumentException.class, () -> direct.init(params, new HashMap<>()));
  }

  private static byte[] bytes(MaxentModel model) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    MaxentTrainer.write(model, out);
    return out.toByteArray();
  }
}
