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
    Claim claim = ClaimIndexWriter.JSON.readValue(doc.get(IndexSchema.CLAIM_JSON), Claim.class);
    IndexableField firstIndexed = doc.getField(IndexSchema.FIRST_INDEXED);
    String at =
        firstIndexed == null || firstIndexed.numericValue() == null
            ? null
            : Instant.ofEpochSecond(firstIndexed.numericValue().longValue()).toString();
    return new StoredClaim(claim, documentInfo(doc), at);
  }

  /**
   * @param doc a stored claim or file document
   * @return the document metadata
   * @throws IOException when the stored JSON cannot be read
   */
  public static DocumentInfo documentInfo(Document doc) throws IOException {
    return ClaimIndexWriter.JSON.readValue(doc.get(IndexSchema.DOC_JSON), DocumentInfo.class);
  }

  /**
   * @param doc a stored reindex record document
   * @return the record
   * @throws IOException when the stored JSON cannot be read
   */
  public static ReindexRecord reindexRecord(Document doc) throws IOException {
    return ClaimIndexWriter.JSON.readValue(doc.get(IndexSchema.REINDEX_JSON), ReindexRecord.class);
  }

  /**
   * @param doc a stored file document
   * @return its body blocks
   * @throws IOException when the stored JSON cannot be read
   */
  public static List<Block> blocks(Document doc) throws IOException {
    return ClaimIndexWriter.JSON.readValue(doc.get(IndexSchema.BLOCKS_JSON), BLOCKS);
  }
}
