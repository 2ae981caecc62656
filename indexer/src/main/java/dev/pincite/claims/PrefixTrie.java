package dev.pincite.claims;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Literal openings of expressions as a trie of characters, for {@link AlternationIndex}: walking a
 * text's characters from a place, either an {@linkplain #open(int) open} node is reached (some
 * expression's opening is there in full: it may match) or a character no opening continues with
 * (none can match there). Nodes are numbered from the root, 0; a child is -1 when absent. Immutable
 * and thread safe.
 */
final class PrefixTrie {

  // Nodes numbered breadth first, the root 0; node n's children are the edges first[n] to
  // first[n + 1] - 1 (their characters in edgeChar, their nodes in edgeChild). All in a few flat
  // arrays: this runs at nearly every place of every sentence, and a node's own small arrays,
  // scattered over the heap, cost a cache miss each.
  private final boolean[] open;
  private final int[] first;
  private final char[] edgeChar;
  private final int[] edgeChild;
  // For the nodes with many children (the root has every first letter), their children by ASCII
  // character from tableStart[n] in tables; -1 for the others, searched edge by edge.
  private final int[] tableStart;
  private final int[] tables;

  /** Above this many children a node's ASCII ones are also held in a table. */
  private static final int FEW_CHILDREN = 4;

  private PrefixTrie(boolean[] open, int[] first, char[] edgeChar, int[] edgeChild) {
    this.open = open;
    this.first = first;
    this.edgeChar = edgeChar;
    this.edgeChild = edgeChild;
    int nodes = open.length;
    this.tableStart = new int[nodes];
    int many = 0;
    for (int node = 0; node < nodes; node++) {
      many += first[node + 1] - first[node] > FEW_CHILDREN ? 1 : 0;
    }
    this.tables = new int[many * 128];
    Arrays.fill(tables, -1);
    int next = 0;
    for (int node = 0; node < nodes; node++) {
      tableStart[node] = -1;
      if (first[node + 1] - first[node] > FEW_CHILDREN) {
        tableStart[node] = next;
        for (int e = first[node]; e < first[node + 1]; e++) {
          if (edgeChar[e] < 128) {
            tables[next + edgeChar[e]] = edgeChild[e];
          }
        }
        next += 128;
      }
    }
  }

  /** Whether an opening ends at this node: what follows it cannot be told, so it may match. */
  boolean open(int node) {
    return open[node];
  }

  /** The node reached from this one by the (folded) character, or -1 when no opening goes on so. */
  int child(int node, char c) {
    int table = tableStart[node];
    if (table >= 0 && c < 128) {
      return tables[table + c];
    }
    for (int e = first[node], end = first[node + 1]; e < end; e++) {
      if (edgeChar[e] == c) {
        return edgeChild[e];
      }
    }
    return -1;
  }

  /** Collects openings; an empty opening makes the root open (anything may match anywhere). */
  static final class Builder {
    private final List<TreeMap<Character, Integer>> next = new ArrayList<>();
    private final List<Boolean> ends = new ArrayList<>();

    Builder() {
      newNode();
    }

    private int newNode() {
      next.add(new TreeMap<>());
      ends.add(false);
      return next.size() - 1;
    }

    /** Adds openings. */
    void addAll(Set<String> openings) {
      for (String opening : openings) {
        int node = 0;
        for (int i = 0; i < opening.length() && !ends.get(node); i++) {
          Integer child = next.get(node).get(opening.charAt(i));
          if (child == null) {
            child = newNode();
            next.get(node).put(opening.charAt(i), child);
          }
          node = child;
        }
        ends.set(node, true);
      }
    }

    PrefixTrie build() {
      // Breadth first from the root; below an open node nothing is read (the walk stops there).
      List<Integer> order = new ArrayList<>(List.of(0));
      int[] number = new int[next.size()];
      for (int i = 0; i < order.size(); i++) {
        int node = order.get(i);
        number[node] = i;
        if (!ends.get(node)) {
          order.addAll(next.get(node).values());
        }
      }
      int nodes = order.size();
      boolean[] open = new boolean[nodes];
      int[] first = new int[nodes + 1];
      List<Character> chars = new ArrayList<>();
      List<Integer> children = new ArrayList<>();
      for (int i = 0; i < nodes; i++) {
        int node = order.get(i);
        open[i] = ends.get(node);
        first[i] = chars.size();
        if (!open[i]) {
          for (var edge : next.get(node).entrySet()) {
            chars.add(edge.getKey());
            children.add(number[edge.getValue()]);
          }
        }
      }
      first[nodes] = chars.size();
      char[] edgeChar = new char[chars.size()];
      int[] edgeChild = new int[chars.size()];
      for (int e = 0; e < edgeChar.length; e++) {
        edgeChar[e] = chars.get(e);
        edgeChild[e] = children.get(e);
      }
      return new PrefixTrie(open, first, edgeChar, edgeChild);
    }
  }
}
