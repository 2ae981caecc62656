package dev.pincite.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pincite.claims.ClaimClassifiers;
import dev.pincite.claims.ClaimExtractor;
import dev.pincite.claims.Registry;
import dev.pincite.cli.PinciteCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ClaimScorerTest {

  /** The scorer's arithmetic is checked against the rules, whose decisions here are known. */
  private static final ClaimExtractor RULES =
      new ClaimExtractor(Registry.empty(), ClaimClassifiers.rules());

  @TempDir Path root;

  private static final String DOC =
      "---\ntitle: Depots\nbyline: Mia Okoye\n---\n\n"
          + "Vantage Rail will close two depots. Pavel Novak, an analyst at Brightwater Capital,"
          + " was sceptical that the closures save money.\n";

  private static String label(
      String text,
      String speaker,
      boolean attributed,
      String companies,
      String type,
      String stance,
      String counters) {
    return "{\"doc\":\"docs/depots.md\",\"paragraph\":1,\"text\":\""
        + text
        + "\",\"speaker\":\""
        + speaker
        + "\",\"attributed\":"
        + attributed
        + ",\"companies\":["
        + companies
        + "],\"type\":\""
        + type
        + "\",\"stance\":\""
        + stance
        + "\",\"counters\":"
        + (counters == null ? "null" : "\"" + counters + "\"")
        + "}\n";
  }

  private Path goldWith(String... labels) throws Exception {
    Files.createDirectories(root.resolve("docs"));
    Files.writeString(root.resolve("docs/depots.md"), DOC, StandardCharsets.UTF_8);
    Path gold = Files.createDirectories(root.resolve("gold"));
    Files.writeString(
        gold.resolve("claims.jsonl"), String.join("", labels), StandardCharsets.UTF_8);
    return gold;
  }

  private static final String FIRST = "Vantage Rail will close two depots.";
  private static final String SECOND =
      "Pavel Novak, an analyst at Brightwater Capital, was sceptical that the closures save money.";

  @Test
  void aLeadingLabelOrHandleIsNoPartOfTheMatchedText() {
    String bare = ClaimScorer.normalise("The fee is too high.");
    assertEquals(bare, ClaimScorer.normalise("HOLLIS: The fee is too high."));
    assertEquals(bare, ClaimScorer.normalise("u/toast_fan: The fee is too high."));
    assertEquals(bare, ClaimScorer.normalise("@toast_fan: The fee is too high."));
    assertEquals(bare, ClaimScorer.normalise("3.2 The fee is too high."));
    assertEquals(bare, ClaimScorer.normalise("[4] The fee is too high."));
    assertEquals(bare, ClaimScorer.normalise("[09:31] The fee is too high."));
    assertEquals(bare, ClaimScorer.normalise("0706 GMT - The fee is too high."));
    assertEquals(bare, ClaimScorer.normalise("Mia Lund (Analyst, Corvo): The fee is too high."));
    assertEquals(
        bare, ClaimScorer.normalise("Ann Vale, co-founder, Kestrel: The fee is too high."));
    assertEquals(bare, ClaimScorer.normalise("Q41 Chair: The fee is too high."));
    assertEquals(bare, ClaimScorer.normalise("Q (Ida Marr, Ledger): The fee is too high."));
    assertEquals(bare, ClaimScorer.normalise("[Leontyne Abara, Spindlecart] The fee is too high."));
    assertEquals(bare, ClaimScorer.normalise("priya_k: The fee is too high."));
    assertEquals(
        bare, ClaimScorer.normalise("[00:12:41] DANA VOSS (Kestrel): The fee is too high."));
  }

  @Test
  void labelsThatAgreeScorePerfectly() throws Exception {
    Path gold =
        goldWith(
            label(FIRST, "Mia Okoye", false, "", "prediction", "neutral", null),
            label(
                SECOND,
                "Pavel Novak",
                true,
                "\"Brightwater Capital\"",
                "counterclaim",
                "neutral",
                FIRST));
    ClaimScore score = new ClaimScorer(root, RULES).score(gold);
    assertEquals(1.0, score.sentenceRecall());
    assertEquals(1.0, score.sentencePrecision());
    assertEquals(1.0, score.speakerAccuracy());
    assertEquals(1.0, score.linkAccuracy());
    assertEquals(1.0, score.ownVoiceKept());
    assertEquals(1.0, score.typeMacroF1());
    assertTrue(
        score.disagreements().stream()
            .allMatch(d -> d.contains("\tcompanies\t") || d.contains("\tstance\t")),
        score.disagreements().toString());
  }

  @Test
  void foldersScoredTogetherPoolTheirSentences() throws Exception {
    Path gold =
        goldWith(
            label(FIRST, "Mia Okoye", false, "", "prediction", "neutral", null),
            label(SECOND, "Someone Else", true, "", "counterclaim", "neutral", FIRST));
    Path copy = Files.createDirectories(root.resolve("gold2"));
    Files.copy(gold.resolve("claims.jsonl"), copy.resolve("claims.jsonl"));
    ClaimScore one = new ClaimScorer(root, RULES).score(gold);
    ClaimScore both = new ClaimScorer(root, RULES).score(List.of(gold, copy));
    assertEquals(2, both.documents());
    assertEquals(2 * one.goldSentences(), both.goldSentences());
    assertEquals(one.speakerAccuracy(), both.speakerAccuracy(), 1e-9);
  }

  @Test
  void disagreementsLowerTheFiguresAndAreListed() throws Exception {
    Path gold =
        goldWith(
            label(FIRST, "Mia Okoye", false, "\"Vantage Rail\"", "evidence", "neutral", null),
            label(
                SECOND,
                "Someone Else",
                true,
                "\"Brightwater Capital\"",
                "counterclaim",
                "bearish",
                FIRST),
            label(
                "A sentence the body does not have.",
                "Mia Okoye",
                false,
                "",
                "claim",
                "neutral",
                null));
    ClaimScore score = new ClaimScorer(root, RULES).score(gold);
    assertEquals(2.0 / 3, score.sentenceRecall(), 1e-9);
    assertEquals(0.0, score.speakerAccuracy());
    assertTrue(score.typeMacroF1() < 1.0);
    List<String> what = score.disagreements().stream().map(d -> d.split("\t")[1]).toList();
    assertTrue(what.containsAll(List.of("missing sentence", "speaker", "type")), what.toString());
  }

  @Test
  void ownVoiceKeptNeedsAnUnattributedPredictionWithTheGoldSpeaker() throws Exception {
    Path gold =
        goldWith(
            label(FIRST, "Someone Else", false, "", "prediction", "neutral", null),
            label(SECOND, "Pavel Novak", true, "", "counterclaim", "neutral", FIRST));
    ClaimScore score = new ClaimScorer(root, RULES).score(gold);
    assertEquals(0.0, score.ownVoiceKept());
    assertEquals(0.0, score.figures("gold").get("own_voice_kept"));
    assertTrue(
        score.disagreements().stream().anyMatch(d -> d.contains("\town voice\tgold=Someone Else")),
        score.disagreements().toString());
  }

  @Test
  void theCommandPrintsEveryFigure() throws Exception {
    Path gold = goldWith(label(FIRST, "Mia Okoye", false, "", "prediction", "neutral", null));
    StringWriter out = new StringWriter();
    CommandLine cli = PinciteCommand.commandLine();
    cli.setOut(new PrintWriter(out));
    int code =
        cli.execute(
            "score-claims",
            "--set",
            "gold",
            "--gold",
            gold.toString(),
            "--corpus",
            root.resolve("corpus").toString(),
            "--verbose");
    assertEquals(0, code);
    for (String figure :
        List.of(
            "sentence_recall",
            "speaker_accuracy",
            "company_f1",
            "type_macro_f1",
            "stance_macro_f1",
            "counter_links",
            "own_voice_kept")) {
      assertTrue(out.toString().contains(figure), out.toString());
    }
    assertTrue(out.toString().contains("gold \\ pred"), out.toString());
    assertTrue(
        // The gold row of the type table (what the shipped type model predicts is not the point).
        out.toString()
            .lines()
            .anyMatch(l -> l.matches("\\s+prediction\\s+1\\s+\\d+\\s+\\d\\.\\d{3}.*")),
        out.toString());
  }

  @Test
  void verboseListsATrainingFolderSentenceBySentenceButNeverTheHeldOutFolder() throws Exception {
    Path labelled = goldWith(label(FIRST, "Someone Else", true, "", "prediction", "neutral", null));
    Path heldout = Files.createDirectories(root.resolve("heldout"));
    Files.copy(labelled.resolve("claims.jsonl"), heldout.resolve("claims.jsonl"));
    for (Path folder : List.of(labelled, heldout)) {
      StringWriter out = new StringWriter();
      CommandLine cli = PinciteCommand.commandLine();
      cli.setOut(new PrintWriter(out));
      int code =
          cli.execute(
              "score-claims",
              "--set",
              "heldout",
              "--heldout",
              folder.toString(),
              "--corpus",
              root.resolve("corpus").toString(),
              "--verbose");
      assertEquals(0, code);
      boolean listed = out.toString().contains("gold=Someone Else");
      assertEquals(folder.equals(labelled), listed, out.toString());
    }
  }
}
