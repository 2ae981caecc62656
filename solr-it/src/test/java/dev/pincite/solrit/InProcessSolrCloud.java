package dev.pincite.solrit;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;

/**
 * An in-process SolrCloud for {@code bin/pincite bench --peer solr}: two nodes, one collection of
 * two shards made from a configset folder; prints {@code solr: URL} when ready and runs until its
 * standard input closes (the launcher holds it open while the benchmark runs).
 *
 * <p>Usage: {@code InProcessSolrCloud CONFIGSET_CONF_DIR COLLECTION WORK_DIR}
 */
public final class InProcessSolrCloud {

  private InProcessSolrCloud() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      throw new IllegalArgumentException("usage: InProcessSolrCloud CONF_DIR COLLECTION WORK_DIR");
    }
    Path work = Files.createDirectories(Path.of(args[2]));
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    MiniSolrCloudCluster cluster =
        new MiniSolrCloudCluster.Builder(2, Files.createTempDirectory(work, "solr"))
            .addConfig("pincite", Path.of(args[0]))
            .build();
    try {
      CollectionAdminRequest.createCollection(args[1], "pincite", 2, 1)
          .process(cluster.getSolrClient());
      cluster.waitForActiveCollection(args[1], 2, 2);
      out.println("solr: " + cluster.getJettySolrRunners().getFirst().getBaseUrl());
      waitForEndOfInput();
    } finally {
      cluster.shutdown();
    }
  }

  private static void waitForEndOfInput() throws IOException {
    while (System.in.read() >= 0) {
      // the launcher closes our input when the benchmark is done
    }
  }
}
