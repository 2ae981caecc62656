package dev.pincite.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The boilerplate cues of {@code boilerplate.txt}: class and id fragments that mark page furniture
 * or article containers, and the text of promos, ad labels and "related" headings. The word list
 * names kinds of furniture, never a site or a page. Text cues in other languages than English are
 * in {@code boilerplate-LANG.txt} (one file per language of {@link #LANGUAGES}, sections {@code
 * ad-label}, {@code promo}, {@code related-heading} and {@code call-to-action}); {@link
 * #forLanguage} adds the page's. Immutable and thread safe; {@link #standard()} loads the bundled
 * lists once per call, so callers keep the instance.
 */
public final class BoilerplateRules {

  private static final String RESOURCE = "boilerplate.txt";

  /** The languages with a cue file of their own, beside English. */
  static final List<String> LANGUAGES = List.of("de", "es", "fr", "pl", "pt");

  /** The sections a language's file may add to. */
  private static final List<String> TEXT_SECTIONS =
      List.of("ad-label", "promo", "related-heading", "call-to-action");

  /** Promo cues apply to short blocks only: a long paragraph that mentions "subscribe" is text. */
  private static final int PROMO_MAX_CHARS = 160;

  /** A call to action is a short block: a long paragraph that mentions a newsletter is text. */
  private static final int CALL_TO_ACTION_MAX_CHARS = 250;

  private final Pattern unlikely;
  private final Pattern maybe;
  private final Pattern positive;
  private final Pattern negative;
  private final Pattern share;
  private final Pattern byline;
  private final Pattern caption;
  private final Pattern adLabel;
  private final Pattern promo;
  private final Pattern relatedHeading;
  private final Pattern callToAction;
  private final Map<String, BoilerplateRules> byLanguage;

  private BoilerplateRules(
      Map<String, Pattern> sections, Map<String, Map<String, Pattern>> languageSections) {
    unlikely = require(sections, "unlikely-candidate");
    maybe = require(sections, "maybe-candidate");
    positive = require(sections, "positive");
    negative = require(sections, "negative");
    share = require(sections, "share");
    byline = require(sections, "byline");
    caption = require(sections, "caption");
    adLabel = require(sections, "ad-label");
    promo = require(sections, "promo");
    relatedHeading = require(sections, "related-heading");
    callToAction = require(sections, "call-to-action");
    Map<String, BoilerplateRules> languages = new LinkedHashMap<>();
    Map<String, Pattern> all = sections;
    for (Map.Entry<String, Map<String, Pattern>> language : languageSections.entrySet()) {
      languages.put(
          language.getKey(),
          new BoilerplateRules(withText(sections, language.getValue()), Map.of()));
      all = withText(all, language.getValue());
    }
    if (!languageSections.isEmpty()) {
      languages.put("", new BoilerplateRules(all, Map.of()));
    }
    byLanguage = Map.copyOf(languages);
  }

  /** The sections with a language's text cues added to theirs. */
  private static Map<String, Pattern> withText(
      Map<String, Pattern> sections, Map<String, Pattern> language) {
    Map<String, Pattern> merged = new LinkedHashMap<>(sections);
    for (String name : TEXT_SECTIONS) {
      Pattern extra = language.get(name);
      if (extra != null) {
        merged.put(
            name,
            Pattern.compile(
                require(sections, name).pattern() + "|" + extra.pattern(),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
      }
    }
    return merged;
  }

  /**
   * These rules with the text cues of a page's language: its own file's when it has one, none
   * beside English's for English or another language, and every language's when the language is
   * unknown.
   *
   * @param language a BCP 47 tag ({@code "de-CH"}), or null when unknown
   * @return the rules for that page
   */
  public BoilerplateRules forLanguage(String language) {
    String primary =
        language == null ? "" : language.toLowerCase(Locale.ROOT).replaceAll("[-_].*", "");
    BoilerplateRules rules = byLanguage.get(primary);
    if (rules != null) {
      return rules;
    }
    return this;
  }

  /** The bundled word list. */
  public static BoilerplateRules standard() {
    try (InputStream in = BoilerplateRules.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      Map<String, Map<String, Pattern>> languages = new LinkedHashMap<>();
      for (String language : LANGUAGES) {
        languages.put(language, parse(read("boilerplate-" + language + ".txt")));
      }
      return new BoilerplateRules(
          parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)), languages);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(String resource) throws IOException {
    try (InputStream in = BoilerplateRules.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
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

  /**
   * Readability's weight of an element by its class and its id: 25 for each that marks an article
   * container, less 25 for each that marks furniture.
   */
  public int classWeight(Element element) {
    int weight = 0;
    for (String hint : List.of(element.className(), element.id())) {
      if (!hint.isEmpty()) {
        weight += isNegative(hint) ? -25 : 0;
        weight += isPositive(hint) ? 25 : 0;
      }
    }
    return weight;
  }

  /** Whether a class or id marks a share bar. */
  public boolean isShare(String classOrId) {
    return share.matcher(classOrId).find();
  }

  /** Whether a class, id, rel or itemprop marks a byline. */
  public boolean isByline(String hint) {
    return byline.matcher(hint).find();
  }

  /** Whether a class or id marks an image's caption or credit. */
  public boolean isCaption(String classOrId) {
    return caption.matcher(classOrId).find();
  }

  /** Whether a block's whole text is an advertisement label or a loading indicator. */
  public boolean isAdLabel(String text) {
    return adLabel.matcher(text.strip()).find();
  }

  /** Whether a short block is a call to action or a promo rather than article text. */
  public boolean isPromo(String text) {
    return text.length() <= PROMO_MAX_CHARS && promo.matcher(text).find();
  }

  /**
   * Whether a short block speaks to the reader to act (subscribe, sign up, download the app):
   * judged only at an article's end, where such blocks are the page's and not the article's.
   */
  public boolean isCallToAction(String text) {
    return text.length() <= CALL_TO_ACTION_MAX_CHARS && callToAction.matcher(text).find();
  }

  /** Whether a heading opens a list of links to other pages. */
  public boolean isRelatedHeading(String text) {
    String cleaned = text.strip().replaceAll("[:.…»›>\\s]+$", "");
    return cleaned.length() <= 40 && relatedHeading.matcher(cleaned).find();
  }
}
