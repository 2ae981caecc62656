package dev.pincite.cli;

import dev.pincite.claims.ClaimClassifiers;
import dev.pincite.claims.ClaimExtractor;
import dev.pincite.claims.OrganisationNameModel;
import dev.pincite.claims.Registry;
import dev.pincite.eval.OrganisationNameCrossValidation;
import dev.pincite.eval.OrganisationNameTrainingSet;
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
 * {@code pincite train-organisations}: measures the organisation-name model ({@link
 * OrganisationNameModel}) against the company rules by cross-validation by document on the training
 * labels ({@code gold/}, {@code train/}): the organisations right, wrong and missed, and the
 * companies' F1, by the rules alone and with the model's additions at each threshold asked for.
 */
@Command(
    name = "train-organisations",
    mixinStandardHelpOptions = true,
    description = {
      "Cross-validate the organisation-name model against the company rules (k folds by",
      "document) on the training labels (gold/, train/)."
    })
public final class TrainOrganisationsCommand implements Callable<Integer> {

  @Option(
      names = "--thresholds",
      split = ",",
      defaultValue = "0.3,0.4,0.5,0.6,0.7",
      description =
          "Probabilities at or above which a candidate is an organisation (default:"
              + " ${DEFAULT-VALUE}).")
  List<Double> thresholds;

  @Option(names = "--folds", defaultValue = "10", description = "Folds (default: 10).")
  int folds;

  @Mixin TrainerOptions trainer;

  @Mixin CorpusOption corpus;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter print = spec.commandLine().getOut();
    Registry registry = Registry.load(corpus.corpus().registryDir());
    List<OrganisationNameTrainingSet.Entry> documents =
        OrganisationNameTrainingSet.load(
            new ClaimExtractor(registry, ClaimClassifiers.rules()), trainer.labelDirs());
    long start = System.nanoTime();
    List<OrganisationNameCrossValidation.Tally> tallies =
        OrganisationNameCrossValidation.run(
            documents,
            folds,
            new OrganisationNameModel.Training(
                trainer.trainer(), OrganisationNameModel.Training.DEFAULT.threshold()),
            thresholds);
    print.printf(
        Locale.ROOT,
        "%d documents, %d folds (%.0f s)%n",
        documents.size(),
        folds,
        (System.nanoTime() - start) / 1e9);
    for (OrganisationNameCrossValidation.Tally t : tallies) {
      OrganisationNameCrossValidation.Counts r = t.rules();
      OrganisationNameCrossValidation.Counts m = t.model();
      print.printf(
          Locale.ROOT,
          "threshold %.2f   rules: right %d, wrong %d, missed %d, F1 %.4f"
              + "   with the model: right %d (%+d), wrong %d (%+d), missed %d, F1 %.4f (%+.4f)%n",
          t.threshold(),
          r.right(),
          r.wrong(),
          r.missed(),
          r.f1(),
          m.right(),
          m.right() - r.right(),
          m.wrong(),
          m.wrong() - r.wrong(),
          m.missed(),
          m.f1(),
          m.f1() - r.f1());
    }
    print.flush();
    return 0;
  }
}
