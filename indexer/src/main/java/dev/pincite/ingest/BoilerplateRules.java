package dev.pincite.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The boilerplate cues of {@code boilerplate.txt}: class and id fragments that mark page furniture
 * or article containers, and the text of promos, ad labels and "related" headings. The word list
 * names kinds of furniture, never a site or a page. Immutable and thread safe; {@link #standard()}
 * loads the bundled list once per call, so callers keep the instance.
 */
public final class BoilerplateRules {

  private static final String RESOURCE = "boilerplate.txt";

  /** Promo cues apply to short blocks only: a long paragraph that mentions "subscribe" is text. */
  private static final int PROMO_MAX_CHARS = 160;

  private final Pattern unlikely;
  private final Pattern maybe;
  private final Pattern positive;
  private final Pattern negative;
  private final Pattern share;
  private final Pattern byline;
  private final Pattern adLabel;
  private final Pattern promo;
  private final Pattern relatedHeading;

  private BoilerplateRules(Map<String, Pattern> sections) {
    unlikely = require(sections, "unlikely-candidate");
    maybe = require(sections, "maybe-candidate");
    positive = require(sections, "positive");
    negative = require(sections, "negative");
    share = require(sections, "share");
    byline = require(sections, "byline");
    adLabel = require(sections, "ad-label");
    promo = require(sections, "promo");
    relatedHeading = require(sections, "related-heading");
  }

  /** The bundled word list. */
  public static BoilerplateRules standard() {
    try (InputStream in = BoilerplateRules.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return new BoilerplateRules(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Map<String, Pattern> parse(String text) throws IOException {
    Map<String, List<String>> fragments = new LinkedHashMap<>();
    List<String> current = null;
    try (BufferedReader reader = new BufferedReader(new java.io.StringReader(text))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (line.startsWith("[") && line.endsWith("]")) {
          current =
              fragments.computeIfAbsent(
                  line.substring(1, line.length() - 1), k -> new ArrayList<>());
        } else if (current != null) {
          current.add(line);
        }
      }
    }
    Map<String, Pattern> patterns = new LinkedHashMap<>();
    fragments.forEach(
        (name, list) ->
            patterns.put(
                name,
                Pattern.compile(
                    String.join("|", list), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
    return patterns;
  }

  private static Pattern require(Map<String, Pattern> sections, String name) {
    Pattern pattern = sections.get(name);
    if (pattern == null) {
      throw new IllegalStateException(RESOURCE + " lacks the section [" + name + "]");
    }
    return pattern;
  }

  /** Whether a class/id string marks furniture that is almost never article text. */
  public boolean isUnlikelyCandidate(String classAndId) {
    if (classAndId.isBlank()) {
      return false;
    }
    return unlikely.matcher(classAndId).find() && !maybe.matcher(classAndId).find();
  }

  /** Whether an element is page furniture around articles: a footer, an aside, a sidebar. */
  public boolean isFurnitureContainer(String tag, String classAndId) {
    return tag.equals("footer")
        || tag.equals("aside")
        || tag.equals("nav")
        || (negative.matcher(classAndId).find()
            && !maybe.matcher(classAndId).find()
            && !byline.matcher(classAndId).find());
  }

  /** Whether a class or id marks an article container. */
  public boolean isPositive(String classOrId) {
    return positive.matcher(classOrId).find();
  }

  /** Whether a class or id marks furniture. */
  public boolean isNegative(String classOrId) {
    return negative.matcher(classOrId).find();
  }

  /** Whether a class or id marks a share bar. */
  public boolean isShare(String classOrId) {
    return share.matcher(classOrId).find();
  }

  /** Whether a class, id, rel or itemprop marks a byline. */
  public boolean isByline(String hint) {
    return byline.matcher(hint).find();
  }

  /** Whether a block's whole text is an advertisement label or a loading indicator. */
  public boolean isAdLabel(String text) {
    return adLabel.matcher(text.strip()).find();
  }

  /** Whether a short block is a call to action or a promo rather than article text. */
  public boolean isPromo(String text) {
    return text.length() <= PROMO_MAX_CHARS && promo.matcher(text).find();
  }

  /** Whether a heading opens a list of links to other pages. */
  public boolean isRelatedHeading(String text) {
    String cleaned = text.strip().replaceAll("[:.…»›>\\s]+$", "");
    return cleaned.length() <= 40 && relatedHeading.matcher(cleaned).find();
  }
}
