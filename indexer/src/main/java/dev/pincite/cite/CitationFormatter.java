package dev.pincite.cite;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLType;
import de.undercouch.citeproc.helper.json.StringJsonBuilderFactory;
import dev.pincite.claims.Claim;
import dev.pincite.index.DocumentInfo;
import dev.pincite.index.StoredClaim;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Formats a claim as a citation in every {@link CitationStyle}. Markdown and plain text quote the
 * sentence and name its speaker, outlet, date and paragraph, with the archive permalink ({@code
 * BASE/claims/{id}}) and, when the document has a URL, a deep link that highlights the sentence on
 * the original page ({@link TextFragment}). APA and Chicago (author-date) are bibliography entries
 * rendered by citeproc-java from the official CSL styles and the en-US locale; the item they render
 * is {@link #cslItem}, which CSL-JSON serialises. BibTeX is a {@code @misc} entry keyed by the
 * claim id ({@link BibTexEntry}).
 *
 * <p>Thread safe: the CSL processors are built once, on first use or by {@link #loadStyles}, and
 * shared.
 */
public final class CitationFormatter {

  /** CSL style ids (file names in the {@code org.citationstyles:styles} jar) per style. */
  static final Map<CitationStyle, String> CSL_STYLES =
      Map.of(CitationStyle.APA, "apa", CitationStyle.CHICAGO, "chicago-author-date");

  /** The locale every CSL style is rendered in. */
  static final String CSL_LOCALE = "en-US";

  private final String baseUrl;
  private final Clock clock;
  // Loaded on first use (a second or two each): Markdown, text and BibTeX never wait for them.
  private final Map<CitationStyle, CslEngine> engines = new EnumMap<>(CitationStyle.class);

  /**
   * @param baseUrl the archive's base URL, such as {@code http://127.0.0.1:7070}; a trailing slash
   *     is dropped
   */
  public CitationFormatter(String baseUrl) {
    this(baseUrl, Clock.systemUTC());
  }

  /**
   * @param baseUrl the archive's base URL, such as {@code http://127.0.0.1:7070}
   * @param clock gives the access date that APA and Chicago print for an undated document
   */
  public CitationFormatter(String baseUrl, Clock clock) {
    Objects.requireNonNull(baseUrl, "baseUrl");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  /**
   * Loads every CSL style now, so that the first APA or Chicago citation does not wait for it. A
   * server calls this at start-up, off the request path.
   *
   * @throws UncheckedIOException when a CSL style or locale cannot be loaded from the class path
   */
  public void loadStyles() {
    for (CitationStyle style : CSL_STYLES.keySet()) {
      engine(style);
    }
  }

  private synchronized CslEngine engine(CitationStyle style) {
    return engines.computeIfAbsent(
        style,
        s -> {
          try {
            return new CslEngine(CSL_STYLES.get(s), CSL_LOCALE);
          } catch (IOException e) {
            throw new UncheckedIOException("cannot load CSL style " + CSL_STYLES.get(s), e);
          }
        });
  }

  /** The archive's base URL, without a trailing slash. */
  public String baseUrl() {
    return baseUrl;
  }

  /**
   * @param claimId a claim id
   * @return the archive's permalink for it: {@code BASE/claims/{id}}
   */
  public String permalink(String claimId) {
    return baseUrl + "/claims/" + claimId;
  }

  /**
   * @param stored a claim
   * @return the original page's URL with a text fragment highlighting the sentence, or empty when
   *     the document has no URL
   */
  public Optional<String> deepLink(StoredClaim stored) {
    String url = stored.document().url();
    if (url == null || url.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(TextFragment.link(url.strip(), stored.claim().text()));
  }

  /**
   * @param stored a claim with its document
   * @param style the style
   * @return the citation
   * @throws UncheckedIOException when the style is a CSL style that cannot be loaded
   */
  public Citation format(StoredClaim stored, CitationStyle style) {
    String text =
        switch (style) {
          case MARKDOWN -> markdown(stored);
          case TEXT -> plainText(stored);
          case APA, CHICAGO ->
              keepTitleAsWritten(engine(style).bibliographyEntry(cslItem(stored)), title(stored));
          case BIBTEX -> new BibTexEntry(stored, permalink(stored.claim().id())).render();
          case CSL_JSON -> cslJson(stored);
        };
    return new Citation(style, text, style.mediaType());
  }

  /**
   * @param stored a claim with its document
   * @return the citation in every style, in the order of {@link CitationStyle#values()}
   */
  public List<Citation> all(StoredClaim stored) {
    List<Citation> all = new ArrayList<>();
    for (CitationStyle style : CitationStyle.values()) {
      all.add(format(stored, style));
    }
    return all;
  }

  /**
   * The CSL item for a claim's document, keyed by the claim id: a web page with the byline as
   * authors, the title, the outlet as container title, the date, the language, and as URL the
   * original page's (or the permalink when there is none), and the quoted sentence with its
   * paragraph as note (which APA and Chicago do not print). An undated document gets today's date
   * (from the clock) as access date.
   *
   * @param stored a claim with its document
   * @return the item
   */
  public CSLItemData cslItem(StoredClaim stored) {
    Claim claim = stored.claim();
    DocumentInfo doc = stored.document();
    String permalink = permalink(claim.id());
    CSLItemDataBuilder item =
        new CSLItemDataBuilder()
            .id(claim.id())
            .type(CSLType.WEBPAGE)
            .title(title(stored))
            .URL(doc.url() == null || doc.url().isBlank() ? permalink : doc.url().strip())
            .note("¶ " + claim.paragraph() + ": “" + claim.text() + "”");
    CSLName[] authors = AuthorNames.csl(doc.byline());
    if (authors.length > 0) {
      item.author(authors);
    }
    if (doc.site() != null) {
      item.containerTitle(doc.site());
    }
    Optional<PublishedDate> published = PublishedDate.parse(doc.published());
    if (published.isPresent()) {
      item.issued(published.get().toCsl());
    } else {
      // APA and Chicago date an undated web page by when it was read ("Retrieved …, from")
      LocalDate today = LocalDate.now(clock);
      item.accessed(today.getYear(), today.getMonthValue(), today.getDayOfMonth());
    }
    if (doc.lang() != null) {
      item.language(doc.lang());
    }
    return item.build();
  }

  private static String title(StoredClaim stored) {
    DocumentInfo doc = stored.document();
    return doc.title() == null ? doc.path() : doc.title();
  }

  /**
   * The entry with the document's title as its publisher wrote it. Chicago title-cases titles, and
   * the CSL title-case rules lower-case "stop words" such as "pro", "per" or "via" ("Vision Pro"
   * becomes "Vision pro"); a published headline is already in the case its outlet chose, and a
   * product name is not a stop word. Only letter case differs, so the title is found ignoring case
   * and put back verbatim.
   */
  static String keepTitleAsWritten(String entry, String title) {
    Matcher rendered =
        Pattern.compile(Pattern.quote(title), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
            .matcher(entry);
    return rendered.find()
        ? entry.substring(0, rendered.start()) + title + entry.substring(rendered.end())
        : entry;
  }

  private String cslJson(StoredClaim stored) {
    return (String) cslItem(stored).toJson(new StringJsonBuilderFactory().createJsonBuilder());
  }

  private String markdown(StoredClaim stored) {
    Claim claim = stored.claim();
    StringBuilder out = new StringBuilder();
    out.append("[“")
        .append(escapeMarkdown(claim.text()))
        .append("”](")
        .append(permalink(claim.id()))
        .append(')');
    out.append(" — ").append(escapeMarkdown(attribution(stored)));
    deepLink(stored).ifPresent(link -> out.append(" ([original](").append(link).append("))"));
    return out.toString();
  }

  private String plainText(StoredClaim stored) {
    StringBuilder out = new StringBuilder();
    out.append('“').append(stored.claim().text()).append("” — ").append(attribution(stored));
    out.append(". Pincite: ").append(permalink(stored.claim().id()));
    deepLink(stored).ifPresent(link -> out.append(" · Original: ").append(link));
    return out.toString();
  }

  /** Speaker, outlet, date and paragraph, those that are known, comma-separated. */
  private static String attribution(StoredClaim stored) {
    Claim claim = stored.claim();
    DocumentInfo doc = stored.document();
    List<String> parts = new ArrayList<>();
    String who = claim.speaker() != null ? claim.speaker() : doc.byline();
    if (who != null && !who.equals(doc.site())) {
      parts.add(who);
    }
    if (doc.site() != null) {
      parts.add(doc.site());
    } else if (doc.title() != null) {
      parts.add(doc.title());
    }
    PublishedDate.parse(doc.published()).ifPresent(date -> parts.add(date.display()));
    parts.add("¶ " + claim.paragraph());
    return String.join(", ", parts);
  }

  /** Escapes what would end a link text or start emphasis inside it. */
  static String escapeMarkdown(String text) {
    return text.replaceAll("([\\\\\\[\\]*_`<>])", "\\\\$1");
  }
}
