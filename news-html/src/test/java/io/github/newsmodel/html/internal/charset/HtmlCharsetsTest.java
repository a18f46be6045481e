package io.github.newsmodel.html.internal.charset;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.html.internal.charset.HtmlCharsets.Decoded;
import io.github.newsmodel.html.internal.charset.HtmlCharsets.Evidence;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlCharsetsTest {
  private static final Charset CP1252 = Charset.forName("windows-1252");
  private static final String QUOTED = "\u201cquoted\u201d \u2013 caf\u00e9";

  private static Decoded decode(byte[] bytes) {
    return HtmlCharsets.decode(bytes, Optional.empty(), CP1252);
  }

  private static byte[] page(String head, String body, Charset charset) {
    return ("<html><head>" + head + "</head><body>" + body + "</body></html>").getBytes(charset);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(a);
    out.writeBytes(b);
    return out.toByteArray();
  }

  @Test
  void aByteOrderMarkWinsOverEverything() {
    byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        page("<meta charset=\"windows-1252\">", QUOTED, StandardCharsets.UTF_8));

    Decoded decoded = HtmlCharsets.decode(bytes, Optional.of("iso-8859-1"), CP1252);

    assertThat(decoded.evidence()).isEqualTo(Evidence.BYTE_ORDER_MARK);
    assertThat(decoded.text()).startsWith("<html>").contains(QUOTED);
  }

  @Test
  void readsUtf16WithItsByteOrderMark() {
    byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, page("", QUOTED, StandardCharsets.UTF_16LE));

    assertThat(decode(bytes).text()).contains(QUOTED);
    assertThat(decode(bytes).charset()).isEqualTo(StandardCharsets.UTF_16LE);
  }

  @Test
  void theTransportOutranksTheMeta() {
    byte[] bytes = page("<meta charset=\"utf-8\">", QUOTED, CP1252);

    Decoded decoded = HtmlCharsets.decode(bytes, Optional.of("windows-1252"), StandardCharsets.UTF_8);

    assertThat(decoded.evidence()).isEqualTo(Evidence.TRANSPORT);
    assertThat(decoded.text()).contains(QUOTED);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      <meta charset="windows-1252">                                              | windows-1252
      <meta charset='ISO-8859-1'>                                                | windows-1252
      <meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1" /> | windows-1252
      <META HTTP-EQUIV="content-type" CONTENT="text/html;charset=US-ASCII">      | windows-1252
      <meta charset="koi8-r">                                                    | KOI8-R
      <meta charset="utf-16">                                                    | UTF-8
      <meta charset=UTF-16LE>                                                    | UTF-8
      <meta charset=x-user-defined>                                              | windows-1252
      <meta content="text/html; charset=koi8-r" http-equiv="Content-Type">       | KOI8-R
      <meta content='text/html;charset="koi8-r"' HTTP-EQUIV=CONTENT-TYPE>        | KOI8-R
      <meta http-equiv=content-type content=text/html;charset=koi8-r />          | KOI8-R
      <meta/charset=koi8-r>                                                      | KOI8-R
      <meta name="description" content="charset=utf-8"><meta charset="koi8-r">   | KOI8-R
      <meta charset="utf-32"><meta charset="koi8-r">                             | KOI8-R
      <meta charset="no-such"><meta charset="koi8-r">                            | KOI8-R
      <!--><meta charset="koi8-r"> -->                                           | KOI8-R
      """)
  void readsTheMetaDeclarationAsBrowsersDo(String meta, String expected) {
    byte[] bytes = page("<title>t</title>" + meta, "x", StandardCharsets.US_ASCII);

    Decoded decoded = decode(bytes);

    assertThat(decoded.evidence()).isEqualTo(Evidence.META);
    assertThat(decoded.charset()).isEqualTo(Charset.forName(expected));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      <meta name="description" content="How to set charset=windows-1251 in PHP">
      <meta property="og:description" content="text/html; charset=windows-1251">
      <meta content="text/html; charset=windows-1251">
      <meta http-equiv="refresh" content="5; charset=windows-1251">
      <meta http-equiv=" content-type" content="text/html; charset=windows-1251">
      <meta charset="no-such" content="text/html; charset=windows-1251" http-equiv="content-type">
      <link title="<meta charset=windows-1251>">
      <meta content="charset=windows-1251" charset="no-such" http-equiv=content-type>
      """)
  void aCharsetOutsideADeclarationIsNoDeclaration(String meta) {
    byte[] bytes = page("<title>t</title>" + meta, QUOTED, StandardCharsets.UTF_8);

    Decoded decoded = decode(bytes);

    assertThat(decoded.evidence()).isEqualTo(Evidence.VALID_UTF8);
    assertThat(decoded.text()).contains(QUOTED);
  }

  @Test
  void iso88591PagesGetTheirSmartQuotes() {
    byte[] bytes = page("<meta charset=\"iso-8859-1\">", QUOTED, CP1252);

    assertThat(decode(bytes).text()).contains(QUOTED);
  }

  @Test
  void ignoresAMetaInACommentAndAnUnknownLabel() {
    byte[] bytes = page("<!-- <meta charset=\"koi8-r\"> --><meta charset=\"no-such-charset\">", QUOTED,
        StandardCharsets.UTF_8);

    Decoded decoded = decode(bytes);

    assertThat(decoded.evidence()).isEqualTo(Evidence.VALID_UTF8);
    assertThat(decoded.text()).contains(QUOTED);
  }

  @Test
  void ignoresAMetaInTheBody() {
    byte[] bytes = page("", "<meta charset=\"koi8-r\">" + QUOTED, StandardCharsets.UTF_8);

    assertThat(decode(bytes).evidence()).isEqualTo(Evidence.VALID_UTF8);
  }

  @Test
  void aUtf8LabelOnBytesThatAreMostlyNotUtf8GivesWayToTheFallback() {
    byte[] declared = page("<meta charset=utf-8>", QUOTED, CP1252);
    byte[] brokenUtf8 = concat(page("<meta charset=utf-8>", QUOTED + " " + QUOTED, StandardCharsets.UTF_8),
        new byte[] {(byte) 0xC3, 0x28});

    Decoded mislabelled = decode(declared);
    Decoded fromServer = HtmlCharsets.decode(page("", QUOTED, CP1252), Optional.of("utf-8"), CP1252);
    Decoded broken = decode(brokenUtf8);

    assertThat(mislabelled.evidence()).isEqualTo(Evidence.NOT_AS_DECLARED);
    assertThat(mislabelled.text()).contains(QUOTED);
    assertThat(fromServer.evidence()).isEqualTo(Evidence.NOT_AS_DECLARED);
    assertThat(broken.evidence()).as("a few broken bytes in UTF-8").isEqualTo(Evidence.META);
    assertThat(broken.text()).contains(QUOTED + " " + QUOTED).endsWith("\ufffd(");
  }

  @Test
  void anotherLabelOnBytesThatAreUtf8WithMultiByteCharactersGivesWayToUtf8() {
    byte[] utf8 = page("<meta charset=iso-8859-1>", QUOTED, StandardCharsets.UTF_8);
    byte[] ascii = page("<meta charset=iso-8859-1>", "plain", StandardCharsets.UTF_8);

    Decoded underMeta = decode(utf8);
    Decoded underTransport = HtmlCharsets.decode(page("", QUOTED, StandardCharsets.UTF_8), Optional.of("koi8-r"),
        CP1252);

    assertThat(underMeta.evidence()).isEqualTo(Evidence.NOT_AS_DECLARED);
    assertThat(underMeta.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(underMeta.text()).contains(QUOTED);
    assertThat(underTransport.evidence()).isEqualTo(Evidence.NOT_AS_DECLARED);
    assertThat(underTransport.text()).contains(QUOTED);
    assertThat(decode(ascii).evidence()).as("ASCII is the same in both").isEqualTo(Evidence.META);
  }

  @Test
  void onlyUtf8NeedsAMultiByteSequenceAndNothingMalformed() {
    assertThat(HtmlCharsets.onlyUtf8("caf\u00e9".getBytes(StandardCharsets.UTF_8))).isTrue();
    assertThat(HtmlCharsets.onlyUtf8("plain ASCII".getBytes(StandardCharsets.UTF_8))).isFalse();
    assertThat(HtmlCharsets.onlyUtf8("caf\u00e9 \u00e9".getBytes(CP1252))).isFalse();
    assertThat(HtmlCharsets.onlyUtf8(concat("caf\u00e9".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xE9})))
        .as("one malformed byte").isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
  void utf16WithoutAByteOrderMarkIsToldByItsZeroBytes(String charset) {
    byte[] bytes = page("<meta charset=windows-1252>", QUOTED + " \u6771\u4eac", Charset.forName(charset));

    Decoded decoded = HtmlCharsets.decode(bytes, Optional.of("iso-8859-1"), CP1252);

    assertThat(decoded.evidence()).isEqualTo(Evidence.UTF16_ZEROS);
    assertThat(decoded.charset()).isEqualTo(Charset.forName(charset));
    assertThat(decoded.text()).isEqualTo("<html><head><meta charset=windows-1252></head><body>" + QUOTED
        + " \u6771\u4eac</body></html>");
  }

  @Test
  void zeroBytesOnBothSidesAreNoUtf16() {
    byte[] zeros = new byte[64];
    byte[] shortUtf16 = "<p>".getBytes(StandardCharsets.UTF_16LE);

    assertThat(decode(zeros).evidence()).isNotEqualTo(Evidence.UTF16_ZEROS);
    assertThat(decode(shortUtf16).evidence()).as("too short to judge").isNotEqualTo(Evidence.UTF16_ZEROS);
  }

  @Test
  void wellFormedUtf8IsToldFromMalformed() {
    assertThat(HtmlCharsets.mostlyUtf8("plain ASCII".getBytes(StandardCharsets.UTF_8))).isTrue();
    assertThat(HtmlCharsets.mostlyUtf8("caf\u00e9 \ud83d\ude00 \u6771".getBytes(StandardCharsets.UTF_8))).isTrue();
    assertThat(HtmlCharsets.mostlyUtf8(new byte[] {(byte) 0xE9})).as("windows-1252 é").isFalse();
    assertThat(HtmlCharsets.mostlyUtf8(new byte[] {(byte) 0xC0, (byte) 0xAF})).as("overlong").isFalse();
    assertThat(HtmlCharsets.mostlyUtf8(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})).as("surrogate")
        .isFalse();
    assertThat(HtmlCharsets.mostlyUtf8(new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}))
        .as("beyond U+10FFFF").isFalse();
    assertThat(HtmlCharsets.mostlyUtf8("\u6771\u4eac".getBytes(Charset.forName("Shift_JIS")))).isFalse();
  }

  @ParameterizedTest
  @CsvSource({"gb2312, GB18030", "GBK, GB18030", "x-gbk, GB18030", "Shift_JIS, windows-31j", "sjis, windows-31j",
      "ms_kanji, windows-31j", "latin1, windows-1252", "EUC-JP, EUC-JP", "EUC-KR, x-windows-949",
      "ks_c_5601-1987, x-windows-949", "korean, x-windows-949", "Big5, Big5-HKSCS", "cn-big5, Big5-HKSCS",
      "iso-8859-9, windows-1254", "latin5, windows-1254", "tis-620, x-windows-874", "iso-8859-11, x-windows-874",
      "iso-8859-8-i, ISO-8859-8", "windows-1251, windows-1251", "koi8-r, KOI8-R"})
  void labelsAreReadAsTheSupersetsBrowsersUse(String label, String charset) {
    assertThat(HtmlCharsets.forLabel(label)).hasValue(Charset.forName(charset));
  }

  /** Labels of the Encoding Standard that Java knows by other names, or not at all: they were unknown. */
  @ParameterizedTest
  @CsvSource({"x-cp1251, windows-1251", "x-cp1250, windows-1250", "x-cp1253, windows-1253",
      "x-cp1255, windows-1255", "x-cp1256, windows-1256", "x-cp1257, windows-1257", "x-cp1258, windows-1258",
      "x-mac-cyrillic, x-MacCyrillic", "x-mac-ukrainian, x-MacCyrillic", "macintosh, x-MacRoman", "mac, x-MacRoman",
      "csmacintosh, x-MacRoman", "x-mac-roman, x-MacRoman", "gb_2312, GB18030", "koi, KOI8-R", "koi8, KOI8-R",
      "koi8-ru, KOI8-U", "iso88592, ISO-8859-2", "iso88595, ISO-8859-5", "iso88597, ISO-8859-7",
      "iso885913, ISO-8859-13", "iso885915, ISO-8859-15", "iso-8859-6-e, ISO-8859-6", "iso-8859-6-i, ISO-8859-6",
      "csiso88596i, ISO-8859-6", "iso-8859-8-e, ISO-8859-8", "visual, ISO-8859-8", "sun_eu_greek, ISO-8859-7",
      "unicode11utf8, UTF-8", "unicode20utf8, UTF-8", "x-unicode20utf8, UTF-8", "unicode-1-1-utf-8, UTF-8",
      "866, IBM866", "x-euc-jp, EUC-JP", "csiso2022jp, ISO-2022-JP"})
  void labelsJavaKnowsByOtherNamesAreReadAsBrowsersReadThem(String label, String charset) {
    assertThat(HtmlCharsets.forLabel(label)).hasValue(Charset.forName(charset));
    assertThat(HtmlCharsets.forLabel(" \"" + label.toUpperCase(Locale.ROOT) + "\" "))
        .hasValue(Charset.forName(charset));
  }

  @Test
  void aRussianPageLabelledXCp1251IsReadInWindows1251() {
    String russian = "\u041d\u043e\u0432\u043e\u0441\u0442\u0438 \u041c\u043e\u0441\u043a\u0432\u044b";
    byte[] bytes = ("<html><head><meta charset=\"x-cp1251\"><title>" + russian + "</title></head><body><p>" + russian
        + "</p></body></html>").getBytes(Charset.forName("windows-1251"));

    Decoded decoded = decode(bytes);

    assertThat(decoded.evidence()).isEqualTo(Evidence.META);
    assertThat(decoded.charset()).isEqualTo(Charset.forName("windows-1251"));
    assertThat(decoded.text()).contains(russian);
  }

  @Test
  void aKoreanPageLabelledKsc5601KeepsTheSyllablesOnlyWindows949Has() {
    // 갂 is one of the 8,822 syllables outside EUC-KR proper, which Java's EUC-KR decodes as U+FFFD.
    String korean = "\uAC02\uD55C\uAD6D\uC5B4";
    byte[] bytes = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ks_c_5601-1987\">"
        + "</head><body><p>" + korean + "</p></body></html>").getBytes(Charset.forName("x-windows-949"));

    Decoded decoded = decode(bytes);

    assertThat(decoded.evidence()).isEqualTo(Evidence.META);
    assertThat(decoded.text()).contains(korean);
  }

  @Test
  void aTurkishPageLabelledLatin5KeepsWindows1254sQuotes() {
    String turkish = "\u201C\u015Eehir\u201D \u011Fe";
    byte[] bytes = ("<html><head><meta charset=\"iso-8859-9\"></head><body><p>" + turkish + "</p></body></html>")
        .getBytes(Charset.forName("windows-1254"));

    assertThat(decode(bytes).text()).contains(turkish);
  }

  @Test
  void bytesThatAreNotUtf8FallBack() {
    byte[] bytes = page("", QUOTED, CP1252);

    Decoded decoded = decode(bytes);

    assertThat(decoded.evidence()).isEqualTo(Evidence.FALLBACK);
    assertThat(decoded.text()).contains(QUOTED);
    assertThat(HtmlCharsets.decode(bytes, Optional.empty(), Charset.forName("windows-1251")).charset())
        .isEqualTo(Charset.forName("windows-1251"));
  }

  @ParameterizedTest
  @CsvSource({"utf-16, UTF-16LE", "UTF-16, UTF-16LE", "ucs-2, UTF-16LE", "unicode, UTF-16LE", "csunicode, UTF-16LE",
      "iso-10646-ucs-2, UTF-16LE", "unicodefeff, UTF-16LE", "utf-16le, UTF-16LE", "utf-16be, UTF-16BE",
      "unicodefffe, UTF-16BE"})
  void utf16LabelsMeanWhatTheyMeanToBrowsers(String label, String charset) {
    assertThat(HtmlCharsets.forLabel(label)).hasValue(Charset.forName(charset));
  }

  @ParameterizedTest
  @ValueSource(strings = {"utf-32", "UTF-32LE", "cp037", "ibm500", "UnicodeBig", "x-UTF-16LE-BOM"})
  void labelsOfCharsetsThatDoNotReadAsciiAsAsciiAreUnknown(String label) {
    assertThat(HtmlCharsets.forLabel(label)).isEmpty();
  }

  @Test
  void aTransportUtf16WithoutAByteOrderMarkIsLittleEndian() {
    byte[] bytes = page("", QUOTED, StandardCharsets.UTF_16LE);

    Decoded decoded = HtmlCharsets.decode(bytes, Optional.of("utf-16"), CP1252);

    assertThat(decoded.evidence()).isEqualTo(Evidence.TRANSPORT);
    assertThat(decoded.text()).isEqualTo("<html><head></head><body>" + QUOTED + "</body></html>");
  }

  @Test
  void aMetaUtf16OnAPageReadAsAsciiMeansUtf8() {
    byte[] bytes = page("<meta charset=utf-16>", QUOTED, StandardCharsets.UTF_8);

    Decoded decoded = decode(bytes);

    assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(decoded.text()).contains(QUOTED);
  }

  @Test
  void aDeclarationCutOffByTheEndOfTheScanIsIgnored() {
    byte[] bytes = ("<title>t</title>" + " ".repeat(MetaPrescan.PRESCAN_BYTES - 30)
        + "<meta charset=\"koi8-r\">" + QUOTED).getBytes(StandardCharsets.UTF_8);

    assertThat(decode(bytes).evidence()).isEqualTo(Evidence.VALID_UTF8);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      text/html; charset=koi8-r             | KOI8-R
      text/html;charset="ISO-8859-1"        | windows-1252
      application/xhtml+xml; charset=utf-16 | UTF-16LE
      charset=koi8-r                        | KOI8-R
      """)
  void aTransportMayGiveTheWholeContentType(String contentType, String charset) {
    assertThat(HtmlCharsets.forTransport(contentType)).hasValue(Charset.forName(charset));
  }

  @ParameterizedTest
  @ValueSource(strings = {"text/html", "text/html; charset=", "text/html; charset=no-such", "text/html; q=koi8-r"})
  void aContentTypeWithoutAKnownCharsetDeclaresNone(String contentType) {
    assertThat(HtmlCharsets.forTransport(contentType)).isEmpty();
  }

  @Test
  void anUnknownTransportLabelIsIgnored() {
    byte[] bytes = page("", QUOTED, StandardCharsets.UTF_8);

    assertThat(HtmlCharsets.decode(bytes, Optional.of("x-bogus"), CP1252).evidence())
        .isEqualTo(Evidence.VALID_UTF8);
  }

  @Test
  void anUnclosedCommentHidesTheRestOfTheHead() {
    byte[] bytes = page("<!-- never closed <meta charset=\"koi8-r\">", QUOTED, StandardCharsets.UTF_8);

    assertThat(decode(bytes).evidence()).isEqualTo(Evidence.VALID_UTF8);
  }
}
