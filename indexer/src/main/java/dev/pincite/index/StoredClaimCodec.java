package dev.pincite.index;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.pincite.claims.Claim;
import dev.pincite.ingest.Block;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;

/**
 * Reads back what {@link ClaimIndexWriter} stored: claims, document metadata and body blocks. The
 * one place that knows the stored JSON shapes. Thread safe.
 */
public final class StoredClaimCodec {

  private static final TypeReference<List<Block>> BLOCKS = new TypeReference<>() {};

  private StoredClaimCodec() {}

  /**
   * @param doc a stored claim or former-claim document
   * @return the claim with its document metadata
   * @throws IOException when the stored JSON cannot be read (an index of another version)
   */
  public static StoredClaim storedClaim(Document doc) throws IOException {
    IndexableField firstIndexed = doc.getField(IndexSchema.FIRST_INDEXED);
    return storedClaim(
        doc.get(IndexSchema.CLAIM_JSON),
        doc.get(IndexSchema.DOC_JSON),
        firstIndexed == null || firstIndexed.numericValue() == null
            ? null
            : firstIndexed.numericValue().longValue());
  }

  /**
   * @param claimJson the stored {@link IndexSchema#CLAIM_JSON}
   * @param docJson the stored {@link IndexSchema#DOC_JSON}
   * @param firstIndexed the stored {@link IndexSchema#FIRST_INDEXED} in epoch seconds, or null
   * @return the claim with its document metadata
   * @throws IOException when the JSON cannot be read
   */
  public static StoredClaim storedClaim(String claimJson, String docJson, Long firstIndexed)
      throws IOException {
    Claim claim = claim(claimJson);
    String at = firstIndexed == null ? null : Instant.ofEpochSecond(firstIndexed).toString();
    return new StoredClaim(claim, documentInfo(docJson), at);
  }

  /**
   * @param claimJson the stored {@link IndexSchema#CLAIM_JSON}
   * @return the claim
   * @throws IOException when the JSON cannot be read
   */
  public static Claim claim(String claimJson) throws IOException {
    return ClaimIndexWriter.JSON.readValue(claimJson, Claim.class);
  }

  /**
   * @param doc a stored claim or file document
   * @return the document metadata
   * @throws IOException when the stored JSON cannot be read
   */
  public static DocumentInfo documentInfo(Document doc) throws IOException {
    return documentInfo(doc.get(IndexSchema.DOC_JSON));
  }

  /**
   * @param docJson the stored {@link IndexSchema#DOC_JSON}
   * @return the document metadata
   * @throws IOException when the JSON cannot be read
   */
  public static DocumentInfo documentInfo(String docJson) throws IOException {
    return ClaimIndexWriter.JSON.readValue(docJson, DocumentInfo.class);
  }

  /**
   * @param doc a stored reindex record document
   * @return the record
   * @throws IOException when the stored JSON cannot be read
   */
  public static ReindexRecord reindexRecord(Document doc) throws IOException {
    return reindexRecord(doc.get(IndexSchema.REINDEX_JSON));
  }

  /**
   * @param recordJson the stored {@link IndexSchema#REINDEX_JSON}
   * @return the record
   * @throws IOException when the JSON cannot be read
   */
  public static ReindexRecord reindexRecord(String recordJson) throws IOException {
    return ClaimIndexWriter.JSON.readValue(recordJson, ReindexRecord.class);
  }

  /**
   * @param doc a stored file document
   * @return its body blocks
   * @throws IOException when the stored JSON cannot be read
   */
  public static List<Block> blocks(Document doc) throws IOException {
    return blocks(doc.get(IndexSchema.BLOCKS_JSON));
  }

  /**
   * @param blocksJson the stored {@link IndexSchema#BLOCKS_JSON}
   * @return the body blocks
   * @throws IOException when the JSON cannot be read
   */
  public static List<Block> blocks(String blocksJson) throws IOException {
    return ClaimIndexWriter.JSON.readValue(blocksJson, BLOCKS);
  }
}
