package dev.pincite.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The bylines a page shows, as opposed to those its tags give: an element marked or classed as the
 * author or byline, a "By Jane Doe" line, links to authors' pages, the reply a post's author signs.
 * Each reads outside comments, captions and page furniture ({@link PageFurniture}) and returns
 * names cleaned by {@link BylineNames#person}, or null. Stateless and thread safe.
 */
final class ShownBylines {

  /**
   * The first visible byline outside comments and page furniture: an element marked {@code
   * rel=author}, {@code itemprop=author} or with a byline-like class or id, with short text.
   *
   * @param doc the page
   * @param rules the byline and furniture cues
   * @param site the site's name, or null
   * @return the names, or null
   */
  static String visibleByline(Document doc, BoilerplateRules rules, String site) {
    for (Element element : doc.body() == null ? List.<Element>of() : doc.body().select("*")) {
      FileTimeLimit.checkpoint();
      String hint = element.className() + " " + element.id();
      boolean explicit = isMarkedAuthor(element);
      if (!(explicit || rules.isByline(hint))
          || isDateline(element)
          || (element.text().length() >= 100 && microdataName(element) == null)
          || isPictureCredit(element, rules)
          || (PageFurniture.awayFromArticle(element, rules) && !isArticleItemAuthor(element))) {
        continue;
      }
      // an element marked as the author may name the site: an organisation writes the page
      String person = BylineNames.person(bylineText(element), explicit ? null : site);
      if (person != null) {
        return person;
      }
    }
    return null;
  }

  private static final Pattern DATELINE_ONLY = Pattern.compile("(?i)dateline");
  private static final Pattern AUTHOR_HINT = Pattern.compile("(?i)author|byline|writ");

  /**
   * Whether an element is classed as a dateline and not as a byline or author: a dateline names the
   * place a report was filed from ("KOBE –"), not who wrote it.
   */
  static boolean isDateline(Element element) {
    String hint = element.className() + " " + element.id();
    return DATELINE_ONLY.matcher(hint).find()
        && !AUTHOR_HINT.matcher(hint.replaceAll("(?i)dateline", "")).find()
        && !isMarkedAuthor(element);
  }

  /**
   * The text of an element marked as a byline: all of it, unless that does not read as names and
   * the element holds a heading: an author box titled with the author's name, above links such as
   * "All posts by …" and a contact line, is its heading.
   *
   * @param element an element marked as a byline
   * @return its text as shown
   */
  static String bylineText(Element element) {
    // the microdata author of the element or of one inside it: a byline box that also holds the
    // publisher's name or logo ("Partner News Jane Doe") declares which of its words are the name
    for (Element author : element.select("[itemprop]")) {
      String declared = microdataName(author);
      if (declared != null) {
        return declared;
      }
    }
    String all = ShownText.of(element);
    String names = BylineNames.person(all, null);
    if (names != null && BylineCues.STANDARD.isNames(names)) {
      return all;
    }
    Element heading = element.selectFirst("h1, h2, h3, h4, h5, h6");
    String title = heading == null ? "" : ShownText.of(heading);
    return title.isEmpty() ? all : title;
  }

  /**
   * The name a microdata author declares: an element marked {@code itemprop=author} holds the
   * author's item, whose {@code name} property is the name alone, without the "By" before it, the
   * role after it or the biography around it (an author box marked up as a Person).
   *
   * @param element an element
   * @return the name as shown (or as a {@code <meta>} declares it), or null
   */
  static String microdataName(Element element) {
    if (!hasWord(element.attr("itemprop"), "author")) {
      return null;
    }
    for (Element name : element.select("[itemprop]")) {
      // the name of the author's item, not of an item inside it (an employer, an address)
      if (hasWord(name.attr("itemprop"), "name") && itemOf(name, element) == element) {
        String text = name.hasAttr("content") ? name.attr("content") : ShownText.of(name);
        return Whitespace.orNull(Whitespace.normalise(text));
      }
    }
    return null;
  }

  /**
   * The element whose item a property belongs to: the nearest {@code itemscope} above it, or the
   * author's element (pages often leave its {@code itemscope} out).
   */
  private static Element itemOf(Element property, Element author) {
    for (Element e = property.parent(); e != null; e = e.parent()) {
      if (e == author || e.hasAttr("itemscope")) {
        return e;
      }
    }
    return null;
  }

  private static boolean hasWord(String words, String word) {
    for (String w : words.strip().split("\\s+")) {
      if (w.equalsIgnoreCase(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an element names the author of a picture rather than of the article: it sits in a
   * {@code <figure>} or its caption, or its class marks a caption or credit as well
   * ("field-image-author").
   *
   * @param element an element marked as a byline
   * @param rules the caption cues
   * @return whether it is a picture's credit
   */
  static boolean isPictureCredit(Element element, BoilerplateRules rules) {
    return rules.isCaption(element.className() + " " + element.id())
        || element.closest("figure, figcaption") != null;
  }

  /**
   * Whether a standard marks an element as the author: {@code rel=author}, the microdata property
   * {@code itemprop=author}, or the hAtom author's hCard ({@code class="author vcard"}).
   */
  private static boolean isMarkedAuthor(Element element) {
    return element.attr("rel").equals("author")
        || element.attr("itemprop").contains("author")
        || (element.hasClass("vcard") && element.hasClass("author"));
  }

  /**
   * Whether an element is the author property of an article's microdata ({@code itemprop=author}
   * inside an {@code itemscope} typed as an article): declared, wherever the page's layout puts it
   * (a blog's post footer), unlike a comment's author, whose item is a Comment.
   */
  private static boolean isArticleItemAuthor(Element element) {
    if (!element.attr("itemprop").contains("author")) {
      return false;
    }
    for (Element e = element.parent(); e != null; e = e.parent()) {
      if (e.hasAttr("itemscope")) {
        String type = e.attr("itemtype").strip();
        return JsonLdNodes.isArticleTypeName(type.substring(type.lastIndexOf('/') + 1));
      }
    }
    return false;
  }

  /**
   * The first short line outside comments and page furniture that reads "By Jane Doe" or "Written
   * by Jane Doe on 9 May 2024": the visible byline of a page that marks it with no class or
   * attribute.
   *
   * @param doc the page
   * @param rules the furniture cues
   * @param site the site's name, or null
   * @return the names, or null
   */
  static String bylineLine(Document doc, BoilerplateRules rules, String site) {
    if (doc.body() == null) {
      return null;
    }
    // the by-word opens a text node; the line is the text of that node's element. An element is
    // looked at once: a page of 100,000 short lines in one <div> would otherwise read the div's
    // whole text once per line (quadratic; PathologicalPagesTest).
    Set<Element> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (TextNode node : doc.body().nodeStream(TextNode.class).toList()) {
      FileTimeLimit.checkpoint();
      // "— By Jane Doe": a dash may set the line off
      String own = BylineNames.LEADING_SEPARATORS.matcher(node.text()).replaceFirst("");
      // "Veröffentlicht am 3. Mai 2020 von Jane Doe", "Publié le 3 mai par …": a line that dates
      // the page and then names who wrote it
      boolean dated = BylineCues.STANDARD.dated().matcher(own).lookingAt();
      if (own.length() > 40 || !(dated || BylineCues.STANDARD.startsWithLeadIn(own))) {
        continue;
      }
      Element element = node.parent() instanceof Element e ? e : null;
      // "<span>By</span><span><a>Jane Doe</a></span>": a by-word alone in its element, the names
      // in the element beside it; the line is their container's
      // (the text node is its element's only child: an element's whole text is not read once per
      // node, which is quadratic on a page of 100,000 lines in one <div>)
      if (element != null
          && element.parent() != null
          && element.childNodeSize() == 1
          && BylineCues.STANDARD.isLeadInOnly(own)) {
        element = element.parent();
      }
      if (element != null && !seen.add(element)) {
        continue;
      }
      String text =
          element == null
              ? ""
              : BylineNames.LEADING_SEPARATORS.matcher(ShownText.of(element)).replaceFirst("");
      if (dated && !BylineCues.STANDARD.startsWithLeadIn(own)) {
        text = afterLastByWord(text);
      }
      if (text.length() >= 100
          || !BylineCues.STANDARD.opensByline(text)
          || PageFurniture.awayFromArticle(element, rules)) {
        continue;
      }
      String person = BylineNames.person(text, site);
      if (person != null && BylineCues.STANDARD.isNames(person)) {
        return person;
      }
    }
    return null;
  }

  /**
   * A dated line from its last by-word on ("von Jane Doe" of "Veröffentlicht am 3. Mai 2020 von
   * Jane Doe"), or "" when no by-word is followed by a capital.
   */
  private static String afterLastByWord(String line) {
    Matcher by = BylineCues.STANDARD.linePart().matcher(line);
    int start = -1;
    while (by.find()) {
      if (by.end() < line.length() && Character.isUpperCase(line.codePointAt(by.end()))) {
        start = by.start();
      }
    }
    return start < 0 ? "" : line.substring(start).strip();
  }

  /**
   * The names on the first link to an author's page ({@link BylineCues#isAuthorPage}: "/author/
   * jane-doe/") outside comments and page furniture: the byline of a page that marks it with
   * neither a class nor an attribute nor a by-word, only by where its name links to.
   *
   * @param doc the page
   * @param rules the furniture cues
   * @param site the site's name, or null
   * @return the names, or null
   */
  static String authorPageLink(Document doc, BoilerplateRules rules, String site) {
    List<String> names = authorPageLinks(doc, rules, site, 1);
    return names.isEmpty() ? null : names.get(0);
  }

  /**
   * The names on the links to authors' pages, as {@link #authorPageLink} reads them, in the order
   * of the page.
   *
   * @param doc the page
   * @param rules the furniture cues
   * @param site the site's name, or null
   * @param max how many names to read at most
   * @return the names
   */
  static List<String> authorPageLinks(Document doc, BoilerplateRules rules, String site, int max) {
    List<String> found = new ArrayList<>();
    if (doc.body() == null) {
      return found;
    }
    for (Element link : doc.body().select("a[href]")) {
      FileTimeLimit.checkpoint();
      if (!BylineCues.STANDARD.isAuthorPage(link.attr("href"))
          || PageFurniture.awayFromArticle(link, rules)
          || isPictureCredit(link, rules)) {
        continue;
      }
      String names = BylineNames.person(ShownText.of(link), site);
      if (names != null && BylineCues.STANDARD.isNames(names)) {
        found.add(names);
        if (found.size() >= max) {
          break;
        }
      }
    }
    return found;
  }

  /**
   * The name on a reply that the page marks as written by the post's own author (WordPress's {@code
   * bypostauthor} class on the comment): the author of a post that shows no byline, whose name
   * appears only where they answer their readers.
   *
   * @param doc the page
   * @return the name, or null
   */
  static String postAuthorsReply(Document doc) {
    Element reply = doc.body() == null ? null : doc.body().selectFirst(".bypostauthor");
    if (reply == null) {
      return null;
    }
    // the hCard's name first: WordPress's comment-author block also holds the avatar and the text
    for (String query : List.of(".fn", "[itemprop=author]", ".comment-author")) {
      Element name = reply.selectFirst(query);
      if (name != null) {
        return BylineNames.person(ShownText.of(name), null);
      }
    }
    return null;
  }

  /**
   * The author an "about the author" box introduces: an element classed or named as the author's
   * ({@code author-box}, {@code about-author}; {@link BoilerplateRules#isByline}) whose first
   * paragraph opens with a person's name and goes on about them ("Corinne Whitlock-Ames spent
   * fourteen years running clubs ..."). Such a box may stand after the article, among its
   * furniture; not in its comments.
   *
   * @param doc the page
   * @param rules the byline cues
   * @param site the site's name, or null
   * @return the name, or null
   */
  static String authorBox(Document doc, BoilerplateRules rules, String site) {
    for (Element box :
        doc.body() == null ? List.<Element>of() : doc.body().select("[class], [id]")) {
      if (!rules.isByline(box.className() + " " + box.id()) || CommentSections.isInside(box)) {
        continue;
      }
      Element first = box.selectFirst("p");
      Matcher bio = first == null ? null : BIO.matcher(ShownText.of(first));
      String person =
          bio != null && bio.lookingAt() ? BylineNames.person(bio.group(1), site) : null;
      if (person != null) {
        return person;
      }
    }
    return null;
  }

  // A biography's opening: a person's name, then a word in lower case ("Jane Doe is ...").
  private static final Pattern BIO = Pattern.compile("^(" + NameForms.FULL_NAME + ")\\s+\\p{Ll}");

  /**
   * The author a paper's cover sheet names: a table row whose label is an author's ("Report
   * author", "Author") or a byline's lead-in ("Prepared by", {@code bylines.txt}), its value the
   * person ("Imelda Sorensen-Tait, Head of Pensions Investment"). Outside comments and furniture.
   *
   * @param doc the page
   * @param rules the furniture cues
   * @param site the site's name, or null
   * @return the name, or null
   */
  static String coverSheetAuthor(Document doc, BoilerplateRules rules, String site) {
    for (Element row : doc.body() == null ? List.<Element>of() : doc.body().select("tr")) {
      if (row.childrenSize() != 2 || PageFurniture.awayFromArticle(row, rules)) {
        continue;
      }
      String label = ShownText.of(row.child(0)).strip();
      boolean authors =
          AUTHOR_LABEL.matcher(label).find()
              || BylineCues.STANDARD.isLeadInOnly(label.replaceAll(":$", ""));
      String value = ShownText.of(row.child(1));
      // "Imelda Sorensen-Tait, Head of Pensions Investment": the name before its parts
      String named = Signatures.undashedSigner(value);
      String person = authors ? BylineNames.person(named != null ? named : value, site) : null;
      if (person != null && BylineCues.STANDARD.isNames(person)) {
        return person;
      }
    }
    return null;
  }

  /**
   * The first analyst a research note's list of its analysts names: a heading "Analysts" (or
   * "Authors", "Research analyst") over a list whose items are a name and its contact details
   * ("Tobias Wrenfield · Transport & Infrastructure · +44 20 7946 0112 · t.w@example.com"), or over
   * a table whose rows are (name, role, address), the first named first, as plain-text notes print
   * it ({@link ClosingLines}). Outside comments.
   *
   * @param doc the page
   * @param rules the furniture cues
   * @param site the site's name, or null
   * @return the name, or null
   */
  static String analystList(Document doc, BoilerplateRules rules, String site) {
    for (Element heading :
        doc.body() == null ? List.<Element>of() : doc.body().select("h2, h3, h4, h5, h6")) {
      // a note's list of its analysts often stands in a "contacts" box below it: only comments
      // are ruled out
      if (!ANALYSTS_LABEL.matcher(ShownText.of(heading).strip()).matches()
          || CommentSections.isInside(heading)) {
        continue;
      }
      Element list = heading.nextElementSibling();
      Element item = list == null ? null : firstItem(list);
      if (item == null || !CONTACT_DETAIL.matcher(ShownText.of(item)).find()) {
        continue;
      }
      String first =
          item.is("tr")
              ? ShownText.of(item.child(0)).strip()
              : LIST_PARTS.split(ShownText.of(item).strip(), 2)[0];
      String named = Signatures.undashedSigner(first);
      String person = BylineNames.person(named != null ? named : first, site);
      if (person != null && BylineCues.STANDARD.isNames(person)) {
        return person;
      }
    }
    return null;
  }

  /**
   * The person whose contact details an {@code <address>} element gives, its first line their name
   * ("Halina Vosberg", then a role, a firm, an e-mail address): HTML's element for the contact
   * details of the article's or the page's author. A postal address or a firm's name is no person.
   * Outside comments and the page's footer (where a site puts its own address).
   *
   * @param doc the page
   * @param site the site's name, or null
   * @return the name, or null
   */
  static String addressAuthor(Document doc, String site) {
    for (Element address : doc.body() == null ? List.<Element>of() : doc.body().select("address")) {
      if (CommentSections.isInside(address) || address.closest("footer") != null) {
        continue;
      }
      String first = firstLine(address);
      if (!NameForms.FULL_NAME_ALONE.matcher(first).matches()
          || BylineCues.STANDARD.endsInIssuer(first)) {
        continue;
      }
      String person = BylineNames.person(first, site);
      if (person != null && BylineCues.STANDARD.isNames(person)) {
        return person;
      }
    }
    return null;
  }

  /**
   * The author a labelled credit names where the page's byline names nobody: a heading that is a
   * byline's lead-in alone ("Written by", {@code bylines.txt}) over a person's name, or a short
   * paragraph opening with a lead-in and a colon ("Primary analyst: Imelda Farquhar, Senior
   * Director, +44 ...") or "Issued by" and a name ("Issued by Rosalind Achterberg, General
   * Secretary"). Outside comments.
   *
   * @param doc the page
   * @param site the site's name, or null
   * @return the name, or null
   */
  static String labelledCredit(Document doc, String site) {
    if (doc.body() == null) {
      return null;
    }
    for (Element heading : doc.body().select("h2, h3, h4, h5, h6")) {
      Element next = heading.nextElementSibling();
      // over a paragraph naming one person; a list of names may be anyone's (a reading list)
      if (next == null
          || !next.is("p, div, span")
          || CommentSections.isInside(heading)
          || !BylineCues.STANDARD.isLeadInOnly(ShownText.of(heading).replaceAll(":$", ""))) {
        continue;
      }
      String first = firstLine(next);
      if (NameForms.FULL_NAME_ALONE.matcher(first).matches()
          && !BylineCues.STANDARD.endsInIssuer(first)) {
        String person = BylineNames.person(first, site);
        if (person != null) {
          return person;
        }
      }
    }
    for (Element line : doc.body().select("p, li, dd")) {
      String text = ShownText.of(line).strip();
      Matcher labelled = LABELLED_CREDIT.matcher(text);
      if (text.length() > MAX_LABELLED_CREDIT
          || !labelled.lookingAt()
          || CommentSections.isInside(line)
          || !(labelled.group().endsWith(":")
              ? BylineCues.STANDARD.opensByline(text)
              : Character.isUpperCase(text.codePointAt(labelled.end() + 1)))) {
        continue;
      }
      String named = Signatures.undashedSigner(text.substring(labelled.end()).strip());
      String person =
          BylineNames.person(named != null ? named : text.substring(labelled.end()), site);
      if (person != null && BylineCues.STANDARD.isNames(person)) {
        return person;
      }
    }
    return null;
  }

  // A credit's label: a lead-in and a colon ("Primary analyst:"), or "Issued by".
  private static final Pattern LABELLED_CREDIT =
      Pattern.compile("^(?:\\p{L}[\\p{L} ]{1,30}:|(?i:issued by)(?=\\s+\\p{Lu}))");
  private static final int MAX_LABELLED_CREDIT = 200;

  /** An element's text up to its first line break or block. */
  private static String firstLine(Element element) {
    StringBuilder line = new StringBuilder();
    for (Node node : element.childNodes()) {
      if (node instanceof TextNode text) {
        line.append(text.getWholeText());
      } else if (node instanceof Element e) {
        if (e.nameIs("br") || e.isBlock() && !line.isEmpty() && !line.toString().isBlank()) {
          break;
        }
        line.append(e.text());
        if (e.isBlock()) {
          break;
        }
      }
    }
    return Whitespace.normalise(line.toString());
  }

  /** A list's first item, or a table's first row of cells under its header row; else null. */
  private static Element firstItem(Element list) {
    if (list.is("ul, ol")) {
      return list.selectFirst("li");
    }
    return list.is("table") ? list.selectFirst("tr:has(td)") : null;
  }

  // A list of a note's analysts under its heading: "Analysts", "Research analyst", "Authors".
  private static final Pattern ANALYSTS_LABEL =
      Pattern.compile("(?i)(?:research\\s+|lead\\s+)?(?:analysts?|authors?)(?:\\s+contacts?)?:?");
  // An e-mail address or a telephone number somewhere in a line.
  private static final Pattern CONTACT_DETAIL =
      Pattern.compile("[^\\s@]+@[^\\s@]+\\.\\p{L}|\\+?\\d[\\d ()-]{7,}\\d");
  // What parts a list item's name from its details: a middle dot, a bar, a bullet, a dash.
  private static final Pattern LIST_PARTS = Pattern.compile("\\s+[\u00b7|\u2022\u2013\u2014-]\\s+");

  // A cover sheet's label for its author: "Author", "Report author", "Lead authors".
  private static final Pattern AUTHOR_LABEL = Pattern.compile("(?i)(?<!\\p{L})authors?:?$");

  private ShownBylines() {}
}
