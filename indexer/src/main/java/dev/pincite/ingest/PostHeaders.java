package dev.pincite.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the header naming each post's writer on a saved page of posts (a forum thread, a comment
 * list): an element marked as an author ({@code itemprop=author}, or a class or id with a word such
 * as "author", "username" or "poster") that opens a post, where the post is one of two or more
 * siblings of the same tag and class, each opened so. Read from structure, as Readability reads
 * bylines: the site's name, the writers' names and the posts' words play no part. The header's user
 * details ("Joined 2019 · 2,314 posts") are dropped with it, and its writer's name, the text of the
 * link or name element inside it, becomes a {@link Block.Kind#POST_HEADER} over the post.
 * Stateless.
 */
final class PostHeaders {

  /** A class or id word marking who wrote something ("post-author", "username", "poster"). */
  private static final Pattern AUTHOR_MARK =
      Pattern.compile(
          "(?:^|[\\s_-])(?:author|username|user-name|poster|postername|nickname)(?:$|[\\s_-])",
          Pattern.CASE_INSENSITIVE);

  /** A class or id word marking the name inside an author header ("username", "name"). */
  private static final Pattern NAME_MARK =
      Pattern.compile(
          "(?:^|[\\s_-])(?:username|user-name|name|nick|nickname|fn)(?:$|[\\s_-])",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern LETTER = Pattern.compile("\\p{L}");

  /** The longest writer's name taken: a header longer than this holds more than a name. */
  private static final int MAX_NAME_CHARS = 60;

  /** The fewest posts that make a page of posts. */
  private static final int MIN_POSTS = 2;

  private PostHeaders() {}

  /**
   * The attribute {@link #mark} sets on each post header, holding its writer's name: a post's
   * writer is no byline of the page's, and {@link BlockWriter} makes the header a {@link
   * Block.Kind#POST_HEADER}.
   */
  static final String WRITER_ATTRIBUTE = "data-pincite-post-writer";

  /**
   * Marks the post headers of a page with {@link #WRITER_ATTRIBUTE}, when it has two posts or more
   * opened by one.
   *
   * @param page the page, or any element of it
   */
  static void mark(Element page) {
    of(page).forEach((header, writer) -> header.attr(WRITER_ATTRIBUTE, writer));
  }

  /** The writer a marked post header names; null for any other element. */
  static String writerOf(Element element) {
    String writer = element.attr(WRITER_ATTRIBUTE);
    return writer.isEmpty() ? null : writer;
  }

  /**
   * @param article the article element
   * @return each post header element with its writer's name, in no order; empty unless the page has
   *     two posts or more opened by such a header
   */
  private static Map<Element, String> of(Element article) {
    List<Element> marked = new ArrayList<>();
    for (Element e : article.getAllElements()) {
      if (e != article && isAuthorMark(e) && !insideAny(e, marked)) {
        marked.add(e);
      }
    }
    // every element holding a marked one, so that a sibling is checked at once
    Set<Element> holders = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element header : marked) {
      for (Element a = header.parent(); a != null && holders.add(a); a = a.parent()) {
        // an ancestor seen before has its own ancestors in the set already
      }
    }
    Map<Element, String> headers = new IdentityHashMap<>();
    for (Element header : marked) {
      String name = nameIn(header);
      Element post = postOf(header, article, holders);
      if (name != null && post != null && opens(header, post)) {
        headers.put(header, name);
      }
    }
    return headers.size() >= MIN_POSTS ? headers : Map.of();
  }

  private static boolean isAuthorMark(Element e) {
    return e.attr("itemprop").equalsIgnoreCase("author")
        || AUTHOR_MARK.matcher(e.className() + " " + e.id()).find();
  }

  /**
   * The writer's name a header gives: the text of an element marked as a name (hCard's {@code fn}
   * included), else of its first link, else its own; null when that has no letter or is longer than
   * a name.
   */
  private static String nameIn(Element header) {
    Element named = null;
    for (Element e : header.getAllElements()) {
      if (e != header && NAME_MARK.matcher(e.className() + " " + e.id()).find()) {
        named = e;
        break;
      }
    }
    if (named == null) {
      named = header.selectFirst("a");
    }
    String name = (named != null ? named : header).text().strip();
    // a header's first link may be the post's time ("20.07.2015 // 14:46"): no name
    return name.length() > MAX_NAME_CHARS || !LETTER.matcher(name).find() ? null : name;
  }

  /**
   * The post a header opens: its nearest ancestor below the article that has a sibling of the same
   * tag and class holding another marked header; null when there is none.
   */
  private static Element postOf(Element header, Element article, Set<Element> holders) {
    for (Element post = header.parent(); post != null && post != article; post = post.parent()) {
      Element parent = post.parent();
      if (parent == null) {
        return null;
      }
      for (Element sibling : parent.children()) {
        if (sibling != post
            && sibling.normalName().equals(post.normalName())
            && sibling.className().equals(post.className())
            && holders.contains(sibling)) {
          return post;
        }
      }
    }
    return null;
  }

  /**
   * Whether an element is inside one of the marked ones; elements come in document order, so only
   * the last marked can hold it.
   */
  private static boolean insideAny(Element e, List<Element> marked) {
    if (marked.isEmpty()) {
      return false;
    }
    Element last = marked.getLast();
    for (Element a = e.parent(); a != null; a = a.parent()) {
      if (a == last) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the header opens its post: no text stands before it, and text follows it (a post, not a
   * name alone).
   */
  private static boolean opens(Element header, Element post) {
    StringBuilder before = new StringBuilder();
    if (!textBefore(post, header, before) || !before.toString().isBlank()) {
      return false;
    }
    return post.text().length() > header.text().length();
  }

  /** Appends the text before {@code target} in document order; false when it is not inside. */
  private static boolean textBefore(Element element, Element target, StringBuilder out) {
    for (Node child : element.childNodes()) {
      if (child == target) {
        return true;
      }
      if (child instanceof TextNode t) {
        out.append(t.getWholeText());
      } else if (child instanceof Element e) {
        if (textBefore(e, target, out)) {
          return true;
        }
      }
    }
    return false;
  }
}
