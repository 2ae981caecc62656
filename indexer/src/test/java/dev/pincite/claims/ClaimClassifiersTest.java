package dev.pincite.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.pincite.ingest.Article;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped models are what the default extractor decides with, read from the class path. */
class ClaimClassifiersTest {

  @Test
  void theDefaultExtractorDecidesWithTheShippedModels() {
    ClaimClassifiers shipped = ClaimClassifiers.shipped();
    assertInstanceOf(TypeModel.class, shipped.types());
    assertInstanceOf(StanceModel.class, shipped.stances());
    assertSame(shipped, ClaimClassifiers.shipped(), "read once per JVM");
    assertEquals(
        new ClaimExtractor(Registry.empty(), shipped).fingerprint(),
        new ClaimExtractor(Registry.empty()).fingerprint());
  }

  @Test
  void theDefaultExtractorRetypesSomeOfTheRulesClaimsAsTheModelReadsThem() {
    ClaimExtractor rules = new ClaimExtractor(Registry.empty(), ClaimClassifiers.rules());
    ClaimExtractor shipped = new ClaimExtractor(Registry.empty(), ClaimClassifiers.shipped());
    ClaimExtractor byDefault = new ClaimExtractor(Registry.empty());
    // Made up: framing, plain statements of fact, a view and a forecast. Which sentence the model
    // retypes moves with each retraining (train-models); that it retypes some does not.
    Article article =
        Articles.of(
            "Ann Lee",
            "Rail Weekly",
            "This week we look at how regional airlines are pricing their winter routes.",
            "The plant employs 1,200 people. It opened in 1998 on the edge of the town.",
            "Fares on the northern routes rose 12% in November, and the carriers expect more.",
            "The pricing is smarter than it looks. Fares will keep rising through March.");
    List<ClaimType> byRules = types(rules, article);
    List<ClaimType> byModel = types(shipped, article);
    assertEquals(byModel, types(byDefault, article), "the default extractor is the shipped one");
    assertEquals(byRules.size(), byModel.size());
    assertNotEquals(byRules, byModel, "the model retypes some of the rules' decisions");
  }

  private static List<ClaimType> types(ClaimExtractor extractor, Article article) {
    return extractor.extract(article).stream().map(Claim::type).toList();
  }

  @Test
  void theShippedModelsLoadFromAJarOnTheClassPath(@TempDir Path dir) throws Exception {
    Path jar = dir.resolve("models.jar");
    String folder = ClaimClassifiers.class.getPackageName().replace('.', '/') + "/";
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      for (String name :
          List.of(
              ClaimClassifiers.TYPE_MODEL,
              ClaimClassifiers.STANCE_MODEL,
              ClaimClassifiers.LINK_MODEL,
              ClaimClassifiers.VOICE_MODEL,
              ClaimClassifiers.ORGANISATION_MODEL)) {
        out.putNextEntry(new JarEntry(folder + name));
        try (InputStream in = ClaimClassifiers.class.getResourceAsStream(name)) {
          in.transferTo(out);
        }
        out.closeEntry();
      }
    }
    // Only the jar: the platform loader as parent does not see the build's own resources.
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
      ClaimClassifiers fromJar = ClaimClassifiers.load(loader);
      assertEquals(ClaimClassifiers.shipped().types().fingerprint(), fromJar.types().fingerprint());
      assertEquals(
          ClaimClassifiers.shipped().stances().fingerprint(), fromJar.stances().fingerprint());
      assertEquals(ClaimClassifiers.shipped().links().fingerprint(), fromJar.links().fingerprint());
      assertEquals(
          ClaimClassifiers.shipped().voices().fingerprint(), fromJar.voices().fingerprint());
      assertEquals(
          ClaimClassifiers.shipped().organisations().fingerprint(),
          fromJar.organisations().fingerprint());
    }
  }

  @Test
  void theFingerprintChangesWithTheModelsWeights() {
    String rules = new ClaimExtractor(Registry.empty(), ClaimClassifiers.rules()).fingerprint();
    String shipped = new ClaimExtractor(Registry.empty()).fingerprint();
    assertNotEquals(rules, shipped);
    CueFile cues = CueFile.load("stance-cues.txt");
    StanceModel other =
        StanceModel.train(
            cues,
            List.of(
                labelled("Halden zorbed.", Stance.BULLISH),
                labelled("Halden flimmed.", Stance.BEARISH)),
            StanceModel.Training.DEFAULT);
    String otherStance =
        new ClaimExtractor(
                Registry.empty(), new ClaimClassifiers(ClaimClassifiers.shipped().types(), other))
            .fingerprint();
    assertNotEquals(shipped, otherStance);
    assertNotEquals(rules, otherStance);
  }

  private static StanceModel.LabelledSentence labelled(String text, Stance stance) {
    return new StanceModel.LabelledSentence(
        new StanceClassifier.Sentence(
            text,
            ClaimType.CLAIM,
            Set.of("Halden"),
            true,
            new StanceClassifier.DocumentShape(1, 1),
            false),
        stance);
  }
}
