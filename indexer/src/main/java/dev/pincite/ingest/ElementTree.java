package dev.pincite.ingest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Walks and edits a jsoup tree the way article extraction needs: ancestors by tag within a depth,
 * and removals of many nodes at once with each parent's children rebuilt in one pass (jsoup
 * re-indexes the siblings after every single removal, so removing them one by one is quadratic:
 * issue 18). Stateless.
 */
final class ElementTree {

  private ElementTree() {}

  /** Removes nodes, each parent's children rebuilt once (see {@link #setChildren}). */
  static void removeAll(Collection<? extends Node> nodes) {
    Set<Node> gone = Collections.newSetFromMap(new IdentityHashMap<>());
    gone.addAll(nodes);
    Set<Element> parents = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Element> ordered = new ArrayList<>();
    for (Node node : nodes) {
      Element parent = node.parent() instanceof Element e ? e : null;
      if (parent != null && parents.add(parent)) {
        ordered.add(parent);
      }
    }
    for (Element parent : ordered) {
      List<Node> kept = new ArrayList<>(parent.childNodeSize());
      for (Node child : parent.childNodes()) {
        if (!gone.contains(child)) {
          kept.add(child);
        }
      }
      setChildren(parent, kept);
    }
  }

  /**
   * Sets a parent's children in one pass. jsoup re-indexes the siblings after each single removal
   * or move, so changing many children of one parent one by one is quadratic (issue 18).
   */
  static void setChildren(Element parent, List<Node> children) {
    parent.empty();
    parent.appendChildren(children);
  }

  static boolean hasAncestor(Element node, String tag, int maxDepth) {
    int depth = 0;
    for (Element parent = node.parent(); parent != null; parent = parent.parent()) {
      if (maxDepth > 0 && depth == maxDepth) {
        return false;
      }
      if (parent.nameIs(tag)) {
        return true;
      }
      depth++;
    }
    return false;
  }

  static boolean hasAncestor(Element node, Element ancestor) {
    for (Element parent = node.parent(); parent != null; parent = parent.parent()) {
      if (parent == ancestor) {
        return true;
      }
    }
    return false;
  }
}
