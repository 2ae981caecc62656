package dev.pincite.index;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.pincite.ingest.DocumentMetadata;
import dev.pincite.ingest.HasMetadata;

/**
 * What the index keeps about a document for citing and listing it. Its JSON (stored in the index
 * and sent by the API) is flat: {@code id}, {@code path} and the metadata fields beside them.
 *
 * @param id the stable document id
 * @param path the file's path relative to the corpus root
 * @param metadata title, byline, site, published, url and lang
 */
public record DocumentInfo(String id, String path, @JsonUnwrapped DocumentMetadata metadata)
    implements HasMetadata {

  public DocumentInfo {
    // An index entry without any metadata field reads back with none.
    metadata = metadata == null ? DocumentMetadata.NONE : metadata;
  }
}
