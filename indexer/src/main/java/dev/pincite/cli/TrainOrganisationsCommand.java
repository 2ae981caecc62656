package dev.pincite.cli;

import dev.pincite.claims.Registry;
import dev.pincite.eval.OrganisationCrossValidation;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code pincite train-organisations}: measures the organisation finder ({@link
 * dev.pincite.claims.OrganisationFinder}) against the company cues alone by cross-validation by
 * document on the training labels ({@code gold/}, {@code train/}): companies' precision, recall and
 * F1 as {@code score-claims} counts them.
 */
@Command(
    name = "train-organisations",
    mixinStandardHelpOptions = true,
    description = {
      "Cross-validate the organisation finder against the company cues alone (k folds by",
      "document) on the training labels (gold/, train/)."
    })
public final class TrainOrganisationsCommand implements Callable<Integer> {

  @Option(names = "--folds", defaultValue = "5", description = "Folds (default: 5).")
  int folds;

  @Mixin LabelFolders labels;

  @Mixin CorpusOption corpus;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter print = spec.commandLine().getOut();
    Registry registry = Registry.load(corpus.corpus().registryDir());
    long start = System.nanoTime();
    OrganisationCrossValidation.Result result =
        OrganisationCrossValidation.run(registry, labels.dirs(), folds);
    print.printf(Locale.ROOT, "%d folds (%.0f s)%n", folds, (System.nanoTime() - start) / 1e9);
    print(print, "company cues alone", result.rules());
    print(print, "cues and finder   ", result.withFinder());
    print.flush();
    return 0;
  }

  private static void print(PrintWriter print, String name, OrganisationCrossValidation.Tally t) {
    print.printf(
        Locale.ROOT,
        "%s  companies P %.3f R %.3f F1 %.3f  (right %d, extra %d, missed %d)%n",
        name,
        t.precision(),
        t.recall(),
        t.f1(),
        t.right(),
        t.extra(),
        t.missed());
  }
}
