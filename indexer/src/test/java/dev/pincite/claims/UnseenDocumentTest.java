package dev.pincite.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A document written after the rules, about companies and people the rules and the gold set have
 * never seen, extracted with the corpus registry: speakers, companies and types must be sensible.
 */
class UnseenDocumentTest {

  static List<Claim> claims;

  @BeforeAll
  static void extract() throws Exception {
    Path root = Path.of(System.getProperty("pincite.root"));
    ClaimExtractor extractor = new ClaimExtractor(Registry.load(root.resolve("corpus/registry")));
    claims =
        extractor.extract(
            Articles.of(
                "Rosa Delgado",
                "Audio Business Review",
                "Spotify is testing a higher-priced tier for audiophiles. According to a Reuters"
                    + " report, the company plans to launch it in 12 markets by March.",
                "\u201CPeople pay for quality when they can hear it,\u201D said Omar Haddad, a"
                    + " partner at Fenwick Ventures. Haddad expects churn to stay low.",
                "Grace Liu, who runs Marlowe Audio Labs, was sceptical that listeners notice the"
                    + " difference. She argued that Spotify should spend the money on podcasts"
                    + " instead.",
                "# What to watch",
                "- Whether Apple Music matches the price."));
  }

  private static Claim at(String start) {
    return claims.stream()
        .filter(c -> c.text().startsWith(start))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no sentence starting " + start));
  }

  @Test
  void speakersAreTheAuthorTheOutletAndThePeopleQuoted() {
    assertEquals("Rosa Delgado", at("Spotify is testing").speaker());
    assertFalse(at("Spotify is testing").attributed());
    assertEquals("Reuters", at("According to a Reuters").speaker());
    assertEquals("Omar Haddad", at("\u201CPeople pay").speaker());
    assertEquals("Omar Haddad", at("Haddad expects").speaker());
    assertEquals("Grace Liu", at("Grace Liu").speaker());
    assertEquals("Grace Liu", at("She argued").speaker());
    assertTrue(at("She argued").attributed());
  }

  @Test
  void companiesComeFromTheRegistryAndFromCorporateCues() {
    assertEquals(List.of("Spotify"), at("Spotify is testing").companies());
    assertEquals(List.of("Spotify"), at("According to a Reuters").companies());
    assertEquals(List.of("Fenwick Ventures"), at("\u201CPeople pay").companies());
    assertEquals(List.of("Marlowe Audio Labs"), at("Grace Liu").companies());
    assertEquals(List.of("Spotify"), at("She argued").companies());
  }

  @Test
  void typesFollowTheCues() {
    assertEquals(ClaimType.EVIDENCE, at("According to a Reuters").type());
    assertEquals(ClaimType.PREDICTION, at("Haddad expects").type());
    assertEquals(ClaimType.COUNTERCLAIM, at("Grace Liu").type());
    assertEquals(ClaimType.RECOMMENDATION, at("She argued").type());
    assertEquals(ClaimType.PREDICTION, at("Whether Apple Music").type());
    assertEquals(at("Haddad expects").id(), at("Grace Liu").counters());
  }
}
