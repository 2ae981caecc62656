package dev.pincite.claims;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Stable ids for documents and claims. A claim id depends only on its document's path and its
 * sentence text (whitespace-normalised), never on index order: reindexing an unchanged corpus keeps
 * every id, and editing a document changes only the ids of sentences whose text changed.
 *
 * <p>A claim id is 14 characters of {@code [a-z0-9]}: the first 6 are its document's prefix (see
 * {@link #documentPrefix}), the last 8 come from the sentence, so an id that no longer resolves
 * still names the document it came from. A document id is 12 characters. When the same sentence
 * occurs twice in one document, the second occurrence's id also covers its occurrence number, so
 * ids stay unique within a document. Not thread safe: use one instance per document.
 */
public final class StableIds {

  // Compiled once: String.matches and replaceAll compile their pattern on every call.
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern ID = Pattern.compile("[a-z0-9]{8,16}");

  private final String documentPath;
  private final Map<String, Integer> seen = new HashMap<>();

  /**
   * @param documentPath the document's path relative to the corpus root
   */
  public StableIds(String documentPath) {
    this.documentPath = documentPath;
  }

  /**
   * The id of the next sentence of this document with the given text.
   *
   * @param sentence the sentence text
   * @return its id
   */
  public String next(String sentence) {
    String text = normalise(sentence);
    int occurrence = seen.merge(text, 1, Integer::sum);
    return occurrence == 1
        ? claimId(documentPath, text)
        : claimId(documentPath, text + "\u0000" + occurrence);
  }

  /**
   * The id of a claim.
   *
   * @param documentPath the document's path relative to the corpus root
   * @param sentence the sentence text
   * @return 14 characters of {@code [a-z0-9]}
   */
  public static String claimId(String documentPath, String sentence) {
    return documentPrefix(documentId(documentPath))
        + hash("claim\u0000" + documentPath + "\u0000" + normalise(sentence), 8);
  }

  /**
   * The part of a claim id (or a document id) that names the document.
   *
   * @param id a claim id or a document id
   * @return its first 6 characters
   */
  public static String documentPrefix(String id) {
    return id.substring(0, 6);
  }

  /**
   * The id of a document.
   *
   * @param documentPath the document's path relative to the corpus root
   * @return 12 characters of {@code [a-z0-9]}
   */
  public static String documentId(String documentPath) {
    return hash("doc\u0000" + documentPath, 12);
  }

  /**
   * Whether a string has the shape of an id (8 to 16 of {@code [a-z0-9]}).
   *
   * @param id a candidate
   * @return true when it could be an id
   */
  public static boolean looksLikeId(String id) {
    return id != null && ID.matcher(id).matches();
  }

  static String normalise(String sentence) {
    String stripped = sentence.strip();
    return isNormal(stripped) ? stripped : WHITESPACE.matcher(stripped).replaceAll(" ");
  }

  /** No whitespace but single spaces: what nearly every sentence is, told without a regex. */
  private static boolean isNormal(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' ? i > 0 && text.charAt(i - 1) == ' ' : c <= '\r' && c >= '\t') {
        return false;
      }
    }
    return true;
  }

  private static String hash(String input, int length) {
    byte[] digest;
    try {
      digest = MessageDigest.getInstance("SHA-256").digest(input.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
    StringBuilder id = new StringBuilder(length);
    for (int i = 0; id.length() < length; i++) {
      id.append(Character.forDigit((digest[i] & 0xff) % 36, 36));
    }
    return id.toString();
  }
}
