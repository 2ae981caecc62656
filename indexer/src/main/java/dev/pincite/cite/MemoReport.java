package dev.pincite.cite;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The checks of every citation in a memo, in reading order: the one report that {@code pincite
 * cite} prints (as text or JSON) and the Memo page shows.
 *
 * @param checks one per citation
 * @param since the instant after which an answer counts as new ({@link MemoDate}), or null when the
 *     memo has no date and none was given: answers are then not looked for
 */
public record MemoReport(
    List<CitationCheck> checks, @JsonSerialize(using = ToStringSerializer.class) Instant since) {

  public MemoReport {
    checks = List.copyOf(checks);
  }

  /** A report without a memo date. */
  public MemoReport(List<CitationCheck> checks) {
    this(checks, null);
  }

  /**
   * @param status a status
   * @return how many citations have it
   */
  public long count(CitationCheck.Status status) {
    return checks.stream().filter(c -> c.status() == status).count();
  }

  /** How many citations were answered since the memo's date. */
  public long answered() {
    return checks.stream().filter(c -> !c.answers().isEmpty()).count();
  }

  /**
   * @return how many citations are unchanged, changed and removed, how many were answered since,
   *     and whether the memo needs attention: the {@code summary} of the JSON report
   */
  @JsonProperty("summary")
  public Map<String, Object> summary() {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("citations", checks.size());
    for (CitationCheck.Status status : CitationCheck.Status.values()) {
      summary.put(status.label(), count(status));
    }
    summary.put("answered_since", answered());
    summary.put("needs_attention", needsAttention());
    return summary;
  }

  /** Whether any citation was removed. */
  public boolean anyRemoved() {
    return count(CitationCheck.Status.REMOVED) > 0;
  }

  /**
   * Whether the writer should look at the memo: a citation changed or was removed, or a cited claim
   * was answered since the memo's date. What makes {@code cite} exit with status 1.
   */
  public boolean needsAttention() {
    return checks.stream().anyMatch(CitationCheck::needsAttention);
  }
}
