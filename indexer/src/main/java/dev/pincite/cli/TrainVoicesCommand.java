package dev.pincite.cli;

import dev.pincite.claims.ClaimClassifiers;
import dev.pincite.claims.ClaimExtractor;
import dev.pincite.claims.Registry;
import dev.pincite.claims.VoiceModel;
import dev.pincite.eval.VoiceCrossValidation;
import dev.pincite.eval.VoiceTrainingSet;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code pincite train-voices}: measures the voice model ({@link VoiceModel}) against the speaker
 * rules by cross-validation by document on the training labels ({@code gold/}, {@code train/}): of
 * the sentences with a candidate speaker, how many labelled with it keep it and how many labelled
 * with the document's own voice are left in it, at each threshold asked for.
 */
@Command(
    name = "train-voices",
    mixinStandardHelpOptions = true,
    description = {
      "Cross-validate the voice model against the speaker rules (k folds by document)",
      "on the training labels (gold/, train/)."
    })
public final class TrainVoicesCommand implements Callable<Integer> {

  @Option(
      names = "--thresholds",
      split = ",",
      defaultValue = "0.15,0.2,0.25,0.3,0.35,0.5",
      description =
          "Probabilities of speaking for the candidate below which a sentence is in the"
              + " document's own voice (default: ${DEFAULT-VALUE}).")
  List<Double> thresholds;

  @Option(
      names = "--named-thresholds",
      split = ",",
      defaultValue = "0.5",
      description =
          "Probabilities of speaking for a candidate the sentence only names (the rules gave it"
              + " nobody) at or above which it becomes the speaker (default: ${DEFAULT-VALUE}).")
  List<Double> namedThresholds;

  @Option(names = "--folds", defaultValue = "10", description = "Folds (default: 10).")
  int folds;

  @Mixin TrainerOptions trainer;

  @Mixin CorpusOption corpus;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter print = spec.commandLine().getOut();
    Registry registry = Registry.load(corpus.corpus().registryDir());
    List<VoiceTrainingSet.Entry> documents =
        VoiceTrainingSet.load(
            new ClaimExtractor(registry, ClaimClassifiers.rules()), trainer.labelDirs());
    long start = System.nanoTime();
    List<VoiceCrossValidation.Tally> tallies =
        VoiceCrossValidation.run(
            documents,
            folds,
            VoiceModel.Training.DEFAULT.withTrainer(trainer.trainer()),
            thresholds,
            namedThresholds);
    print.printf(
        Locale.ROOT,
        "%d documents, %d folds (%.0f s)%n",
        documents.size(),
        folds,
        (System.nanoTime() - start) / 1e9);
    for (VoiceCrossValidation.Tally t : tallies) {
      print.printf(
          Locale.ROOT,
          "threshold %.2f / named %.2f   candidate's words %d: rules %d, model %d (%+d)"
              + "   own voice %d: rules %d, model %d (%+d)%n",
          t.threshold(),
          t.namedThreshold(),
          t.speaks(),
          t.speaksByRules(),
          t.speaksByModel(),
          t.speaksByModel() - t.speaksByRules(),
          t.own(),
          t.ownByRules(),
          t.ownByModel(),
          t.ownByModel() - t.ownByRules());
    }
    print.flush();
    return 0;
  }
}
