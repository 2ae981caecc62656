package dev.pincite.ingest;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Whether an element of a page sits away from its article: in a furniture container ({@link
 * BoilerplateRules#isFurnitureContainer}: a footer, a sidebar) that is not the article's meta or
 * header line, or in its comments ({@link CommentSections}). The date and byline finders pass over
 * what sits there. Stateless and thread safe.
 */
final class PageFurniture {

  // the class or id of where an article writes its date and byline: a meta line, its header
  private static final Pattern ARTICLE_META_PLACE =
      Pattern.compile("meta|date|time|head|info|byline|author", Pattern.CASE_INSENSITIVE);

  /**
   * Whether an element is away from the article as {@link #awayFromArticle} says, the containers
   * that hold the headline not counted.
   *
   * @param element an element of the page
   * @param rules the furniture cues
   * @param holdsHeadline the elements that hold the article's headline
   * @return whether it sits in furniture or comments below the headline's containers
   */
  static boolean awayFromHeadline(
      Element element, BoilerplateRules rules, Set<Element> holdsHeadline) {
    for (Element e = element; e != null && !holdsHeadline.contains(e); e = e.parent()) {
      String hint = e.className() + " " + e.id();
      if (rules.isFurnitureContainer(e.normalName(), hint)
          && !ARTICLE_META_PLACE.matcher(hint).find()) {
        return true;
      }
    }
    return element != null && CommentSections.isInside(element);
  }

  /**
   * Whether an element sits in furniture away from the article (footer, sidebar) or in comments
   * ({@link CommentSections}): the places of an article's date and byline, its "meta" or header
   * line, do not count.
   *
   * @param element an element of the page
   * @param rules the furniture cues
   * @return whether it sits in furniture or comments
   */
  static boolean awayFromArticle(Element element, BoilerplateRules rules) {
    return awayFromHeadline(element, rules, Set.of());
  }

  private PageFurniture() {}
}
