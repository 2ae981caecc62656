package dev.pincite.cite;

import dev.pincite.claims.Claim;
import dev.pincite.claims.ClaimType;
import dev.pincite.claims.StableIds;
import dev.pincite.claims.Stance;
import dev.pincite.index.DocumentInfo;
import dev.pincite.index.StoredClaim;
import dev.pincite.ingest.DocumentMetadata;
import dev.pincite.search.ClaimLookup;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Claims and an in-memory {@link ClaimLookup} for the citation tests. */
final class Fixtures {

  static final String PATH = "commentary/cloud-debate.html";

  static final DocumentInfo DOCUMENT =
      new DocumentInfo(
          StableIds.documentId(PATH),
          PATH,
          new DocumentMetadata(
              "Is Selling Compute a Cloud Business?",
              "Jane Roe and John Doe",
              "The Example Review",
              "2026-07-01T09:30:00Z",
              "https://review.example.com/2026/07/compute",
              "en"));

  private Fixtures() {}

  static StoredClaim claim(int paragraph, String text, String speaker) {
    return claim(DOCUMENT, paragraph, text, speaker);
  }

  static StoredClaim claim(DocumentInfo doc, int paragraph, String text, String speaker) {
    Claim claim =
        new Claim(
            StableIds.claimId(doc.path(), text),
            paragraph,
            null,
            text,
            speaker,
            speaker != null,
            List.of(),
            ClaimType.CLAIM,
            Stance.NEUTRAL,
            null);
    return new StoredClaim(claim, doc);
  }

  /** A lookup over fixed current claims and former ones. */
  static final class MemoryLookup implements ClaimLookup {
    private final Map<String, StoredClaim> current = new LinkedHashMap<>();
    private final Map<String, StoredClaim> former = new LinkedHashMap<>();

    MemoryLookup add(StoredClaim... claims) {
      for (StoredClaim c : claims) {
        current.put(c.claim().id(), c);
      }
      return this;
    }

    MemoryLookup remove(StoredClaim... claims) {
      for (StoredClaim c : claims) {
        current.remove(c.claim().id());
        former.put(c.claim().id(), c);
      }
      return this;
    }

    @Override
    public Optional<StoredClaim> claim(String id) {
      return Optional.ofNullable(current.get(id));
    }

    @Override
    public List<StoredClaim> claimsOfDocument(String documentPrefix) {
      List<StoredClaim> out = new ArrayList<>();
      for (StoredClaim c : current.values()) {
        if (StableIds.documentPrefix(c.claim().id()).equals(documentPrefix)) {
          out.add(c);
        }
      }
      return out;
    }

    @Override
    public Optional<StoredClaim> formerClaim(String id) {
      return current.containsKey(id) ? Optional.empty() : Optional.ofNullable(former.get(id));
    }
  }
}
