package dev.pincite.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleLoaderTest {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private final ArticleLoader loader = new ArticleLoader();

  private static String page(String charsetMeta, String body) {
    return "<!DOCTYPE html><html><head>"
        + charsetMeta
        + "<title>A page</title></head><body><article>"
        + body
        + "</article></body></html>";
  }

  private static final String LONG_PARAGRAPH =
      "<p>The committee met on Tuesday to discuss the budget, the schedule and the new rules for"
          + " members, and it agreed, after a long debate, to publish its minutes every month from"
          + " now on so that everyone can follow the decisions it takes.</p>";

  private BadDocumentException.Reason reasonFor(byte[] bytes, String path) {
    return assertThrows(BadDocumentException.class, () -> loader.parse(bytes, path)).reason();
  }

  @Test
  void emptyFileIsEmpty() {
    assertEquals(BadDocumentException.Reason.EMPTY, reasonFor(new byte[0], "a.html"));
    assertEquals(BadDocumentException.Reason.EMPTY, reasonFor(new byte[0], "a.txt"));
  }

  @Test
  void whitespaceOnlyFileIsEmpty() {
    byte[] blank = " \n\t\r\n  ".getBytes(StandardCharsets.UTF_8);
    assertEquals(BadDocumentException.Reason.EMPTY, reasonFor(blank, "a.md"));
  }

  @Test
  void binarySignatureIsBinary() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
    assertEquals(BadDocumentException.Reason.BINARY, reasonFor(png, "image.html"));
    byte[] pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1);
    assertEquals(BadDocumentException.Reason.BINARY, reasonFor(pdf, "paper.txt"));
  }

  @Test
  void nulBytesWithoutUtf16PatternAreBinary() {
    byte[] bytes = new byte[400];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i * 37 % 251);
    }
    assertEquals(BadDocumentException.Reason.BINARY, reasonFor(bytes, "blob.txt"));
  }

  @Test
  void brokenUtf16IsAnEncodingError() {
    // a UTF-16LE byte-order mark followed by unpaired surrogates: nothing decodes
    byte[] bytes = new byte[202];
    bytes[0] = (byte) 0xff;
    bytes[1] = (byte) 0xfe;
    for (int i = 2; i < bytes.length; i += 2) {
      bytes[i] = 0x00;
      bytes[i + 1] = (byte) 0xdc;
    }
    assertEquals(BadDocumentException.Reason.ENCODING, reasonFor(bytes, "broken.html"));
  }

  /** Issue 17: ASCII behind a UTF-16 byte-order mark was indexed as "最牡慢敧" without a word. */
  @Test
  void asciiBehindAUtf16BomIsAnEncodingErrorNotCjk() {
    byte[] ascii =
        ("Orbital Freight said its garbage margins will widen next year, analysts said.\n")
            .repeat(3)
            .getBytes(StandardCharsets.US_ASCII);
    byte[] bytes = new byte[ascii.length + 2];
    bytes[0] = (byte) 0xff;
    bytes[1] = (byte) 0xfe;
    System.arraycopy(ascii, 0, bytes, 2, ascii.length);
    BadDocumentException e =
        assertThrows(BadDocumentException.class, () -> loader.parse(bytes, "stray-bom.txt"));
    assertEquals(BadDocumentException.Reason.ENCODING, e.reason());
    assertTrue(e.getMessage().contains("read as UTF-16"), e.getMessage());
  }

  @Test
  void asciiAppendedToAUtf16FileWithoutBomIsAnEncodingError() {
    String utf16Part =
        "Orbital Freight said its margins will widen next year, analysts said in a note.\n";
    byte[] head = utf16Part.repeat(4).getBytes(StandardCharsets.UTF_16LE);
    // echo >> file: one stray byte, then ASCII, so the pairs no longer hold a zero byte
    byte[] tail =
        ("\nNotes added later: the garbage in this file came from a shell redirect.\n")
            .repeat(3)
            .getBytes(StandardCharsets.US_ASCII);
    byte[] bytes = new byte[head.length + 1 + tail.length];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = 0;
    System.arraycopy(tail, 0, bytes, head.length + 1, tail.length);
    assertEquals(BadDocumentException.Reason.ENCODING, reasonFor(bytes, "appended.txt"));
  }

  @Test
  void realUtf16ChineseAndJapaneseStayReadable() throws BadDocumentException {
    String text =
        "\u8fd9\u5bb6\u516c\u53f8\u8868\u793a\uff0c\u660e\u5e74\u5229\u6da6\u5c06\u4f1a"
            + "\u589e\u957f\u3002\u3053\u306e\u4f1a\u793e\u306f\u3001\u6765\u5e74\u306e"
            + "\u5229\u76ca\u304c\u5897\u3048\u308b\u3068\u8ff0\u3079\u305f\u3002"
            + "\u305d\u308c\u306f\u3068\u3066\u3082\u3088\u3044\u306e\u3067\u3059\u3002\n";
    byte[] withBom = ("\ufeff" + text.repeat(5)).getBytes(StandardCharsets.UTF_16LE);
    Article article = loader.parse(withBom, "cjk.txt");
    assertTrue(article.body().contains("\u8fd9\u5bb6\u516c\u53f8"), article.body());
  }

  @Test
  void truncatedHtmlIsReadAsFarAsItGoesWithAWarning() throws BadDocumentException {
    // issue 14: browsers and jsoup read a page without </body>; so do we
    String whole = page("<meta charset=utf-8>", LONG_PARAGRAPH + LONG_PARAGRAPH);
    byte[] cut =
        whole.substring(0, whole.indexOf("</article>") - 40).getBytes(StandardCharsets.UTF_8);
    Article article = loader.parse(cut, "cut.html");
    assertTrue(article.body().startsWith(LONG_PARAGRAPH.substring(3, 40)), article.body());
    assertTrue(
        article.warnings().stream().anyMatch(w -> w.contains("ends before </body>")),
        article.warnings().toString());
  }

  @Test
  void unknownExtensionIsUnsupported() {
    byte[] bytes = "text".getBytes(StandardCharsets.UTF_8);
    assertEquals(BadDocumentException.Reason.UNSUPPORTED, reasonFor(bytes, "slides.pptx"));
  }

  @Test
  void oversizeFileIsRejectedBeforeReading(@TempDir Path dir) throws IOException {
    Path big = dir.resolve("huge.html");
    // a sparse file: its length is past the limit without writing hundreds of megabytes
    try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
      file.setLength(ArticleLoader.MAX_BYTES * 10);
    }
    BadDocumentException e =
        assertThrows(BadDocumentException.class, () -> loader.load(big, "huge.html"));
    assertEquals(BadDocumentException.Reason.TOO_LARGE, e.reason());
  }

  @Test
  void missingFileIsUnreadable(@TempDir Path dir) {
    BadDocumentException e =
        assertThrows(
            BadDocumentException.class, () -> loader.load(dir.resolve("gone.txt"), "gone.txt"));
    assertEquals(BadDocumentException.Reason.UNREADABLE, e.reason());
  }

  @Test
  void windows1252PageIsDecodedByItsDeclaration() throws BadDocumentException {
    String html =
        page(
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">",
            "<p>Caf\u00e9 owners said \u201cprices rose\u201d \u2014 by \u20ac2, and some, "
                + "after long talks, said they would wait until the spring to decide.</p>"
                + LONG_PARAGRAPH);
    Article article = loader.parse(html.getBytes(WINDOWS_1252), "cafe.html");
    assertTrue(
        article.body().contains("Caf\u00e9 owners said \u201cprices rose\u201d \u2014 by \u20ac2"),
        article.body());
  }

  @Test
  void undeclaredWindows1252TextIsDetected() throws BadDocumentException {
    String text =
        "Caf\u00e9 prices\n\nThe caf\u00e9 owners said \u201cprices rose\u201d sharply this"
            + " year, and that na\u00efve forecasts had missed the cost of rent.\n";
    Article article = loader.parse(text.getBytes(WINDOWS_1252), "cafe.txt");
    assertTrue(article.body().contains("\u201cprices rose\u201d"), article.body());
    assertTrue(article.body().contains("na\u00efve"), article.body());
  }

  @Test
  void latin1DeclarationIsReadAsWindows1252() throws BadDocumentException {
    String html =
        page(
            "<meta charset=\"ISO-8859-1\">",
            "<p>R\u00e9sum\u00e9 na\u00efve \u2019quoted\u2019 text, "
                + "which goes on for a while, with commas, so it reads as a paragraph.</p>"
                + LONG_PARAGRAPH);
    Article article = loader.parse(html.getBytes(WINDOWS_1252), "latin.html");
    assertTrue(
        article.body().contains("R\u00e9sum\u00e9 na\u00efve \u2019quoted\u2019"), article.body());
  }

  @Test
  void utf16PagesAreDecodedWithAndWithoutBom() throws BadDocumentException {
    String html =
        page("", "<p>\u00dcber \u65e5\u672c and more, with commas, words.</p>" + LONG_PARAGRAPH);
    byte[] withBom = html.getBytes(StandardCharsets.UTF_16); // big-endian with a BOM
    assertTrue(loader.parse(withBom, "bom.html").body().contains("\u00dcber \u65e5\u672c"));
    byte[] littleEndian = html.getBytes(StandardCharsets.UTF_16LE);
    assertTrue(loader.parse(littleEndian, "le.html").body().contains("\u00dcber \u65e5\u672c"));
  }

  @Test
  void utf8ContentBeatsAStaleDeclaration() throws BadDocumentException {
    String html =
        page(
            "<meta charset=\"gb2312\">",
            "<p>\u65e5\u672c\u8a9e text, saved again as UTF-8.</p>" + LONG_PARAGRAPH);
    Article article = loader.parse(html.getBytes(StandardCharsets.UTF_8), "resaved.html");
    assertTrue(article.body().contains("\u65e5\u672c\u8a9e text"), article.body());
    assertTrue(
        article.warnings().stream().anyMatch(w -> w.contains("UTF-8")),
        article.warnings().toString());
  }

  @Test
  void pageWithoutArticleGivesEmptyBodyAndWarning() throws BadDocumentException {
    String html =
        "<!DOCTYPE html><html><head><title>Home</title></head><body>"
            + "<nav><a href=/a>Home</a> <a href=/b>About</a></nav><footer>© 2026</footer></body></html>";
    Article article = loader.parse(html.getBytes(StandardCharsets.UTF_8), "home.html");
    assertEquals(List.of(), article.blocks());
    assertTrue(article.warnings().contains("no article text found"), article.warnings().toString());
  }

  @Test
  void badFilesAreReportedWhileTheRestOfTheCorpusLoads(@TempDir Path dir) throws IOException {
    Files.write(dir.resolve("a-empty.txt"), new byte[0]);
    Files.write(dir.resolve("b-binary.html"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0});
    Files.writeString(dir.resolve("c-good.txt"), "A title\n\nSome real text here.\n");
    Files.writeString(dir.resolve("d-cut.html"), "<!DOCTYPE html><html><body><p>Half a pa");
    try (RandomAccessFile file = new RandomAccessFile(dir.resolve("e-huge.txt").toFile(), "rw")) {
      file.setLength(ArticleLoader.MAX_BYTES + 1);
    }
    Files.writeString(dir.resolve("f-good.md"), "# Heading\n\nMarkdown text.\n");
    Map<String, String> outcome = new TreeMap<>();
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = new ArrayList<>(list.filter(ArticleLoader::isCorpusFile).sorted().toList());
    }
    for (Path file : files) {
      String name = file.getFileName().toString();
      try {
        outcome.put(name, "ok: " + loader.load(file, name).body());
      } catch (BadDocumentException e) {
        outcome.put(name, e.reason().name());
      }
    }
    assertEquals(
        Map.of(
            "a-empty.txt", "EMPTY",
            "b-binary.html", "BINARY",
            "c-good.txt", "ok: Some real text here.",
            "d-cut.html", "ok: Half a pa",
            "e-huge.txt", "TOO_LARGE",
            "f-good.md", "ok: Markdown text."),
        outcome);
  }

  @Test
  void utf8WithAStrayLatin1RunIsDecodedRunByRunWithAWarning() throws BadDocumentException {
    // issue 18: the whole file was read as Windows-1252, every correct "é" becoming "Ã©"
    byte[] utf8 =
        "Le café ouvre à huit heures. Les crêpes sont célèbres.\n\n"
            .getBytes(StandardCharsets.UTF_8);
    byte[] latin1 = "Le garçon a payé la note.\n".getBytes(WINDOWS_1252);
    byte[] bytes = new byte[utf8.length + latin1.length];
    System.arraycopy(utf8, 0, bytes, 0, utf8.length);
    System.arraycopy(latin1, 0, bytes, utf8.length, latin1.length);
    Article article = loader.parse(bytes, "mixed.txt");
    String body = article.body();
    assertTrue(body.contains("Le café ouvre à huit heures."), body);
    assertTrue(body.contains("Le garçon a payé la note."), body);
    assertTrue(
        article.warnings().stream().anyMatch(w -> w.contains("read as Windows-1252")),
        article.warnings()::toString);
  }

  @Test
  void aWholeWindows1252FileIsStillReadAsWindows1252WithoutTheMixedWarning()
      throws BadDocumentException {
    byte[] bytes = "Le garçon a payé la note. Le café était fermé.\n".getBytes(WINDOWS_1252);
    Article article = loader.parse(bytes, "latin.txt");
    assertTrue(article.body().contains("Le garçon a payé la note."), article.body());
    assertTrue(
        article.warnings().stream().noneMatch(w -> w.contains("read as Windows-1252")),
        article.warnings()::toString);
  }

  @Test
  void anAbsurdlyLongTitleIsCutWithAWarning() throws BadDocumentException {
    String title = "Word ".repeat(600_000);
    byte[] bytes =
        ("---\ntitle: " + title.strip() + "\n---\n\nThe text of the article is here.\n")
            .getBytes(StandardCharsets.UTF_8);
    Article article = loader.parse(bytes, "long-title.md");
    assertTrue(
        article.metadata().title().length() <= ArticleLoader.MAX_TITLE_CHARS + 1,
        "title of " + article.metadata().title().length());
    assertTrue(
        article.warnings().stream().anyMatch(w -> w.contains("cut to the first")),
        article.warnings()::toString);
  }
}
