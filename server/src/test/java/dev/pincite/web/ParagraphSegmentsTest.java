package dev.pincite.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pincite.claims.Claim;
import dev.pincite.claims.ClaimType;
import dev.pincite.claims.Stance;
import dev.pincite.index.DocumentInfo;
import dev.pincite.index.StoredClaim;
import dev.pincite.ingest.DocumentMetadata;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphSegmentsTest {

  private static StoredClaim claim(String id, String text) {
    return new StoredClaim(
        new Claim(id, 1, null, text, null, false, List.of(), ClaimType.CLAIM, Stance.NEUTRAL, null),
        new DocumentInfo("doc", "doc.txt", DocumentMetadata.NONE));
  }

  private static String show(List<ParagraphSegments.Segment> segments) {
    StringBuilder out = new StringBuilder();
    for (ParagraphSegments.Segment s : segments) {
      out.append(
          s.claim() == null ? s.text() : "{" + s.claim().claim().id() + ":" + s.text() + "}");
    }
    return out.toString();
  }

  @Test
  void claimsAreCutOutOfTheParagraphInReadingOrder() {
    String paragraph = "\u201cFirst one.\u201d Second one. Third.";
    List<ParagraphSegments.Segment> segments =
        ParagraphSegments.of(
            paragraph, List.of(claim("a", "First one."), claim("b", "Second one.")));
    assertEquals("\u201c{a:First one.}\u201d {b:Second one.} Third.", show(segments));
  }

  @Test
  void aClaimNotFoundInTheTextIsAppendedNotLost() {
    List<ParagraphSegments.Segment> segments =
        ParagraphSegments.of(
            "Only this.", List.of(claim("a", "Only this."), claim("b", "Elsewhere.")));
    assertEquals("{a:Only this.} {b:Elsewhere.}", show(segments));
  }
}
