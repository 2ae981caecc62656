package dev.pincite.cli;

import dev.pincite.claims.ClaimClassifiers;
import dev.pincite.claims.ClaimExtractor;
import dev.pincite.claims.CounterLinkFeatures;
import dev.pincite.claims.CounterLinkModel;
import dev.pincite.claims.CounterLinks;
import dev.pincite.claims.CueFile;
import dev.pincite.claims.Registry;
import dev.pincite.eval.CounterLinkCrossValidation;
import dev.pincite.eval.CounterLinkTrainingSet;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code pincite train-links}: measures the counterclaim link ranker ({@link CounterLinkModel})
 * against the rules by cross-validation by document on the training labels ({@code gold/}, {@code
 * train/}): link accuracy on every labelled counterclaim whose answered sentence is in its
 * document, in all and by group of documents. {@code --without} leaves feature groups out, one run
 * each with {@code --ablate}.
 */
@Command(
    name = "train-links",
    mixinStandardHelpOptions = true,
    description = {
      "Cross-validate the counterclaim link ranker against the rules (k folds by document)",
      "on the training labels (gold/, train/)."
    })
public final class TrainLinksCommand implements Callable<Integer> {

  @Option(
      names = "--without",
      split = ",",
      paramLabel = "GROUP",
      description = "Feature groups left out: ${COMPLETION-CANDIDATES}.")
  List<CounterLinkFeatures.Group> without = List.of();

  @Option(
      names = "--ablate",
      description = "Also cross-validate once without each feature group in turn.")
  boolean ablate;

  @Option(
      names = "--margins",
      split = ",",
      defaultValue = "0",
      description =
          "Cascades cross-validated: how much more probable than the rules' target the ranker's"
              + " must be to replace it (default: ${DEFAULT-VALUE}).")
  List<Double> margins;

  @Option(
      names = "--weights-only",
      description =
          "The ranker only orders the candidates the rules allow (replacing their hand-set"
              + " weights), instead of choosing among every candidate.")
  boolean weightsOnly;

  @Option(
      names = "--keep-cue-links",
      description =
          "The rules' links by a cue stay (a counterclaim naming another speaker, one opening like"
              + " a reply); the ranker chooses only where the rules weigh candidates.")
  boolean keepCueLinks;

  @Option(
      names = "--write",
      paramLabel = "FILE",
      description =
          "Also train one ranker on every document (the first margin) and write it here, for"
              + " measuring it behind the extractor.")
  Path write;

  @Option(names = "--folds", defaultValue = "10", description = "Folds (default: 10).")
  int folds;

  @Option(
      names = "--model-types",
      description =
          "Analyse the training documents with the shipped models (default: the rules alone, as"
              + " train-models does).")
  boolean modelTypes;

  @Option(
      names = "--cross-fit-types",
      paramLabel = "K",
      defaultValue = "0",
      description =
          "Test on each document typed by a type model trained on the other K-1 folds of the"
              + " labelled documents (the types the ranker meets on unseen documents); 0: the"
              + " rules' types (default). The ranker still trains on the rules' types, as"
              + " train-models trains it, unless --train-cross-fitted.")
  int crossFitTypes;

  @Option(
      names = "--train-cross-fitted",
      description = "With --cross-fit-types, train the ranker on the cross-fitted types too.")
  boolean trainCrossFitted;

  @Mixin TrainerOptions trainer;

  @Mixin CorpusOption corpus;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter print = spec.commandLine().getOut();
    Registry registry = Registry.load(corpus.corpus().registryDir());
    ClaimExtractor extractor =
        new ClaimExtractor(
            registry, modelTypes ? ClaimClassifiers.shipped() : ClaimClassifiers.rules());
    List<CounterLinkTrainingSet.Entry> analysed =
        CounterLinkTrainingSet.load(extractor, trainer.labelDirs());
    List<CounterLinkTrainingSet.Entry> documents =
        crossFitTypes > 1
            ? CounterLinkTrainingSet.loadCrossFitted(registry, trainer.labelDirs(), crossFitTypes)
            : analysed;
    List<CounterLinkTrainingSet.Entry> training = trainCrossFitted ? documents : analysed;
    int links = documents.stream().mapToInt(CounterLinkTrainingSet.Entry::links).sum();
    print.printf(Locale.ROOT, "%d documents, %d labelled links%n", documents.size(), links);
    CounterLinks rules = new CounterLinks(CueFile.load("discourse-cues.txt"));
    CounterLinkModel.Training base =
        new CounterLinkModel.Training(
                trainer.trainer(), CounterLinkFeatures.all(), 0, weightsOnly, keepCueLinks)
            .without(
                without.isEmpty()
                    ? EnumSet.noneOf(CounterLinkFeatures.Group.class)
                    : EnumSet.copyOf(without));
    report("features " + base.groups(), rules, training, documents, base, print);
    if (ablate) {
      for (CounterLinkFeatures.Group g : CounterLinkFeatures.Group.values()) {
        if (base.groups().contains(g)) {
          report("without " + g, rules, training, documents, base.without(EnumSet.of(g)), print);
        }
      }
    }
    if (write != null) {
      CounterLinkModel ranker =
          CounterLinkModel.train(
              rules,
              training.stream().map(CounterLinkTrainingSet.Entry::document).toList(),
              base.withMargin(margins.get(0)));
      try (OutputStream out = Files.newOutputStream(write)) {
        ranker.write(out);
      }
      print.printf(Locale.ROOT, "wrote %s%n", write);
    }
    print.flush();
    return 0;
  }

  private void report(
      String name,
      CounterLinks rules,
      List<CounterLinkTrainingSet.Entry> training,
      List<CounterLinkTrainingSet.Entry> documents,
      CounterLinkModel.Training settings,
      PrintWriter print) {
    long start = System.nanoTime();
    List<Map<String, CounterLinkCrossValidation.Tally>> byMargin =
        CounterLinkCrossValidation.run(rules, training, documents, folds, settings, margins);
    print.printf(Locale.ROOT, "== %s (%.0f s)%n", name, (System.nanoTime() - start) / 1e9);
    for (int m = 0; m < margins.size(); m++) {
      print.printf(Locale.ROOT, " margin %s%n", margins.get(m));
      byMargin
          .get(m)
          .forEach(
              (group, t) ->
                  print.printf(
                      Locale.ROOT,
                      "  %-22s links %4d   rules %.3f   ranker %.3f%n",
                      group,
                      t.links(),
                      t.rules() / (double) t.links(),
                      t.model() / (double) t.links()));
    }
    print.flush();
  }
}
