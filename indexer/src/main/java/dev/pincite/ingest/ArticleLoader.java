package dev.pincite.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads one corpus file into an {@link Article}: the facade over {@link ContentDecoder} and the
 * HTML, Markdown and plain-text readers. The file's size is checked before anything is read, so an
 * enormous file never reaches memory. Thread safe.
 */
public final class ArticleLoader {

  /** Files larger than this are skipped rather than read into memory. */
  public static final long MAX_BYTES = 32L * 1024 * 1024;

  /**
   * The longest title kept: far above any real headline. A longer one (a page whose title tag never
   * closes, a front matter of megabytes) is cut, with a warning, as every claim of the file stores
   * its document's title.
   */
  public static final int MAX_TITLE_CHARS = 500;

  private static final int SNIFF_CHARS = 4096;
  private static final Pattern HTML_START =
      Pattern.compile(
          "\\A\\s*(<!--.*?-->\\s*)*<(!doctype html|html)",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern HTML_END =
      Pattern.compile("</(html|body)\\s*>", Pattern.CASE_INSENSITIVE);

  private final ContentDecoder decoder = new ContentDecoder();
  private final ArticleReader html;
  private final ArticleReader markdown;
  private final ArticleReader text;

  /** A loader with the bundled boilerplate rules. */
  public ArticleLoader() {
    this(BoilerplateRules.standard());
  }

  /**
   * @param rules the boilerplate cues the readers use
   */
  public ArticleLoader(BoilerplateRules rules) {
    this.html = new HtmlArticleReader(rules);
    this.markdown = new MarkdownArticleReader(rules);
    this.text = new TextArticleReader(rules);
  }

  /** The kinds of file the loader reads. */
  enum Kind {
    HTML,
    MARKDOWN,
    TEXT
  }

  /**
   * True for the files the corpus walk indexes: HTML, Markdown and plain text.
   *
   * @param file a path
   * @return whether its extension is one the loader reads
   */
  public static boolean isCorpusFile(Path file) {
    return kind(file.getFileName().toString()) != null;
  }

  static Kind kind(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
      return Kind.HTML;
    }
    if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
      return Kind.MARKDOWN;
    }
    if (lower.endsWith(".txt")) {
      return Kind.TEXT;
    }
    return null;
  }

  /**
   * Loads a file.
   *
   * @param file the file
   * @param path the path to record in the article (relative to the corpus root, {@code /}
   *     separators)
   * @return the article
   * @throws BadDocumentException when the file is empty, binary, badly encoded, too large, nested
   *     too deeply or unreadable
   */
  public Article load(Path file, String path) throws BadDocumentException {
    byte[] bytes;
    try {
      if (!Files.isRegularFile(file)) {
        throw new BadDocumentException(
            path, BadDocumentException.Reason.UNREADABLE, "not a regular file");
      }
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw new BadDocumentException(
            path, BadDocumentException.Reason.TOO_LARGE, size + " bytes, limit " + MAX_BYTES);
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new BadDocumentException(
          path, BadDocumentException.Reason.UNREADABLE, e.getMessage(), e);
    }
    return parse(bytes, path);
  }

  /**
   * Parses bytes as the file type the path names.
   *
   * @param bytes the file's content
   * @param path the path to record; its extension picks the reader
   * @return the article; one with no body carries a warning
   * @throws BadDocumentException when the content is not a readable article
   */
  public Article parse(byte[] bytes, String path) throws BadDocumentException {
    Kind kind = kind(path);
    if (kind == null) {
      throw new BadDocumentException(path, BadDocumentException.Reason.UNSUPPORTED, null);
    }
    if (bytes.length > MAX_BYTES) {
      throw new BadDocumentException(
          path, BadDocumentException.Reason.TOO_LARGE, bytes.length + " bytes, limit " + MAX_BYTES);
    }
    ContentDecoder.Decoded decoded = decoder.decode(bytes, path, kind == Kind.HTML);
    ArticleReader reader =
        switch (kind) {
          case HTML -> html;
          case MARKDOWN -> markdown;
          case TEXT -> text;
        };
    Article article = reader.read(decoded.text(), path);
    List<String> warnings = new ArrayList<>(decoded.warnings());
    String title = article.metadata().title();
    if (title != null && title.length() > MAX_TITLE_CHARS) {
      warnings.add(
          "the title is "
              + title.length()
              + " characters long: cut to the first "
              + MAX_TITLE_CHARS);
      article = article.withMetadata(withTitle(article.metadata(), cut(title)));
    }
    // read as far as it goes, as browsers do: a page cut off is still a page (issue 14)
    if (kind == Kind.HTML && isTruncated(decoded.text())) {
      warnings.add("the page ends before </body> and </html>: read as far as it goes");
    }
    if (warnings.isEmpty()) {
      return article;
    }
    warnings.addAll(article.warnings());
    return article.withWarnings(warnings);
  }

  private static String cut(String title) {
    int end = MAX_TITLE_CHARS;
    if (Character.isHighSurrogate(title.charAt(end - 1))) {
      end--;
    }
    return title.substring(0, end).strip() + "…";
  }

  private static DocumentMetadata withTitle(DocumentMetadata m, String title) {
    return new DocumentMetadata(title, m.byline(), m.site(), m.published(), m.url(), m.lang());
  }

  /** A full page (doctype or {@code <html>} first) that never closes its body was cut off. */
  private static boolean isTruncated(String text) {
    String head = text.substring(0, Math.min(text.length(), SNIFF_CHARS));
    if (!HTML_START.matcher(head).lookingAt()) {
      return false;
    }
    return !HTML_END.matcher(text).find();
  }
}
