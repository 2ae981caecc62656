package dev.pincite.ingest;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * An element's text with a space where one element ends and the next begins: {@code
 * <span>By</span><span>Jane Doe</span>} reads "By Jane Doe", where jsoup's {@link Element#text()}
 * gives "ByJane Doe". Pages set such parts apart with styles (margins, icons, separators drawn in
 * CSS) that the markup does not show. Text running on from an element into plain text ({@code
 * <b>W</b>ord}) stays joined. Stateless and thread safe.
 */
final class ShownText {

  private ShownText() {}

  /**
   * @param element an element, such as a byline
   * @return its text, whitespace normalised, with the parts of adjacent elements set apart
   */
  static String of(Element element) {
    StringBuilder out = new StringBuilder();
    element.traverse(
        new NodeVisitor() {
          private boolean afterElement;

          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
              out.append(text.getWholeText());
              afterElement = false;
            } else if (node instanceof Element e && node != element) {
              if (afterElement || e.isBlock() || e.nameIs("br")) {
                out.append(' ');
              }
              afterElement = false;
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e && node != element) {
              afterElement = true;
              if (e.isBlock()) {
                out.append(' ');
              }
            }
          }
        });
    return Whitespace.normalise(out.toString());
  }
}
