package dev.pincite.cli;

import dev.pincite.solr.SolrConfigset;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code pincite solr-config DIR}: writes the Solr configset of a Pincite collection. */
@Command(
    name = "solr-config",
    mixinStandardHelpOptions = true,
    description = {
      "Write the Solr configset of a Pincite collection into DIR/conf: managed-schema.xml generated"
          + " from the index schema, and solrconfig.xml.",
      "Upload it and make a collection, e.g. bin/solr zk upconfig -n pincite -d DIR, then"
          + " bin/solr create -c pincite -n pincite -shards 2."
    })
public final class SolrConfigCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "DIR", description = "The configset folder to write.")
  Path dir;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try {
      for (Path file : SolrConfigset.write(dir)) {
        out.println("wrote " + file);
      }
      out.flush();
      return 0;
    } catch (IOException e) {
      spec.commandLine().getErr().println("solr-config failed: " + e.getMessage());
      return 2;
    }
  }
}
