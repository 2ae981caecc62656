package dev.pincite.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReleaseDatelinesTest {

  private final ClaimExtractor extractor = Articles.extractor();

  @Test
  void theOrganisationAfterAReleasesDatelineIsItsIssuer() {
    assertEquals(
        Optional.of("Pellow Foods"),
        ReleaseDatelines.issuer(
            "HALBURY, England, 4 March 2026 -- Pellow Foods plc today announced a price freeze.",
            List.of("Dunloe Dairies", "Pellow Foods")));
    assertEquals(
        Optional.of("Corvane Energy"),
        ReleaseDatelines.issuer(
            "HOUSTON, March 12, 2026 /Newswire/ — Corvane Energy today took a final decision.",
            List.of("Corvane", "Corvane Energy")));
  }

  @Test
  void aWireStoryOrAPersonAfterTheDatelineIsNoIssuer() {
    assertEquals(
        Optional.empty(),
        ReleaseDatelines.issuer(
            "BERGEN, March 3 (Nordwire) — Fjordlys Seafood said sales rose.",
            List.of("Fjordlys Seafood")));
    assertEquals(
        Optional.empty(),
        ReleaseDatelines.issuer(
            "LONDON, 12 November 2026 — Amara Quist, chief executive of Pennard Group, said.",
            List.of("Pennard Group")));
    assertEquals(
        Optional.empty(),
        ReleaseDatelines.issuer("Pennard Group today reported revenue.", List.of("Pennard Group")));
  }

  @Test
  void anUnsignedReleaseIsItsIssuersOwnVoiceAndItsQuotationsStayTheirSpeakers() {
    List<Claim> c =
        extractor.extract(
            Articles.of(
                null,
                null,
                "LONDON, 12 November 2026 — Pennard Group plc today reported revenue of £412"
                    + " million. Online sales made up 34% of the total.",
                "\u201cThis was a strong quarter,\u201d said Amara Quist, Chief Executive of"
                    + " Pennard Group."));
    assertEquals("Pennard Group", c.get(1).speaker());
    assertFalse(c.get(1).attributed());
    assertEquals("Amara Quist", c.get(2).speaker());
  }

  @Test
  void aSignedOrPublishedReleaseKeepsItsBylineOrSite() {
    List<Claim> c =
        extractor.extract(
            Articles.of(
                null,
                "Market Desk",
                "LONDON, 12 November 2026 — Pennard Group plc today reported revenue of £412"
                    + " million. Online sales made up 34% of the total."));
    assertEquals("Market Desk", c.get(1).speaker());
    List<Claim> unsigned =
        extractor.extract(
            Articles.of(null, null, "Pennard Group plc reported revenue. Sales rose 4%."));
    assertNull(unsigned.get(1).speaker());
  }
}
