package dev.pincite.web;

import dev.pincite.claims.StableIds;
import dev.pincite.index.IndexSchema;
import dev.pincite.index.ReindexRecord;
import dev.pincite.index.StoredClaim;
import dev.pincite.search.SearchBackend;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The "what's new" page ({@code /whats-new}): the last reindexes that changed the archive, newest
 * first, each with its documents and the claims it added, changed and removed, and the claims its
 * new counterclaims answer, linked to their claim pages. Read from the records the reindexes kept
 * in the index ({@link ReindexRecord}); {@code GET /api/whats-new} gives the records as JSON.
 */
final class WhatsNewHandler {

  /** Claims listed per document and kind of change; the rest are counted. */
  static final int CLAIMS_SHOWN = 20;

  /**
   * Documents listed per reindex; the rest are counted. The first build of a large archive records
   * every document as new, and each listed claim is looked up.
   */
  static final int DOCUMENTS_SHOWN = 50;

  /**
   * A claim as the page lists it.
   *
   * @param id its id
   * @param text its sentence now, or null when it is gone (removed since)
   * @param speaker its speaker, or null
   */
  public record Line(String id, String text, String speaker) {}

  /**
   * A new answer as the page lists it.
   *
   * @param answer the answering claim
   * @param answered the claim it answers
   */
  public record AnswerLine(Line answer, Line answered) {}

  /**
   * A document's changes as the page lists them.
   *
   * @param changes what the record says
   * @param change new, changed or removed, in lower case
   * @param documentHref the document's page, or null when it was removed
   * @param added the first added claims
   * @param changed the first changed claims, as they read now
   * @param answers the new answers
   * @param more how many added and changed claims are not listed
   */
  public record DocumentLines(
      ReindexRecord.DocumentChanges changes,
      String change,
      String documentHref,
      List<Line> added,
      List<Line> changed,
      List<AnswerLine> answers,
      int more) {}

  /**
   * A reindex as the page lists it.
   *
   * @param record the record
   * @param documents its first documents
   * @param moreDocuments how many documents are not listed
   */
  public record Entry(ReindexRecord record, List<DocumentLines> documents, int moreDocuments) {}

  private final SearchBackend searcher;
  private final Pages pages;

  WhatsNewHandler(SearchBackend searcher, Pages pages) {
    this.searcher = searcher;
    this.pages = pages;
  }

  /** {@code GET /whats-new}. */
  void page(Context ctx) throws IOException {
    List<Entry> entries = new ArrayList<>();
    for (ReindexRecord record : searcher.reindexes(IndexSchema.REINDEX_RECORDS_KEPT)) {
      List<DocumentLines> documents = new ArrayList<>();
      List<ReindexRecord.DocumentChanges> all = record.documents();
      for (ReindexRecord.DocumentChanges d :
          all.subList(0, Math.min(DOCUMENTS_SHOWN, all.size()))) {
        documents.add(lines(d));
      }
      entries.add(new Entry(record, documents, all.size() - documents.size()));
    }
    Map<String, Object> model = new HashMap<>();
    model.put("entries", entries);
    model.put("title", "What's new");
    ctx.html(pages.render("whats-new", model));
  }

  /** {@code GET /api/whats-new}: the records, newest first. */
  void api(Context ctx) throws IOException {
    ctx.json(Map.of("reindexes", searcher.reindexes(IndexSchema.REINDEX_RECORDS_KEPT)));
  }

  private DocumentLines lines(ReindexRecord.DocumentChanges d) throws IOException {
    List<Line> added = new ArrayList<>();
    for (String id : d.added().subList(0, Math.min(CLAIMS_SHOWN, d.added().size()))) {
      added.add(line(id));
    }
    List<Line> changed = new ArrayList<>();
    for (ReindexRecord.ChangedClaim c :
        d.changed().subList(0, Math.min(CLAIMS_SHOWN, d.changed().size()))) {
      changed.add(line(c.to()));
    }
    List<AnswerLine> answers = new ArrayList<>();
    for (ReindexRecord.Answer a : d.answers()) {
      answers.add(new AnswerLine(line(a.answer()), line(a.answered())));
    }
    int more = d.added().size() - added.size() + d.changed().size() - changed.size();
    String href =
        d.change() == ReindexRecord.Change.REMOVED
            ? null
            : Links.document(StableIds.documentId(d.path()));
    return new DocumentLines(
        d, d.change().name().toLowerCase(Locale.ROOT), href, added, changed, answers, more);
  }

  private Line line(String id) throws IOException {
    StoredClaim claim = searcher.claim(id).orElse(null);
    return claim == null
        ? new Line(id, null, null)
        : new Line(id, claim.claim().text(), claim.claim().speaker());
  }
}
