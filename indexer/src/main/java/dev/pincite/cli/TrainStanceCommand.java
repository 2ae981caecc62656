package dev.pincite.cli;

import dev.pincite.claims.ClaimClassifiers;
import dev.pincite.claims.ClaimExtractor;
import dev.pincite.claims.CueFile;
import dev.pincite.claims.Registry;
import dev.pincite.claims.StanceFeatures;
import dev.pincite.claims.StanceModel;
import dev.pincite.eval.ClaimScore;
import dev.pincite.eval.ClaimScorer;
import dev.pincite.eval.ConfusionMatrix;
import dev.pincite.eval.DevSet;
import dev.pincite.eval.DevSetScorer;
import dev.pincite.eval.Figures;
import dev.pincite.eval.StanceCrossValidation;
import dev.pincite.eval.StanceStability;
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
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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

  @Option(
      names = "--min-documents",
      paramLabel = "N",
      description =
          "Train only on features seen in at least N training documents (default: the shipped"
              + " setting).")
  Integer minDocuments;

  @Option(
      names = "--bags",
      paramLabel = "N",
      description =
          "Average N models, each trained on documents drawn with replacement (default: the shipped"
              + " setting).")
  Integer bags;

  @Option(
      names = "--bag-share",
      description =
          "The share of the documents each bagged model draws without replacement (0: a bootstrap;"
              + " default: the shipped setting).")
  Double bagShare;

  @Option(
      names = "--repeats",
      defaultValue = "0",
      paramLabel = "N",
      description =
          "Cross-validate at the first margin over N orders of the documents (the first their own,"
              + " the others shuffled) and print the mean and spread of the model's macro-F1.")
  int repeats;

  @Option(
      names = "--subsets",
      defaultValue = "0",
      paramLabel = "N",
      description =
          "Train N models, each on gold/ and a random share (--subset-fraction) of train/'s"
              + " documents, and score each on the --blind folders and, with --fpb, on Financial"
              + " PhraseBank (totals only; the shipped type model and link ranker decide the rest).")
  int subsets;

  @Option(
      names = "--subset-fraction",
      defaultValue = "0.9",
      description = "The share of train/'s documents each --subsets model keeps (default 0.9).")
  double subsetFraction;

  @Option(
      names = "--blind",
      split = ",",
      paramLabel = "DIR",
      description = "Label folders the --subsets models are scored on (totals only).")
  List<Path> blind = List.of();

  @Option(
      names = "--fpb",
      description = "Also score each --subsets model on claims-dev's Financial PhraseBank.")
  boolean fpb;

  @Mixin ClaimsDevOption claimsDev;

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
        new StanceModel.Training(
            options.trainer(StanceModel.Training.DEFAULT.trainer()),
            groups,
            minConfidence.get(0),
            margins.get(0),
            minDocuments == null ? StanceModel.Training.DEFAULT.minDocuments() : minDocuments,
            bags == null ? StanceModel.Training.DEFAULT.bags() : bags,
            bagShare == null ? StanceModel.Training.DEFAULT.bagShare() : bagShare);
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
            new StanceModel.Training(
                training.trainer(),
                groups,
                confidence,
                0,
                training.minDocuments(),
                training.bags(),
                training.bagShare()),
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
            new StanceModel.Training(
                training.trainer(),
                fewer,
                training.minConfidence(),
                0,
                training.minDocuments(),
                training.bags(),
                training.bagShare()),
            margins,
            out);
      }
    }
    if (repeats > 0) {
      long start = System.nanoTime();
      StanceStability.Spread spread =
          StanceStability.crossValidated(cues, documents, training, folds, repeats);
      out.printf(
          Locale.ROOT,
          "== cross-validation over %d orders (%d folds, margin %.2f): %s (%.1f s)%n",
          repeats,
          folds,
          training.margin(),
          spread,
          (System.nanoTime() - start) / 1e9);
      out.flush();
    }
    if (subsets > 0) {
      perturbedTrainings(registry, cues, documents, training, out);
    }
    if (write != null) {
      long start = System.nanoTime();
      StanceModel model = StanceStability.train(cues, documents, training);
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
      StanceModel model = StanceStability.train(cues, documents, training);
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
      out.printf(
          Locale.ROOT,
          "  margin %.2f: per fold %s%n",
          cv.margin(),
          StanceStability.Spread.of(cv.byFold().stream().map(ConfusionMatrix::macroF1).toList()));
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

  /**
   * Trains a model on every training document and one on each perturbed subset, scores each on the
   * blind folders (and Financial PhraseBank), and prints each figure's mean and spread over the
   * subsets' models.
   */
  private void perturbedTrainings(
      Registry registry,
      CueFile cues,
      List<StanceTrainingSet.Entry> documents,
      StanceModel.Training training,
      PrintWriter out)
      throws IOException {
    ClaimClassifiers shipped = ClaimClassifiers.shipped();
    Map<String, List<Double>> figures = new TreeMap<>();
    for (int subset = 0; subset <= subsets; subset++) {
      long start = System.nanoTime();
      // Subset 0 is every document: the model train-models would ship with these settings.
      List<StanceTrainingSet.Entry> kept =
          subset == 0 ? documents : StanceStability.perturbed(documents, subset, subsetFraction);
      StanceModel model = StanceStability.train(cues, kept, training);
      ClaimExtractor extractor =
          new ClaimExtractor(
              registry, new ClaimClassifiers(shipped.types(), model, shipped.links()));
      Map<String, Double> these = new TreeMap<>();
      for (Path dir : blind) {
        Path labels = dir.toAbsolutePath().normalize();
        ClaimScore score = new ClaimScorer(labels.getParent(), extractor).score(labels);
        these.put(
            labels.getFileName() + ".stance_macro_f1",
            score.figures("blind").get("stance_macro_f1"));
      }
      if (fpb) {
        these.putAll(fpb(model));
      }
      out.printf(
          Locale.ROOT,
          "== %s (%d documents; %.1f s): %s%n",
          subset == 0 ? "all documents" : "subset " + subset,
          kept.size(),
          (System.nanoTime() - start) / 1e9,
          these);
      out.flush();
      if (subset > 0) {
        these.forEach((k, v) -> figures.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
      }
    }
    figures.forEach(
        (k, v) ->
            out.printf(
                Locale.ROOT,
                "== %s over %d subsets: %s%n",
                k,
                v.size(),
                StanceStability.Spread.of(v)));
  }

  /**
   * Financial PhraseBank's macro-F1 figures for a model, read by a new JVM from a folder first on
   * its class path.
   */
  private Map<String, Double> fpb(StanceModel model) throws IOException {
    Path dir = Files.createTempDirectory("pincite-stance-candidate-");
    Path file = dir.resolve("dev/pincite/claims").resolve(ClaimClassifiers.STANCE_MODEL);
    Files.createDirectories(file.getParent());
    try (OutputStream o = Files.newOutputStream(file)) {
      model.write(o);
    }
    DevSetScorer scorer =
        new DevSetScorer(
            claimsDev.dir(),
            ExtractProcess.command(corpus.dir(), dir),
            Path.of(System.getProperty("pincite.home", ".")));
    try {
      Figures f = scorer.score(DevSet.FPB, dir.resolve("work")).figures();
      Map<String, Double> out = new TreeMap<>();
      for (String name : List.of("allagree_macro_f1", "agree50_macro_f1")) {
        out.put("fpb." + name, f.get(name));
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while scoring Financial PhraseBank", e);
    }
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
