package dev.pincite.solrit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Solr backend answers as the embedded one (issue 16). An in-process SolrCloud of two nodes
 * loads the configset {@code pincite solr-config} writes; each archive is written both into an
 * index folder and into a two-shard collection, each is served by {@code pincite serve} (embedded,
 * and {@code --solr}), and fixed searches, claim pages and document pages are compared over HTTP:
 * totals, drill-sideways facet counts, the timeline, spelling suggestions, and the hits with their
 * highlights and counterclaim counts; main's additions too: the Voice facet, exclusion-only
 * queries, the new-since filter, a claim's answers and the what's-new records; and the debate on
 * the answers corpus: the answers across documents the linking stage finds, the Debate facet, the
 * most-contested sort, the Contested and for/against views, the landing page's counts and a claim's
 * "Answered elsewhere".
 *
 * <p>Hits are compared as the whole result set, page after page, for searches of at most {@link
 * #MAX_COMPARED_HITS} hits: the order among claims of equal score (or equal date) is an index's
 * document order, which differs between one index and two shards by design.
 */
class SolrCloudEquivalenceIT {

  private static final int MAX_COMPARED_HITS = 60;
  private static final Pattern INSTANT =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?Z");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir static Path work;

  private static Path root;
  private static PinciteProcess pincite;
  private static MiniSolrCloudCluster cluster;
  private static String solrUrl;

  @BeforeAll
  static void startSolrCloud() throws Exception {
    root = Path.of(System.getProperty("pincite.root")).toRealPath();
    pincite = new PinciteProcess(root);
    Path configset = work.resolve("configset");
    pincite.run("solr-config", configset.toString());
    cluster =
        new MiniSolrCloudCluster.Builder(2, work.resolve("solr"))
            .addConfig("pincite", configset.resolve("conf"))
            .build();
    solrUrl = cluster.getJettySolrRunners().getFirst().getBaseUrl().toString();
  }

  @AfterAll
  static void stopSolrCloud() throws Exception {
    if (cluster != null) {
      cluster.shutdown();
    }
  }

  private static void createCollection(String name) throws Exception {
    CollectionAdminRequest.createCollection(name, "pincite", 2, 1).process(cluster.getSolrClient());
    cluster.waitForActiveCollection(name, 2, 2);
  }

  @Test
  void theBundledCorpusAnswersTheSameFromTwoShards() throws Exception {
    createCollection("bundled");
    // Both archives' claims are first indexed today (or later, should the run pass midnight).
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    String corpus = root.resolve("corpus").toString();
    Path index = work.resolve("bundled-index");
    pincite.run("reindex", "--corpus", corpus, "--index", index.toString());
    String[] solr = {"--solr", solrUrl, "--collection", "bundled"};
    String first = pincite.run(concat(new String[] {"reindex", "--corpus", corpus}, solr));
    assertTrue(first.contains("files unchanged  0"), first);
    // Incremental, as into an index folder: the content hashes are read back from the collection.
    String again = pincite.run(concat(new String[] {"reindex", "--corpus", corpus}, solr));
    assertTrue(again.contains("files parsed     0"), again);

    try (PinciteProcess.Server embedded =
            pincite.serve("--index", index.toString(), "--corpus", corpus);
        PinciteProcess.Server overSolr =
            pincite.serve(concat(new String[] {"--corpus", corpus}, solr))) {
      List<String> searches = new ArrayList<>(searches(embedded));
      searches.addAll(
          List.of(
              "q=revenue",
              "q=growth&sort=date",
              "q=%22interest+rates%22",
              "q=comput*",
              "q=margins+AND+NOT+guidance",
              "q=revneue",
              "q=speaker%3Aceo",
              // A speaker's name: found in no claim's text, so nothing is marked in its hits.
              "q=Bloomberg",
              "q=-revenue",
              "q=NOT+speaker%3Aceo",
              "f.voice=quoted",
              "f.voice=" + encode("author or outlet") + "&q=growth",
              "new_since=" + today,
              "new_since=" + today + "&q=revenue&f.voice=quoted",
              "new_since=" + today.plusDays(1)));
      int compared = compare(embedded, overSolr, searches);
      assertTrue(compared >= 8, "hit sets compared for " + compared + " searches");
      long all = get(overSolr, "/api/search").get("total").asLong();
      assertEquals(all, get(overSolr, "/api/search?new_since=" + today).get("total").asLong());
      assertEquals(
          0, get(overSolr, "/api/search?new_since=" + today.plusDays(1)).get("total").asLong());
      assertEquals(
          canonical(get(embedded, "/api/whats-new")),
          canonical(get(overSolr, "/api/whats-new")),
          "/api/whats-new");
    }
  }

  @Test
  void aSyntheticArchiveOf50000ClaimsAnswersTheSameFromTwoShards() throws Exception {
    createCollection("synthetic");
    Path index = work.resolve("synthetic-index");
    pincite.run("synthesize", "--claims", "50000", "--index", index.toString());
    String written =
        pincite.run(
            "synthesize", "--claims", "50000", "--solr", solrUrl, "--collection", "synthetic");
    assertTrue(written.contains("50,000 claims"), written);
    try (PinciteProcess.Server embedded = pincite.serve("--index", index.toString());
        PinciteProcess.Server overSolr =
            pincite.serve("--solr", solrUrl, "--collection", "synthetic")) {
      assertEquals(50_000, get(embedded, "/api/search").get("total").asLong());
      int compared = compare(embedded, overSolr, searches(embedded));
      assertTrue(compared >= 4, "hit sets compared for " + compared + " searches");
    }
  }

  @Test
  void theDebateAnswersTheSameFromTwoShards() throws Exception {
    createCollection("debate");
    // Three notes arguing across files and a news item: answers across documents to link.
    String corpus = root.resolve("eval/answers/corpus").toString();
    Path index = work.resolve("debate-index");
    String embeddedRun = pincite.run("reindex", "--corpus", corpus, "--index", index.toString());
    String[] solr = {"--solr", solrUrl, "--collection", "debate"};
    String solrRun = pincite.run(concat(new String[] {"reindex", "--corpus", corpus}, solr));
    String answersLine = line(embeddedRun, "index now holds");
    assertTrue(!answersLine.contains(" 0 answers across documents"), embeddedRun);
    assertEquals(answersLine, line(solrRun, "index now holds"), solrRun);
    assertEquals(linked(embeddedRun), linked(solrRun), solrRun);

    try (PinciteProcess.Server embedded =
            pincite.serve("--index", index.toString(), "--corpus", corpus);
        PinciteProcess.Server overSolr =
            pincite.serve(concat(new String[] {"--corpus", corpus}, solr))) {
      List<String> searches =
          List.of(
              "",
              "q=margin",
              "f.debate=answered",
              "f.debate=" + encode("is an answer"),
              "f.debate=unanswered&q=corvane",
              "f.debate=answered&f.stance=bearish",
              "sort=contested",
              "q=margin&sort=contested");
      int compared = compare(embedded, overSolr, searches);
      assertTrue(compared >= 6, "hit sets compared for " + compared + " searches");
      // Most contested first: the answer counts of the hits come in the same order.
      JsonNode contested = get(embedded, "/api/search?sort=contested");
      List<Integer> counts = answerCounts(contested);
      assertTrue(counts.getFirst() > 0, "the first hit is answered: " + counts);
      assertEquals(counts, answerCounts(get(overSolr, "/api/search?sort=contested")));

      String contestedPage = html(embedded, "/contested");
      assertTrue(contestedPage.contains("class=\"elsewhere\""), "an answer from elsewhere");
      assertEquals(claimLinks(contestedPage), claimLinks(html(overSolr, "/contested")));
      assertEquals(answerSummaries(contestedPage), answerSummaries(html(overSolr, "/contested")));

      String debate = "/debate?q=margin";
      String expected = html(embedded, debate);
      String actual = html(overSolr, debate);
      assertEquals(between(expected, "<h1>", "</h1>"), between(actual, "<h1>", "</h1>"));
      for (String side : List.of("side-for", "side-against")) {
        List<String> links = claimLinks(between(expected, "class=\"side " + side, "</section>"));
        assertFalse(links.isEmpty(), side + " of " + debate);
        assertEquals(
            links, claimLinks(between(actual, "class=\"side " + side, "</section>")), side);
      }

      String landing = html(embedded, "/");
      assertEquals(
          between(landing, "<p class=\"archive-counts\">", "</p>"),
          between(html(overSolr, "/"), "<p class=\"archive-counts\">", "</p>"));

      // A claim answered in other documents: its page lists them on both backends.
      String answered = null;
      for (JsonNode hit :
          get(embedded, "/api/search?f.debate=answered&page_size=100").get("hits")) {
        String id = hit.get("stored").get("claim").get("id").asText();
        if (!get(embedded, "/api/claims/" + id).get("answeredElsewhere").isEmpty()) {
          answered = id;
          break;
        }
      }
      assertTrue(answered != null, "a claim answered elsewhere");
      JsonNode page = get(overSolr, "/api/claims/" + answered);
      assertFalse(page.get("answeredElsewhere").isEmpty(), "answered elsewhere over Solr");
      comparePages(embedded, overSolr, answered);
      assertTrue(
          html(overSolr, "/claims/" + answered).contains("Answered elsewhere"),
          "the claim page's Answered elsewhere list");
    }
  }

  /**
   * A file moved to another folder unchanged: over Solr too, an old claim id answers 308 to its
   * successor (the id the reindex stored on the former claim), the same sentence in the new file.
   */
  @Test
  void anOldIdOfAMovedFileLeadsToItsSuccessorOverSolr() throws Exception {
    createCollection("moving");
    Path corpus = work.resolve("moving-corpus");
    Files.createDirectories(corpus.resolve("registry"));
    Path source = root.resolve("eval/answers/corpus");
    for (String file : List.of("01-corvane-bull-note.md", "registry/organisations.tsv")) {
      Files.copy(source.resolve(file), corpus.resolve(file));
    }
    String[] solr = {"--solr", solrUrl, "--collection", "moving", "--corpus", corpus.toString()};
    pincite.run(concat(new String[] {"reindex"}, solr));
    String oldId;
    String text;
    try (PinciteProcess.Server server = pincite.serve(solr)) {
      JsonNode hit = get(server, "/api/search?q=backlog").get("hits").get(0);
      oldId = hit.get("stored").get("claim").get("id").asText();
      text = hit.get("stored").get("claim").get("text").asText();
    }
    Files.createDirectories(corpus.resolve("archive"));
    Files.move(
        corpus.resolve("01-corvane-bull-note.md"), corpus.resolve("archive/corvane-note.md"));
    pincite.run(concat(new String[] {"reindex"}, solr));
    try (PinciteProcess.Server server = pincite.serve(solr)) {
      HttpResponse<String> old =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(server.url("/api/claims/" + oldId))).build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(308, old.statusCode(), old.body());
      String location = old.headers().firstValue("Location").orElseThrow();
      JsonNode now = get(server, location);
      assertEquals(text, now.get("stored").get("claim").get("text").asText());
      assertEquals(
          "archive/corvane-note.md", now.get("stored").get("document").get("path").asText());
    }
  }

  /**
   * An incremental reindex over Solr finds the answers a fresh index finds, also those only an
   * unchanged claim's search ranks (the asymmetric debate of the indexer's tests: 26 answers, 20 of
   * them among the changed reply's own candidates).
   */
  @Test
  void aChangedFileOverSolrKeepsTheAnswersAFreshIndexFinds() throws Exception {
    createCollection("asymmetric");
    Path corpus = work.resolve("asymmetric-corpus");
    Path source = root.resolve("indexer/src/test/resources/asymmetric-debate");
    try (var files = Files.walk(source)) {
      for (Path file : files.toList()) {
        Path target = corpus.resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
    String[] solr = {
      "--solr", solrUrl, "--collection", "asymmetric", "--corpus", corpus.toString()
    };
    String first = pincite.run(concat(new String[] {"reindex"}, solr));
    assertTrue(line(first, "index now holds").contains(" 26 answers across documents"), first);
    Path reply = corpus.resolve("b-costs-reply.md");
    Files.writeString(reply, Files.readString(reply) + "\nThe note was published on Monday.\n");
    String incremental = pincite.run(concat(new String[] {"reindex"}, solr));
    Path fresh = work.resolve("asymmetric-fresh");
    String freshRun =
        pincite.run(
            "reindex", "--corpus", corpus.toString(), "--index", fresh.toString(), "--full");
    assertTrue(line(incremental, "files parsed").contains(" 1 "), incremental);
    assertEquals(line(freshRun, "index now holds"), line(incremental, "index now holds"));
  }

  /** The first line of a command's output that contains a text. */
  private static String line(String output, String text) {
    return output.lines().filter(l -> l.contains(text)).findFirst().orElse("none: " + text);
  }

  /** The linking line of a reindex's output without its time. */
  private static String linked(String output) {
    return line(output, "linking").replaceAll(" in [0-9.]+ s$", "");
  }

  private static List<Integer> answerCounts(JsonNode search) {
    List<Integer> counts = new ArrayList<>();
    for (JsonNode hit : search.get("hits")) {
      counts.add(hit.get("counterclaims").asInt());
    }
    return counts;
  }

  private static final Pattern CLAIM_LINK = Pattern.compile("href=\"/claims/([A-Za-z0-9]+)\"");
  private static final Pattern ANSWER_SUMMARY =
      Pattern.compile("<summary>(\\d+) answers?</summary>");

  /**
   * The claims a page links to, as a sorted list (equal scores and dates may come in any order).
   */
  private static List<String> claimLinks(String html) {
    List<String> ids = new ArrayList<>();
    var matcher = CLAIM_LINK.matcher(html);
    while (matcher.find()) {
      ids.add(matcher.group(1));
    }
    ids.sort(Comparator.naturalOrder());
    return ids;
  }

  /** The answer counts of the Contested view, in its order. */
  private static List<String> answerSummaries(String html) {
    List<String> counts = new ArrayList<>();
    var matcher = ANSWER_SUMMARY.matcher(html);
    while (matcher.find()) {
      counts.add(matcher.group(1));
    }
    return counts;
  }

  private static String between(String html, String start, String end) {
    int from = html.indexOf(start);
    assertTrue(from >= 0, "no " + start);
    int to = html.indexOf(end, from);
    return html.substring(from, to < 0 ? html.length() : to);
  }

  private static String html(PinciteProcess.Server server, String path)
      throws IOException, InterruptedException {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(server.url(path))).build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), path);
    return response.body();
  }

  /**
   * Searches taken from the archive's own landing page: its top facet values alone, together and
   * with words of its first hits, several values of one dimension, a month range, date order.
   */
  private static List<String> searches(PinciteProcess.Server server) throws Exception {
    JsonNode landing = get(server, "/api/search");
    Map<String, List<String>> top = new TreeMap<>();
    for (JsonNode facet : landing.get("facets")) {
      List<String> values = new ArrayList<>();
      for (JsonNode value : facet.get("values")) {
        values.add(value.get("value").asText());
      }
      top.put(facet.get("dimension").asText(), values);
    }
    Set<String> words = new LinkedHashSet<>();
    for (JsonNode hit : landing.get("hits")) {
      words.add(longestWord(hit.get("stored").get("claim").get("text").asText()));
    }
    List<String> searches = new ArrayList<>();
    searches.add("");
    searches.add("sort=date-asc");
    String speaker = "f.speaker=" + encode(top.get("speaker").getFirst());
    String stances = "f.stance=bullish&f.stance=bearish";
    searches.add(speaker);
    searches.add(speaker + "&" + stances);
    searches.add("f.company=" + encode(top.get("company").getFirst()) + "&f.stance=bearish");
    List<String> months = top.get("month");
    searches.add("from=" + months.getFirst() + "&to=" + months.get(months.size() / 2));
    for (String word : words) {
      searches.add("q=" + encode(word));
      searches.add("q=" + encode(word) + "&" + stances + "&sort=date");
      searches.add("q=" + encode(word) + "&" + speaker);
    }
    return searches;
  }

  /**
   * Compares each search's answers; returns for how many the hits were compared too (at most {@link
   * #MAX_COMPARED_HITS} hits, all pages).
   */
  private static int compare(
      PinciteProcess.Server embedded, PinciteProcess.Server overSolr, List<String> searches)
      throws Exception {
    int hitsCompared = 0;
    Set<String> pagesCompared = new HashSet<>();
    for (String search : searches) {
      String path = "/api/search?" + search;
      JsonNode expected = get(embedded, path);
      JsonNode actual = get(overSolr, path);
      for (String part : List.of("total", "facets", "timeline", "spelling")) {
        assertEquals(expected.get(part), actual.get(part), part + " of " + path);
      }
      long total = expected.get("total").asLong();
      if (total == 0 || total > MAX_COMPARED_HITS) {
        continue;
      }
      Map<String, JsonNode> expectedHits = allHits(embedded, search, total);
      Map<String, JsonNode> actualHits = allHits(overSolr, search, total);
      assertEquals(expectedHits.keySet(), actualHits.keySet(), "hits of " + path);
      for (Map.Entry<String, JsonNode> hit : expectedHits.entrySet()) {
        assertEquals(
            canonical(hit.getValue()),
            canonical(actualHits.get(hit.getKey())),
            "hit " + hit.getKey() + " of " + path);
        if (pagesCompared.add(hit.getKey())) {
          comparePages(embedded, overSolr, hit.getKey());
        }
      }
      hitsCompared++;
    }
    return hitsCompared;
  }

  /** Every hit of a search, page after page, by claim id. */
  private static Map<String, JsonNode> allHits(
      PinciteProcess.Server server, String search, long total) throws Exception {
    Map<String, JsonNode> hits = new TreeMap<>();
    for (int page = 1; hits.size() < total; page++) {
      JsonNode answer = get(server, "/api/search?" + search + "&page=" + page);
      if (answer.get("hits").isEmpty()) {
        break;
      }
      for (JsonNode hit : answer.get("hits")) {
        hits.put(hit.get("stored").get("claim").get("id").asText(), hit);
      }
    }
    return hits;
  }

  /** A claim's page and its document's page, as JSON. */
  private static void comparePages(
      PinciteProcess.Server embedded, PinciteProcess.Server overSolr, String claimId)
      throws Exception {
    String claim = "/api/claims/" + claimId;
    assertEquals(canonical(get(embedded, claim)), canonical(get(overSolr, claim)), claim);
    String document = "/api/documents/" + claimId.substring(0, 6);
    assertEquals(canonical(get(embedded, document)), canonical(get(overSolr, document)), document);
    String answers = claim + "/answers";
    assertEquals(canonical(get(embedded, answers)), canonical(get(overSolr, answers)), answers);
  }

  /**
   * An answer as compared: the counterclaims of a claim come from several documents, in document
   * order, and a reindex record lists the answers across documents in the order the linking stage
   * met them (an index's document order), so both are compared as sets (a claim's answers across
   * documents are compared in order: both backends list them by file, paragraph and id); an instant
   * (a first-indexed date, a reindex's time) is compared as being there, as the two archives were
   * written seconds apart.
   */
  private static JsonNode canonical(JsonNode node) {
    if (node instanceof ObjectNode object) {
      for (Map.Entry<String, JsonNode> field : object.properties()) {
        if (field.getValue().isTextual() && INSTANT.matcher(field.getValue().asText()).matches()) {
          object.put(field.getKey(), "an instant");
        } else {
          canonical(field.getValue());
        }
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        if (array.get(i).isTextual() && INSTANT.matcher(array.get(i).asText()).matches()) {
          array.set(i, "an instant");
        } else {
          canonical(array.get(i));
        }
      }
    }
    for (String unordered : List.of("counterclaims", "answers")) {
      if (node instanceof ObjectNode object && object.get(unordered) instanceof ArrayNode list) {
        List<JsonNode> sorted = new ArrayList<>();
        list.forEach(sorted::add);
        sorted.sort(Comparator.comparing(JsonNode::toString));
        ArrayNode copy = JSON.createArrayNode();
        sorted.forEach(copy::add);
        object.set(unordered, copy);
      }
    }
    return node;
  }

  private static JsonNode get(PinciteProcess.Server server, String path)
      throws IOException, InterruptedException {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(server.url(path))).build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), path + ": " + response.body());
    return JSON.readTree(response.body());
  }

  private static String longestWord(String text) {
    String longest = "";
    for (String word : text.split("[^\\p{IsAlphabetic}]+")) {
      if (word.length() > longest.length()) {
        longest = word;
      }
    }
    return longest;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = new String[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
