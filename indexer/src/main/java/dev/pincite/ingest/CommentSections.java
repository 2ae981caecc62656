package dev.pincite.ingest;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Finds whether an element sits in a page's comments, replies or reviews, where an author marked
 * {@code itemprop=author} or {@code rel=author} is a commenter's, never the article's. Read from
 * structure: an item typed {@code Comment}, {@code UserComments} or {@code Review} (schema.org or
 * data-vocabulary), a container whose class or id names comments or replies, or the header of a
 * post on a page of posts ({@link PostHeaders}: its writer is no byline of the page's). Items
 * merely repeated after the headline (each with its author or date) are not taken as comments: on
 * Readability's pages such runs are as often teasers whose author Readability reports. Stateless
 * and thread safe.
 */
final class CommentSections {

  private static final Pattern COMMENT_TYPE =
      Pattern.compile("(^|[/#\\s])(Comment|UserComments|Review)(\\s|$)");
  private static final Pattern COMMENT_HINT =
      Pattern.compile("comment|repl(y|ies)|respond|discuss", Pattern.CASE_INSENSITIVE);

  private CommentSections() {}

  /**
   * @param element an element of the page, such as one marked as an author
   * @return whether it is inside a comment, reply or review
   */
  static boolean isInside(Element element) {
    for (Element e = element; e != null; e = e.parent()) {
      if (COMMENT_TYPE.matcher(e.attr("itemtype")).find()
          || COMMENT_HINT.matcher(e.className() + " " + e.id()).find()
          || PostHeaders.writerOf(e) != null) {
        return true;
      }
    }
    return false;
  }
}
