package dev.pincite.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reindex while the server runs: the new index is served without a restart, and a permalink whose
 * sentence was edited leads to the closest current claim instead of a bare 404.
 */
class ReindexWhileServingTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void editedSentenceIsServedAndItsOldPermalinkLeadsToTheNewClaim(@TempDir Path tmp)
      throws Exception {
    try (TestArchive archive = TestArchive.start(tmp, Map.of(), 10)) {
      JsonNode before = JSON.readTree(archive.get("/api/search?q=backlog").body());
      assertEquals(1, before.get("total").asLong());
      String oldId = before.at("/hits/0/stored/claim/id").asText();

      Path file = archive.corpus().resolve("transcript.txt");
      String text = Files.readString(file, StandardCharsets.UTF_8);
      Files.writeString(
          file,
          text.replace("now stretches into next spring", "now stretches into next summer"),
          StandardCharsets.UTF_8);
      archive.reindex();

      JsonNode after = JSON.readTree(archive.get("/api/search?q=summer%20AND%20backlog").body());
      assertEquals(1, after.get("total").asLong(), "the new index is served without a restart");
      String newId = after.at("/hits/0/stored/claim/id").asText();
      assertTrue(!newId.equals(oldId), "an edited sentence gets a new id");

      HttpResponse<String> moved = archive.get("/claims/" + oldId);
      assertEquals(200, moved.statusCode());
      Document page = Jsoup.parse(moved.body());
      assertTrue(page.selectFirst(".former").text().contains("next spring"));
      assertEquals("/claims/" + newId, page.selectFirst(".claim-card-text a").attr("href"));

      JsonNode former = JSON.readTree(archive.get("/api/claims/" + oldId + "/former").body());
      assertEquals(oldId, former.at("/former/claim/id").asText());
      assertEquals(newId, former.at("/closest/claim/id").asText());
      HttpResponse<String> oldApi = archive.get("/api/claims/" + oldId);
      assertEquals(308, oldApi.statusCode(), "the API names the successor as the page does");
      assertEquals("/api/claims/" + newId, oldApi.headers().firstValue("Location").orElse(null));
      HttpResponse<String> v1 = archive.get("/api/v1/claims/" + oldId);
      assertEquals(308, v1.statusCode());
      assertEquals("/api/v1/claims/" + newId, v1.headers().firstValue("Location").orElse(null));
      assertEquals(newId, JSON.readTree(v1.body()).at("/successor/id").asText());
    }
  }
}
