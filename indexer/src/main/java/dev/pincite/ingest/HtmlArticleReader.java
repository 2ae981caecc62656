package dev.pincite.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * Reads an HTML page: metadata from {@link MetadataExtractor}, the article element from {@link
 * ContentExtractor}, blocks from {@link BlockWriter}, and then the text-level boilerplate rules
 * (promos, "Related …" link lists) of {@link BoilerplateRules}. A page with no article gives an
 * empty body and a warning. Thread safe.
 */
public final class HtmlArticleReader implements ArticleReader {

  /** How many blocks at the top of an article may still be its header (a dek, the byline). */
  private static final int HEADER_BLOCKS = 3;

  /**
   * How deep elements are read as elements. The deepest of the 556 real pages of the Readability
   * and extraction-dev fixtures nests 41 deep; jsoup (like browsers) flattens anything below 512.
   * Extraction measures each container's subtree, so its cost is the page's size times its depth: a
   * bound on depth keeps it linear in the size (issue 18). A deeper page is not refused: below this
   * level its elements are read as their text ({@link #flattenBelowMaxDepth}), with a warning.
   */
  public static final int MAX_DEPTH = 256;

  // digits, signs and at most one letter ("1.2K", "23", "💡"); "a + b = c" is a formula, kept
  private static final Pattern COUNTER =
      Pattern.compile("[\\p{N}\\p{P}\\p{S}\\s]*\\p{L}?[\\p{P}\\s]*");

  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…]\\s*$");

  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** A caption-marked element longer than this is a container that holds more than a caption. */
  private static final int MAX_CAPTION_CHARS = 400;

  /** A picture's alt or title shorter than this is a word or a file name, not a description. */
  private static final int MIN_PICTURE_DESCRIPTION_CHARS = 20;

  /**
   * How much text (a credit, "(Photo: Agency)") may follow a picture's description in a caption.
   */
  private static final int MAX_CREDIT_AFTER_DESCRIPTION_CHARS = 60;

  /** A person's description shorter than this is a job title, not a biography. */
  private static final int MIN_BIOGRAPHY_CHARS = 40;

  /** A biography making more than this share of an article is the article (a page about them). */
  private static final double MAX_BIOGRAPHY_SHARE = 0.34;

  /** The ellipsis of a picture's description cut short. */
  private static final Pattern TRUNCATION = Pattern.compile("\\s*(\\.\\.\\.|…)$");

  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

  /** How many blocks at the end of an article may be a trailing call to action. */
  private static final int TAIL_BLOCKS = 8;

  /** A block of a trailing box is no longer than this; a longer one is article text. */
  private static final int TRAILING_BLOCK_MAX_CHARS = 250;

  /** Captions making more than this share of an article's text are the article's text. */
  private static final double MAX_CAPTION_SHARE = 0.25;

  private final BoilerplateRules rules;
  private final MetadataExtractor metadata = new MetadataExtractor();

  public HtmlArticleReader(BoilerplateRules rules) {
    this.rules = rules;
  }

  @Override
  public Article read(String text, String path) throws BadDocumentException {
    Document doc = Jsoup.parse(text);
    // The per-file time limit is cooperative: each stage below ends the file's work when its time
    // is up, so a page is cut within one stage of its limit.
    FileTimeLimit.checkpoint();
    List<String> warnings = new ArrayList<>();
    int depth = depth(doc);
    if (depth > MAX_DEPTH) {
      flattenBelowMaxDepth(doc);
      warnings.add(
          "elements nested "
              + depth
              + " deep: below level "
              + MAX_DEPTH
              + " they are read as plain text");
    }
    FileTimeLimit.checkpoint();
    MetadataExtractor.Found found = metadata.extract(doc);
    DocumentMetadata meta = found.metadata();
    // the text cues (promos, "read also", ad labels) of the page's language, as it declares it or
    // else as its text reads
    BoilerplateRules rules =
        this.rules.forLanguage(meta.lang() != null ? meta.lang() : LanguageGuess.of(doc));
    FileTimeLimit.checkpoint();
    PostHeaders.mark(doc);
    ContentExtractor.Result content = new ContentExtractor(rules).extract(doc, meta.title());
    FileTimeLimit.checkpoint();
    String byline = AuthorFinder.byline(doc, meta, rules, content.byline());
    FileTimeLimit.checkpoint();
    String published =
        Dates.asShown(
            meta.published(), MetadataExtractor.dateLine(doc, rules, meta.title(), meta.lang()));
    if (published == null) {
      published = Dates.inUrl(meta.url());
    }
    FileTimeLimit.checkpoint();
    if (content.article() != null) {
      dropCaptions(content.article(), rules, pictureDescriptions(doc), meta.title());
      dropBiographies(
          content.article(), MetadataExtractor.personDescriptions(doc, MIN_BIOGRAPHY_CHARS));
    }
    FileTimeLimit.checkpoint();
    List<Block> blocks =
        content.article() == null
            ? List.of()
            : Signatures.withDashed(
                Signatures.withTrailingUndashed(
                    Signatures.withUndashed(
                        Signatures.withCreditedQuotations(
                            dropBoilerplate(
                                dropBylineLine(BlockWriter.write(content.article()), byline),
                                rules)))));
    if (blocks.isEmpty()) {
      warnings.add("no article text found");
    }
    if (byline == null) {
      byline = AuthorFinder.ofUnsignedPage(blocks, found.signedBySite());
    }
    // The byline and date start from the tags' and are what the visible page says where the tags
    // give none, or where the page shows better: the name a user name stands for, the publisher's
    // day of a UTC time stamp. (Merged with meta.or(...) they were the tags' whenever the tags
    // had one, and those two corrections never reached the article.)
    DocumentMetadata shown =
        new DocumentMetadata(meta.title(), byline, meta.site(), published, meta.url(), meta.lang());
    return new Article(path, shown, blocks, warnings, found.declaredTitle());
  }

  /**
   * Drops image captions and credits: every {@code <figcaption>}, short elements whose class or id
   * marks a caption or credit, and short elements that repeat a picture's description (its {@code
   * alt} or {@code title}, perhaps followed by a credit): a caption the page marks only by saying
   * what the picture shows. They describe a picture the text does not show, so they are not the
   * article's text, unless captions make much of the article (a photo essay, a gallery), where they
   * are its text.
   */
  private static void dropCaptions(
      Element article, BoilerplateRules rules, Set<String> pictureDescriptions, String title) {
    List<Element> captions = new ArrayList<>();
    int captionChars = 0;
    for (Element element : article.getAllElements()) {
      if (element == article || insideAny(element, captions)) {
        continue;
      }
      Element caption = null;
      if (element.nameIs("figcaption")
          || (rules.isCaption(element.className() + " " + element.id())
              && element.text().length() <= MAX_CAPTION_CHARS
              && element.select("p").size() <= 1)) {
        caption = element;
      } else {
        if (pictureDescription(element, pictureDescriptions, title) != null) {
          caption = withCredit(element, article);
        }
      }
      if (caption != null) {
        captions.add(caption);
        captionChars += caption.text().length();
      }
    }
    if (captionChars > MAX_CAPTION_SHARE * article.text().length()) {
      return;
    }
    captions.forEach(Element::remove);
  }

  /**
   * The descriptions of the page's pictures: the {@code alt} and {@code title} of each image and
   * the {@code title} of a link around one, each long enough to be a sentence about the picture
   * rather than a word ("photo", a file name).
   */
  private static Set<String> pictureDescriptions(Document doc) {
    Set<String> descriptions = new HashSet<>();
    for (Element img : doc.select("img[alt], img[title], a[title]:has(img)")) {
      for (String attribute : List.of("alt", "title")) {
        String description = Whitespace.normalise(img.attr(attribute));
        if (description.length() >= MIN_PICTURE_DESCRIPTION_CHARS) {
          descriptions.add(description);
        }
      }
    }
    return descriptions;
  }

  /**
   * The picture description an element (not a heading, not the title) repeats, alone or with a
   * credit after it ("… (Photo: Agency)"); null when it is not a caption.
   */
  private static String pictureDescription(
      Element element, Set<String> pictureDescriptions, String title) {
    // only an element with text of its own: a wrapper around a caption is emptied with it, and the
    // text of every container of the article is not read again
    if (pictureDescriptions.isEmpty()
        || HEADINGS.contains(element.normalName())
        || element.textNodes().stream().allMatch(TextNode::isBlank)) {
      return null;
    }
    String text = Whitespace.normalise(element.text());
    if (text.length() < MIN_PICTURE_DESCRIPTION_CHARS
        || text.length() > MAX_CAPTION_CHARS
        || text.equals(title)) {
      return null;
    }
    for (String description : pictureDescriptions) {
      if (text.startsWith(description)
          && text.length() - description.length() <= MAX_CREDIT_AFTER_DESCRIPTION_CHARS) {
        return description;
      }
      // a description the page cut short ("… invasive species were ...") begins the caption
      String cut = TRUNCATION.matcher(description).replaceFirst("");
      if (cut.length() < description.length()
          && cut.length() >= MIN_PICTURE_DESCRIPTION_CHARS
          && text.startsWith(cut)) {
        return description;
      }
    }
    return null;
  }

  /**
   * The caption around a description: the largest container of it (below the article) that holds no
   * more text than the description and a credit, set before or after it in an element of its own
   * ("Photograph by …").
   */
  private static Element withCredit(Element caption, Element article) {
    int captionChars = Whitespace.normalise(caption.text()).length();
    Element widest = caption;
    for (Element parent = caption.parent();
        parent != null && parent != article;
        parent = parent.parent()) {
      if (Whitespace.normalise(parent.text()).length() - captionChars
          > MAX_CREDIT_AFTER_DESCRIPTION_CHARS) {
        break;
      }
      widest = parent;
    }
    return widest;
  }

  /**
   * Drops the biography of a person the page's schema.org data describes (an author box): the
   * elements whose text is part of such a description, each with the container that holds little
   * more (the "About …" heading above it). Unless it makes much of the article: on a page about the
   * person, the description is the page's text.
   */
  private static void dropBiographies(Element article, Set<String> biographies) {
    if (biographies.isEmpty()) {
      return;
    }
    List<Element> found = new ArrayList<>();
    int foundChars = 0;
    for (Element element : article.getAllElements()) {
      if (element == article
          || insideAny(element, found)
          || element.textNodes().stream().allMatch(TextNode::isBlank)) {
        continue;
      }
      String text = Whitespace.normalise(element.text());
      if (text.length() < MIN_BIOGRAPHY_CHARS
          || biographies.stream().noneMatch(biography -> biography.contains(text))) {
        continue;
      }
      Element biography = withCredit(element, article);
      found.add(biography);
      foundChars += biography.text().length();
    }
    if (foundChars > MAX_BIOGRAPHY_SHARE * article.text().length()) {
      return;
    }
    found.forEach(Element::remove);
  }

  private static boolean insideAny(Element element, List<Element> containers) {
    for (Element parent = element.parent(); parent != null; parent = parent.parent()) {
      if (containers.contains(parent)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Replaces the content of every element at level {@link #MAX_DEPTH} that holds elements by its
   * text, so no node lies deeper than one below that level. Linear in the page's size: the subtrees
   * replaced are disjoint, each read once.
   */
  private static void flattenBelowMaxDepth(Document doc) {
    List<Element> atLimit = new ArrayList<>();
    NodeTraversor.traverse(
        (node, depth) -> {
          if (depth == MAX_DEPTH && node instanceof Element element && element.childrenSize() > 0) {
            atLimit.add(element);
          }
        },
        doc);
    for (Element element : atLimit) {
      String text = element.text();
      element.empty().appendText(text);
    }
  }

  /** The depth of the deepest node below the document (the {@code <html>} element is 1). */
  private static int depth(Document doc) {
    int[] deepest = {0};
    NodeTraversor.traverse((node, depth) -> deepest[0] = Math.max(deepest[0], depth), doc);
    return deepest[0];
  }

  /**
   * Drops, among the first blocks, the visible byline line ("By Jane Doe", "by Jane Doe Posted on
   * …"): it is kept as metadata, not as the article's text.
   */
  private static List<Block> dropBylineLine(List<Block> blocks, String byline) {
    if (byline == null) {
      return blocks;
    }
    List<Block> kept = new ArrayList<>(blocks);
    int checked = 0;
    for (Iterator<Block> it = kept.iterator(); it.hasNext() && checked < HEADER_BLOCKS; ) {
      Block block = it.next();
      checked++;
      if (block.isHeading()) {
        continue;
      }
      if (block.text().length() < 100
          && BylineCues.STANDARD.startsWithLeadIn(block.text())
          && words(block.text()).contains(words(byline))) {
        it.remove();
      }
    }
    return kept;
  }

  private static String words(String text) {
    return NON_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }

  /** A short paragraph without a word: a like count ("1.2K"), an icon, a separator. */
  private static boolean isCounter(Block block) {
    return block.kind() == Block.Kind.PARAGRAPH
        && block.text().length() <= 12
        && COUNTER.matcher(block.text()).matches();
  }

  /** A short paragraph that starts with a date and is no sentence: when it was published. */
  private static boolean isDateLine(Block block) {
    String text = block.text();
    return block.kind() == Block.Kind.PARAGRAPH
        && text.length() <= 80
        && !SENTENCE_END.matcher(text).find()
        && Dates.toIso(text) != null;
  }

  /**
   * Drops promo blocks and a "Related …" heading with the list items or short paragraphs under it,
   * up to the next heading.
   */
  private static List<Block> dropBoilerplate(List<Block> blocks, BoilerplateRules rules) {
    List<Block> kept = new ArrayList<>();
    boolean inRelated = false;
    for (Block block : blocks) {
      FileTimeLimit.checkpoint();
      if (block.isHeading()) {
        inRelated = rules.isRelatedHeading(block.text());
        if (inRelated) {
          continue;
        }
      } else if (inRelated
          && (block.kind() == Block.Kind.LIST_ITEM || block.text().length() < 200)) {
        continue;
      } else {
        inRelated = false;
      }
      if (rules.isPromo(block.text())
          || rules.isAdLabel(block.text())
          || isCounter(block)
          || isDateLine(block)) {
        continue;
      }
      kept.add(block);
    }
    return dropTrailingCalls(kept, rules);
  }

  /**
   * Drops the box at an article's end that asks the reader to act: from the first call to action
   * among the last {@link #TAIL_BLOCKS} blocks, when every block after it is short too (a paywall
   * notice, a sign-up pitch, "follow us" lines) and all of them make less text than the article
   * before. A long paragraph after it, or more text after than before, means the call stood inside
   * the article's text, where it is left to the other rules.
   */
  private static List<Block> dropTrailingCalls(List<Block> blocks, BoilerplateRules rules) {
    int from = Math.max(1, blocks.size() - TAIL_BLOCKS);
    for (int i = from; i < blocks.size(); i++) {
      if (rules.isCallToAction(blocks.get(i).text())
          && allShortFrom(blocks, i)
          && chars(blocks.subList(i, blocks.size())) < chars(blocks.subList(0, i))) {
        return List.copyOf(blocks.subList(0, i));
      }
    }
    return blocks;
  }

  private static int chars(List<Block> blocks) {
    return blocks.stream().mapToInt(block -> block.text().length()).sum();
  }

  private static boolean allShortFrom(List<Block> blocks, int from) {
    for (Block block : blocks.subList(from, blocks.size())) {
      if (block.text().length() > TRAILING_BLOCK_MAX_CHARS) {
        return false;
      }
    }
    return true;
  }
}
