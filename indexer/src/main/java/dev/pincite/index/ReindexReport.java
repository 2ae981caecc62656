package dev.pincite.index;

import dev.pincite.claims.UnregisteredNames;
import java.time.Duration;
import java.util.List;

/**
 * What a reindex did, for the summary the command line prints.
 *
 * @param filesSeen corpus files found
 * @param filesParsed files read and extracted (new or changed)
 * @param filesUnchanged files whose content and catalog entry had not changed, not parsed again
 * @param filesRemoved files that left the corpus and were removed from the index
 * @param skipped files that could not be read, with the reason, their earlier version, if any,
 *     staying indexed; and, first, the entries of the corpus folder its walk left out with a reason
 *     (an unreadable folder, a link out of the corpus, a dangling link or a loop, a pipe or device,
 *     a name the locale cannot decode)
 * @param warnings what readers should know about files that were indexed
 * @param unregistered speakers and organisations of the parsed files that the registry does not
 *     list: names first seen by form and grammar, to confirm into the registry
 * @param claimsWritten claims of the parsed files
 * @param claimsTotal claims in the index after the reindex
 * @param documentsTotal documents in the index after the reindex
 * @param bytesParsed bytes of the parsed files
 * @param full whether every file was parsed again
 * @param changes the claims it added, changed and removed, per document, as recorded in the index;
 *     null when it changed no claim
 * @param elapsed wall time
 */
public record ReindexReport(
    int filesSeen,
    int filesParsed,
    int filesUnchanged,
    int filesRemoved,
    List<Skipped> skipped,
    List<String> warnings,
    UnregisteredNames unregistered,
    long claimsWritten,
    long claimsTotal,
    long documentsTotal,
    long bytesParsed,
    boolean full,
    ReindexRecord changes,
    Duration elapsed) {

  /**
   * A file the reindex could not read.
   *
   * @param path the corpus path
   * @param reason why, for a person
   */
  public record Skipped(String path, String reason) {}
}
