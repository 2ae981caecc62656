package dev.pincite.index;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.pincite.claims.Claim;
import dev.pincite.ingest.Block;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.document.Document;

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
    return storedClaim(doc.get(IndexSchema.CLAIM_JSON), doc.get(IndexSchema.DOC_JSON));
  }

  /**
   * @param claimJson the stored {@link IndexSchema#CLAIM_JSON}
   * @param docJson the stored {@link IndexSchema#DOC_JSON}
   * @return the claim with its document metadata
   * @throws IOException when the JSON cannot be read
   */
  public static StoredClaim storedClaim(String claimJson, String docJson) throws IOException {
    Claim claim = ClaimIndexWriter.JSON.readValue(claimJson, Claim.class);
    return new StoredClaim(claim, documentInfo(docJson));
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
