package dev.pincite.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The headline a page shows its reader: the {@code <h1>} whose words the title it declares (Open
 * Graph, JSON-LD, {@code <title>}) also has. The declared titles often carry the site's name, a
 * section or a shorter wording for search engines and social cards; the {@code <h1>} shows the
 * article's own. An {@code <h1>} that is the site's name (equal to it, or a link to the home page,
 * as logos are) is never the headline. Structure only: no word of any language is named here.
 * Stateless and thread safe.
 */
final class Headline {

  /** A headline longer than this is a block of text set in an {@code <h1>}, not a title. */
  private static final int MAX_CHARS = 300;

  /** The share of the headline's text whose words a declared title must have to agree. */
  private static final double AGREEMENT = 0.8;

  // a web.archive.org snapshot's prefix before the archived address
  private static final Pattern ARCHIVE_PREFIX =
      Pattern.compile("^(https?:)?//web\\.archive\\.org/web/\\d+[a-z_]*/");
  private static final Pattern HOME =
      Pattern.compile("^((https?:)?//[^/?#]+)?/?(index\\.[a-z]+)?([?#].*)?$");

  private static final Pattern SEPARATOR = Pattern.compile("^[|\\-–—:·»/]\\s");

  private Headline() {}

  /**
   * @param doc the page
   * @param site the site's name, or null
   * @param declared the titles the page declares (any may be null), the {@code <title>} among them
   * @return the headline's text, or null when no {@code <h1>} agrees with a declared title
   */
  static String find(Document doc, String site, List<String> declared) {
    Element best = null;
    double bestScore = 0;
    List<Element> nonEmpty = new ArrayList<>();
    for (Element h1 : doc.select("h1")) {
      String text = Whitespace.normalise(h1.text());
      if (text.isEmpty()) {
        continue;
      }
      nonEmpty.add(h1);
      if (!isCandidate(h1, text, site)) {
        continue;
      }
      for (String title : declared) {
        if (title == null || title.isBlank()) {
          continue;
        }
        // the headline's words are in the title, and the more of the title it covers the better
        double score =
            MetadataExtractor.similarity(title, text)
                + MetadataExtractor.similarity(text, title) / 2;
        if (MetadataExtractor.similarity(title, text) >= AGREEMENT && score > bestScore) {
          best = h1;
          bestScore = score;
        }
      }
    }
    if (best != null) {
      return withoutKicker(best, declared);
    }
    if (nonEmpty.size() != 1) {
      return null;
    }
    // a page's one heading of the first rank is its headline, whatever its tags say
    Element only = nonEmpty.getFirst();
    String text = Whitespace.normalise(only.text());
    return isCandidate(only, text, site) ? withoutKicker(only, declared) : null;
  }

  /**
   * The headline without a kicker set in an element of its own ({@code <h1><span>Rubric</span>
   * Title</h1>}, a date line above the words, a hidden " | Site" after them): when a declared title
   * has the rest of the headline and not the kicker, the rest is the title. Otherwise the
   * headline's whole text.
   */
  private static String withoutKicker(Element h1, List<String> declared) {
    String whole = Whitespace.normalise(h1.text());
    for (Element kicker : h1.children()) {
      String kickerText = Whitespace.normalise(kicker.text());
      // a kicker opens the headline, or follows it after a separator ("| Site"); a word set in
      // bold or code at its end is part of it
      boolean opens = whole.startsWith(kickerText);
      boolean separatedSuffix = whole.endsWith(kickerText) && SEPARATOR.matcher(kickerText).find();
      if (kickerText.isEmpty()
          || kickerText.length() >= whole.length()
          || !(opens || separatedSuffix)) {
        continue;
      }
      Element rest = h1.clone();
      rest.child(kicker.elementSiblingIndex()).remove();
      String restText = ShownText.of(rest);
      if (restText.isEmpty()) {
        continue;
      }
      for (String title : declared) {
        if (title != null
            && Whitespace.normalise(title).contains(restText)
            && !title.contains(kickerText)
            && !title.equals(whole)) {
          return restText;
        }
      }
    }
    return whole;
  }

  private static boolean isCandidate(Element h1, String text, String site) {
    if (text.isEmpty() || text.length() > MAX_CHARS || !text.matches(".*[\\p{L}\\p{N}].*")) {
      return false;
    }
    if (site != null && text.equalsIgnoreCase(site)) {
      return false;
    }
    return !isHomeLink(h1, text);
  }

  /** An {@code <h1>} whose text is a link to the site's home page: the site's logo or name. */
  private static boolean isHomeLink(Element h1, String text) {
    for (Element link : h1.select("a[href]")) {
      String href = ARCHIVE_PREFIX.matcher(link.attr("href").strip()).replaceFirst("");
      if (HOME.matcher(href).matches() && Whitespace.normalise(link.text()).equals(text)) {
        return true;
      }
    }
    Element parent = h1.parent();
    return parent != null
        && parent.nameIs("a")
        && HOME.matcher(ARCHIVE_PREFIX.matcher(parent.attr("href").strip()).replaceFirst(""))
            .matches();
  }
}
