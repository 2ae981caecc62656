package dev.pincite.cite;

import java.util.List;

/**
 * The checks of every citation in a memo, in reading order.
 *
 * @param checks one per citation
 */
public record MemoReport(List<CitationCheck> checks) {

  public MemoReport {
    checks = List.copyOf(checks);
  }

  /**
   * @param status a status
   * @return how many citations have it
   */
  public long count(CitationCheck.Status status) {
    return checks.stream().filter(c -> c.status() == status).count();
  }

  /** Whether any citation is missing: what makes {@code cite} fail. */
  public boolean anyMissing() {
    return count(CitationCheck.Status.MISSING) > 0;
  }
}
