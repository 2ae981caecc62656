package dev.pincite.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.pincite.claims.ClaimClassifiers;
import dev.pincite.claims.Registry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The models committed under {@code indexer/src/main/resources/dev/pincite/claims/} are exactly the
 * ones {@code pincite train-models} trains from today's code, cue files, registry and labels: a
 * change to any of them that moves a model's weights fails here until the command is run again.
 */
class ShippedModelsTest {

  private static final String RUN =
      " is stale (the rules, cue files, registry or labels changed): run `bin/pincite"
          + " train-models` and commit the files it writes";

  static Path root;
  static Registry registry;
  static List<Path> labels;
  static Path models;

  @BeforeAll
  static void setUp() throws Exception {
    root = Path.of(System.getProperty("pincite.root"));
    registry = Registry.load(root.resolve("corpus/registry"));
    labels = List.of(root.resolve("gold"), root.resolve("train"));
    models = root.resolve("indexer/src/main/resources/dev/pincite/claims");
  }

  @Test
  void theShippedTypeModelIsTheOneTrainedOnGoldAndTrain() throws Exception {
    Path file = models.resolve(ClaimClassifiers.TYPE_MODEL);
    assertArrayEquals(
        Files.readAllBytes(file),
        ShippedModelTraining.bytes(ShippedModelTraining.typeModel(registry, labels)),
        root.relativize(file) + RUN);
  }

  @Test
  void theShippedStanceModelIsTheOneTrainedOnGoldAndTrain() throws Exception {
    Path file = models.resolve(ClaimClassifiers.STANCE_MODEL);
    assertArrayEquals(
        Files.readAllBytes(file),
        ShippedModelTraining.bytes(ShippedModelTraining.stanceModel(registry, labels)),
        root.relativize(file) + RUN);
  }

  @Test
  void theShippedLinkRankerIsTheOneTrainedOnGoldAndTrain() throws Exception {
    Path file = models.resolve(ClaimClassifiers.LINK_MODEL);
    assertArrayEquals(
        Files.readAllBytes(file),
        ShippedModelTraining.bytes(ShippedModelTraining.linkModel(registry, labels)),
        root.relativize(file) + RUN);
  }

  @Test
  void theShippedVoiceModelIsTheOneTrainedOnGoldAndTrain() throws Exception {
    Path file = models.resolve(ClaimClassifiers.VOICE_MODEL);
    assertArrayEquals(
        Files.readAllBytes(file),
        ShippedModelTraining.bytes(ShippedModelTraining.voiceModel(registry, labels)),
        root.relativize(file) + RUN);
  }
}
