package dev.pincite.ingest;

import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * The measures of an element's text that article extraction judges by, as Readability takes them:
 * its length, its commas (of every script), the share of it inside links or inside given elements,
 * and whether a heading repeats a title. Stateless.
 */
final class ElementText {

  /** Commas of Latin, Arabic, Chinese and other scripts. */
  private static final String COMMAS = ",\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C";

  private ElementText() {}

  /** jsoup's text is already whitespace-normalised; lengths need nothing more. */
  static String innerText(Element element) {
    return element.text();
  }

  static int textLength(Element element) {
    return innerText(element).length();
  }

  /**
   * The share of the text inside links; a link within the page counts 0.3 (often a heading's
   * anchor).
   */
  static double linkDensity(Element element) {
    int total = innerText(element).length();
    if (total == 0) {
      return 0;
    }
    double links = 0;
    for (Element a : element.select("a")) {
      String href = a.attr("href");
      double coefficient = href.length() > 1 && href.startsWith("#") ? 0.3 : 1;
      links += innerText(a).length() * coefficient;
    }
    return links / total;
  }

  /** The share of the text inside the elements the selector picks. */
  static double textDensity(Element node, String selector) {
    int total = innerText(node).length();
    if (total == 0) {
      return 0;
    }
    int inside = 0;
    for (Element child : node.select(selector)) {
      inside += innerText(child).length();
    }
    return inside / (double) total;
  }

  /** Commas count clauses: a container of running prose has many. */
  static int countCommas(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (COMMAS.indexOf(text.charAt(i)) >= 0) {
        n++;
      }
    }
    return n;
  }

  /** Whether a heading is the page title again (up to punctuation and case). */
  static boolean similar(String a, String b) {
    String x = a.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    String y = b.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    if (x.isEmpty() || y.isEmpty()) {
      return false;
    }
    if (x.equals(y)) {
      return true;
    }
    int shorter = Math.min(x.length(), y.length());
    int longer = Math.max(x.length(), y.length());
    return (x.contains(y) || y.contains(x)) && shorter >= longer * 0.75;
  }
}
