package io.github.newsmodel.html.internal.charset;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Decodes the bytes of an HTML page, choosing the charset in the order browsers use (WHATWG "encoding sniffing"):
 *
 * <ol>
 *   <li>a byte order mark (UTF-8, UTF-16LE, UTF-16BE);
 *   <li>UTF-16LE or UTF-16BE, if the zero bytes that ASCII has in UTF-16 show it ({@link Utf16Zeros});
 *   <li>the charset the transport declared, such as HTTP {@code Content-Type};
 *   <li>the page's {@code <meta charset>} or {@code <meta http-equiv="Content-Type">} in its head;
 *   <li>UTF-8, if the bytes are valid UTF-8;
 *   <li>the fallback, windows-1252 by default.
 * </ol>
 *
 * <p>Of the page's {@code <meta>}s, as in browsers, only a {@code charset} attribute or the {@code charset=} in the
 * {@code content} of one with {@code http-equiv="Content-Type"} counts, not a {@code charset=} in any other meta
 * such as a description; the first that names a supported charset wins (see {@link MetaPrescan}).
 *
 * <p>As in browsers, labels of ISO-8859-1 and US-ASCII are read as windows-1252, whose extra characters (such as
 * the curly quotes at 0x93 and 0x94) pages labelled ISO-8859-1 commonly contain; labels of GB2312 and GBK as
 * GB18030, of Shift_JIS as windows-31j, of EUC-KR (and ks_c_5601-1987) as windows-949, of Big5 as Big5-HKSCS,
 * and of ISO-8859-9 and TIS-620 as windows-1254 and windows-874: the supersets that pages so labelled are written
 * in; {@code utf-16}, {@code ucs-2} and {@code unicode} as UTF-16LE; and a {@code <meta>} that claims UTF-16 on
 * a page that has no UTF-16 byte order mark means UTF-8. Unknown labels are ignored, and so are labels of charsets
 * that browsers do not support and that do not read ASCII as ASCII, such as UTF-32 and EBCDIC.
 *
 * <p>Departures from browsers, where the bytes show a declaration wrong: a page declared UTF-8 whose bytes are
 * mostly not UTF-8 (more malformed sequences than well-formed multi-byte ones), such as an old windows-1252 page
 * that a server labels UTF-8, is read in the fallback instead, so that its accented letters survive; a page
 * declared in any other charset whose bytes are valid UTF-8 and hold multi-byte sequences, such as a UTF-8 page
 * under a template's stale {@code <meta charset=iso-8859-1>}, is read as UTF-8; and a page in UTF-16 without a
 * byte order mark, which browsers would show as nothing, is read in UTF-16. Other bytes that are invalid in the
 * chosen charset become U+FFFD.
 */
public final class HtmlCharsets {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  /** The charset browsers fall back to for Western pages that declare none and are not UTF-8. */
  public static final Charset BROWSER_FALLBACK = WINDOWS_1252;
  /**
   * The labels of the Encoding Standard's table, each read as browsers read it: by names that Java knows by others
   * or not at all, and for some as a superset that pages so labelled are in fact written in. Every other label is
   * read as Java reads it.
   */
  private static final Map<String, Charset> BROWSER_LABELS = browserLabels();

  /** The ASCII that HTML markup is written in, to tell the charsets that read it as ASCII. */
  private static final String MARKUP_ASCII = "\t\n\r !\"#$%&'()*+,-./0123456789:;<=>?@"
      + "ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~";

  private HtmlCharsets() {}

  /**
   * Decodes a page.
   *
   * @param bytes the page's bytes
   * @param declared the charset label the transport declared, if any
   * @param fallback the charset for bytes that are neither declared nor valid UTF-8
   * @return the text, the charset used and the evidence that chose it
   */
  public static Decoded decode(byte[] bytes, Optional<String> declared, Charset fallback) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new Decoded(decode(bytes, 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, Evidence.BYTE_ORDER_MARK);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new Decoded(decode(bytes, 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE,
          Evidence.BYTE_ORDER_MARK);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new Decoded(decode(bytes, 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE,
          Evidence.BYTE_ORDER_MARK);
    }
    Optional<Charset> transport = declared.flatMap(HtmlCharsets::forTransport);
    // Before the declarations: no label of an ASCII-compatible charset can be right for such bytes, and a label
    // of UTF-16 may not say which byte order.
    Optional<Charset> utf16 = Utf16Zeros.charset(bytes);
    if (utf16.isPresent()) {
      return new Decoded(decode(bytes, 0, utf16.get()), utf16.get(),
          transport.equals(utf16) ? Evidence.TRANSPORT : Evidence.UTF16_ZEROS);
    }
    if (transport.isPresent()) {
      return declaredOrNot(bytes, transport.get(), Evidence.TRANSPORT, fallback);
    }
    Optional<Charset> meta = MetaPrescan.charset(bytes);
    if (meta.isPresent()) {
      return declaredOrNot(bytes, meta.get(), Evidence.META, fallback);
    }
    Optional<String> utf8 = strictUtf8(bytes);
    if (utf8.isPresent()) {
      return new Decoded(utf8.get(), StandardCharsets.UTF_8, Evidence.VALID_UTF8);
    }
    return new Decoded(decode(bytes, 0, fallback), fallback, Evidence.FALLBACK);
  }

  /**
   * The declared charset, unless the bytes show it wrong: UTF-8 declared on bytes that are mostly something else,
   * or another charset declared on bytes that are valid UTF-8 and hold UTF-8's multi-byte characters.
   */
  private static Decoded declaredOrNot(byte[] bytes, Charset charset, Evidence evidence, Charset fallback) {
    if (charset.equals(StandardCharsets.UTF_8)) {
      if (!mostlyUtf8(bytes)) {
        return new Decoded(decode(bytes, 0, fallback), fallback, Evidence.NOT_AS_DECLARED);
      }
    } else if (onlyUtf8(bytes)) {
      // A template's stale <meta charset=iso-8859-1> over a UTF-8 database, or a server's default Content-Type
      // (Apache sent ISO-8859-1 for years): text in a single-byte or East Asian charset is as good as never valid
      // UTF-8 once it holds a byte above ASCII, since UTF-8 allows such a byte only in sequences of a strict form.
      return new Decoded(decode(bytes, 0, StandardCharsets.UTF_8), StandardCharsets.UTF_8, Evidence.NOT_AS_DECLARED);
    }
    return new Decoded(decode(bytes, 0, charset), charset, evidence);
  }

  /** Whether bytes hold UTF-8's multi-byte sequences and nothing that is not UTF-8. */
  static boolean onlyUtf8(byte[] bytes) {
    boolean multiByte = false;
    int i = 0;
    while (i < bytes.length) {
      if (bytes[i] >= 0) {
        i++;
        continue;
      }
      int length = utf8SequenceLength(bytes, i);
      if (length == 0) {
        return false;
      }
      multiByte = true;
      i += length;
    }
    return multiByte;
  }

  /**
   * Whether bytes hold at least as many well-formed UTF-8 multi-byte sequences as malformed ones: a UTF-8 page
   * with a few broken bytes does, a page in a single-byte charset or in Shift_JIS does not.
   */
  static boolean mostlyUtf8(byte[] bytes) {
    long wellFormed = 0;
    long malformed = 0;
    int i = 0;
    while (i < bytes.length) {
      int b = bytes[i] & 0xFF;
      if (b < 0x80) {
        i++;
        continue;
      }
      int length = utf8SequenceLength(bytes, i);
      if (length > 0) {
        wellFormed++;
        i += length;
      } else {
        malformed++;
        i++;
      }
    }
    return malformed <= wellFormed;
  }

  /** The length of the well-formed UTF-8 multi-byte sequence at {@code i}, or 0 if there is none. */
  private static int utf8SequenceLength(byte[] bytes, int i) {
    int b = bytes[i] & 0xFF;
    int length;
    int min;
    int max = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) {
      length = 2;
      min = 0x80;
    } else if (b >= 0xE0 && b <= 0xEF) {
      length = 3;
      min = b == 0xE0 ? 0xA0 : 0x80; // no overlong forms
      max = b == 0xED ? 0x9F : 0xBF; // no surrogates
    } else if (b >= 0xF0 && b <= 0xF4) {
      length = 4;
      min = b == 0xF0 ? 0x90 : 0x80;
      max = b == 0xF4 ? 0x8F : 0xBF; // nothing beyond U+10FFFF
    } else {
      return 0;
    }
    if (i + length > bytes.length) {
      return 0;
    }
    int second = bytes[i + 1] & 0xFF;
    if (second < min || second > max) {
      return 0;
    }
    for (int k = 2; k < length; k++) {
      int next = bytes[i + k] & 0xFF;
      if (next < 0x80 || next > 0xBF) {
        return 0;
      }
    }
    return length;
  }

  /**
   * The charset that a transport declared: a label, or a whole {@code Content-Type} value such as
   * {@code text/html; charset=ISO-8859-1}, which is what a caller holding an HTTP response has at hand.
   *
   * @param declared a label or a content type
   * @return the charset, read as browsers read its label; empty for a content type without a {@code charset=}, or
   *     an unknown or unsupported label
   */
  static Optional<Charset> forTransport(String declared) {
    boolean contentType = declared.indexOf('/') >= 0 || declared.indexOf(';') >= 0 || declared.indexOf('=') >= 0;
    return contentType ? MetaPrescan.labelInContent(declared).flatMap(HtmlCharsets::forLabel) : forLabel(declared);
  }

  /**
   * The charset a label names, read the way browsers read it.
   *
   * @param label a label such as {@code utf-8}, {@code ISO-8859-1} or {@code "latin1"}
   * @return the charset; empty for an unknown or unsupported label
   */
  public static Optional<Charset> forLabel(String label) {
    String l = label.trim().toLowerCase(Locale.ROOT);
    if (l.length() > 1 && (l.startsWith("\"") || l.startsWith("'"))) {
      l = l.substring(1, l.length() - (l.endsWith(l.substring(0, 1)) ? 1 : 0)).trim();
    }
    Charset browsers = BROWSER_LABELS.get(l);
    if (browsers != null) {
      return Optional.of(browsers);
    }
    Charset charset;
    try {
      charset = Charset.forName(l);
    } catch (IllegalArgumentException e) { // includes the illegal-name and unsupported-charset exceptions
      return Optional.empty();
    }
    // Every charset browsers support but UTF-16 reads ASCII as ASCII; Java also knows UTF-32, EBCDIC and UTF-16
    // under other names, which would turn a page whose label could be read as ASCII into nonsense.
    return readsAsciiAsAscii(charset) ? Optional.of(charset) : Optional.empty();
  }

  private static Map<String, Charset> browserLabels() {
    Map<String, Charset> labels = new HashMap<>();
    // The Encoding Standard's labels of each charset, those browsers know a page's charset by: Java knows many of them
    // by other names (x-cp1251, koi, mac, iso88592, unicode20utf8, ...), or not at all.
    add(labels, StandardCharsets.UTF_8, "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf-8", "utf8",
        "x-unicode20utf8");
    add(labels, "IBM866", "866", "cp866", "csibm866", "ibm866");
    add(labels, "ISO-8859-2", "csisolatin2", "iso-8859-2", "iso-ir-101", "iso8859-2", "iso88592", "iso_8859-2",
        "iso_8859-2:1987", "l2", "latin2");
    add(labels, "ISO-8859-3", "csisolatin3", "iso-8859-3", "iso-ir-109", "iso8859-3", "iso88593", "iso_8859-3",
        "iso_8859-3:1988", "l3", "latin3");
    add(labels, "ISO-8859-4", "csisolatin4", "iso-8859-4", "iso-ir-110", "iso8859-4", "iso88594", "iso_8859-4",
        "iso_8859-4:1988", "l4", "latin4");
    add(labels, "ISO-8859-5", "csisolatincyrillic", "cyrillic", "iso-8859-5", "iso-ir-144", "iso8859-5",
        "iso88595", "iso_8859-5", "iso_8859-5:1988");
    add(labels, "ISO-8859-6", "arabic", "asmo-708", "csiso88596e", "csiso88596i", "csisolatinarabic", "ecma-114",
        "iso-8859-6", "iso-8859-6-e", "iso-8859-6-i", "iso-ir-127", "iso8859-6", "iso88596", "iso_8859-6",
        "iso_8859-6:1987");
    add(labels, "ISO-8859-7", "csisolatingreek", "ecma-118", "elot_928", "greek", "greek8", "iso-8859-7",
        "iso-ir-126", "iso8859-7", "iso88597", "iso_8859-7", "iso_8859-7:1987", "sun_eu_greek");
    // Hebrew in visual and in logical order: the same bytes, which Java knows by the one name.
    add(labels, "ISO-8859-8", "csiso88598e", "csisolatinhebrew", "hebrew", "iso-8859-8", "iso-8859-8-e",
        "iso-ir-138", "iso8859-8", "iso88598", "iso_8859-8", "iso_8859-8:1988", "visual", "csiso88598i",
        "iso-8859-8-i", "logical");
    // Latin-6 and Latin-8, which the JDK may not carry: their labels are then unknown, as before.
    add(labels, "ISO-8859-10", "csisolatin6", "iso-8859-10", "iso-ir-157", "iso8859-10", "iso885910", "l6",
        "latin6");
    add(labels, "ISO-8859-13", "iso-8859-13", "iso8859-13", "iso885913");
    add(labels, "ISO-8859-14", "iso-8859-14", "iso8859-14", "iso885914");
    add(labels, "ISO-8859-15", "csisolatin9", "iso-8859-15", "iso8859-15", "iso885915", "iso_8859-15", "l9");
    add(labels, "ISO-8859-16", "iso-8859-16");
    add(labels, "KOI8-R", "cskoi8r", "koi", "koi8", "koi8-r", "koi8_r");
    add(labels, "KOI8-U", "koi8-ru", "koi8-u");
    add(labels, "x-MacRoman", "csmacintosh", "mac", "macintosh", "x-mac-roman");
    add(labels, "x-MacCyrillic", "x-mac-cyrillic", "x-mac-ukrainian");
    // Latin-5 and TIS-620 pages hold their Windows supersets' extra characters, as Latin-1 pages do.
    add(labels, "x-windows-874", "dos-874", "iso-8859-11", "iso8859-11", "iso885911", "tis-620", "windows-874");
    add(labels, "windows-1250", "cp1250", "windows-1250", "x-cp1250");
    add(labels, "windows-1251", "cp1251", "windows-1251", "x-cp1251");
    // ISO-8859-1 and US-ASCII pages commonly hold windows-1252's extra characters, such as curly quotes at 0x93.
    add(labels, WINDOWS_1252, "ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819", "iso-8859-1",
        "iso-ir-100", "iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1", "us-ascii",
        "windows-1252", "x-cp1252");
    add(labels, "windows-1253", "cp1253", "windows-1253", "x-cp1253");
    add(labels, "windows-1254", "cp1254", "csisolatin5", "iso-8859-9", "iso-ir-148", "iso8859-9", "iso88599",
        "iso_8859-9", "iso_8859-9:1989", "l5", "latin5", "windows-1254", "x-cp1254");
    add(labels, "windows-1255", "cp1255", "windows-1255", "x-cp1255");
    add(labels, "windows-1256", "cp1256", "windows-1256", "x-cp1256");
    add(labels, "windows-1257", "cp1257", "windows-1257", "x-cp1257");
    add(labels, "windows-1258", "cp1258", "windows-1258", "x-cp1258");
    // GB2312 pages are commonly written in its superset GBK, which GB18030 extends.
    add(labels, "GB18030", "chinese", "csgb2312", "csiso58gb231280", "gb2312", "gb_2312", "gb_2312-80", "gbk",
        "iso-ir-58", "x-gbk", "gb18030");
    // Big5 pages use the Hong Kong extensions, which Java's Big5 does not read.
    add(labels, "Big5-HKSCS", "big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5");
    add(labels, "EUC-JP", "cseucpkdfmtjapanese", "euc-jp", "x-euc-jp");
    add(labels, "ISO-2022-JP", "csiso2022jp", "iso-2022-jp");
    // Microsoft's Shift_JIS, with the NEC and IBM extensions such as ①.
    add(labels, "windows-31j", "csshiftjis", "ms932", "ms_kanji", "shift-jis", "shift_jis", "sjis", "windows-31j",
        "x-sjis");
    // EUC-KR pages, most often labelled ks_c_5601-1987, are written in Microsoft's superset with 8,822 more
    // Hangul syllables, which Java's EUC-KR turns into U+FFFD.
    add(labels, "x-windows-949", "cseuckr", "csksc56011987", "euc-kr", "iso-ir-149", "korean", "ks_c_5601-1987",
        "ks_c_5601-1989", "ksc5601", "ksc_5601", "windows-949");
    // Browsers read a bare utf-16 without a byte order mark as little-endian, where Java's UTF-16 reads big-endian.
    add(labels, StandardCharsets.UTF_16LE, "csunicode", "iso-10646-ucs-2", "ucs-2", "unicode", "unicodefeff",
        "utf-16", "utf-16le");
    add(labels, StandardCharsets.UTF_16BE, "unicodefffe", "utf-16be");
    return Map.copyOf(labels);
  }

  /** Adds a charset's labels, if this Java carries the charset. */
  private static void add(Map<String, Charset> labels, String javaName, String... names) {
    if (Charset.isSupported(javaName)) {
      add(labels, Charset.forName(javaName), names);
    }
  }

  private static void add(Map<String, Charset> labels, Charset charset, String... names) {
    for (String name : names) {
      labels.put(name, charset);
    }
  }

  private static boolean readsAsciiAsAscii(Charset charset) {
    return new String(MARKUP_ASCII.getBytes(StandardCharsets.US_ASCII), charset).equals(MARKUP_ASCII);
  }

  private static Optional<String> strictUtf8(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
      return Optional.of(chars.toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static String decode(byte[] bytes, int offset, Charset charset) {
    return new String(bytes, offset, bytes.length - offset, charset);
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** What chose the charset. */
  public enum Evidence {
    /** A byte order mark at the start of the bytes. */
    BYTE_ORDER_MARK,
    /** The charset the transport declared. */
    TRANSPORT,
    /** The page's own {@code <meta>} declaration. */
    META,
    /** Nothing was declared and the bytes are valid UTF-8. */
    VALID_UTF8,
    /** Nothing was declared and the bytes are not valid UTF-8. */
    FALLBACK,
    /** No byte order mark, but the zero bytes that ASCII markup has in UTF-16. */
    UTF16_ZEROS,
    /**
     * The bytes contradict the declared charset: UTF-8 was declared and they are mostly not UTF-8, so the fallback
     * was used; or another charset was declared and they are UTF-8 with multi-byte characters, so UTF-8 was.
     */
    NOT_AS_DECLARED
  }

  /**
   * A decoded page.
   *
   * @param text the page's text
   * @param charset the charset it was decoded with
   * @param evidence what chose the charset
   */
  public record Decoded(String text, Charset charset, Evidence evidence) {}
}
