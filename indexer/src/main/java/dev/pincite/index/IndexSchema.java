package dev.pincite.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexOptions;

/**
 * The one place that says how claims are stored in Lucene: field names, analyzers and facet
 * configuration. The writer ({@link ClaimIndexWriter}) and the reader ({@link
 * dev.pincite.search.ClaimSearcher}) both use it, so they cannot drift apart.
 *
 * <p>The index holds five kinds of Lucene documents, told apart by {@link #KIND}: one per claim,
 * one per corpus file (metadata, body blocks, content hash for incremental reindexing), one per
 * former claim (an id that vanished in a reindex, kept so old citations can be repaired) and one
 * per recent reindex (what it changed, {@link ReindexRecord}): the record is committed with the
 * changes it describes, so the two cannot disagree; and one per cross-document answer (a claim of
 * one file answering a claim of another, found at reindex time by {@link CrossDocumentLinker}).
 */
public final class IndexSchema {

  /** Bump when fields or analyzers change: an index of another version is rebuilt from scratch. */
  public static final String VERSION = "5";

  // Commit user data keys.
  public static final String COMMIT_SCHEMA = "pincite.schema";
  public static final String COMMIT_FINGERPRINT = "pincite.fingerprint";

  // Field names. Ids and paths are not tokenized: they are exact keys.
  public static final String KIND = "kind";
  public static final String KIND_CLAIM = "claim";
  public static final String KIND_DOCUMENT = "doc";
  public static final String KIND_FORMER = "former";
  public static final String KIND_REINDEX = "reindex";
  public static final String KIND_ANSWER = "answer";

  public static final String ID = "id";
  public static final String DOC_ID = "doc_id";
  public static final String DOC_PREFIX = "doc_prefix";
  public static final String PATH = "path";
  public static final String ORDINAL = "ord";
  public static final String TEXT = "text";
  public static final String SPELL = "spell";
  public static final String SPEAKER_TEXT = "speaker";
  public static final String COMPANY_TEXT = "company";
  public static final String TYPE_TEXT = "type";
  public static final String STANCE_TEXT = "stance";
  public static final String OUTLET_TEXT = "outlet";
  public static final String SECTION_TEXT = "section";
  public static final String COUNTERS = "counters";
  public static final String DATE_SORT = "date_sort";
  public static final String MONTH_NUMBER = "month_num";
  public static final String CLAIM_JSON = "claim_json";
  public static final String DOC_JSON = "doc_json";
  public static final String BLOCKS_JSON = "blocks_json";
  public static final String CONTENT_HASH = "content_hash";

  /**
   * When a claim was first indexed, in epoch seconds: a point for the "new since" filter and a
   * stored value. Kept across reindexes by id, and by a changed sentence from its predecessor.
   */
  public static final String FIRST_INDEXED = "first_indexed";

  /**
   * On a former claim: the id of the claim that replaced it when its file was edited, renamed or
   * moved (its clear closest match, {@link ClaimSuccession}); absent when none did.
   */
  public static final String SUCCESSOR = "successor";

  /** A reindex record's sequence number (a point and a sort value) and its stored JSON. */
  public static final String REINDEX_SEQUENCE = "reindex_seq";

  public static final String REINDEX_JSON = "reindex_json";

  /**
   * How many reindex records the index keeps: older ones are deleted by the commit that adds one.
   */
  public static final int REINDEX_RECORDS_KEPT = 20;

  // An answer document: the answering claim's id (and, in PATH, its file), the answered claim's id
  // and file. Deleting a file's documents by PATH drops the answers it gave; by ANSWER_TO_PATH,
  // the answers it received.
  public static final String ANSWER_FROM = "answer_from";
  public static final String ANSWER_TO = "answer_to";
  public static final String ANSWER_TO_PATH = "answer_to_path";
  public static final String ANSWER_SCORE = "answer_score";

  /**
   * On a claim: how many claims answer it, in its document and elsewhere (numeric doc values, the
   * "most contested" sort).
   */
  public static final String ANSWERED_BY = "answered_by";

  /**
   * On a claim: the organisations it takes a stance on, for linking answers across documents: those
   * it names, else its document's main company (the one its claims name most), since the contract
   * reads a stance as toward the main company. Stored, not tokenized.
   */
  public static final String DEBATE_COMPANY = "debate_company";

  /** On a claim: how many claims of other documents it answers (numeric doc values). */
  public static final String ANSWERS_ELSEWHERE = "answers_elsewhere";

  // Facet dimensions, in display order.
  public static final String FACET_SPEAKER = "speaker";
  public static final String FACET_COMPANY = "company";
  public static final String FACET_TYPE = "type";
  public static final String FACET_STANCE = "stance";
  public static final String FACET_OUTLET = "outlet";
  public static final String FACET_MONTH = "month";
  public static final String FACET_VOICE = "voice";

  /**
   * The voice facet's values: a claim in the words of someone the document quotes, or in the
   * document's own voice (its speaker is the byline's author or the outlet). A claim with no
   * speaker has neither.
   */
  public static final String VOICE_QUOTED = "quoted";

  public static final String VOICE_OWN = "author or outlet";

  public static final String FACET_DEBATE = "debate";

  // The debate facet's values. A claim is answered or unanswered (narration is neither), and a
  // claim that answers another is also an answer: the dimension is multi-valued.
  public static final String DEBATE_ANSWERED = "answered";
  public static final String DEBATE_UNANSWERED = "unanswered";
  public static final String DEBATE_IS_ANSWER = "is an answer";

  /**
   * The speaker facet value of the claims no one is credited with, so they can be counted and
   * filtered like anyone's (a third of the bundled corpus). Only a facet value: the stored claim's
   * speaker stays null, and it is no one's speaker page or completion.
   */
  public static final String NO_SPEAKER = "No speaker";

  /** Month and stance together ("2026-07|bearish"), for the timeline histogram. */
  public static final String FACET_MONTH_STANCE = "month_stance";

  public static final List<String> FACETS =
      List.of(
          FACET_SPEAKER,
          FACET_VOICE,
          FACET_COMPANY,
          FACET_TYPE,
          FACET_STANCE,
          FACET_DEBATE,
          FACET_OUTLET,
          FACET_MONTH);

  /**
   * @param speaker a claim's speaker, or null
   * @param document its document
   * @return {@link #VOICE_OWN} when the speaker is the document's byline author or its outlet,
   *     {@link #VOICE_QUOTED} for anyone else, null when there is no speaker
   */
  public static String voice(String speaker, DocumentInfo document) {
    if (speaker == null) {
      return null;
    }
    String byline = document.byline();
    boolean author =
        byline != null
            && byline.toLowerCase(Locale.ROOT).contains(speaker.toLowerCase(Locale.ROOT));
    return author || speaker.equalsIgnoreCase(document.site()) ? VOICE_OWN : VOICE_QUOTED;
  }

  /** Exact keys: indexed as one term each, never analyzed. */
  public static final List<String> KEY_FIELDS =
      List.of(
          KIND,
          ID,
          DOC_ID,
          DOC_PREFIX,
          PATH,
          COUNTERS,
          DEBATE_COMPANY,
          ANSWER_FROM,
          ANSWER_TO,
          ANSWER_TO_PATH);

  /** Analyzed fields, each with the analyzer {@link #analyzer()} gives it. */
  public static final List<String> TEXT_FIELDS =
      List.of(
          TEXT,
          SPELL,
          SPEAKER_TEXT,
          COMPANY_TEXT,
          TYPE_TEXT,
          STANCE_TEXT,
          OUTLET_TEXT,
          SECTION_TEXT);

  /** Fields that may hold several values in one claim. */
  public static final List<String> MULTI_VALUED = List.of(COMPANY_TEXT, DEBATE_COMPANY);

  /**
   * Whole-number doc values, for sorting: the reading order, the publication day, a reindex
   * record's sequence number (also a point, for pruning old records) and a claim's answer counts.
   */
  public static final List<String> SORT_FIELDS =
      List.of(ORDINAL, DATE_SORT, REINDEX_SEQUENCE, ANSWERED_BY, ANSWERS_ELSEWHERE);

  /** Integer points, for range filters. */
  public static final List<String> RANGE_FIELDS = List.of(MONTH_NUMBER);

  /** Long points that are stored too, for range filters: the first-indexed date. */
  public static final List<String> STORED_LONG_RANGE_FIELDS = List.of(FIRST_INDEXED);

  /** Stored only: what a hit, a page or a reindex reads back. */
  public static final List<String> STORED_FIELDS =
      List.of(
          CLAIM_JSON, DOC_JSON, BLOCKS_JSON, CONTENT_HASH, REINDEX_JSON, ANSWER_SCORE, SUCCESSOR);

  /** Every facet dimension the writer fills: the displayed ones and the timeline's. */
  public static final List<String> ALL_FACETS = allFacets();

  /**
   * An analysis chain by the names Lucene's analysis factories are registered under (the names a
   * Solr schema uses), so that another engine can rebuild {@link #analyzer()} exactly; {@code
   * IndexSchemaTest} checks that the chains and the analyzers give the same tokens.
   *
   * @param tokenizer the tokenizer factory name
   * @param filters the token filter factory names, in order, each with no arguments
   */
  public record AnalysisChain(String tokenizer, List<String> filters) {}

  /**
   * {@link EnglishAnalyzer}: possessives dropped, lower case, its stop words (the stop filter's
   * default set), Porter stemming.
   */
  public static final AnalysisChain ENGLISH =
      new AnalysisChain(
          "standard", List.of("englishPossessive", "lowercase", "stop", "porterStem"));

  /** {@link StandardAnalyzer}: lower case, no stop words. */
  public static final AnalysisChain STANDARD = new AnalysisChain("standard", List.of("lowercase"));

  /** Claim text with offsets in the postings, so the unified highlighter needs no re-analysis. */
  public static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

  private IndexSchema() {}

  /**
   * The analyzer for indexing and querying: English stemming for the claim text (so "computing"
   * finds "compute"), standard tokenizing for names and the spelling field.
   */
  public static Analyzer analyzer() {
    Analyzer standard = new StandardAnalyzer();
    return new PerFieldAnalyzerWrapper(
        new EnglishAnalyzer(),
        Map.of(
            SPELL,
            standard,
            SPEAKER_TEXT,
            standard,
            COMPANY_TEXT,
            standard,
            OUTLET_TEXT,
            standard));
  }

  /**
   * @param field an analyzed field (one of {@link #TEXT_FIELDS})
   * @return the chain {@link #analyzer()} applies to it
   */
  public static AnalysisChain analysisChain(String field) {
    return switch (field) {
      case SPELL, SPEAKER_TEXT, COMPANY_TEXT, OUTLET_TEXT -> STANDARD;
      default -> ENGLISH;
    };
  }

  /**
   * The field a facet dimension's values are kept in by an engine without Lucene's facet module
   * (Solr): a doc-values string field per dimension, apart from the analyzed field of the same
   * name.
   *
   * @param dimension a facet dimension
   * @return {@code facet_} and the dimension
   */
  public static String facetField(String dimension) {
    return "facet_" + dimension;
  }

  private static List<String> allFacets() {
    List<String> all = new ArrayList<>(FACETS);
    all.add(FACET_MONTH_STANCE);
    return List.copyOf(all);
  }

  /** Facet configuration: companies and debate roles are multi-valued, the rest single-valued. */
  public static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued(FACET_COMPANY, true);
    config.setMultiValued(FACET_DEBATE, true);
    return config;
  }

  /** Fields a bare query word searches, with their boosts. */
  public static Map<String, Float> defaultSearchFields() {
    return Map.of(TEXT, 1.0f, SPEAKER_TEXT, 0.5f, COMPANY_TEXT, 0.5f);
  }

  // Compiled once: String.matches compiled it again for every claim written.
  private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");

  /**
   * A month as a number for range filters.
   *
   * @param month {@code yyyy-MM}
   * @return {@code year * 12 + month - 1}
   * @throws IllegalArgumentException for another shape, with the value in the message
   */
  public static int monthNumber(String month) {
    if (month == null || !YEAR_MONTH.matcher(month).matches()) {
      throw new IllegalArgumentException("month must look like 2026-07, got: " + month);
    }
    int m = Integer.parseInt(month.substring(5, 7));
    if (m < 1 || m > 12) {
      throw new IllegalArgumentException("month must be 01..12, got: " + month);
    }
    return Integer.parseInt(month.substring(0, 4)) * 12 + m - 1;
  }

  private static FieldType textWithOffsets() {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }
}
