package dev.pincite.claims;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds what a sentence says about a company's figures: a metric paired with a direction within a
 * clause, its polarity the metric's (revenue +1, costs -1) times the direction's (rose +1, fell
 * -1). "Operating loss narrowed" is good news (-1 × -1), "net sales fell 21%" bad, "lifted its
 * revenue outlook" good; a negator up to three words before the direction flips it ("did not rise",
 * "failed to beat"); "improved" and "worsened" are good and bad whatever the metric. Two amounts
 * compared ("from EUR 5 mn to EUR 7 mn", "7 mn (5 mn)", "7 mn, compared with 5 mn") give a
 * direction too.
 *
 * <p>The vocabulary (metrics by polarity, directions, negators, clause breaks, scale and currency
 * words) is in {@code stance-cues.txt}; the grammar is here:
 *
 * <ul>
 *   <li>a sentence is split into clauses at the {@code [clause-breaks]} ("," ";" "but" "while"
 *       ...);
 *   <li>a direction pairs with the metric right after it ("raised its outlook", "higher costs", "an
 *       increase in orders", "cut 300 jobs": at most three plain words and one figure between, and
 *       no "from", "by", {@code [object-breaks]} word ("about", "for" ...) or punctuation), else
 *       with the nearest metric before it in its clause ("net sales for the quarter fell"; "revenue
 *       guidance was cut": the head, "guidance");
 *   <li>a move stated with a figure ("up 5%", "an increase of 5%", two amounts compared) in a
 *       clause without a metric pairs with the nearest metric before it in the sentence ("Net sales
 *       were EUR 9 mn, up 5%");
 *   <li>"up" and "down" ({@code [rise-figure]}, {@code [fall-figure]}) are directions only before a
 *       figure, "from" or "by", or after a form of "be" ("set up", "up to" are not moves).
 * </ul>
 *
 * A direction with no metric in its sentence is a move of the company itself when a percentage
 * follows ("Halden shed 4% by midday"), and otherwise no move: {@link StanceRules}' cue words judge
 * it. Immutable and thread safe; the lexicon is built once, and a sentence costs one tokenisation
 * and a hash lookup per token.
 */
final class FinancialMoves {

  /** What a lexicon phrase is. */
  enum Role {
    METRIC_GOOD,
    METRIC_BAD,
    RISE,
    FALL,
    RISE_FIGURE,
    FALL_FIGURE,
    BETTER,
    WORSE,
    NEGATOR,
    CLAUSE_BREAK,
    OBJECT_BREAK,
    COMPARED_WITH,
    BE,
    PERCENT,
    CURRENCY,
    THOUSAND,
    MILLION,
    BILLION
  }

  /**
   * One move found: its polarity for the company and the character ranges it is made of, which hide
   * the cue words inside them from {@link StanceRules} (a paired "fell" is not also a bearish
   * word).
   *
   * @param sign +1 good news, -1 bad news
   * @param at where the direction starts, for the clause weighting of {@link StanceRules}
   * @param spans character ranges {start, end} of the direction, the metric and any negator
   */
  record Move(int sign, int at, List<int[]> spans) {}

  /**
   * What a sentence says about figures.
   *
   * @param moves the moves, left to right
   * @param mentionsMetric true when the sentence names a metric, moved or not: it is about the
   *     finances of some company, named or not
   * @param comparisons the direction of each pair of amounts compared ("from 5 to 7" +1, "7 (9)"
   *     -1), with or without a metric: a move only where a metric is named
   */
  record Result(List<Move> moves, boolean mentionsMetric, List<Integer> comparisons) {}

  private record Phrase(String[] tokens, Role role) {}

  /** A lexicon phrase found in a sentence: tokens [from, to). */
  private record Item(Role role, int from, int to) {}

  /** A figure: tokens [from, to), its value scaled, whether a percentage, its currency or null. */
  private record Amount(int from, int to, double value, boolean percent, String currency) {}

  private static final int MAX_BETWEEN = 3;
  private static final int NEGATOR_REACH = 3;

  private final Map<String, List<Phrase>> lexicon = new HashMap<>();

  /**
   * @param cues the parsed {@code stance-cues.txt}
   * @throws IllegalStateException when a phrase is listed under two roles
   */
  FinancialMoves(CueFile cues) {
    add(cues, "metrics-good", Role.METRIC_GOOD);
    add(cues, "metrics-bad", Role.METRIC_BAD);
    add(cues, "rise", Role.RISE);
    add(cues, "fall", Role.FALL);
    add(cues, "rise-figure", Role.RISE_FIGURE);
    add(cues, "fall-figure", Role.FALL_FIGURE);
    add(cues, "better", Role.BETTER);
    add(cues, "worse", Role.WORSE);
    add(cues, "move-negators", Role.NEGATOR);
    add(cues, "clause-breaks", Role.CLAUSE_BREAK);
    add(cues, "object-breaks", Role.OBJECT_BREAK);
    add(cues, "compared-with", Role.COMPARED_WITH);
    add(cues, "be", Role.BE);
    add(cues, "percent", Role.PERCENT);
    add(cues, "currencies", Role.CURRENCY);
    add(cues, "scale-thousand", Role.THOUSAND);
    add(cues, "scale-million", Role.MILLION);
    add(cues, "scale-billion", Role.BILLION);
    for (List<Phrase> phrases : lexicon.values()) {
      phrases.sort(Comparator.comparingInt((Phrase p) -> p.tokens().length).reversed());
    }
  }

  private void add(CueFile cues, String list, Role role) {
    for (String entry : cues.list(list)) {
      Tokens t = Tokens.of(entry);
      if (t.size() == 0) {
        continue;
      }
      String[] tokens = Arrays.copyOf(t.text, t.size());
      List<Phrase> phrases = lexicon.computeIfAbsent(tokens[0], k -> new ArrayList<>());
      for (Phrase p : phrases) {
        if (Arrays.equals(p.tokens(), tokens)) {
          throw new IllegalStateException(
              "stance-cues.txt: \"" + entry + "\" is listed as " + p.role() + " and as " + role);
        }
      }
      phrases.add(new Phrase(tokens, role));
    }
  }

  /**
   * The moves of a sentence.
   *
   * @param sentence the sentence
   * @return its moves and whether it names a metric
   */
  Result find(String sentence) {
    Tokens t = Tokens.of(sentence);
    Item[] itemAt = new Item[t.size()];
    List<Item> items = items(t, itemAt);
    int[] clause = clauses(t, itemAt);
    boolean metric = false;
    for (Item i : items) {
      metric |= isMetric(i);
    }
    List<Move> moves = new ArrayList<>();
    for (Item i : items) {
      Move m =
          switch (i.role()) {
            case RISE, FALL, BETTER, WORSE -> move(t, itemAt, items, clause, i, false);
            case RISE_FIGURE, FALL_FIGURE ->
                beforeFigure(t, itemAt, i) ? move(t, itemAt, items, clause, i, true) : null;
            default -> null;
          };
      if (m == null && !metric && percentAfter(t, itemAt, i.to()) && isDirection(i)) {
        m = ownMove(t, itemAt, clause, i);
      }
      if (m != null) {
        moves.add(m);
      }
    }
    List<Integer> comparisons = comparisons(t, itemAt, items, clause, metric ? moves : null);
    moves.sort(Comparator.comparingInt(Move::at));
    return new Result(moves, metric, comparisons);
  }

  /** A percentage within three tokens: "shed 4%", "grew by 12 percent". */
  private static boolean percentAfter(Tokens t, Item[] itemAt, int from) {
    for (int k = from; k < Math.min(t.size() - 1, from + 3); k++) {
      if (t.kind[k] == Tokens.NUMBER
          && itemAt[k + 1] != null
          && itemAt[k + 1].role() == Role.PERCENT) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDirection(Item i) {
    return switch (i.role()) {
      case RISE, FALL, RISE_FIGURE, FALL_FIGURE -> true;
      default -> false;
    };
  }

  /**
   * A move stated with a figure in a sentence that names no metric ("Halden shed 4% by midday",
   * "the group grew 12%"): the company's own size or share price, which it wants higher.
   */
  private static Move ownMove(Tokens t, Item[] itemAt, int[] clause, Item dir) {
    int sign = dir.role() == Role.RISE || dir.role() == Role.RISE_FIGURE ? 1 : -1;
    List<int[]> spans = new ArrayList<>();
    spans.add(t.span(dir.from(), dir.to()));
    Item negator = negator(itemAt, clause, dir.from());
    if (negator != null) {
      spans.add(t.span(negator.from(), negator.to()));
      sign = -sign;
    }
    return new Move(sign, t.start[dir.from()], spans);
  }

  /** Greedy longest-first lexicon matching, left to right. */
  private List<Item> items(Tokens t, Item[] itemAt) {
    List<Item> items = new ArrayList<>();
    int i = 0;
    while (i < t.size()) {
      Item found = null;
      for (Phrase p : lexicon.getOrDefault(t.text[i], List.of())) {
        if (t.matches(i, p.tokens())) {
          found = new Item(p.role(), i, i + p.tokens().length);
          break;
        }
      }
      if (found == null) {
        i++;
        continue;
      }
      items.add(found);
      for (int k = found.from(); k < found.to(); k++) {
        itemAt[k] = found;
      }
      i = found.to();
    }
    return items;
  }

  private static boolean isMetric(Item i) {
    return i.role() == Role.METRIC_GOOD || i.role() == Role.METRIC_BAD;
  }

  private static int[] clauses(Tokens t, Item[] itemAt) {
    int[] clause = new int[t.size()];
    int c = 0;
    for (int k = 0; k < t.size(); k++) {
      if (itemAt[k] != null && itemAt[k].role() == Role.CLAUSE_BREAK && itemAt[k].from() == k) {
        c++;
      }
      clause[k] = c;
    }
    return clause;
  }

  /** "up 5%", "down from", "was up": "up" and "down" as moves, not "set up" or "up to". */
  private static boolean beforeFigure(Tokens t, Item[] itemAt, Item i) {
    int next = i.to();
    if (next < t.size() && (t.text[next].equals("from") || t.text[next].equals("by"))) {
      return true;
    }
    if (figureAfter(t, next)) {
      return true;
    }
    int before = i.from() - 1;
    return before >= 0 && itemAt[before] != null && itemAt[before].role() == Role.BE;
  }

  /** A number within three tokens: "rose 5%", "an increase of 12 percent", "up about 3%". */
  private static boolean figureAfter(Tokens t, int from) {
    for (int k = from; k < Math.min(t.size(), from + 3); k++) {
      if (t.kind[k] == Tokens.NUMBER) {
        return true;
      }
    }
    return false;
  }

  private Move move(
      Tokens t, Item[] itemAt, List<Item> items, int[] clause, Item dir, boolean figure) {
    Item metric = metricAfter(t, itemAt, dir.to());
    if (metric == null) {
      metric = nearestMetric(items, clause, dir, figure || figureAfter(t, dir.to()));
    }
    if (metric == null) {
      return null;
    }
    int direction =
        switch (dir.role()) {
          case RISE, RISE_FIGURE -> polarity(metric);
          case FALL, FALL_FIGURE -> -polarity(metric);
          case BETTER -> 1;
          default -> -1; // WORSE
        };
    Item negator = negator(itemAt, clause, dir.from());
    List<int[]> spans = new ArrayList<>();
    spans.add(t.span(dir.from(), dir.to()));
    spans.add(t.span(metric.from(), metric.to()));
    if (negator != null) {
      spans.add(t.span(negator.from(), negator.to()));
      direction = -direction;
    }
    return new Move(direction, t.start[dir.from()], spans);
  }

  private static int polarity(Item metric) {
    return metric.role() == Role.METRIC_GOOD ? 1 : -1;
  }

  /**
   * The metric right after a direction ("raised its full-year outlook", "higher costs", "a rise in
   * orders", "cut 500 jobs"): at most three plain words and one figure between, no punctuation.
   */
  private static Item metricAfter(Tokens t, Item[] itemAt, int from) {
    int words = 0;
    boolean figure = false;
    for (int k = from; k < t.size(); k++) {
      Item at = itemAt[k];
      if (at != null) {
        if (isMetric(at)) {
          return at;
        }
        boolean scale =
            at.role() == Role.THOUSAND
                || at.role() == Role.MILLION
                || at.role() == Role.BILLION
                || at.role() == Role.PERCENT
                || at.role() == Role.CURRENCY;
        if (!scale) {
          return null;
        }
        k = at.to() - 1;
      } else if (t.kind[k] == Tokens.NUMBER) {
        if (figure) {
          return null;
        }
        figure = true;
      } else if (t.kind[k] == Tokens.WORD) {
        String w = t.text[k];
        if (w.equals("from") || w.equals("by") || ++words > MAX_BETWEEN) {
          return null;
        }
      } else if (t.kind[k] != Tokens.HYPHEN) {
        return null;
      }
    }
    return null;
  }

  /**
   * The nearest metric before the direction in its clause; for a move stated with a figure ("up
   * 5%", "an increase of 5%", two amounts compared) in a clause without a metric of its own, the
   * nearest before it in the sentence ("Net sales were EUR 9 mn, up 5%").
   */
  private static Item nearestMetric(List<Item> items, int[] clause, Item dir, boolean figure) {
    Item before = null;
    Item beforeInSentence = null;
    boolean clauseHasMetric = false;
    int c = clause[dir.from()];
    for (Item i : items) {
      if (!isMetric(i)) {
        continue;
      }
      boolean same = clause[i.from()] == c;
      clauseHasMetric |= same;
      if (i.to() <= dir.from()) {
        beforeInSentence = i;
        before = same ? i : before;
      }
    }
    if (before != null) {
      return before;
    }
    return figure && !clauseHasMetric ? beforeInSentence : null;
  }

  /** A negator at most three tokens before the token, in its clause ("did not rise"). */
  private static Item negator(Item[] itemAt, int[] clause, int at) {
    for (int k = at - 1; k >= Math.max(0, at - NEGATOR_REACH); k--) {
      if (clause[k] != clause[at]) {
        return null;
      }
      if (itemAt[k] != null && itemAt[k].role() == Role.NEGATOR) {
        return itemAt[k];
      }
    }
    return null;
  }

  /**
   * Moves stated as two amounts: "from A to B", "to B from A", "B (A)", "B, compared with A": a
   * rise when the later amount is larger. Both must be percentages or both not, in the same
   * currency or without one (so "EUR 5 mn (USD 7 mn)" is a conversion, not a move). Paired as a
   * direction at the first amount.
   *
   * @param moves where the moves go, or null when the sentence names no metric
   * @return the direction of each comparison, +1 a rise, -1 a fall
   */
  private List<Integer> comparisons(
      Tokens t, Item[] itemAt, List<Item> items, int[] clause, List<Move> moves) {
    List<Integer> directions = new ArrayList<>();
    List<Amount> amounts = amounts(t, itemAt);
    for (int a = 0; a < amounts.size(); a++) {
      Amount first = amounts.get(a);
      Amount second = a + 1 < amounts.size() ? amounts.get(a + 1) : null;
      if (second == null
          || first.percent() != second.percent()
          || Double.isNaN(first.value())
          || Double.isNaN(second.value())) {
        continue;
      }
      if (first.currency() != null
          && second.currency() != null
          && !first.currency().equals(second.currency())) {
        continue;
      }
      String before = first.from() > 0 ? t.text[first.from() - 1] : "";
      String between = wordsBetween(t, itemAt, first.to(), second.from());
      int sign;
      if (before.equals("from") && between.equals("to")) {
        sign = Double.compare(second.value(), first.value());
      } else if (before.equals("to") && between.equals("from")
          || between.equals("(")
          || between.equals("compared")) {
        sign = Double.compare(first.value(), second.value());
      } else {
        continue;
      }
      if (sign == 0) {
        continue;
      }
      directions.add(sign > 0 ? 1 : -1);
      if (moves == null) {
        continue;
      }
      Item at = new Item(sign > 0 ? Role.RISE : Role.FALL, first.from(), first.to());
      Move m = move(t, itemAt, items, clause, at, true);
      if (m != null) {
        moves.add(m);
      }
    }
    return directions;
  }

  /**
   * What stands between two amounts, reduced to the word that decides a comparison: "to", "from",
   * "(", "compared" (any {@code [compared-with]} phrase), or "" for anything else. Years and
   * phrases such as "in 2009" and a comma may stand between too.
   */
  private static String wordsBetween(Tokens t, Item[] itemAt, int from, int to) {
    String decisive = "";
    for (int k = from; k < to; k++) {
      Item at = itemAt[k];
      if (at != null && at.role() == Role.COMPARED_WITH) {
        if (!decisive.isEmpty()) {
          return "";
        }
        decisive = "compared";
        k = at.to() - 1;
        continue;
      }
      String w = t.text[k];
      boolean filler =
          w.equals(",")
              || w.equals("in")
              || w.equals("a")
              || w.equals("the")
              || t.kind[k] == Tokens.NUMBER && isYear(w);
      if (filler) {
        continue;
      }
      if ((w.equals("to") || w.equals("from") || w.equals("(")) && decisive.isEmpty()) {
        decisive = w;
      } else {
        return "";
      }
    }
    return decisive;
  }

  private static boolean isYear(String number) {
    if (number.length() != 4) {
      return false;
    }
    for (int i = 0; i < 4; i++) {
      if (!Character.isDigit(number.charAt(i))) {
        return false;
      }
    }
    int y = Integer.parseInt(number);
    return y >= 1900 && y <= 2100;
  }

  /** The amounts of a sentence: a number with its scale, percent sign and currency; no years. */
  private static List<Amount> amounts(Tokens t, Item[] itemAt) {
    List<Amount> out = new ArrayList<>();
    for (int k = 0; k < t.size(); k++) {
      if (t.kind[k] != Tokens.NUMBER) {
        continue;
      }
      int from = k;
      String currency = null;
      Item before = k > 0 ? itemAt[k - 1] : null;
      if (before != null && before.role() == Role.CURRENCY) {
        currency = t.joined(before.from(), before.to());
        from = before.from();
      }
      double value = t.number(k);
      boolean percent = false;
      int to = k + 1;
      Item next = to < t.size() ? itemAt[to] : null;
      if (next != null) {
        switch (next.role()) {
          case THOUSAND -> value *= 1e3;
          case MILLION -> value *= 1e6;
          case BILLION -> value *= 1e9;
          case PERCENT -> percent = true;
          default -> next = null;
        }
        to = next != null ? next.to() : to;
      }
      Item after = to < t.size() ? itemAt[to] : null;
      if (currency == null && after != null && after.role() == Role.CURRENCY) {
        currency = t.joined(after.from(), after.to());
        to = after.to();
      }
      if (currency == null && next == null && isYear(t.text[k])) {
        continue;
      }
      out.add(new Amount(from, to, value, percent, currency));
      k = to - 1;
    }
    return out;
  }

  /**
   * A sentence cut into tokens: words (letters, inner apostrophes, lower-cased), numbers (digits
   * with inner "." or ","), hyphens between words, and single punctuation characters.
   */
  static final class Tokens {
    static final byte WORD = 0;
    static final byte NUMBER = 1;
    static final byte HYPHEN = 2;
    static final byte PUNCT = 3;

    private final String source;
    private int size;
    String[] text;
    int[] start;
    int[] end;
    byte[] kind;

    private Tokens(String source) {
      this.source = source;
      int capacity = Math.max(4, source.length() / 4);
      text = new String[capacity];
      start = new int[capacity];
      end = new int[capacity];
      kind = new byte[capacity];
    }

    static Tokens of(String s) {
      Tokens t = new Tokens(s);
      int i = 0;
      int n = s.length();
      while (i < n) {
        char c = s.charAt(i);
        if (Character.isLetter(c)) {
          int j = i + 1;
          while (j < n
              && (Character.isLetter(s.charAt(j))
                  || isApostrophe(s.charAt(j))
                      && j + 1 < n
                      && Character.isLetter(s.charAt(j + 1)))) {
            j++;
          }
          t.add(i, j, WORD);
          i = j;
        } else if (Character.isDigit(c)) {
          int j = i + 1;
          while (j < n
              && (Character.isDigit(s.charAt(j))
                  || (s.charAt(j) == '.' || s.charAt(j) == ',')
                      && j + 1 < n
                      && Character.isDigit(s.charAt(j + 1)))) {
            j++;
          }
          t.add(i, j, NUMBER);
          i = j;
        } else if (c == '-'
            && i > 0
            && i + 1 < n
            && Character.isLetterOrDigit(s.charAt(i - 1))
            && Character.isLetterOrDigit(s.charAt(i + 1))) {
          t.add(i, i + 1, HYPHEN);
          i++;
        } else if (Character.isWhitespace(c)) {
          i++;
        } else {
          t.add(i, i + 1, PUNCT);
          i++;
        }
      }
      return t;
    }

    private static boolean isApostrophe(char c) {
      return c == '\'' || c == '\u2019';
    }

    private void add(int from, int to, byte k) {
      if (size == text.length) {
        int capacity = size * 2;
        text = Arrays.copyOf(text, capacity);
        start = Arrays.copyOf(start, capacity);
        end = Arrays.copyOf(end, capacity);
        kind = Arrays.copyOf(kind, capacity);
      }
      text[size] = source.substring(from, to).replace('\u2019', '\'').toLowerCase(Locale.ROOT);
      start[size] = from;
      end[size] = to;
      kind[size] = k;
      size++;
    }

    int size() {
      return size;
    }

    boolean matches(int at, String[] phrase) {
      if (at + phrase.length > size) {
        return false;
      }
      for (int k = 0; k < phrase.length; k++) {
        if (!text[at + k].equals(phrase[k])) {
          return false;
        }
      }
      return true;
    }

    int[] span(int from, int to) {
      return new int[] {start[from], end[to - 1]};
    }

    String joined(int from, int to) {
      return String.join(" ", Arrays.copyOfRange(text, from, to));
    }

    /** The value of a number token: "1,200" and "1,200.5" are thousands, "5,1" is 5.1. */
    double number(int k) {
      String s = text[k];
      int comma = s.indexOf(',');
      if (comma >= 0) {
        boolean thousands = s.indexOf('.') > comma || s.length() - s.lastIndexOf(',') == 4;
        s = thousands ? s.replace(",", "") : s.replace(',', '.');
      }
      try {
        return Double.parseDouble(s);
      } catch (NumberFormatException e) {
        return Double.NaN; // "1.2.3": not compared
      }
    }
  }
}
