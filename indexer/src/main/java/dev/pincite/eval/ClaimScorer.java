package dev.pincite.eval;

import dev.pincite.claims.Claim;
import dev.pincite.claims.ClaimExtractor;
import dev.pincite.claims.LeadingMarkers;
import dev.pincite.claims.Registry;
import dev.pincite.claims.TypeRules;
import dev.pincite.ingest.Article;
import dev.pincite.ingest.ArticleLoader;
import dev.pincite.ingest.BadDocumentException;
import dev.pincite.ingest.Catalog;
import dev.pincite.ingest.ThreadPosts;
import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Scores {@link ClaimExtractor#extract} against the hand-labelled gold set ({@code gold/}, see its
 * README). Each gold document is loaded the way the indexer loads it: {@link ArticleLoader}, then
 * the catalog of its folder ({@code corpus/catalog.yaml} for corpus files, with the path relative
 * to the corpus folder); claims come from an extractor over the corpus registry.
 *
 * <p>Sentences match when their normalised text is equal (a leading transcript label dropped,
 * Unicode compatibility form, lower case, runs of anything but letters and digits as one space),
 * each gold sentence at most once. The fields are scored on matched sentences only, so a splitting
 * error costs recall and precision but is not counted again: speaker accuracy on gold sentences
 * with {@code attributed=true}; own voice kept on those with {@code attributed=false} (the
 * prediction is unattributed too, with the gold speaker); company micro F1; type and stance macro
 * F1 over the labels present in gold or prediction (per label and as a {@link ConfusionMatrix}
 * too); link accuracy on gold counterclaims whose target sentence is in the document, right when
 * the predicted {@code counters} id is the id of the predicted claim with the gold target's text.
 * Stateless apart from the extractor; thread safe.
 */
public final class ClaimScorer {

  private final Path root;
  private final ClaimExtractor extractor;
  private final ArticleLoader loader = new ArticleLoader();

  /**
   * @param root the project root: gold document paths are relative to it
   * @param registry the registry the extractor resolves names against
   */
  public ClaimScorer(Path root, Registry registry) {
    this(root, new ClaimExtractor(registry));
  }

  /**
   * @param root the project root: gold document paths are relative to it
   * @param extractor the extractor to score
   */
  public ClaimScorer(Path root, ClaimExtractor extractor) {
    this.root = root;
    this.extractor = extractor;
  }

  /**
   * Scores every document of a gold folder.
   *
   * @param goldDir the folder with the {@code *.jsonl} labels
   * @return the figures and the disagreements
   * @throws IOException when the gold set or a document cannot be read
   */
  public ClaimScore score(Path goldDir) throws IOException {
    return score(List.of(goldDir));
  }

  /**
   * Scores every document of several gold folders as one set: the sentences of all of them pooled,
   * so that a figure is measured on all their sentences at once (a macro-F1 over the pooled labels,
   * not an average of each folder's).
   *
   * @param goldDirs the folders, each with its {@code *.jsonl} labels
   * @return the pooled figures and the disagreements
   * @throws IOException when a gold set or a document cannot be read
   */
  public ClaimScore score(List<Path> goldDirs) throws IOException {
    Tally tally = new Tally();
    int documents = 0;
    for (Path goldDir : goldDirs) {
      Map<String, List<ClaimGold>> gold = ClaimGold.load(goldDir);
      for (Map.Entry<String, List<ClaimGold>> doc : gold.entrySet()) {
        scoreDocument(doc.getKey(), doc.getValue(), extractor.extract(load(doc.getKey())), tally);
      }
      documents += gold.size();
    }
    return tally.score(documents);
  }

  private Article load(String doc) throws IOException {
    return load(root, loader, doc);
  }

  /**
   * Loads a labelled document the way the indexer loads it.
   *
   * @param root the project root
   * @param loader the loader
   * @param doc the document's path relative to the root
   * @return the article, catalog metadata applied
   * @throws IOException when it cannot be read or is not a document
   */
  static Article load(Path root, ArticleLoader loader, String doc) throws IOException {
    Path file = root.resolve(doc);
    Path folder = file.getParent();
    String relative = folder.relativize(file).toString().replace('\\', '/');
    if (doc.startsWith("corpus/")) {
      folder = root.resolve("corpus");
      relative = doc.substring("corpus/".length());
    }
    try {
      return Catalog.load(folder).apply(loader.load(file, relative));
    } catch (BadDocumentException e) {
      throw new IOException("gold document " + doc + " cannot be loaded: " + e.getMessage(), e);
    }
  }

  // The other forms of a speaker's label that open a turn, for the same reason: a role or firm in
  // brackets ("Mia Lund (Analyst, Corvo Securities): "), or after a comma ("Ann Vale, co-founder,
  // Kestrel: "), a question's number or bracket ("Q41 Chair: ", "Q (Ida Marr, Ledger): "), a
  // label in square brackets ("[Leontyne Abara, Spindlecart] ") and a lower-case handle
  // ("priya_k: ").
  private static final String CAPITALISED_WORDS =
      "\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019.-]*){0,3}";
  private static final Pattern LABEL_WITH_NOTE =
      Pattern.compile(
          "^(?:(?:Q\\d{1,4}\\s+)?"
              + CAPITALISED_WORDS
              + "\\s*\\([^()]{1,80}\\):"
              + "|"
              + CAPITALISED_WORDS
              + ",[^:]{1,80}:"
              + "|Q\\d{0,4}\\s*\\([^()]{1,80}\\):"
              + "|Q\\d{1,4}(?=\\s+\\p{Lu})"
              + "|\\[\\p{Lu}[^\\[\\]]{1,80}\\]"
              + "|[\\p{Ll}\\d][\\p{Ll}\\d_.]{1,30}:)\\s+");

  /**
   * The normal form sentences are matched in.
   *
   * @param text a sentence
   * @return lower-case letters and digits separated by single spaces
   */
  public static String normalise(String text) {
    // CLAIMS.md leaves open whether a transcript's "NAME:" label, or a thread's "@handle:" or
    // "u/handle:", is part of the sentence: gold/ keeps it, another labeller (and the thread
    // reader, ThreadPosts, whose reading of a chat line is the one used here) may not. Matching
    // ignores it, so both readings score the same.
    // The same for the marks that open a numbered or time-stamped paragraph (LeadingMarkers).
    ThreadPosts.ChatLine chat = ThreadPosts.chatLine(text);
    String unmarked = LeadingMarkers.withoutAny(chat == null ? text : chat.post());
    String unlabelled =
        TypeRules.TRANSCRIPT_LABEL
            .matcher(LABEL_WITH_NOTE.matcher(unmarked).replaceFirst(""))
            .replaceFirst("");
    String compatible =
        Normalizer.normalize(unlabelled, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return compatible.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  private static void scoreDocument(
      String doc, List<ClaimGold> gold, List<Claim> predicted, Tally tally) {
    Map<String, Deque<Claim>> byText = new LinkedHashMap<>();
    Map<String, Claim> byId = new HashMap<>();
    for (Claim c : predicted) {
      byText.computeIfAbsent(normalise(c.text()), k -> new ArrayDeque<>()).add(c);
      byId.put(c.id(), c);
    }
    Set<String> goldTexts = new HashSet<>();
    gold.forEach(g -> goldTexts.add(normalise(g.text())));
    tally.gold += gold.size();
    tally.predicted += predicted.size();
    for (ClaimGold g : gold) {
      Deque<Claim> candidates = byText.get(normalise(g.text()));
      Claim p = candidates == null ? null : candidates.poll();
      if (p == null) {
        tally.note(doc, "missing sentence", g.text(), "", "");
        continue;
      }
      tally.matched++;
      scorePair(doc, g, p, byId, goldTexts, tally);
    }
    for (Deque<Claim> rest : byText.values()) {
      for (Claim extra : rest) {
        tally.note(doc, "extra sentence", extra.text(), "", "");
      }
    }
  }

  private static void scorePair(
      String doc,
      ClaimGold g,
      Claim p,
      Map<String, Claim> byId,
      Set<String> goldTexts,
      Tally tally) {
    if (g.attributed()) {
      tally.speakerTotal++;
      if (Objects.equals(g.speaker(), p.speaker())) {
        tally.speakerRight++;
      } else {
        tally.note(doc, "speaker", g.text(), g.speaker(), p.speaker());
      }
    } else {
      tally.ownVoiceTotal++;
      if (!p.attributed() && Objects.equals(g.speaker(), p.speaker())) {
        tally.ownVoiceRight++;
      } else {
        tally.note(
            doc,
            "own voice",
            g.text(),
            g.speaker(),
            p.speaker() + (p.attributed() ? " (attributed)" : ""));
      }
    }
    Set<String> gc = new TreeSet<>(g.companies());
    Set<String> pc = new TreeSet<>(p.companies());
    for (String c : pc) {
      if (gc.contains(c)) {
        tally.companyTp++;
      } else {
        tally.companyFp++;
      }
    }
    for (String c : gc) {
      if (!pc.contains(c)) {
        tally.companyFn++;
      }
    }
    if (!gc.equals(pc)) {
      tally.note(doc, "companies", g.text(), gc.toString(), pc.toString());
    }
    tally.types.add(g.type(), p.type().label());
    if (!g.type().equals(p.type().label())) {
      tally.note(doc, "type", g.text(), g.type(), p.type().label());
    }
    tally.stances.add(g.stance(), p.stance().label());
    if (!g.stance().equals(p.stance().label())) {
      tally.note(doc, "stance", g.text(), g.stance(), p.stance().label());
    }
    if ("counterclaim".equals(g.type())
        && g.counters() != null
        && goldTexts.contains(normalise(g.counters()))) {
      tally.linkTotal++;
      Claim target = p.counters() == null ? null : byId.get(p.counters());
      if (target != null && normalise(target.text()).equals(normalise(g.counters()))) {
        tally.linkRight++;
      } else {
        tally.note(doc, "counters", g.text(), g.counters(), target == null ? null : target.text());
      }
    }
  }

  /** Running counts over the documents of a gold set. */
  private static final class Tally {
    int gold;
    int predicted;
    int matched;
    int speakerTotal;
    int speakerRight;
    int companyTp;
    int companyFp;
    int companyFn;
    int linkTotal;
    int linkRight;
    int ownVoiceTotal;
    int ownVoiceRight;
    final ConfusionMatrix types = new ConfusionMatrix();
    final ConfusionMatrix stances = new ConfusionMatrix();
    final List<String> disagreements = new ArrayList<>();

    void note(String doc, String what, String text, String gold, String predicted) {
      String sentence = text.length() > 90 ? text.substring(0, 87) + "..." : text;
      disagreements.add(
          doc + "\t" + what + "\tgold=" + gold + "\tpredicted=" + predicted + "\t" + sentence);
    }

    ClaimScore score(int documents) {
      double companyF1 =
          companyTp + companyFp + companyFn == 0
              ? 1
              : 2.0 * companyTp / (2.0 * companyTp + companyFp + companyFn);
      return new ClaimScore(
          documents,
          gold,
          predicted,
          matched,
          ratio(matched, gold),
          ratio(matched, predicted),
          ratio(speakerRight, speakerTotal),
          companyF1,
          ratio(companyTp, companyTp + companyFp),
          ratio(companyTp, companyTp + companyFn),
          types.macroF1(),
          stances.macroF1(),
          ratio(linkRight, linkTotal),
          ratio(ownVoiceRight, ownVoiceTotal),
          types,
          stances,
          disagreements);
    }

    private static double ratio(int part, int whole) {
      return whole == 0 ? 1 : (double) part / whole;
    }
  }
}
