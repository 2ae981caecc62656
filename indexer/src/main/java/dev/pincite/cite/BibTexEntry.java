package dev.pincite.cite;

import dev.pincite.claims.Claim;
import dev.pincite.index.DocumentInfo;
import dev.pincite.index.StoredClaim;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A BibTeX {@code @misc} entry for a claim, keyed by the claim id so that {@code [@id]} in a Pandoc
 * memo and {@code \cite{id}} in LaTeX name the same claim. Fields: author (from the byline), title,
 * howpublished (the outlet), year, month, date (biblatex), url (the original page, or the
 * permalink), note (paragraph, quoted sentence and the permalink). Values are escaped for LaTeX.
 */
final class BibTexEntry {

  private final StoredClaim stored;
  private final String permalink;

  BibTexEntry(StoredClaim stored, String permalink) {
    this.stored = stored;
    this.permalink = permalink;
  }

  String render() {
    Claim claim = stored.claim();
    DocumentInfo doc = stored.document();
    Map<String, String> fields = new LinkedHashMap<>();
    String authors = AuthorNames.bibtex(doc.byline());
    if (!authors.isEmpty()) {
      fields.put("author", authors);
    }
    fields.put("title", "{" + escape(doc.title() == null ? doc.path() : doc.title()) + "}");
    if (doc.site() != null) {
      fields.put("howpublished", escape(doc.site()));
    }
    PublishedDate.parse(doc.published())
        .ifPresent(
            date -> {
              fields.put("year", Integer.toString(date.year()));
              if (date.month() > 0) {
                fields.put("month", Integer.toString(date.month()));
              }
              fields.put("date", date.iso());
            });
    boolean hasUrl = doc.url() != null && !doc.url().isBlank();
    fields.put("url", hasUrl ? doc.url().strip() : permalink);
    fields.put(
        "note",
        "¶ "
            + claim.paragraph()
            + ": ``"
            + escape(claim.text())
            + "'' (Pincite: \\url{"
            + permalink
            + "})");
    StringBuilder out = new StringBuilder("@misc{").append(claim.id()).append(",\n");
    fields.forEach(
        (name, value) -> out.append("  ").append(name).append(" = {").append(value).append("},\n"));
    return out.append('}').toString();
  }

  /** Escapes LaTeX's special characters in a field value. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\textbackslash{}");
        case '{', '}', '&', '%', '$', '#', '_' -> out.append('\\').append(c);
        case '~' -> out.append("\\textasciitilde{}");
        case '^' -> out.append("\\textasciicircum{}");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
