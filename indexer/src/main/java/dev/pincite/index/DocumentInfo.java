package dev.pincite.index;

/**
 * What the index keeps about a document for citing and listing it.
 *
 * @param id the stable document id
 * @param path the file's path relative to the corpus root
 * @param title the title, or null
 * @param byline the author(s), or null
 * @param site the outlet, or null
 * @param published ISO-8601 date or date-time, or null
 * @param url the canonical URL of the original, or null
 * @param lang the language tag, or null
 */
public record DocumentInfo(
    String id,
    String path,
    String title,
    String byline,
    String site,
    String published,
    String url,
    String lang) {}
