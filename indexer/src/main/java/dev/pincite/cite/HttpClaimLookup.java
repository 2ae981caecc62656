package dev.pincite.cite;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.pincite.claims.StableIds;
import dev.pincite.index.StoredClaim;
import dev.pincite.search.ClaimLookup;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A {@link ClaimLookup} over a running Pincite server's JSON API: {@code GET /api/claims/{id}} (a
 * claim view, whose {@code stored} member is the claim), {@code GET /api/documents/{prefix}} (a
 * document view, whose {@code claims} are the document's claims) and {@code GET
 * /api/claims/{id}/former} (a stored claim, or an object whose {@code former} member is one) and
 * {@code GET /api/claims/{id}/answers} (an object whose {@code answers} are stored claims). A 404
 * means "no such claim or document", a 308 or 410 "that id changed"; any other failure is an {@link
 * IOException} naming the URL. Thread safe.
 */
public final class HttpClaimLookup implements ClaimLookup {

  private static final Duration TIMEOUT = Duration.ofSeconds(20);

  private final URI base;
  private final HttpClient client;
  private final ObjectMapper json =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  /**
   * @param serverUrl the server's base URL, such as {@code http://127.0.0.1:7070}
   * @throws IllegalArgumentException when it is not an http(s) URL, with the URL in the message
   */
  public HttpClaimLookup(String serverUrl) {
    URI uri = URI.create(serverUrl.endsWith("/") ? serverUrl : serverUrl + "/");
    if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
      throw new IllegalArgumentException("not an http(s) server URL: " + serverUrl);
    }
    this.base = uri;
    this.client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  }

  @Override
  public Optional<StoredClaim> claim(String id) throws IOException {
    if (!StableIds.looksLikeId(id)) {
      return Optional.empty();
    }
    Optional<JsonNode> view = get("api/claims/" + id);
    if (view.isEmpty() || view.get().get("stored") == null) {
      return Optional.empty();
    }
    return Optional.of(json.treeToValue(view.get().get("stored"), StoredClaim.class));
  }

  @Override
  public List<StoredClaim> claimsOfDocument(String documentPrefix) throws IOException {
    List<StoredClaim> claims = new ArrayList<>();
    if (documentPrefix == null || !documentPrefix.matches("[a-z0-9]{6,16}")) {
      return claims;
    }
    Optional<JsonNode> document = get("api/documents/" + documentPrefix);
    if (document.isPresent() && document.get().get("claims") != null) {
      for (JsonNode claim : document.get().get("claims")) {
        claims.add(json.treeToValue(claim, StoredClaim.class));
      }
    }
    return claims;
  }

  @Override
  public Optional<StoredClaim> formerClaim(String id) throws IOException {
    if (!StableIds.looksLikeId(id)) {
      return Optional.empty();
    }
    Optional<JsonNode> answer = get("api/claims/" + id + "/former");
    if (answer.isEmpty()) {
      return Optional.empty();
    }
    // the server may wrap the former claim with its closest successor: {"former": …, "closest": …}
    JsonNode former = answer.get().has("former") ? answer.get().get("former") : answer.get();
    return former.isNull()
        ? Optional.empty()
        : Optional.of(json.treeToValue(former, StoredClaim.class));
  }

  /** The server's clear successor of an outdated id ({@code /former}'s {@code closest}). */
  @Override
  public Optional<StoredClaim> successor(String formerId) throws IOException {
    if (!StableIds.looksLikeId(formerId)) {
      return Optional.empty();
    }
    Optional<JsonNode> answer = get("api/claims/" + formerId + "/former");
    if (answer.isEmpty()
        || !answer.get().path("clear").asBoolean(false)
        || answer.get().path("closest").isMissingNode()
        || answer.get().path("closest").isNull()) {
      return Optional.empty();
    }
    return Optional.of(json.treeToValue(answer.get().get("closest"), StoredClaim.class));
  }

  @Override
  public List<StoredClaim> answersTo(String claimId) throws IOException {
    List<StoredClaim> answers = new ArrayList<>();
    if (!StableIds.looksLikeId(claimId)) {
      return answers;
    }
    Optional<JsonNode> answer = get("api/claims/" + claimId + "/answers");
    if (answer.isPresent() && answer.get().get("answers") != null) {
      for (JsonNode claim : answer.get().get("answers")) {
        answers.add(json.treeToValue(claim, StoredClaim.class));
      }
    }
    return answers;
  }

  private Optional<JsonNode> get(String path) throws IOException {
    URI uri = base.resolve(path);
    HttpRequest request =
        HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "application/json").build();
    HttpResponse<byte[]> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while fetching " + uri, e);
    } catch (IOException e) {
      throw new IOException("cannot reach " + uri + ": " + e, e);
    }
    // A changed claim's old id answers 308 (to its successor) or 410 (no successor): either way
    // there is no current claim by that id, and the checker asks /former what it said.
    if (response.statusCode() == 404
        || response.statusCode() == 308
        || response.statusCode() == 410) {
      return Optional.empty();
    }
    if (response.statusCode() != 200) {
      throw new IOException("GET " + uri + " answered " + response.statusCode());
    }
    return Optional.of(json.readTree(response.body()));
  }
}
