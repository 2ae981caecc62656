package dev.pincite.claims;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bare handles that open the posts of a thread saved as plain paragraphs ("ridgeline_commuter:
 * Voltaro has recalled ...", "bondsandbikes: Investor here ..."), with no "@" and no "wrote" to
 * mark them. One handle alone reads like a lead-in ("note: ..."), so a document's handles are
 * learned from its paragraph openings together: two different ones or more, at least one of them
 * written as only a handle is (an underscore, a digit, or a capital inside the word:
 * "VoltaroCycles_Support"). Then each of them opening a paragraph is that post's writer. One
 * document's; not thread safe.
 */
final class ThreadHandles {

  /** A handle and its colon opening a paragraph: one word of letters, digits, "_", "." or "-". */
  private static final Pattern OPENING =
      Pattern.compile("^([\\p{L}\\p{N}][\\p{L}\\p{N}_.-]{2,29})\\s*:\\s");

  /** What only a handle has: an underscore, a digit, or a capital after a small letter. */
  private static final Pattern HANDLE_MARK = Pattern.compile("[_\\p{N}]|\\p{Ll}\\p{Lu}");

  /** A word that is a handle by its case: starting with a small letter, or marked as one. */
  private static final Pattern HANDLE_CASE = Pattern.compile("^\\p{Ll}.*");

  private Set<String> handles = Set.of();

  /**
   * Learns the document's handles from its paragraphs' first sentences.
   *
   * @param openings the first sentence of each paragraph, in order
   */
  void learn(List<String> openings) {
    Set<String> seen = new LinkedHashSet<>();
    boolean marked = false;
    for (String opening : openings) {
      Matcher m = OPENING.matcher(opening);
      if (!m.lookingAt()) {
        continue;
      }
      String word = m.group(1);
      boolean mark = HANDLE_MARK.matcher(word).find();
      if (mark || HANDLE_CASE.matcher(word).matches()) {
        seen.add(word);
        marked |= mark;
      }
    }
    handles = seen.size() >= 2 && marked ? Set.copyOf(seen) : Set.of();
  }

  /**
   * The handle opening a paragraph's first sentence, when it is one of the document's handles.
   *
   * @param sentence the paragraph's first sentence
   * @return the handle, or empty
   */
  Optional<String> opening(String sentence) {
    if (handles.isEmpty()) {
      return Optional.empty();
    }
    Matcher m = OPENING.matcher(sentence);
    return m.lookingAt() && handles.contains(m.group(1))
        ? Optional.of(m.group(1))
        : Optional.empty();
  }
}
