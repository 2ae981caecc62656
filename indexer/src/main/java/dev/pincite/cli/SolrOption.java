package dev.pincite.cli;

import dev.pincite.solr.SolrCollection;
import picocli.CommandLine.Option;

/**
 * {@code --solr URL --collection NAME}, the same in every command that can use a Solr collection
 * instead of the index folder.
 */
public final class SolrOption {

  @Option(
      names = "--solr",
      paramLabel = "URL",
      description =
          "A Solr node's address (e.g. http://localhost:8983/solr): use a collection there instead"
              + " of the index folder.")
  String url;

  @Option(
      names = "--collection",
      paramLabel = "NAME",
      defaultValue = "pincite",
      description =
          "The Solr collection (default: ${DEFAULT-VALUE}); made from `pincite solr-config`.")
  String collection;

  /** Whether the command was given {@code --solr}. */
  public boolean isSet() {
    return url != null;
  }

  /**
   * @return a client of the collection the options name
   * @throws IllegalArgumentException when the address is not an http(s) address
   */
  public SolrCollection connect() {
    return SolrCollection.connect(url, collection);
  }

  /** Where the archive is, for messages. */
  public String describe() {
    return "Solr collection " + collection + " at " + url;
  }
}
