package dev.pincite.cli;

import dev.pincite.claims.ClaimExtractor;
import dev.pincite.claims.CueFile;
import dev.pincite.claims.Registry;
import dev.pincite.claims.StanceFeatures;
import dev.pincite.claims.StanceModel;
import dev.pincite.eval.ClaimScore;
import dev.pincite.eval.ClaimScorer;
import dev.pincite.eval.ConfusionMatrix;
import dev.pincite.eval.StanceCrossValidation;
import dev.pincite.eval.StanceTrainingSet;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code pincite train-stance}: measures a stance model trained with OpenNLP on the labelled
 * training documents ({@code gold/}, {@code train/}) against the rules, by cross-validation by
 * document on those documents (k folds, at several margins), with {@code --heldout} on the held-out
 * set (trained on all training documents; totals only), and with {@code --write} writes that model.
 */
@Command(
    name = "train-stance",
    mixinStandardHelpOptions = true,
    description = {
      "Cross-validate a trained stance model against the rules (k folds by document)",
      "on the training labels (gold/, train/); optionally score it on the held-out set."
    })
public final class TrainStanceCommand implements Callable<Integer> {

  @Option(
      names = "--without",
      split = ",",
      paramLabel = "GROUP",
      description = "Feature groups left out of the default set: ${COMPLETION-CANDIDATES}.")
  List<StanceFeatures.Group> without = List.of();

  @Option(
      names = "--with",
      split = ",",
      paramLabel = "GROUP",
      description = "Feature groups added to the default set (SHAPE_CROSSED is not in it).")
  List<StanceFeatures.Group> with = List.of();

  @Option(
      names = "--write",
      paramLabel = "FILE",
      description =
          "Write the model trained on every training document (OpenNLP's binary format, gzipped;"
              + " StanceModel.read reads it back).")
  Path write;

  @Option(
      names = "--min-confidence",
      split = ",",
      defaultValue = "0",
      description =
          "How probable the model's stance must be to replace the rules' (0: always the model);"
              + " several values are cross-validated in turn, the first is used for --heldout.")
  List<Double> minConfidence;

  @Option(
      names = "--margins",
      split = ",",
      defaultValue = "0.3",
      description =
          "Cascades cross-validated: how much more probable than the rules' stance the model's must"
              + " be to replace it (0: always the model); the first is used for --heldout.")
  List<Double> margins;

  @Option(
      names = "--folds",
      defaultValue = "10",
      description = "Cross-validation folds by document (default: ${DEFAULT-VALUE}).")
  int folds;

  @Option(
      names = "--ablate",
      description = "Cross-validate again with each feature group left out in turn.")
  boolean ablate;

  @Option(
      names = "--on-labels",
      description =
          "Train on the labels' own types and companies instead of the extractor's (as shipped).")
  boolean onLabels;

  @Option(
      names = "--misses",
      paramLabel = "FILE",
      description =
          "Write the first margin's cross-validated misses on train/ (one a line, tab-separated:"
              + " document, label, model, rules, type, companies, voice, sentence).")
  Path misses;

  @Mixin TrainingOptions options;

  @Mixin CorpusOption corpus;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Registry registry = Registry.load(corpus.corpus().registryDir());
    CueFile cues = CueFile.load("stance-cues.txt");
    List<StanceTrainingSet.Entry> documents =
        StanceTrainingSet.load(
            new ClaimExtractor(registry, ClaimExtractor.typeRules(), null), options.labelDirs());
    Set<StanceFeatures.Group> groups = EnumSet.noneOf(StanceFeatures.Group.class);
    groups.addAll(StanceModel.Training.DEFAULT.features());
    groups.addAll(with);
    without.forEach(groups::remove);
    StanceModel.Training training =
        new StanceModel.Training(options.trainer(), groups, minConfidence.get(0), margins.get(0));
    out.printf(
        Locale.ROOT,
        "== training set: %d documents, %d labelled sentences, %s%n",
        documents.size(),
        documents.stream().mapToInt(e -> e.sentences().size()).sum(),
        training);
    if (options.crossValidate) {
      for (double confidence : minConfidence) {
        out.printf(Locale.ROOT, "== minimum confidence %.2f%n", confidence);
        crossValidate(
            cues,
            documents,
            new StanceModel.Training(training.trainer(), groups, confidence, 0),
            margins,
            out);
      }
    }
    if (ablate) {
      for (StanceFeatures.Group left : groups) {
        Set<StanceFeatures.Group> fewer = EnumSet.copyOf(groups);
        fewer.remove(left);
        out.printf(Locale.ROOT, "== without %s%n", left);
        crossValidate(
            cues,
            documents,
            new StanceModel.Training(training.trainer(), fewer, training.minConfidence(), 0),
            margins,
            out);
      }
    }
    if (write != null) {
      long start = System.nanoTime();
      StanceModel model = StanceModel.train(cues, trainingSentences(documents), training);
      try (OutputStream file = Files.newOutputStream(write)) {
        model.write(file);
      }
      out.printf(
          Locale.ROOT,
          "== wrote %s (%d bytes; trained in %.1f s)%n",
          write,
          Files.size(write),
          (System.nanoTime() - start) / 1e9);
    }
    if (options.heldout != null) {
      long start = System.nanoTime();
      StanceModel model = StanceModel.train(cues, trainingSentences(documents), training);
      double seconds = (System.nanoTime() - start) / 1e9;
      Path dir = options.heldoutDir();
      ClaimScore score =
          new ClaimScorer(
                  dir.getParent(), new ClaimExtractor(registry, ClaimExtractor.typeRules(), model))
              .score(dir);
      out.printf(
          Locale.ROOT, "== %s with the model (trained in %.1f s; totals only)%n", dir, seconds);
      out.print(score.figures("heldout").values().toString());
      out.println();
      out.print(score.stances().table("stance"));
    }
    out.flush();
    return 0;
  }

  private void crossValidate(
      CueFile cues,
      List<StanceTrainingSet.Entry> documents,
      StanceModel.Training training,
      List<Double> margins,
      PrintWriter out) {
    long start = System.nanoTime();
    List<StanceCrossValidation.Result> results =
        StanceCrossValidation.run(cues, documents, training, onLabels, folds, margins);
    StanceCrossValidation.Result first = results.get(0);
    if (misses != null) {
      writeMisses(first.misses());
    }
    out.printf(Locale.ROOT, "  rules stance macro-F1 %.3f%n", first.rules().macroF1());
    out.print(first.rules().table("stance (rules)"));
    first
        .byGroup()
        .forEach(
            (group, r) ->
                out.printf(
                    Locale.ROOT,
                    "  rules on %s (%d sentences): %.3f%n",
                    group,
                    sentences(r.rules()),
                    r.rules().macroF1()));
    for (StanceCrossValidation.Result cv : results) {
      out.printf(
          Locale.ROOT,
          "  margin %.2f: model stance macro-F1 %.3f%n",
          cv.margin(),
          cv.model().macroF1());
      out.print(cv.model().table("stance (model, margin " + cv.margin() + ")"));
      cv.byGroup()
          .forEach(
              (group, r) ->
                  out.printf(
                      Locale.ROOT,
                      "    %s: rules %.3f, model %.3f%n",
                      group,
                      r.rules().macroF1(),
                      r.model().macroF1()));
    }
    out.printf(
        Locale.ROOT,
        "  (%d folds, %d documents, in %.1f s)%n%n",
        folds,
        documents.size(),
        (System.nanoTime() - start) / 1e9);
    out.flush();
  }

  /** Only train/'s misses: the rules were written from gold/ and the corpus. */
  private void writeMisses(List<StanceCrossValidation.Miss> found) {
    List<String> lines = new ArrayList<>();
    for (StanceCrossValidation.Miss m : found) {
      if (m.doc().startsWith("train/")) {
        lines.add(
            String.join(
                "\t",
                m.doc(),
                m.gold().label(),
                m.model().label(),
                m.rules().label(),
                m.sentence().type().label(),
                String.join(";", new TreeSet<>(m.sentence().companies())),
                m.sentence().attributed() ? "reported" : "own",
                m.sentence().text()));
      }
    }
    try {
      Files.write(misses, lines);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<StanceModel.LabelledSentence> trainingSentences(
      List<StanceTrainingSet.Entry> documents) {
    return documents.stream()
        .flatMap(e -> (onLabels ? e.labels() : e.sentences()).stream())
        .toList();
  }

  private static int sentences(ConfusionMatrix m) {
    int n = 0;
    for (String gold : m.labels()) {
      for (String predicted : m.labels()) {
        n += m.count(gold, predicted);
      }
    }
    return n;
  }
}
