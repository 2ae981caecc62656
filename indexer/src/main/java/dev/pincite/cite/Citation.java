package dev.pincite.cite;

/**
 * A claim formatted in one citation style, ready to paste.
 *
 * @param style the style
 * @param text the formatted citation
 * @param mediaType the media type of {@code text}, as {@link CitationStyle#mediaType()}
 */
public record Citation(CitationStyle style, String text, String mediaType) {}
