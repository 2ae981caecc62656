package dev.pincite.search;

/**
 * An autocomplete suggestion: a facet value that starts with what was typed.
 *
 * @param dimension the facet dimension ({@code speaker} or {@code company})
 * @param value the value
 * @param count how many claims have it
 */
public record Completion(String dimension, String value, long count) {}
