package dev.pincite.cli;

import dev.pincite.claims.Registry;
import dev.pincite.eval.AnswerScorer;
import dev.pincite.eval.ClaimScore;
import dev.pincite.eval.ClaimScorer;
import dev.pincite.eval.DevSet;
import dev.pincite.eval.DevSetScorer;
import dev.pincite.eval.Figures;
import dev.pincite.eval.FloorCheck;
import dev.pincite.eval.Floors;
import dev.pincite.eval.HeldOutSet;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code pincite score-claims}: scores claim extraction, set by set, and prints every figure beside
 * its floor in {@code eval/floors.yaml}: the gold set ({@code gold/}, where rules are written), the
 * frozen held-out sets ({@link HeldOutSet}: {@code heldout/}, {@code heldout2/} and the later ones,
 * never used to write a rule) one by one and pooled, all through {@link ClaimScorer}, the labelled
 * answers across documents, and the three public development sets of {@code
 * ../shared/fixtures/claims-dev} through their own scorers ({@link DevSetScorer}). With {@code
 * --check} it exits with 1 when any figure is below its floor.
 */
@Command(
    name = "score-claims",
    mixinStandardHelpOptions = true,
    description = {
      "Score claim extraction; print each figure beside its floor (eval/floors.yaml).",
      "  gold      gold/*.jsonl: where the rules are written (gold/README.md)",
      "  heldout, heldout2 and later ones: the frozen held-out sets, each the *.jsonl of",
      "            the folder of its name, same format; nobody writes a rule from them",
      "  blind     the frozen held-out sets pooled: every figure on all their sentences",
      "            at once, steadier than any one set's",
      "  answers   eval/answers/pairs.jsonl: labelled answers across documents, each",
      "            labelled corpus reindexed into a temporary folder",
      "  answers2  eval/answers/pairs2.jsonl: a second set of labelled answers, written",
      "            blind and frozen (totals only, never its pairs)",
      "  answers3  eval/answers/pairs3.jsonl: a third, written blind and frozen, three",
      "            debates of five documents (totals only)",
      "  debates   eval/answers/debates.jsonl: fourteen debates written blind, labelled",
      "            point by point: where changes to the linker are measured",
      "  polnear, fpb, argument: ../shared/fixtures/claims-dev, each scored by its",
      "            own score.py (python3), which runs extract in a new JVM",
      "Label document paths are relative to the label folder's parent."
    })
public final class ScoreClaimsCommand implements Callable<Integer> {

  /** The sets {@code --set} chooses from, in the order {@code all} scores them. */
  static final class SetNames implements Iterable<String> {
    static final List<String> NAMES = Floors.CLAIM_SETS;

    @Override
    public Iterator<String> iterator() {
      return Stream.concat(NAMES.stream(), Stream.of("all")).iterator();
    }
  }

  @Option(
      names = "--set",
      paramLabel = "SET",
      defaultValue = "all",
      completionCandidates = SetNames.class,
      description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  String set;

  @Option(
      names = "--gold",
      paramLabel = "DIR",
      defaultValue = "${sys:pincite.home:-.}/gold",
      description = "Gold folder (default: ${DEFAULT-VALUE}).")
  Path gold;

  @Option(
      names = "--heldout",
      paramLabel = "DIR",
      defaultValue = "${sys:pincite.home:-.}/heldout",
      description =
          "The first held-out set's folder, or any labelled folder to score as it, such as"
              + " train/ (default: ${DEFAULT-VALUE}).")
  Path heldout;

  @Option(
      names = "--folder",
      paramLabel = "SET=DIR",
      description =
          "Another folder for a held-out set (--folder heldout12=DIR); a set whose folder has no"
              + " labels is skipped and left out of the blind pool.")
  Map<String, Path> folders = new LinkedHashMap<>();

  @Option(
      names = "--answers",
      paramLabel = "FILE",
      defaultValue = "${sys:pincite.home:-.}/eval/answers/pairs.jsonl",
      description =
          "Labelled answers across documents; corpus paths relative to the project root"
              + " (default: ${DEFAULT-VALUE}).")
  Path answers;

  @Option(
      names = "--answers2",
      paramLabel = "FILE",
      defaultValue = "${sys:pincite.home:-.}/eval/answers/pairs2.jsonl",
      description =
          "The second, frozen set of labelled answers (totals only)"
              + " (default: ${DEFAULT-VALUE}).")
  Path answers2;

  @Option(
      names = "--answers3",
      paramLabel = "FILE",
      defaultValue = "${sys:pincite.home:-.}/eval/answers/pairs3.jsonl",
      description =
          "The third, frozen set of labelled answers (totals only)"
              + " (default: ${DEFAULT-VALUE}).")
  Path answers3;

  @Option(
      names = "--debates",
      paramLabel = "FILE",
      defaultValue = "${sys:pincite.home:-.}/eval/answers/debates.jsonl",
      description = "The labelled answers of the development debates (default: ${DEFAULT-VALUE}).")
  Path debates;

  @Mixin ClaimsDevOption claimsDev;

  @Mixin CorpusOption corpus;

  @Option(
      names = "--floors",
      paramLabel = "FILE",
      defaultValue = "${sys:pincite.home:-.}/eval/floors.yaml",
      description = "The floors of every figure (default: ${DEFAULT-VALUE}).")
  Path floorsFile;

  @Option(
      names = "--check",
      description = "Exit with 1 when a figure is below its floor (a ceiling: above it).")
  boolean check;

  @Option(
      names = "--work",
      paramLabel = "DIR",
      description =
          "Where the claims-dev scorers write their inputs and failure examples, one folder per"
              + " set (default: a new temporary folder).")
  Path work;

  @Option(
      names = "--verbose",
      description =
          "Also list every disagreement on gold and on a labelled folder given as --heldout"
              + " (train/, for error analysis; never the held-out folder itself), and print the"
              + " claims-dev scorers' own reports.")
  boolean verbose;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<String> failures = new ArrayList<>();
    try {
      Optional<Floors> floors = floors(out);
      if (floors.isEmpty() && check) {
        err.println("score-claims: --check needs the floors file " + floorsFile);
        return 2;
      }
      for (String name : selected()) {
        Optional<FloorCheck> result = score(name, floors, out);
        result.ifPresent(r -> r.failures().forEach(f -> failures.add(r.figures().set() + "." + f)));
      }
    } catch (IOException | IllegalArgumentException e) {
      out.flush();
      err.println("score-claims: " + e.getMessage());
      return 2;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println("score-claims: interrupted");
      return 2;
    }
    if (!failures.isEmpty()) {
      out.println();
      out.println("below the floor: " + String.join(", ", failures));
    }
    out.flush();
    return check && !failures.isEmpty() ? 1 : 0;
  }

  private List<String> selected() {
    if (set.equals("all")) {
      return SetNames.NAMES;
    }
    if (!SetNames.NAMES.contains(set)) {
      throw new IllegalArgumentException(
          "no set " + set + "; the sets are " + String.join(", ", SetNames.NAMES) + " and all");
    }
    return List.of(set);
  }

  /** The folder of a held-out set: {@code --heldout} for the first, else its folder's name. */
  private Path folderOf(HeldOutSet heldOut) {
    Path given = folders.get(heldOut.folder());
    if (given != null) {
      return given;
    }
    return heldOut == HeldOutSet.HELDOUT
        ? heldout
        : Path.of(System.getProperty("pincite.home", ".")).resolve(heldOut.folder());
  }

  private Optional<Floors> floors(PrintWriter out) throws IOException {
    if (!Files.isRegularFile(floorsFile)) {
      out.println("(no floors file at " + floorsFile + ": figures shown without floors)");
      return Optional.empty();
    }
    return Optional.of(Floors.load(floorsFile));
  }

  /** Scores one set and prints it; empty when the set is skipped. */
  private Optional<FloorCheck> score(String name, Optional<Floors> floors, PrintWriter out)
      throws IOException, InterruptedException {
    Optional<HeldOutSet> heldOut = HeldOutSet.named(name);
    Optional<FloorCheck> result =
        heldOut.isPresent()
            ? scoreHeldOut(name, folderOf(heldOut.get()), floors, out)
            : switch (name) {
              case "gold" -> Optional.of(scoreLabels(name, gold, floors, out));
              case "blind" -> scoreBlind(name, floors, out);
              case "answers" -> scoreAnswers(name, answers, false, floors, out);
              case "answers2" -> scoreAnswers(name, answers2, true, floors, out);
              case "answers3" -> scoreAnswers(name, answers3, true, floors, out);
              case "debates" -> scoreAnswers(name, debates, false, floors, out);
              case "polnear" -> scoreDevSet(DevSet.POLNEAR, floors, out);
              case "fpb" -> scoreDevSet(DevSet.FPB, floors, out);
              case "argument" -> scoreDevSet(DevSet.ARGUMENT, floors, out);
              default -> throw new IllegalStateException("no scorer for set " + name);
            };
    out.flush();
    return result;
  }

  private Optional<FloorCheck> scoreHeldOut(
      String name, Path dir, Optional<Floors> floors, PrintWriter out) throws IOException {
    return hasLabels(dir)
        ? Optional.of(scoreLabels(name, dir, floors, out))
        : skip(name, "no labels (*.jsonl) in " + dir, out);
  }

  /**
   * The frozen held-out sets pooled ({@code blind}): one figure over all their sentences, which
   * moves less with a retraining than any one set of 350 sentences. Totals only, as for each set.
   */
  private Optional<FloorCheck> scoreBlind(String name, Optional<Floors> floors, PrintWriter out)
      throws IOException {
    List<Path> dirs = new ArrayList<>();
    for (HeldOutSet heldOut : HeldOutSet.values()) {
      Path dir = folderOf(heldOut);
      if (hasLabels(dir)) {
        dirs.add(dir.toAbsolutePath().normalize());
      }
    }
    if (dirs.isEmpty()) {
      return skip(name, "no held-out labels", out);
    }
    // Label paths are relative to their folder's parent: pooled, the folders must share it.
    Path root = dirs.get(0).getParent();
    if (dirs.stream().anyMatch(d -> !d.getParent().equals(root))) {
      return skip(name, "the held-out folders are not side by side: " + dirs, out);
    }
    Registry registry = Registry.load(corpus.corpus().registryDir());
    ClaimScore score = new ClaimScorer(root, registry).score(dirs);
    out.printf(
        Locale.ROOT,
        "== %s: %s pooled (%d documents, %d sentences; predicted %d, matched %d)%n",
        name,
        dirs.stream().map(d -> d.getFileName().toString()).toList(),
        score.documents(),
        score.goldSentences(),
        score.predictedSentences(),
        score.matchedSentences());
    FloorCheck result = print(check(score.figures(name), floors), out);
    out.print(score.types().table("type"));
    out.print(score.stances().table("stance"));
    out.println();
    return Optional.of(result);
  }

  private FloorCheck scoreLabels(String name, Path dir, Optional<Floors> floors, PrintWriter out)
      throws IOException {
    Path labels = dir.toAbsolutePath().normalize();
    Registry registry = Registry.load(corpus.corpus().registryDir());
    ClaimScore score = new ClaimScorer(labels.getParent(), registry).score(labels);
    out.printf(
        Locale.ROOT,
        "== %s: %s (%d documents, %d sentences; predicted %d, matched %d)%n",
        name,
        labels,
        score.documents(),
        score.goldSentences(),
        score.predictedSentences(),
        score.matchedSentences());
    if (verbose && isFrozen(labels)) {
      // No rule is written from the held-out set: its sentences are never listed, only totals.
      out.println("(held-out set: totals only; --verbose lists disagreements of other folders)");
    } else if (verbose) {
      score.disagreements().forEach(out::println);
    }
    FloorCheck result = print(check(score.figures(name), floors), out);
    // Totals per label, never sentences: safe to print for the held-out set too.
    out.print(score.types().table("type"));
    out.print(score.stances().table("stance"));
    out.println();
    return result;
  }

  private Optional<FloorCheck> scoreAnswers(
      String name, Path file, boolean frozen, Optional<Floors> floors, PrintWriter out)
      throws IOException {
    if (!Files.isRegularFile(file)) {
      return skip(name, "no labels at " + file, out);
    }
    Path labels = file.toAbsolutePath().normalize();
    Path root = Path.of(System.getProperty("pincite.home", ".")).toAbsolutePath().normalize();
    AnswerScorer.Score score = new AnswerScorer(root).score(labels);
    out.printf(
        Locale.ROOT,
        "== %s: %s (%d labelled pairs; found %d, of them labelled %d)%n",
        name,
        labels,
        score.labelled(),
        score.found(),
        score.correct());
    for (AnswerScorer.CorpusScore corpus : score.corpora()) {
      out.printf(
          Locale.ROOT,
          "  %s: %d labelled, found %d, of them labelled %d (precision %.3f, recall %.3f)%n",
          corpus.corpus(),
          corpus.labelled(),
          corpus.found(),
          corpus.correct(),
          corpus.precision(),
          corpus.recall());
    }
    if (verbose && frozen) {
      // No rule is written from the frozen pairs: they are never listed, only totals.
      out.println("  (frozen set: totals only)");
    } else if (verbose) {
      score.wrong().forEach(w -> out.println("  not labelled: " + w));
      score.missed().forEach(m -> out.println("  missed: " + m));
    }
    return Optional.of(print(check(score.figures(name), floors), out));
  }

  private Optional<FloorCheck> scoreDevSet(DevSet devSet, Optional<Floors> floors, PrintWriter out)
      throws IOException, InterruptedException {
    Optional<String> unavailable = DevSetScorer.unavailable(claimsDev.dir());
    if (unavailable.isPresent()) {
      return skip(devSet.key(), unavailable.get(), out);
    }
    if (work == null) {
      work = Files.createTempDirectory("pincite-score-claims-");
    }
    Path root = Path.of(System.getProperty("pincite.home", "."));
    DevSetScorer scorer =
        new DevSetScorer(claimsDev.dir(), ExtractProcess.command(corpus.dir()), root);
    DevSetScorer.Result result = scorer.score(devSet, work.resolve(devSet.folder()));
    out.printf(
        Locale.ROOT,
        "== %s: %s (failure examples: %s)%n",
        devSet.key(),
        claimsDev.dir().resolve(devSet.folder()).toAbsolutePath().normalize(),
        result.work().resolve("failures.txt"));
    if (verbose) {
      out.print(result.output());
    }
    return Optional.of(print(check(result.figures(), floors), out));
  }

  private static FloorCheck check(Figures figures, Optional<Floors> floors) {
    return floors.map(f -> f.check(figures)).orElse(new FloorCheck(figures, Map.of()));
  }

  private static FloorCheck print(FloorCheck check, PrintWriter out) {
    out.print(check.table());
    out.println();
    return check;
  }

  private static Optional<FloorCheck> skip(String name, String why, PrintWriter out) {
    out.printf(Locale.ROOT, "== %s: skipped: %s%n%n", name, why);
    return Optional.empty();
  }

  /**
   * A frozen held-out folder ({@code heldout/} and the later ones): its sentences are never listed.
   * Judged by the folder's name, since {@code --heldout train} is how other folders are analysed.
   */
  private static boolean isFrozen(Path labels) {
    return labels.getFileName().toString().startsWith("heldout");
  }

  private static boolean hasLabels(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.anyMatch(p -> p.toString().endsWith(".jsonl"));
    }
  }
}
