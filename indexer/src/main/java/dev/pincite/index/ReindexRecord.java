package dev.pincite.index;

import java.util.List;

/**
 * What one reindex changed, kept in the index with the commit it describes (see {@link
 * IndexSchema#KIND_REINDEX}): per document, the claim ids it added, changed and removed, and the
 * claims its new counterclaims answer. A reindex that changed nothing records nothing.
 *
 * @param sequence this reindex's number, from 1, one more than the previous record's
 * @param at when the reindex ran, an ISO-8601 instant in UTC; the first-indexed date of the claims
 *     it added
 * @param full whether every file was parsed again
 * @param documents the documents it changed, by path
 */
public record ReindexRecord(
    long sequence, String at, boolean full, List<DocumentChanges> documents) {

  public ReindexRecord {
    documents = List.copyOf(documents);
  }

  /** What happened to a document as a whole. */
  public enum Change {
    /** The document was not indexed before. */
    NEW,
    /** The document was indexed before and some of its claims changed. */
    CHANGED,
    /** The document left the corpus. */
    REMOVED
  }

  /**
   * A claim whose sentence changed: its old id and the id of the sentence that replaced it (the
   * clear closest match among the document's new sentences), which keeps the old first-indexed
   * date.
   *
   * @param from the old id, now a former claim
   * @param to the new id
   */
  public record ChangedClaim(String from, String to) {}

  /**
   * A new counterclaim and the claim it answers.
   *
   * @param answer the counterclaim's id
   * @param answered the id of the claim it answers
   */
  public record Answer(String answer, String answered) {}

  /**
   * What a reindex changed in one document.
   *
   * @param path the document's corpus path
   * @param title its title, or null
   * @param change new, changed or removed
   * @param added ids of claims indexed for the first time
   * @param changed claims whose sentence changed, old id to new
   * @param removed ids of claims that vanished with no clear successor
   * @param answers the added claims that answer another claim
   */
  public record DocumentChanges(
      String path,
      String title,
      Change change,
      List<String> added,
      List<ChangedClaim> changed,
      List<String> removed,
      List<Answer> answers) {

    public DocumentChanges {
      added = List.copyOf(added);
      changed = List.copyOf(changed);
      removed = List.copyOf(removed);
      answers = List.copyOf(answers);
    }

    /** Whether nothing in the document changed. */
    boolean isEmpty() {
      return added.isEmpty() && changed.isEmpty() && removed.isEmpty() && change != Change.REMOVED;
    }
  }

  /** Claims added, over every document. */
  public int added() {
    return documents.stream().mapToInt(d -> d.added().size()).sum();
  }

  /** Claims changed, over every document. */
  public int changed() {
    return documents.stream().mapToInt(d -> d.changed().size()).sum();
  }

  /** Claims removed, over every document. */
  public int removed() {
    return documents.stream().mapToInt(d -> d.removed().size()).sum();
  }

  /** New answers, over every document. */
  public int answers() {
    return documents.stream().mapToInt(d -> d.answers().size()).sum();
  }

  /** Documents with a given change. */
  public long documents(Change change) {
    return documents.stream().filter(d -> d.change() == change).count();
  }
}
