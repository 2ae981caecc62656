package dev.pincite.cli;

import dev.pincite.claims.ClaimClassifiers;
import dev.pincite.claims.CounterLinkModel;
import dev.pincite.claims.OrganisationNameModel;
import dev.pincite.claims.Registry;
import dev.pincite.claims.StanceModel;
import dev.pincite.claims.TypeModel;
import dev.pincite.claims.VoiceModel;
import dev.pincite.eval.ShippedModelTraining;
import java.io.IOException;
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
 * {@code pincite train-models}: trains the type, stance, voice and organisation-name models and the
 * link ranker that ship ({@link ClaimClassifiers}) on {@code gold/} and {@code train/} ({@link
 * ShippedModelTraining}) and writes them where the build packs them, {@code
 * indexer/target/classes/dev/pincite/claims/}. The build runs it (Maven's process-classes phase):
 * the models are build output, trained from the sources every build, never committed.
 */
@Command(
    name = "train-models",
    mixinStandardHelpOptions = true,
    description = {
      "Train the shipped type, stance, voice and organisation-name models and link ranker on",
      "gold/ and train/ and write them as the class-path resources the default extractor reads."
    })
public final class TrainModelsCommand implements Callable<Integer> {

  @Mixin LabelFolders labels;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "${sys:pincite.home:-.}/indexer/target/classes/dev/pincite/claims",
      description = "Where the models are written (default: ${DEFAULT-VALUE}).")
  Path out;

  @Mixin CorpusOption corpus;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter print = spec.commandLine().getOut();
    Registry registry = Registry.load(corpus.corpus().registryDir());
    List<Path> dirs = labels.dirs();
    Files.createDirectories(out);
    long start = System.nanoTime();
    TypeModel types = ShippedModelTraining.typeModel(registry, dirs);
    write(ClaimClassifiers.TYPE_MODEL, ShippedModelTraining.bytes(types), start, print);
    start = System.nanoTime();
    StanceModel stances = ShippedModelTraining.stanceModel(registry, dirs);
    write(ClaimClassifiers.STANCE_MODEL, ShippedModelTraining.bytes(stances), start, print);
    start = System.nanoTime();
    CounterLinkModel links = ShippedModelTraining.linkModel(registry, dirs);
    write(ClaimClassifiers.LINK_MODEL, ShippedModelTraining.bytes(links), start, print);
    start = System.nanoTime();
    VoiceModel voices = ShippedModelTraining.voiceModel(registry, dirs);
    write(ClaimClassifiers.VOICE_MODEL, ShippedModelTraining.bytes(voices), start, print);
    start = System.nanoTime();
    OrganisationNameModel organisations = ShippedModelTraining.organisationModel(registry, dirs);
    write(
        ClaimClassifiers.ORGANISATION_MODEL,
        ShippedModelTraining.bytes(organisations),
        start,
        print);
    print.flush();
    return 0;
  }

  private void write(String name, byte[] bytes, long start, PrintWriter print) throws IOException {
    Path file = out.resolve(name);
    Files.write(file, bytes);
    print.printf(
        Locale.ROOT,
        "wrote %s (%,d bytes; trained in %.1f s)%n",
        file,
        bytes.length,
        (System.nanoTime() - start) / 1e9);
  }
}
