package dev.pincite.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a file's bytes into text, or says why they are not text. The charset comes from, in order:
 * a byte-order mark, the charset an HTML or XML page declares, valid UTF-8, and ICU's statistical
 * detection. Stateless and thread safe.
 *
 * <p>Rejections: no bytes or only whitespace ({@code EMPTY}); a known binary signature, NUL bytes
 * outside UTF-16, or many control characters ({@code BINARY}); more than {@value
 * #MAX_BAD_CHAR_SHARE} of the characters undecodable, or a run of byte-oriented text read as UTF-16
 * ({@code ENCODING}).
 */
public final class ContentDecoder {

  /** The decoded text, the charset used and what a reader should know about the decoding. */
  public record Decoded(String text, Charset charset, List<String> warnings) {
    public Decoded {
      warnings = List.copyOf(warnings);
    }
  }

  /** The share of replacement characters above which the text counts as badly encoded. */
  static final double MAX_BAD_CHAR_SHARE = 0.01;

  private static final int SNIFF_BYTES = 8192;

  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.+-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern XML_ENCODING =
      Pattern.compile("^<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9_.:+-]+)");

  /** Signatures of common binary formats saved by mistake into a corpus. */
  private static final List<byte[]> BINARY_SIGNATURES =
      List.of(
          "%PDF".getBytes(StandardCharsets.US_ASCII),
          new byte[] {(byte) 0x89, 'P', 'N', 'G'},
          new byte[] {'P', 'K', 3, 4},
          new byte[] {(byte) 0x1f, (byte) 0x8b},
          new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff},
          "GIF8".getBytes(StandardCharsets.US_ASCII),
          new byte[] {(byte) 0x7f, 'E', 'L', 'F'},
          new byte[] {(byte) 0xd0, (byte) 0xcf, (byte) 0x11, (byte) 0xe0});

  /**
   * Decodes a file's bytes.
   *
   * @param bytes the content
   * @param path the path, for error messages
   * @param markup whether the content is HTML or XML, whose charset declaration is honoured
   * @return the text
   * @throws BadDocumentException for empty, binary or badly encoded content
   */
  public Decoded decode(byte[] bytes, String path, boolean markup) throws BadDocumentException {
    if (bytes.length == 0) {
      throw new BadDocumentException(path, BadDocumentException.Reason.EMPTY, null);
    }
    List<String> warnings = new ArrayList<>();
    Charset charset = fromBom(bytes);
    int skip = bomLength(bytes, charset);
    if (charset == null) {
      rejectBinarySignature(bytes, path);
      charset = utf16WithoutBom(bytes);
    }
    if (charset == null) {
      rejectControlCharacters(bytes, path);
      charset = markup ? declared(bytes, warnings) : null;
      // Valid UTF-8 with multi-byte sequences is next to impossible by accident in another
      // charset, while pages re-saved as UTF-8 often keep their old declaration.
      if (charset != null
          && !charset.equals(StandardCharsets.UTF_8)
          && hasMultiByte(bytes)
          && isUtf8(bytes)) {
        warnings.add("the page declares " + charset.name() + " but is UTF-8; read as UTF-8");
        charset = StandardCharsets.UTF_8;
      }
    }
    if ((charset == null || charset.equals(StandardCharsets.UTF_8)) && !isUtf8(bytes)) {
      MixedText mixed = MixedText.decode(bytes, skip);
      if (mixed.isMostlyUtf8()) {
        warnings.add(mixed.warning());
        checkDecoded(mixed.text(), StandardCharsets.UTF_8, path);
        if (mixed.text().isBlank()) {
          throw new BadDocumentException(
              path, BadDocumentException.Reason.EMPTY, "only whitespace");
        }
        return new Decoded(mixed.text(), StandardCharsets.UTF_8, warnings);
      }
    }
    if (charset == null || (charset.equals(StandardCharsets.UTF_8) && !isUtf8(bytes))) {
      if (charset != null) {
        warnings.add("the page declares UTF-8 but is not valid UTF-8; charset detected instead");
      }
      charset = isUtf8(bytes) ? StandardCharsets.UTF_8 : detect(bytes);
    }
    String text = new String(bytes, skip, bytes.length - skip, charset);
    checkDecoded(text, charset, path);
    if (charset.equals(StandardCharsets.UTF_16LE) || charset.equals(StandardCharsets.UTF_16BE)) {
      rejectBytesReadAsUtf16(text, path);
    }
    if (text.isBlank()) {
      throw new BadDocumentException(path, BadDocumentException.Reason.EMPTY, "only whitespace");
    }
    return new Decoded(text, charset, warnings);
  }

  /**
   * UTF-8 with stray bytes that are not, decoded run by run: each valid UTF-8 sequence as UTF-8,
   * each byte that is not part of one as Windows-1252 (what a Latin-1 editor or a pasted snippet
   * leaves). Whole-file detection read such a file as Windows-1252 and turned every correct "é"
   * into "Ã©".
   *
   * @param text the decoded text
   * @param multiByte the valid multi-byte UTF-8 sequences
   * @param stray the bytes read as Windows-1252
   * @param firstStray the offset of the first of them
   */
  record MixedText(String text, int multiByte, int stray, int firstStray) {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Decodes from {@code offset}; never fails. */
    static MixedText decode(byte[] bytes, int offset) {
      CharsetDecoder utf8 =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT);
      ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
      // UTF-8 and Windows-1252 both give at most one char per byte
      CharBuffer out = CharBuffer.allocate(bytes.length - offset + 1);
      int stray = 0;
      int firstStray = -1;
      while (in.hasRemaining()) {
        CoderResult result = utf8.decode(in, out, true);
        if (!result.isError()) {
          break;
        }
        if (firstStray < 0) {
          firstStray = in.position();
        }
        byte[] run = new byte[result.length()];
        in.get(run);
        out.put(new String(run, WINDOWS_1252));
        stray += run.length;
      }
      utf8.flush(out);
      out.flip();
      String text = out.toString();
      int multiByte = 0;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        multiByte += c >= 0x80 && !Character.isLowSurrogate(c) ? 1 : 0;
      }
      // the stray bytes became one char each, also >= 0x80 (or U+FFFD)
      return new MixedText(text, multiByte - stray, stray, firstStray);
    }

    /** More valid multi-byte sequences than stray bytes: UTF-8 with a few bytes of another. */
    boolean isMostlyUtf8() {
      return stray > 0 && multiByte > 0 && multiByte >= stray;
    }

    String warning() {
      return "UTF-8 with "
          + stray
          + (stray == 1 ? " byte" : " bytes")
          + " that are not (the first at byte "
          + firstStray
          + "): those read as Windows-1252, the rest as UTF-8";
    }
  }

  private static Charset fromBom(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
      return StandardCharsets.UTF_16BE;
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  private static int bomLength(byte[] bytes, Charset bomCharset) {
    if (bomCharset == null) {
      return 0;
    }
    return bomCharset.equals(StandardCharsets.UTF_8) ? 3 : 2;
  }

  private static void rejectBinarySignature(byte[] bytes, String path) throws BadDocumentException {
    for (byte[] signature : BINARY_SIGNATURES) {
      if (startsWith(bytes, signature)) {
        throw new BadDocumentException(
            path, BadDocumentException.Reason.BINARY, "file signature of a binary format");
      }
    }
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** UTF-16 text of Latin script without a BOM has a zero byte in every other position. */
  private static Charset utf16WithoutBom(byte[] bytes) {
    int n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
    if (n < 8) {
      return null;
    }
    int evenZeros = 0;
    int oddZeros = 0;
    for (int i = 0; i < n; i += 2) {
      evenZeros += bytes[i] == 0 ? 1 : 0;
      oddZeros += bytes[i + 1] == 0 ? 1 : 0;
    }
    int pairs = n / 2;
    if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) {
      return StandardCharsets.UTF_16LE;
    }
    if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  private static void rejectControlCharacters(byte[] bytes, String path)
      throws BadDocumentException {
    int n = Math.min(bytes.length, SNIFF_BYTES);
    int controls = 0;
    for (int i = 0; i < n; i++) {
      int c = bytes[i] & 0xff;
      if (c == 0) {
        throw new BadDocumentException(
            path, BadDocumentException.Reason.BINARY, "NUL byte at offset " + i);
      }
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b) {
        controls++;
      }
    }
    if (controls > n * 0.05) {
      throw new BadDocumentException(
          path, BadDocumentException.Reason.BINARY, controls + " control bytes in the first " + n);
    }
  }

  private static Charset declared(byte[] bytes, List<String> warnings) {
    String head =
        new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
    Matcher xml = XML_ENCODING.matcher(head);
    Matcher meta = META_CHARSET.matcher(head);
    String name = xml.find() ? xml.group(1) : meta.find() ? meta.group(1) : null;
    if (name == null) {
      return null;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    // HTML: labels for Latin-1 and ASCII mean windows-1252; a UTF-16 label on a byte-oriented
    // page (no BOM, no zero bytes, or we would not be here) means UTF-8.
    if (lower.equals("iso-8859-1")
        || lower.equals("latin1")
        || lower.equals("us-ascii")
        || lower.equals("ascii")) {
      return Charset.forName("windows-1252");
    }
    if (lower.startsWith("utf-16") || lower.startsWith("utf16")) {
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(name);
    } catch (IllegalArgumentException e) {
      warnings.add("unknown declared charset " + name + "; charset detected instead");
      return null;
    }
  }

  private static boolean hasMultiByte(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return true;
      }
    }
    return false;
  }

  /** Valid UTF-8, allowing a multi-byte sequence cut off at the very end. */
  static boolean isUtf8(byte[] bytes) {
    int end = bytes.length;
    // A truncated trailing sequence is a truncation problem, not a different charset.
    int back = 0;
    while (back < 3 && end - back - 1 >= 0 && (bytes[end - back - 1] & 0xc0) == 0x80) {
      back++;
    }
    if (end - back - 1 >= 0 && (bytes[end - back - 1] & 0xc0) == 0xc0) {
      int lead = bytes[end - back - 1] & 0xff;
      int need = lead >= 0xf0 ? 3 : lead >= 0xe0 ? 2 : 1;
      if (back < need) {
        end = end - back - 1;
      }
    }
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, 0, end));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static Charset detect(byte[] bytes) {
    CharsetDetector detector = new CharsetDetector();
    detector.setText(bytes);
    Charset fallback = Charset.forName("windows-1252");
    for (CharsetMatch match : detector.detectAll()) {
      String name = match.getName();
      if (name.startsWith("UTF-32") || name.startsWith("UTF-16")) {
        continue; // no zero bytes, or we would have found UTF-16 already
      }
      // ISO-8859-1 pages are written with windows-1252 in practice; it decodes the same bytes
      // the same way except the curly quotes and dashes in 0x80-0x9f.
      if (name.equals("ISO-8859-1")) {
        return fallback;
      }
      try {
        return Charset.forName(name);
      } catch (IllegalArgumentException e) {
        // a name the JDK does not know: try the next match
      }
    }
    return fallback;
  }

  /** Characters per window of {@link #rejectBytesReadAsUtf16}. */
  static final int PAIR_WINDOW = 64;

  /**
   * Byte-oriented text read as UTF-16 (a stray byte-order mark before ASCII text, text appended to
   * a UTF-16 file without BOM, a file cut at an odd byte) decodes without a single error into CJK
   * characters whose two bytes are both ASCII: "garbage" reads "最牡慢敧". Real text has such
   * characters too (one Han character in three or so), never 85% of a window of {@value
   * #PAIR_WINDOW}. High bytes 0x21-0x3f are not counted as ASCII: they are the blocks of
   * punctuation, symbols and kana, where real text is dense, and rare as the first letter of a pair
   * of English text.
   */
  private static void rejectBytesReadAsUtf16(String text, String path) throws BadDocumentException {
    int inWindow = 0;
    int pairs = 0;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c <= ' ') {
        continue;
      }
      if (inWindow == 0) {
        start = i;
      }
      inWindow++;
      pairs += looksLikeTwoAsciiBytes(c) ? 1 : 0;
      if (inWindow == PAIR_WINDOW) {
        checkWindow(text, start, inWindow, pairs, path);
        inWindow = 0;
        pairs = 0;
      }
    }
    if (inWindow >= 8) {
      checkWindow(text, start, inWindow, pairs, path);
    }
  }

  private static void checkWindow(String text, int start, int chars, int pairs, String path)
      throws BadDocumentException {
    if (pairs < chars * 0.85) {
      return;
    }
    String sample = text.substring(start, Math.min(text.length(), start + 8));
    throw new BadDocumentException(
        path,
        BadDocumentException.Reason.ENCODING,
        "byte-oriented text read as UTF-16 (\""
            + sample
            + "\" at character "
            + start
            + "): a stray byte-order mark, or text added to a UTF-16 file; save it as UTF-8");
  }

  private static boolean looksLikeTwoAsciiBytes(char c) {
    int high = c >>> 8;
    int low = c & 0xff;
    return (high == 0x20 || (high >= 0x40 && high <= 0x7e)) && low >= 0x20 && low <= 0x7e;
  }

  private static void checkDecoded(String text, Charset charset, String path)
      throws BadDocumentException {
    long bad = text.chars().filter(c -> c == 0xfffd).count();
    if (bad > 3 && bad > text.length() * MAX_BAD_CHAR_SHARE) {
      throw new BadDocumentException(
          path,
          BadDocumentException.Reason.ENCODING,
          bad + " undecodable characters as " + charset.name());
    }
  }
}
