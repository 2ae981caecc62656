package dev.pincite.cli;

import dev.pincite.claims.Registry;
import dev.pincite.eval.ClaimScore;
import dev.pincite.eval.ClaimScorer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code pincite score-claims}: scores claim extraction against the hand-labelled gold set and
 * prints sentence recall and precision, speaker accuracy, company F1, type and stance macro F1 and
 * counterclaim-link accuracy ({@link ClaimScorer}).
 */
@Command(
    name = "score-claims",
    mixinStandardHelpOptions = true,
    description = {
      "Score claim extraction against the gold set (gold/*.jsonl, see gold/README.md).",
      "Gold document paths are relative to the gold folder's parent (the project root)."
    })
public final class ScoreClaimsCommand implements Callable<Integer> {

  @Option(
      names = "--gold",
      paramLabel = "DIR",
      defaultValue = "${sys:pincite.home:-.}/gold",
      description = "Gold folder (default: ${DEFAULT-VALUE}).")
  Path gold;

  @Mixin CorpusOption corpus;

  @Option(names = "--verbose", description = "Also list every disagreement, one per line.")
  boolean verbose;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path goldDir = gold.toAbsolutePath().normalize();
    ClaimScore score;
    try {
      Registry registry = Registry.load(corpus.corpus().registryDir());
      score = new ClaimScorer(goldDir.getParent(), registry).score(goldDir);
    } catch (IOException e) {
      err.println("score-claims: " + e.getMessage());
      return 2;
    }
    if (verbose) {
      score.disagreements().forEach(out::println);
      out.println();
    }
    out.print(score.summary());
    out.flush();
    return 0;
  }
}
