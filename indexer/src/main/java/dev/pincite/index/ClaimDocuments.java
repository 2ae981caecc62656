package dev.pincite.index;

import static dev.pincite.index.IndexSchema.*;

import dev.pincite.claims.Claim;
import dev.pincite.claims.ClaimType;
import dev.pincite.claims.StableIds;
import dev.pincite.index.ClaimIndexWriter.Answer;
import dev.pincite.index.ClaimIndexWriter.Debate;
import dev.pincite.ingest.Article;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;

/**
 * The Lucene documents the index holds, one per file, claim, former claim, reindex record and
 * cross-document answer, with the fields {@link IndexSchema} names; facet fields are still unbuilt
 * ({@code FacetsConfig.build} turns them into doc values). {@link ClaimIndexWriter} writes them to
 * an index folder; another engine's writer (Solr's) translates the same documents, so both hold the
 * same fields.
 */
public final class ClaimDocuments {

  private ClaimDocuments() {}

  /**
   * @param former a claim whose id vanished in a reindex
   * @param successor the id of the claim that replaced it, or null when none did
   * @return its former-claim document
   */
  public static Document former(StoredClaim former, String successor) {
    Document doc = new Document();
    doc.add(new StringField(KIND, KIND_FORMER, Field.Store.NO));
    doc.add(new StringField(ID, former.claim().id(), Field.Store.YES));
    doc.add(
        new StringField(DOC_PREFIX, StableIds.documentPrefix(former.claim().id()), Field.Store.NO));
    doc.add(new StoredField(CLAIM_JSON, ClaimIndexWriter.json(former.claim())));
    doc.add(new StoredField(DOC_JSON, ClaimIndexWriter.json(former.document())));
    former.firstIndexedAt().ifPresent(at -> addFirstIndexed(doc, at));
    if (successor != null) {
      doc.add(new StoredField(SUCCESSOR, successor));
    }
    return doc;
  }

  /**
   * The document of a corpus file: metadata, body blocks and content hash.
   *
   * @param article the parsed file
   * @param info its metadata
   * @param infoJson the metadata as JSON
   * @param contentHash the hash of its bytes and catalog entry
   * @return the document
   */
  public static Document file(
      Article article, DocumentInfo info, String infoJson, String contentHash) {
    Document doc = new Document();
    doc.add(new StringField(KIND, KIND_DOCUMENT, Field.Store.NO));
    doc.add(new StringField(ID, info.id(), Field.Store.YES));
    doc.add(new StringField(DOC_PREFIX, StableIds.documentPrefix(info.id()), Field.Store.NO));
    doc.add(new StringField(PATH, article.path(), Field.Store.YES));
    doc.add(new StoredField(CONTENT_HASH, contentHash));
    doc.add(new StoredField(DOC_JSON, infoJson));
    doc.add(new StoredField(BLOCKS_JSON, ClaimIndexWriter.json(article.blocks())));
    return doc;
  }

  /**
   * What a file's own claims give each of them in the debate before linking: the answers within the
   * file, and the organisations each takes a stance on (those it names, else the file's main
   * company: the one its claims name most, ties to the first by name).
   */
  public static final class FileDebate {
    private final Map<String, Integer> answeredInFile;
    private final String mainCompany;

    private FileDebate(Map<String, Integer> answeredInFile, String mainCompany) {
      this.answeredInFile = answeredInFile;
      this.mainCompany = mainCompany;
    }

    /**
     * @param claims a file's claims
     * @return their debate within the file
     */
    public static FileDebate of(List<Claim> claims) {
      Map<String, Integer> answered = new HashMap<>();
      Map<String, Integer> named = new TreeMap<>();
      for (Claim claim : claims) {
        if (claim.counters() != null) {
          answered.merge(claim.counters(), 1, Integer::sum);
        }
        claim.companies().forEach(c -> named.merge(c, 1, Integer::sum));
      }
      String main = null;
      int most = 0;
      for (Map.Entry<String, Integer> e : named.entrySet()) {
        if (e.getValue() > most) {
          main = e.getKey();
          most = e.getValue();
        }
      }
      return new FileDebate(answered, main);
    }

    /** A claim's place in the debate from its file alone: answers from other files come later. */
    public Debate of(Claim claim) {
      return new Debate(answeredInFile.getOrDefault(claim.id(), 0), 0);
    }

    /** The organisations a claim takes a stance on ({@link IndexSchema#DEBATE_COMPANY}). */
    public List<String> companiesOf(Claim claim) {
      return !claim.companies().isEmpty() || mainCompany == null
          ? claim.companies()
          : List.of(mainCompany);
    }
  }

  /**
   * @param answer a claim of one file answering a claim of another
   * @return its answer document
   */
  public static Document answer(Answer answer) {
    Document doc = new Document();
    doc.add(new StringField(KIND, KIND_ANSWER, Field.Store.NO));
    doc.add(new StringField(ANSWER_FROM, answer.from(), Field.Store.YES));
    doc.add(new StringField(PATH, answer.fromPath(), Field.Store.NO));
    doc.add(new StringField(ANSWER_TO, answer.to(), Field.Store.YES));
    doc.add(new StringField(ANSWER_TO_PATH, answer.toPath(), Field.Store.NO));
    doc.add(new StoredField(ANSWER_SCORE, answer.similarity()));
    return doc;
  }

  /**
   * Where a claim stands when it is written: its place among its document's claims, when it was
   * first indexed, and its place in the debate.
   *
   * @param ordinal its place among its document's claims
   * @param firstIndexed when the claim was first indexed, or null when unknown
   * @param debate its place in the debate
   * @param debateCompanies the organisations it takes a stance on ({@link
   *     IndexSchema#DEBATE_COMPANY})
   */
  public record Standing(
      int ordinal, Instant firstIndexed, Debate debate, List<String> debateCompanies) {}

  /**
   * The document of one claim, with facet fields still unbuilt.
   *
   * @param claim the claim
   * @param info its document's metadata
   * @param infoJson the metadata as JSON
   * @param standing where it stands
   * @return the document
   */
  public static Document claim(Claim claim, DocumentInfo info, String infoJson, Standing standing) {
    int ordinal = standing.ordinal();
    Instant firstIndexed = standing.firstIndexed();
    Debate debate = standing.debate();
    List<String> debateCompanies = standing.debateCompanies();
    Document doc = new Document();
    doc.add(new StringField(KIND, KIND_CLAIM, Field.Store.NO));
    doc.add(new StringField(ID, claim.id(), Field.Store.YES));
    doc.add(new StringField(DOC_ID, info.id(), Field.Store.NO));
    doc.add(new StringField(DOC_PREFIX, StableIds.documentPrefix(info.id()), Field.Store.NO));
    doc.add(new StringField(PATH, info.path(), Field.Store.NO));
    doc.add(new NumericDocValuesField(ORDINAL, ordinal));
    doc.add(new Field(TEXT, claim.text(), TEXT_WITH_OFFSETS));
    doc.add(new TextField(SPELL, claim.text(), Field.Store.NO));
    doc.add(new TextField(TYPE_TEXT, claim.type().label(), Field.Store.NO));
    doc.add(new TextField(STANCE_TEXT, claim.stance().label(), Field.Store.NO));
    doc.add(new SortedSetDocValuesFacetField(FACET_TYPE, claim.type().label()));
    doc.add(new SortedSetDocValuesFacetField(FACET_STANCE, claim.stance().label()));
    if (claim.section() != null) {
      doc.add(new TextField(SECTION_TEXT, claim.section(), Field.Store.NO));
    }
    if (claim.speaker() != null) {
      doc.add(new TextField(SPEAKER_TEXT, claim.speaker(), Field.Store.NO));
      doc.add(new SortedSetDocValuesFacetField(FACET_SPEAKER, claim.speaker()));
      doc.add(
          new SortedSetDocValuesFacetField(FACET_VOICE, IndexSchema.voice(claim.speaker(), info)));
    } else {
      doc.add(new SortedSetDocValuesFacetField(FACET_SPEAKER, IndexSchema.NO_SPEAKER));
    }
    for (String company : claim.companies()) {
      doc.add(new TextField(COMPANY_TEXT, company, Field.Store.NO));
      doc.add(new SortedSetDocValuesFacetField(FACET_COMPANY, company));
    }
    if (info.site() != null) {
      doc.add(new TextField(OUTLET_TEXT, info.site(), Field.Store.NO));
      doc.add(new SortedSetDocValuesFacetField(FACET_OUTLET, info.site()));
    }
    if (claim.counters() != null) {
      doc.add(new StringField(COUNTERS, claim.counters(), Field.Store.NO));
    }
    for (String role : debateRoles(claim, debate)) {
      doc.add(new SortedSetDocValuesFacetField(FACET_DEBATE, role));
    }
    for (String company : debateCompanies) {
      doc.add(new StringField(DEBATE_COMPANY, company, Field.Store.YES));
    }
    doc.add(new NumericDocValuesField(ANSWERED_BY, debate.answeredBy()));
    doc.add(new NumericDocValuesField(ANSWERS_ELSEWHERE, debate.answersElsewhere()));
    String month = info.metadata().publishedMonth();
    if (month != null && isYearMonth(month)) {
      doc.add(new SortedSetDocValuesFacetField(FACET_MONTH, month));
      doc.add(
          new SortedSetDocValuesFacetField(
              FACET_MONTH_STANCE, month + "|" + claim.stance().label()));
      doc.add(new IntPoint(MONTH_NUMBER, IndexSchema.monthNumber(month)));
    }
    doc.add(new NumericDocValuesField(DATE_SORT, epochDay(info.published())));
    doc.add(new StoredField(CLAIM_JSON, ClaimIndexWriter.json(claim)));
    doc.add(new StoredField(DOC_JSON, infoJson));
    addFirstIndexed(doc, firstIndexed);
    return doc;
  }

  /**
   * @param record what one reindex changed
   * @return its reindex-record document
   */
  public static Document reindex(ReindexRecord record) {
    Document doc = new Document();
    doc.add(new StringField(KIND, KIND_REINDEX, Field.Store.NO));
    doc.add(new LongPoint(REINDEX_SEQUENCE, record.sequence()));
    doc.add(new NumericDocValuesField(REINDEX_SEQUENCE, record.sequence()));
    doc.add(new StoredField(REINDEX_JSON, ClaimIndexWriter.json(record)));
    return doc;
  }

  /**
   * Adds a claim's first-indexed date, when known: a point for range filters and a stored value.
   */
  private static void addFirstIndexed(Document doc, Instant firstIndexed) {
    if (firstIndexed == null) {
      return;
    }
    long seconds = firstIndexed.getEpochSecond();
    doc.add(new LongPoint(FIRST_INDEXED, seconds));
    doc.add(new StoredField(FIRST_INDEXED, seconds));
  }

  /**
   * The debate facet's values for a claim: answered or unanswered (narration is neither: it takes
   * no side), and "is an answer" when it answers a claim in its document or elsewhere.
   */
  static List<String> debateRoles(Claim claim, Debate debate) {
    List<String> roles = new ArrayList<>(2);
    if (debate.answeredBy() > 0) {
      roles.add(DEBATE_ANSWERED);
    } else if (claim.type() != ClaimType.CONTEXT) {
      roles.add(DEBATE_UNANSWERED);
    }
    if (claim.counters() != null || debate.answersElsewhere() > 0) {
      roles.add(DEBATE_IS_ANSWER);
    }
    return roles;
  }

  /** Whether a value is yyyy-MM in digits (no regex: this runs once per claim). */
  private static boolean isYearMonth(String value) {
    if (value.length() != 7 || value.charAt(4) != '-') {
      return false;
    }
    for (int i = 0; i < 7; i++) {
      if (i != 4 && (value.charAt(i) < '0' || value.charAt(i) > '9')) {
        return false;
      }
    }
    return true;
  }

  /** Days since 1970 of the publication date; undated documents sort oldest. */
  public static long epochDay(String published) {
    if (published == null || published.length() < 10) {
      return Long.MIN_VALUE;
    }
    try {
      // This runs once per claim written and per claim the linker reads: a date of ASCII digits
      // (nearly all) is read without the ISO formatter's parse, which cost about 1% of a reindex.
      // LocalDate.of rejects what the formatter's strict resolving rejects (month 13, 30
      // February), so both give the same day or both fail.
      return isIsoDigits(published)
          ? LocalDate.of(digits(published, 0, 4), digits(published, 5, 7), digits(published, 8, 10))
              .toEpochDay()
          : LocalDate.parse(published.substring(0, 10)).toEpochDay();
    } catch (RuntimeException e) {
      return Long.MIN_VALUE;
    }
  }

  /** Whether a text opens with yyyy-MM-dd in ASCII digits. */
  private static boolean isIsoDigits(String text) {
    for (int i = 0; i < 10; i++) {
      char c = text.charAt(i);
      if (i == 4 || i == 7 ? c != '-' : c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** The number the ASCII digits from {@code from} to {@code to} write. */
  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      value = value * 10 + text.charAt(i) - '0';
    }
    return value;
  }
}
