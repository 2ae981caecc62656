package dev.pincite.index;

import dev.pincite.claims.Claim;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How a file's new claims descend from its previous ones, and so when each was first indexed.
 *
 * <p>A claim whose id was indexed before keeps its date. A sentence that changed gets a new id; the
 * old id becomes a former claim, and its <em>successor</em> is the new sentence that is its clear
 * closest match ({@link ClosestClaim}, the rule {@code cite} uses to repair a citation). A
 * successor keeps its predecessor's first-indexed date: an edited sentence is not news. Every other
 * new id is first indexed now. Immutable.
 *
 * @param firstIndexed when each new claim was first indexed, by id
 * @param vanished the previous claims whose ids are gone (to keep as former claims)
 * @param changes the added, changed and removed ids and the new answers
 */
record ClaimSuccession(
    Map<String, Instant> firstIndexed,
    List<StoredClaim> vanished,
    ReindexRecord.DocumentChanges changes) {

  // The previous commit returns a file's claims in no particular order.
  private static final Comparator<StoredClaim> READING_ORDER =
      Comparator.comparingInt((StoredClaim s) -> s.claim().paragraph())
          .thenComparing(s -> s.claim().id());

  /**
   * @param info the file's document metadata
   * @param wasIndexed whether the previous commit holds the file
   * @param before the claims the previous commit holds for the file
   * @param after the file's claims now, in reading order
   * @param now when this reindex runs
   */
  static ClaimSuccession of(
      DocumentInfo info,
      boolean wasIndexed,
      List<StoredClaim> before,
      List<Claim> after,
      Instant now) {
    Map<String, StoredClaim> previous = new HashMap<>();
    before.forEach(s -> previous.put(s.claim().id(), s));
    Set<String> ids = after.stream().map(Claim::id).collect(Collectors.toSet());
    List<StoredClaim> vanished =
        before.stream()
            .filter(old -> !ids.contains(old.claim().id()))
            .sorted(READING_ORDER)
            .toList();
    List<StoredClaim> fresh =
        after.stream()
            .filter(c -> !previous.containsKey(c.id()))
            .map(c -> new StoredClaim(c, info))
            .toList();

    Map<String, Instant> firstIndexed = new HashMap<>();
    for (Claim claim : after) {
      StoredClaim old = previous.get(claim.id());
      firstIndexed.put(claim.id(), old == null ? now : old.firstIndexedAt().orElse(now));
    }
    List<ReindexRecord.ChangedClaim> changed = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    Set<String> succeeded = new HashSet<>();
    for (StoredClaim old : vanished) {
      ClosestClaim.Match match =
          ClosestClaim.find(fresh, old.claim().text(), old.claim().paragraph()).orElse(null);
      if (match == null || !match.clear() || !succeeded.add(match.claim().claim().id())) {
        removed.add(old.claim().id());
        continue;
      }
      String successor = match.claim().claim().id();
      changed.add(new ReindexRecord.ChangedClaim(old.claim().id(), successor));
      firstIndexed.put(successor, old.firstIndexedAt().orElse(now));
    }
    List<String> added =
        fresh.stream().map(s -> s.claim().id()).filter(id -> !succeeded.contains(id)).toList();
    // An edited counterclaim is not a new answer: only added ones are.
    Set<String> addedIds = Set.copyOf(added);
    List<ReindexRecord.Answer> answers =
        after.stream()
            .filter(c -> c.counters() != null && addedIds.contains(c.id()))
            .map(c -> new ReindexRecord.Answer(c.id(), c.counters()))
            .toList();
    ReindexRecord.Change change =
        !wasIndexed ? ReindexRecord.Change.NEW : ReindexRecord.Change.CHANGED;
    return new ClaimSuccession(
        firstIndexed,
        vanished,
        new ReindexRecord.DocumentChanges(
            info.path(), info.metadata().title(), change, added, changed, removed, answers));
  }

  /** The claim that replaced each vanished one, its id by the vanished claim's id. */
  Map<String, String> successors() {
    Map<String, String> out = new HashMap<>();
    for (ReindexRecord.ChangedClaim c : changes.changed()) {
      out.put(c.from(), c.to());
    }
    return out;
  }

  /**
   * The changes of a file that left the corpus: every claim removed.
   *
   * @param path the file's corpus path
   * @param before its claims in the previous commit
   */
  static ReindexRecord.DocumentChanges removedFile(String path, List<StoredClaim> before) {
    String title = before.isEmpty() ? null : before.getFirst().document().metadata().title();
    return new ReindexRecord.DocumentChanges(
        path,
        title,
        ReindexRecord.Change.REMOVED,
        List.of(),
        List.of(),
        before.stream().map(s -> s.claim().id()).sorted().toList(),
        List.of());
  }

  /**
   * The changes with the answers across documents that new claims gave: an answer is news when its
   * answering claim was added in this reindex (an old claim linked again after its file was
   * rewritten is not), as for counterclaims within a document.
   *
   * @param changes what the reindex changed, per document
   * @param found the answers across documents the linking stage found in this reindex
   * @return the changes, each document's new answers across documents added to its answers
   */
  static List<ReindexRecord.DocumentChanges> withAnswersFrom(
      List<ReindexRecord.DocumentChanges> changes, List<ClaimIndexWriter.Answer> found) {
    // Each answer is handed to the documents that added its answering claim, in the order found:
    // one pass over the answers, not one per document (956 documents and 3,000 answers were three
    // million lookups on one thread while the other idled).
    Map<String, List<Integer>> addedBy = new HashMap<>();
    for (int i = 0; i < changes.size(); i++) {
      for (String id : changes.get(i).added()) {
        List<Integer> documents = addedBy.computeIfAbsent(id, k -> new ArrayList<>(1));
        if (documents.isEmpty() || documents.getLast() != i) {
          documents.add(i);
        }
      }
    }
    List<List<ReindexRecord.Answer>> answers = new ArrayList<>(changes.size());
    for (ReindexRecord.DocumentChanges d : changes) {
      answers.add(new ArrayList<>(d.answers()));
    }
    for (ClaimIndexWriter.Answer a : found) {
      for (int i : addedBy.getOrDefault(a.from(), List.of())) {
        answers.get(i).add(new ReindexRecord.Answer(a.from(), a.to()));
      }
    }
    List<ReindexRecord.DocumentChanges> out = new ArrayList<>(changes.size());
    for (int i = 0; i < changes.size(); i++) {
      ReindexRecord.DocumentChanges d = changes.get(i);
      out.add(
          new ReindexRecord.DocumentChanges(
              d.path(),
              d.title(),
              d.change(),
              d.added(),
              d.changed(),
              d.removed(),
              answers.get(i)));
    }
    return out;
  }
}
