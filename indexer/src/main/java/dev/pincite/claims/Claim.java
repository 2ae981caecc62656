package dev.pincite.claims;

import java.util.List;

/**
 * One sentence of an article body with the fields of the claim contract ({@code shared/CLAIMS.md}).
 * Field names are the JSON keys {@code extract} prints.
 *
 * @param id stable citation id, see {@link StableIds#claimId}
 * @param paragraph the paragraph number it stands in, from 1
 * @param section the heading it stands under, or null
 * @param text the sentence, whitespace-normalised
 * @param speaker whose view it expresses (canonical name), or null
 * @param attributed true when the text names or points back to the speaker
 * @param companies canonical organisation names, sorted, no duplicates
 * @param type the claim type
 * @param stance the stance toward the main company
 * @param counters for a counterclaim, the id of the claim it answers in the same document, or null
 */
public record Claim(
    String id,
    int paragraph,
    String section,
    String text,
    String speaker,
    boolean attributed,
    List<String> companies,
    ClaimType type,
    Stance stance,
    String counters) {

  public Claim {
    companies = List.copyOf(companies);
  }
}
