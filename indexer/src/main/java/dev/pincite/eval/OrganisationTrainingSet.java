package dev.pincite.eval;

import dev.pincite.claims.OrganisationFinder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The samples the organisation finder ({@link OrganisationFinder}) trains on: every labelled
 * sentence of some label folders, with the places its own words name the organisations its label
 * lists. A label's name is looked for whole ("Kestrel Capital"), then by its leading words
 * ("Kestrel", for "Kestrel's shares"), as a whole word; a company the sentence only refers to ("the
 * company", "its shares") has no place and is not taught. Nothing is read but the labels.
 */
public final class OrganisationTrainingSet {

  private OrganisationTrainingSet() {}

  /**
   * Reads the samples of some label folders, in folder order, then document and reading order.
   *
   * @param labelDirs the label folders ({@code gold/}, {@code train/}); a missing one is skipped
   * @return the samples
   * @throws IOException when labels cannot be read
   */
  public static List<OrganisationFinder.Sample> load(List<Path> labelDirs) throws IOException {
    List<OrganisationFinder.Sample> out = new ArrayList<>();
    for (Path dir : labelDirs) {
      if (!Files.isDirectory(dir)) {
        continue;
      }
      for (Map.Entry<String, List<ClaimGold>> doc : ClaimGold.load(dir).entrySet()) {
        for (ClaimGold g : doc.getValue()) {
          out.add(sample(doc.getKey(), g.text(), g.companies()));
        }
      }
    }
    return out;
  }

  /**
   * One sentence's sample: where its words name each of its organisations, overlaps dropped (the
   * earlier, then the longer, kept).
   *
   * @param document the document's path
   * @param text the sentence
   * @param companies the organisations its label lists
   * @return the sample
   */
  static OrganisationFinder.Sample sample(String document, String text, List<String> companies) {
    List<OrganisationFinder.Mention> found = new ArrayList<>();
    for (String company : companies) {
      found.addAll(mentions(text, company));
    }
    found.sort(
        Comparator.comparingInt(OrganisationFinder.Mention::start).thenComparing(m -> -m.end()));
    List<OrganisationFinder.Mention> kept = new ArrayList<>();
    for (OrganisationFinder.Mention m : found) {
      if (kept.isEmpty() || m.start() >= kept.get(kept.size() - 1).end()) {
        kept.add(m);
      }
    }
    return new OrganisationFinder.Sample(document, text, kept);
  }

  /** Where a sentence writes a name: whole, else its longest opening of whole words. */
  private static List<OrganisationFinder.Mention> mentions(String text, String name) {
    String[] words = name.strip().split("\\s+");
    for (int n = words.length; n >= 1; n--) {
      String form = String.join(" ", List.of(words).subList(0, n));
      if (n == words.length && form.endsWith(".")) {
        // "Haverly Oat Co." labelled, "Haverly Oat Co" written at a sentence's end, or the reverse.
        form = form.substring(0, form.length() - 1);
      }
      if (form.length() < 3) {
        break;
      }
      Matcher m =
          Pattern.compile("(?<![\\p{L}\\p{N}-])" + Pattern.quote(form) + "(?![\\p{L}\\p{N}-])")
              .matcher(text);
      List<OrganisationFinder.Mention> out = new ArrayList<>();
      while (m.find()) {
        out.add(new OrganisationFinder.Mention(m.start(), m.end()));
      }
      if (!out.isEmpty()) {
        return out;
      }
    }
    return List.of();
  }
}
