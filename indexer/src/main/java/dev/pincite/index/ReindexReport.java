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
 * @param linking what the cross-document linking stage did
 * @param stages where the time went
 * @param elapsed wall time, linking included
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
    Linking linking,
    Stages stages,
    Duration elapsed) {

  /**
   * Where a reindex's time went. The files are read, parsed, extracted and written on the worker
   * threads, several at once: the parts of that stage are each summed over the threads (thread
   * time, waits included), so together they come to about the threads times the stage's wall time.
   *
   * @param files wall time of the file stage: every file read, parsed, extracted and written
   * @param reading thread time reading the files' bytes and hashing them
   * @param articles thread time turning pages into articles (decoding, parsing, content)
   * @param claims thread time extracting the articles' claims
   * @param writing thread time writing them to the index, the previous version's claims looked up
   * @param commit wall time of the commit
   */
  public record Stages(
      Duration files,
      Duration reading,
      Duration articles,
      Duration claims,
      Duration writing,
      Duration commit) {}

  /**
   * What the cross-document linking stage ({@link CrossDocumentLinker}) did.
   *
   * @param claimsSearched claims of the parsed files whose answers were searched
   * @param answersAdded cross-document answers found in this run
   * @param answersTotal cross-document answers in the index after the reindex
   * @param claimsRewritten claims written again because their place in the debate changed
   * @param elapsed the stage's wall time
   */
  public record Linking(
      int claimsSearched,
      int answersAdded,
      long answersTotal,
      int claimsRewritten,
      Duration elapsed) {}

  /**
   * A file the reindex could not read.
   *
   * @param path the corpus path
   * @param reason why, for a person
   */
  public record Skipped(String path, String reason) {}
}
