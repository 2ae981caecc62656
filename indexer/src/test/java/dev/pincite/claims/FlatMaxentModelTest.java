package dev.pincite.claims;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import org.junit.jupiter.api.Test;

class FlatMaxentModelTest {

  private static final String[] OUTCOMES = {"claim", "evidence", "context", "prediction"};

  /** Made-up events over 600 features, each outcome cued by some of them, with noise. */
  private static List<Event> events(long seed, int n) {
    Random random = new Random(seed);
    List<Event> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int outcome = random.nextInt(OUTCOMES.length);
      String[] context = new String[6];
      context[0] = "cue=" + (random.nextInt(5) == 0 ? random.nextInt(4) : outcome);
      for (int f = 1; f < context.length; f++) {
        context[f] = "w=" + random.nextInt(600);
      }
      out.add(new Event(OUTCOMES[outcome], context));
    }
    return out;
  }

  /** Contexts with known and unknown features, repeats, and none at all. */
  private static List<String[]> contexts(long seed) {
    Random random = new Random(seed);
    List<String[]> out = new ArrayList<>();
    out.add(new String[0]);
    out.add(new String[] {"never-seen"});
    out.add(new String[] {"cue=1", "cue=1", "w=3"});
    for (int i = 0; i < 500; i++) {
      String[] context = new String[1 + random.nextInt(12)];
      for (int f = 0; f < context.length; f++) {
        context[f] =
            switch (random.nextInt(3)) {
              case 0 -> "cue=" + random.nextInt(6);
              case 1 -> "w=" + random.nextInt(900);
              default -> "other-" + random.nextInt(50);
            };
      }
      out.add(context);
    }
    return out;
  }

  @Test
  void givesOpenNlpsProbabilitiesToTheLastBit() {
    MaxentModel trained = MaxentTrainer.DEFAULT.train(events(7, 2000));
    MaxentModel flat = FlatMaxentModel.of(trained);
    assertInstanceOf(FlatMaxentModel.class, flat);
    for (String[] context : contexts(8)) {
      assertArrayEquals(trained.eval(context), flat.eval(context), 0.0, String.join(" ", context));
      assertEquals(
          trained.getBestOutcome(trained.eval(context)), flat.getBestOutcome(flat.eval(context)));
      assertEquals(
          trained.getAllOutcomes(trained.eval(context)), flat.getAllOutcomes(flat.eval(context)));
    }
    float[] values = {0.5f, 2f, 1f};
    String[] context = {"cue=2", "w=10", "unknown"};
    assertArrayEquals(trained.eval(context, values), flat.eval(context, values), 0.0);
  }

  @Test
  void aModelReadBackDecidesFlatAndIsWrittenAsItWasRead() throws Exception {
    MaxentModel trained = MaxentTrainer.DEFAULT.train(events(9, 800));
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    MaxentTrainer.write(trained, written);
    MaxentModel read = MaxentTrainer.read(new ByteArrayInputStream(written.toByteArray()));
    assertInstanceOf(FlatMaxentModel.class, read);
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    MaxentTrainer.write(read, again);
    assertArrayEquals(written.toByteArray(), again.toByteArray());
    assertEquals(MaxentTrainer.fingerprint(trained, "x"), MaxentTrainer.fingerprint(read, "x"));
    for (String outcome : OUTCOMES) {
      assertEquals(trained.getIndex(outcome), read.getIndex(outcome));
      assertEquals(outcome, read.getOutcome(read.getIndex(outcome)));
    }
    assertEquals(-1, read.getIndex("no such outcome"));
  }

  @Test
  void otherModelsAreKeptAsTheyAre() {
    MaxentModel perceptron = new MaxentTrainer("PERCEPTRON", 20, 0, 0).train(events(10, 300));
    assertSame(perceptron, FlatMaxentModel.of(perceptron));
  }
}
