package dev.pincite.claims;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The grammatical gender English marks on third-person pronouns and a few titles: what lets "She
 * added" point back to the person the document has called "she" rather than to whoever spoke last.
 * The words come from {@code speaker-cues.txt} ({@code [masculine-words]}, {@code
 * [feminine-words]}, {@code [masculine-titles]}, {@code [feminine-titles]}). Nothing here guesses a
 * gender from a first name: only the text's own pronouns and titles count.
 *
 * <p>Immutable and thread safe.
 */
final class GrammaticalGender {

  /** The two genders English pronouns mark. */
  enum Gender {
    MASCULINE,
    FEMININE
  }

  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  private final Set<String> masculineWords;
  private final Set<String> feminineWords;
  private final Set<String> masculineTitles;
  private final Set<String> feminineTitles;

  /**
   * @param cues the parsed {@code speaker-cues.txt}
   */
  GrammaticalGender(CueFile cues) {
    this.masculineWords = Set.copyOf(cues.list("masculine-words"));
    this.feminineWords = Set.copyOf(cues.list("feminine-words"));
    this.masculineTitles = Set.copyOf(cues.list("masculine-titles"));
    this.feminineTitles = Set.copyOf(cues.list("feminine-titles"));
  }

  /** The gender a pronoun marks ("She", "his"), empty for any other word ("they"). */
  Optional<Gender> ofPronoun(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (masculineWords.contains(w)) {
      return Optional.of(Gender.MASCULINE);
    }
    return feminineWords.contains(w) ? Optional.of(Gender.FEMININE) : Optional.empty();
  }

  /**
   * The gender of the title a name run opens with ("Mr. Ochoa", "Ms Park"), empty when it opens
   * with none of the listed titles.
   *
   * @param sentence the sentence
   * @param start where the run starts in it
   */
  Optional<Gender> ofTitleOpening(String sentence, int start) {
    Matcher m = WORD.matcher(sentence).region(start, sentence.length());
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    String title = m.group();
    if (masculineTitles.contains(title)) {
      return Optional.of(Gender.MASCULINE);
    }
    return feminineTitles.contains(title) ? Optional.of(Gender.FEMININE) : Optional.empty();
  }

  /**
   * The one gender a sentence's pronouns mark, when all of them mark the same one ("Park said she
   * expects her margins to hold"); empty when it has none, or both.
   */
  Optional<Gender> ofSentence(String sentence) {
    boolean masculine = false;
    boolean feminine = false;
    Matcher m = WORD.matcher(sentence);
    while (m.find()) {
      Optional<Gender> g = ofPronoun(m.group());
      if (g.isPresent()) {
        masculine |= g.get() == Gender.MASCULINE;
        feminine |= g.get() == Gender.FEMININE;
      }
    }
    if (masculine == feminine) {
      return Optional.empty();
    }
    return Optional.of(masculine ? Gender.MASCULINE : Gender.FEMININE);
  }
}
