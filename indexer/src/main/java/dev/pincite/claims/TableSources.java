package dev.pincite.claims;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A table that says whose view each row is: a header cell that names a source column ({@code
 * [source-columns]} of {@code speaker-cues.txt}: "Broker | Rating | Target", "Company | Broker |
 * Rating | Target"). Each row below such a header is the rating its house gives, so the row's cell
 * in that column is its speaker, and not a company the row discusses (as the contract has a cited
 * source). Rows are read as the readers join them, cells separated by {@code |}. Immutable and
 * thread safe.
 */
final class TableSources {

  private final Set<String> headers;

  /**
   * @param speakerCues the parsed {@code speaker-cues.txt}
   */
  TableSources(CueFile speakerCues) {
    this.headers =
        speakerCues.list("source-columns").stream()
            .map(h -> h.toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
  }

  /**
   * The column of a header row that names each row's source, or -1 when none does.
   *
   * @param headerRow a table's header row as the reader joins it
   */
  int sourceColumn(String headerRow) {
    List<String> cells = cells(headerRow);
    for (int i = 0; i < cells.size(); i++) {
      if (headers.contains(cells.get(i).toLowerCase(Locale.ROOT))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * A row's source: its cell in the source column when that cell is a name (a capital first), else
   * null.
   *
   * @param row a table row as the reader joins it
   * @param column the header's {@link #sourceColumn}
   */
  String source(String row, int column) {
    List<String> cells = cells(row);
    if (column < 0 || column >= cells.size()) {
      return null;
    }
    String cell = cells.get(column);
    return !cell.isEmpty() && Character.isUpperCase(cell.codePointAt(0)) ? cell : null;
  }

  private static List<String> cells(String row) {
    String inner = row.strip();
    if (inner.startsWith("|")) {
      inner = inner.substring(1);
    }
    if (inner.endsWith("|")) {
      inner = inner.substring(0, inner.length() - 1);
    }
    return List.of(inner.split("\\s*\\|\\s*", -1)).stream().map(String::strip).toList();
  }
}
