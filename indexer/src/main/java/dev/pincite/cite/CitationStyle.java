package dev.pincite.cite;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * The formats a claim can be cited in, with the name each has in URLs and on the command line
 * ({@code ?style=apa}, {@code --references chicago}) and the media type of its text.
 */
public enum CitationStyle {
  MARKDOWN("markdown", "text/markdown; charset=utf-8"),
  TEXT("text", "text/plain; charset=utf-8"),
  APA("apa", "text/plain; charset=utf-8"),
  CHICAGO("chicago", "text/plain; charset=utf-8"),
  BIBTEX("bibtex", "application/x-bibtex; charset=utf-8"),
  CSL_JSON("csl-json", "application/vnd.citationstyles.csl+json; charset=utf-8");

  private final String urlName;
  private final String mediaType;

  CitationStyle(String urlName, String mediaType) {
    this.urlName = urlName;
    this.mediaType = mediaType;
  }

  /**
   * The name in URLs, options and JSON: {@code markdown}, {@code apa}, {@code csl-json} ... (JSON
   * uses it like the claim enums use their labels, so {@code ?style=} takes what the API returns).
   */
  @JsonValue
  public String urlName() {
    return urlName;
  }

  /** The media type of a citation in this style, with its charset. */
  public String mediaType() {
    return mediaType;
  }

  /**
   * Parses a style name, case-insensitively; {@code csl_json} is accepted for {@code csl-json}.
   *
   * @param name a name such as {@code apa}
   * @return the style
   * @throws IllegalArgumentException for an unknown name, with the name and the known ones in the
   *     message
   */
  public static CitationStyle fromUrlName(String name) {
    String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    for (CitationStyle style : values()) {
      if (style.urlName.equals(wanted)) {
        return style;
      }
    }
    throw new IllegalArgumentException(
        "unknown citation style: "
            + name
            + " (known: markdown, text, apa, chicago, bibtex, csl-json)");
  }

  @Override
  public String toString() {
    return urlName;
  }
}
