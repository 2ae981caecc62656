package dev.pincite.cli;

import dev.pincite.claims.ClaimExtractor;
import dev.pincite.claims.ClaimType;
import dev.pincite.claims.Registry;
import dev.pincite.claims.TypeModel;
import dev.pincite.claims.TypeRules;
import dev.pincite.eval.ClaimScore;
import dev.pincite.eval.ClaimScorer;
import dev.pincite.eval.ConfusionMatrix;
import dev.pincite.eval.TypeCrossValidation;
import dev.pincite.eval.TypeTrainingSet;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code pincite train-types}: measures a type model trained with OpenNLP on the labelled training
 * documents ({@code gold/}, {@code train/}, or other folders with {@code --labels}) against the
 * rules, by cross-validation by document on those documents (leave-one-out, or {@code --folds}; the
 * same models scored at further {@code --margins}), and with {@code --heldout} on the held-out set
 * (trained on all training documents; totals only). {@code --write} saves that model; the one that
 * ships is written by {@code train-models} ({@code docs/claims.md}).
 */
@Command(
    name = "train-types",
    mixinStandardHelpOptions = true,
    description = {
      "Cross-validate a trained claim type model against the rules (leave one document out)",
      "on the training labels (gold/, train/); optionally score it on the held-out set."
    })
public final class TrainTypesCommand implements Callable<Integer> {

  @Option(
      names = "--no-rule-features",
      negatable = true,
      defaultValue = "true",
      description = "Whether the rules' decisions are features (default: true).")
  boolean ruleFeatures;

  @Option(
      names = "--claims-only",
      negatable = true,
      defaultValue = "false",
      description = "Whether the model only retypes the rules' claims (default: false).")
  boolean claimsOnly;

  @Option(
      names = "--no-context-features",
      negatable = true,
      defaultValue = "true",
      description =
          "Whether the sentence's place in the discourse (another speaker's earlier sentence"
              + " sharing its words, connectives opening its clauses) is among the features"
              + " (default: ${DEFAULT-VALUE}).")
  boolean contextFeatures;

  @Option(
      names = "--context-by-rules",
      description = "Keep the rules' type where the model says context and the rules do not.")
  boolean contextByRules;

  @Option(
      names = "--no-counterclaims-by-rules",
      negatable = true,
      defaultValue = "true",
      description =
          "Whether the rules' counterclaims stay, and the model adds its own only past the"
              + " counterclaim gate of --margin (default: true).")
  boolean counterclaimsByRules;

  @Option(
      names = "--margin",
      defaultValue = "0.05/0.05/0.05/0.35@1",
      paramLabel = "ANY[/TO_EVIDENCE[/TO_CONTEXT[/COUNTERCLAIM[@ECHO]]]]",
      description =
          "How much more probable than the rules' type the model's must be to replace it, and"
              + " (after slashes) to turn the rules' claim, recommendation or prediction into"
              + " evidence, and into context; then how probable the model's counterclaim must be"
              + " for it to add one to the rules' (1: never), and after @ how many content words"
              + " an earlier sentence by another speaker must share with it (default:"
              + " ${DEFAULT-VALUE}).")
  String margin;

  @Option(
      names = "--margins",
      split = ",",
      paramLabel = "ANY[/TO_EVIDENCE[/TO_CONTEXT[/COUNTERCLAIM[@ECHO]]]]",
      description = "Further margins the cross-validation scores the same models at.")
  List<String> margins = List.of();

  @Option(
      names = "--folds",
      description = "Cross-validation folds by document (default: one per document).")
  Integer folds;

  @Option(
      names = "--write",
      paramLabel = "FILE",
      description =
          "Write the model trained on every training document to FILE (OpenNLP's binary"
              + " format, gzipped; TypeModel.read reads it).")
  Path write;

  @Mixin TrainingOptions options;

  @Mixin CorpusOption corpus;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Registry registry = Registry.load(corpus.corpus().registryDir());
    TypeRules rules = ClaimExtractor.typeRules();
    ClaimExtractor rulesExtractor = new ClaimExtractor(registry, rules);
    List<TypeTrainingSet.Entry> documents =
        TypeTrainingSet.load(rulesExtractor, options.labelDirs());
    TypeModel.Training training =
        new TypeModel.Training(
            options.trainer(),
            ruleFeatures,
            claimsOnly,
            contextFeatures,
            contextByRules,
            counterclaimsByRules,
            TypeModel.Margins.parse(margin));
    long sentences =
        documents.stream()
            .mapToLong(e -> e.document().types().stream().filter(t -> t != null).count())
            .sum();
    out.printf(
        Locale.ROOT,
        "== training set: %d documents, %d labelled sentences, %s%n",
        documents.size(),
        sentences,
        training);
    if (options.crossValidate) {
      crossValidate(rules, documents, training, out);
    }
    if (options.heldout == null && write == null) {
      out.flush();
      return 0;
    }
    long start = System.nanoTime();
    TypeModel model =
        TypeModel.train(
            rules, documents.stream().map(TypeTrainingSet.Entry::document).toList(), training);
    out.printf(
        Locale.ROOT,
        "== trained on every training document in %.1f s%n",
        (System.nanoTime() - start) / 1e9);
    if (write != null) {
      try (OutputStream file = Files.newOutputStream(write)) {
        model.write(file);
      }
      out.printf(Locale.ROOT, "  written to %s (%,d bytes)%n", write, Files.size(write));
    }
    if (options.heldout != null) {
      Path dir = options.heldoutDir();
      ClaimScore score =
          new ClaimScorer(dir.getParent(), new ClaimExtractor(registry, model)).score(dir);
      out.printf(Locale.ROOT, "== %s with the model (totals only)%n", dir);
      out.print(score.figures("heldout").values().toString());
      out.println();
      out.print(score.types().table("type"));
      out.print(score.stances().table("stance"));
    }
    out.flush();
    return 0;
  }

  private void crossValidate(
      TypeRules rules,
      List<TypeTrainingSet.Entry> documents,
      TypeModel.Training training,
      PrintWriter out) {
    long start = System.nanoTime();
    int k = folds == null ? documents.size() : folds;
    TypeCrossValidation.Result cv =
        TypeCrossValidation.run(
            rules, documents, training, k, margins.stream().map(TypeModel.Margins::parse).toList());
    out.printf(Locale.ROOT, "  rules type macro-F1 %.3f%n", cv.rules().macroF1());
    out.print(cv.rules().table("type (rules)"));
    for (var m : cv.byMargin().entrySet()) {
      ConfusionMatrix.LabelScore counterclaims =
          m.getValue().scores().stream()
              .filter(l -> l.label().equals(ClaimType.COUNTERCLAIM.label()))
              .findFirst()
              .orElse(null);
      out.printf(
          Locale.ROOT,
          "  model type macro-F1 at margin %s: %.3f%s%n",
          m.getKey(),
          m.getValue().macroF1(),
          counterclaims == null
              ? ""
              : String.format(
                  Locale.ROOT,
                  " (counterclaim P %.3f R %.3f F1 %.3f, %d predicted)",
                  counterclaims.precision(),
                  counterclaims.recall(),
                  counterclaims.f1(),
                  counterclaims.predicted()));
    }
    out.print(cv.model().table("type (model)"));
    out.printf(
        Locale.ROOT,
        "  (%d folds, %d models trained in %.1f s)%n%n",
        k,
        k,
        (System.nanoTime() - start) / 1e9);
    out.flush();
  }
}
