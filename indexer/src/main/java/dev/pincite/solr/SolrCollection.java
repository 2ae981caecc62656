package dev.pincite.solr;

import static dev.pincite.index.IndexSchema.*;

import dev.pincite.claims.Claim;
import dev.pincite.index.ClaimDocuments;
import dev.pincite.index.ClaimIndexWriter;
import dev.pincite.index.CrossDocumentLinker;
import dev.pincite.index.DocumentInfo;
import dev.pincite.index.IndexSchema;
import dev.pincite.index.ReindexRecord;
import dev.pincite.index.ReindexTarget;
import dev.pincite.index.StoredClaim;
import dev.pincite.index.StoredClaimCodec;
import dev.pincite.ingest.Article;
import dev.pincite.ingest.Block;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexableField;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.SolrInputDocument;

/**
 * A Solr collection holding a Pincite archive (made from {@link SolrConfigset}'s configset), as a
 * {@link ReindexTarget} and as what {@link SolrClaimSearcher} reads. Its documents are {@link
 * ClaimDocuments}' own, translated field by field: each Lucene field under its name, each facet
 * value in its dimension's {@link IndexSchema#facetField} string field. What Lucene keeps in commit
 * user data (schema version, rules fingerprint) is a document of its own.
 *
 * <p>Unlike an index folder, a Solr collection cannot roll back: a reindex that fails halfway
 * leaves its changes uncommitted, and they become visible with the next commit (the next reindex
 * then finds those files unchanged, or writes them again). Nor can it search what is not committed:
 * the linking stage ({@link SolrAnswerLinker}) opens a searcher over what the reindex wrote before
 * the final commit. Thread safe.
 */
public final class SolrCollection implements ReindexTarget, Closeable {

  private final SolrClient client;
  private final String name;

  /**
   * @param client the client, closed with this collection
   * @param name the collection's name
   */
  public SolrCollection(SolrClient client, String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a Solr collection needs a name, got: " + name);
    }
    this.client = client;
    this.name = name;
  }

  /**
   * @param baseUrl a Solr node's address, e.g. {@code http://localhost:8983/solr}
   * @param name the collection's name
   * @return the collection over HTTP (the JDK's client: SolrJ without Jetty)
   */
  public static SolrCollection connect(String baseUrl, String name) {
    if (baseUrl == null || !baseUrl.matches("https?://.+")) {
      throw new IllegalArgumentException("--solr must be an http(s) address, got: " + baseUrl);
    }
    String url = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    return new SolrCollection(new HttpJdkSolrClient.Builder(url).build(), name);
  }

  /** The collection's name. */
  public String name() {
    return name;
  }

  /**
   * Runs a request against the collection.
   *
   * @param query the request
   * @return Solr's answer
   * @throws IOException when Solr cannot be reached or refuses the request, with its reason
   */
  public QueryResponse query(SolrQuery query) throws IOException {
    try {
      return client.query(name, query);
    } catch (SolrServerException | RuntimeException e) {
      throw new IOException("Solr collection " + name + ": " + e.getMessage(), e);
    }
  }

  /** A request for documents of one kind whose field has a value, with the given stored fields. */
  public static SolrQuery kind(String kind, String field, String value, String... fields) {
    SolrQuery query = new SolrQuery("*:*");
    query.set("defType", "lucene");
    query.addFilterQuery(term(KIND, kind));
    if (field != null) {
      query.addFilterQuery(term(field, value));
    }
    query.setFields(fields);
    return query;
  }

  /** A filter on one exact term, whatever characters it holds. */
  public static String term(String field, String value) {
    return "{!term f=" + field + "}" + value;
  }

  /** Every match of a request (counted first, then fetched in one page). */
  public SolrDocumentList all(SolrQuery query) throws IOException {
    query.setRows(0);
    long count = query(query).getResults().getNumFound();
    if (count == 0) {
      return new SolrDocumentList();
    }
    query.setRows(Math.toIntExact(count));
    return query(query).getResults();
  }

  /** The claim stored in a claim or former-claim document, with its first-indexed date. */
  public static StoredClaim storedClaim(SolrDocument doc) throws IOException {
    Object firstIndexed = doc.getFirstValue(FIRST_INDEXED);
    return StoredClaimCodec.storedClaim(
        (String) doc.getFirstValue(CLAIM_JSON),
        (String) doc.getFirstValue(DOC_JSON),
        firstIndexed instanceof Number n ? n.longValue() : null);
  }

  /** The record stored in a reindex-record document. */
  public static ReindexRecord reindexRecord(SolrDocument doc) throws IOException {
    return StoredClaimCodec.reindexRecord((String) doc.getFirstValue(REINDEX_JSON));
  }

  /**
   * The sequence number of the last reindex record, 0 when there is none.
   *
   * @throws IOException when Solr cannot be reached
   */
  public long lastSequence() throws IOException {
    SolrQuery query = kind(KIND_REINDEX, null, null, REINDEX_SEQUENCE).setRows(1);
    query.setSort(REINDEX_SEQUENCE, SolrQuery.ORDER.desc);
    SolrDocumentList found = query(query).getResults();
    return found.isEmpty()
        ? 0
        : ((Number) found.getFirst().getFirstValue(REINDEX_SEQUENCE)).longValue();
  }

  /** The document metadata stored in a claim or file document. */
  public static DocumentInfo documentInfo(SolrDocument doc) throws IOException {
    return StoredClaimCodec.documentInfo((String) doc.getFirstValue(DOC_JSON));
  }

  /** The body blocks stored in a file document. */
  public static List<Block> blocks(SolrDocument doc) throws IOException {
    return StoredClaimCodec.blocks((String) doc.getFirstValue(BLOCKS_JSON));
  }

  /**
   * @param doc one of {@link ClaimDocuments}' documents, facets unbuilt
   * @return the same fields as a Solr document, keyed by kind and id
   */
  static SolrInputDocument solrDocument(Document doc) {
    SolrInputDocument out = new SolrInputDocument();
    for (IndexableField field : doc) {
      if (field instanceof SortedSetDocValuesFacetField facet) {
        out.addField(IndexSchema.facetField(facet.dim), String.join("/", facet.path));
      } else if (field.numericValue() != null) {
        // One number may come as a point and a stored or doc value: one Solr field holds all.
        if (!out.containsKey(field.name())) {
          out.addField(field.name(), field.numericValue());
        }
      } else {
        out.addField(field.name(), field.stringValue());
      }
    }
    // A reindex record has no id: its sequence number names it; an answer, its two claims.
    String id =
        doc.get(ID) != null
            ? doc.get(ID)
            : doc.get(ANSWER_FROM) != null
                ? doc.get(ANSWER_FROM) + ">" + doc.get(ANSWER_TO)
                : String.valueOf(out.getFieldValue(REINDEX_SEQUENCE));
    out.setField(SolrConfigset.KEY, doc.get(KIND) + "/" + id);
    return out;
  }

  @Override
  public Previous previous() throws IOException {
    SolrQuery meta =
        kind(SolrConfigset.KIND_META, null, null, COMMIT_SCHEMA, COMMIT_FINGERPRINT).setRows(1);
    SolrDocumentList found = query(meta).getResults();
    if (found.isEmpty()) {
      return new SolrPrevious(null, null, Map.of());
    }
    Map<String, String> hashes = new HashMap<>();
    for (SolrDocument doc : all(kind(KIND_DOCUMENT, null, null, PATH, CONTENT_HASH))) {
      hashes.put((String) doc.getFirstValue(PATH), (String) doc.getFirstValue(CONTENT_HASH));
    }
    SolrDocument first = found.getFirst();
    return new SolrPrevious(
        (String) first.getFirstValue(COMMIT_SCHEMA),
        (String) first.getFirstValue(COMMIT_FINGERPRINT),
        hashes);
  }

  @Override
  public Writer writer(boolean create) throws IOException {
    if (create) {
      update(c -> c.deleteByQuery(name, "*:*"));
    }
    return new SolrWriter(create);
  }

  @Override
  public Totals totals() throws IOException {
    return new Totals(count(KIND_CLAIM), count(KIND_DOCUMENT), count(KIND_ANSWER));
  }

  private long count(String kind) throws IOException {
    return query(kind(kind, null, null).setRows(0)).getResults().getNumFound();
  }

  @Override
  public void close() throws IOException {
    client.close();
  }

  /** An update request. */
  private interface Update {
    void run(SolrClient client) throws SolrServerException, IOException;
  }

  private void update(Update update) throws IOException {
    try {
      update.run(client);
    } catch (SolrServerException | RuntimeException e) {
      throw new IOException("Solr collection " + name + ": " + e.getMessage(), e);
    }
  }

  private final class SolrPrevious implements Previous {
    private final String schema;
    private final String fingerprint;
    private final Map<String, String> hashes;

    SolrPrevious(String schema, String fingerprint, Map<String, String> hashes) {
      this.schema = schema;
      this.fingerprint = fingerprint;
      this.hashes = hashes;
    }

    @Override
    public boolean exists() {
      return schema != null;
    }

    @Override
    public String schema() {
      return schema;
    }

    @Override
    public String fingerprint() {
      return fingerprint;
    }

    @Override
    public Map<String, String> hashes() {
      return hashes;
    }

    @Override
    public long lastSequence() throws IOException {
      return SolrCollection.this.lastSequence();
    }

    @Override
    public List<StoredClaim> claimsOf(String path) throws IOException {
      if (!hashes.containsKey(path)) {
        return List.of();
      }
      List<StoredClaim> claims = new ArrayList<>();
      for (SolrDocument doc :
          all(kind(KIND_CLAIM, PATH, path, CLAIM_JSON, DOC_JSON, FIRST_INDEXED))) {
        claims.add(storedClaim(doc));
      }
      return claims;
    }

    @Override
    public void close() {}
  }

  /**
   * Sends each file's documents as they come, and commits once. A former claim's key is its id, so
   * writing it again replaces it, and a claim that comes back deletes it by key.
   */
  private final class SolrWriter implements Writer {
    private static final int CLAIMS_PER_BATCH = 1_000;

    private final boolean fresh;

    SolrWriter(boolean fresh) {
      this.fresh = fresh;
    }

    @Override
    public void replaceFile(ReindexTarget.FileVersion file) throws IOException {
      Article article = file.article();
      List<Claim> claims = file.claims();
      DocumentInfo info = ClaimIndexWriter.documentInfo(article);
      String infoJson = ClaimIndexWriter.json(info);
      ClaimDocuments.FileDebate debate = ClaimDocuments.FileDebate.of(claims);
      if (!fresh) {
        // The file's claims and the answers they gave (same path) go; so do those it received.
        update(c -> c.deleteByQuery(name, term(PATH, article.path())));
        update(c -> c.deleteByQuery(name, term(ANSWER_TO_PATH, article.path())));
        List<String> returning =
            claims.stream().map(claim -> KIND_FORMER + "/" + claim.id()).toList();
        if (!returning.isEmpty()) {
          update(c -> c.deleteById(name, returning));
        }
      }
      // Sent in batches, as the index folder's writer adds them: a file of 50,000 claims built
      // as one request would hold all of them in memory at once.
      List<SolrInputDocument> batch = new ArrayList<>();
      batch.add(solrDocument(ClaimDocuments.file(article, info, infoJson, file.contentHash())));
      for (int i = 0; i < claims.size(); i++) {
        Claim claim = claims.get(i);
        batch.add(
            solrDocument(
                ClaimDocuments.claim(
                    claim,
                    info,
                    infoJson,
                    new ClaimDocuments.Standing(
                        i,
                        file.firstIndexed().get(claim.id()),
                        debate.of(claim),
                        debate.companiesOf(claim)))));
        if (batch.size() == CLAIMS_PER_BATCH) {
          send(batch);
          batch = new ArrayList<>();
        }
      }
      for (StoredClaim former : file.vanished()) {
        batch.add(
            solrDocument(
                ClaimDocuments.former(former, file.successors().get(former.claim().id()))));
      }
      if (!batch.isEmpty()) {
        send(batch);
      }
    }

    private void send(List<SolrInputDocument> docs) throws IOException {
      update(c -> c.add(name, docs));
    }

    @Override
    public void removeFile(String path, List<StoredClaim> vanished) throws IOException {
      update(c -> c.deleteByQuery(name, term(PATH, path)));
      update(c -> c.deleteByQuery(name, term(ANSWER_TO_PATH, path)));
      List<SolrInputDocument> docs = new ArrayList<>();
      for (StoredClaim former : vanished) {
        docs.add(solrDocument(ClaimDocuments.former(former, null)));
      }
      if (!docs.isEmpty()) {
        update(c -> c.add(name, docs));
      }
    }

    @Override
    public CrossDocumentLinker.Result link(Set<String> written, int threads) throws IOException {
      // One request per searching claim: Solr spreads each over its shards, so one thread here.
      SolrAnswerLinker.Sender sender =
          new SolrAnswerLinker.Sender() {
            @Override
            public void send(List<SolrInputDocument> docs) throws IOException {
              SolrWriter.this.send(docs);
            }

            @Override
            public void openSearcher() throws IOException {
              update(c -> c.commit(name, true, true, true));
            }
          };
      return new SolrAnswerLinker(SolrCollection.this, sender).link(written);
    }

    @Override
    public void commit(String fingerprint) throws IOException {
      commit(fingerprint, null);
    }

    @Override
    public void commit(String fingerprint, ReindexRecord record) throws IOException {
      if (record != null) {
        long oldestKept = record.sequence() - REINDEX_RECORDS_KEPT + 1;
        if (!fresh) {
          update(
              c ->
                  c.deleteByQuery(
                      name,
                      "+"
                          + KIND
                          + ":"
                          + KIND_REINDEX
                          + " +"
                          + REINDEX_SEQUENCE
                          + ":[* TO "
                          + (oldestKept - 1)
                          + "]"));
        }
        update(c -> c.add(name, solrDocument(ClaimDocuments.reindex(record))));
      }
      SolrInputDocument meta = new SolrInputDocument();
      meta.setField(SolrConfigset.KEY, SolrConfigset.KIND_META);
      meta.setField(KIND, SolrConfigset.KIND_META);
      meta.setField(COMMIT_SCHEMA, IndexSchema.VERSION);
      meta.setField(COMMIT_FINGERPRINT, fingerprint);
      update(c -> c.add(name, meta));
      update(c -> c.commit(name, true, true));
    }

    @Override
    public void close() {}
  }
}
