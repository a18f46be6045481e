package io.github.newsmodel.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.json.NewsJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bytes that are not what they claim: NUL and control characters, invalid UTF-8, and charsets that a page or its
 * server mislabels. The text that comes out holds no control character, and what can be read right is.
 */
class HostileTextTest {
  private static final URI URL = URI.create("https://news.example.com/2024/05/01/text");
  private static final String FRENCH = "Le conseil a déclaré lundi que le nouveau pont «ouvrira» au printemps, "
      + "après des réparations plus longues que prévu — et coûteuses.";
  private static final String JAPANESE = "東京都は月曜日、新しい橋が春に開通すると発表した。修理は予定より二か月長くかかった。"
      .repeat(4);
  private static final String CHINESE = "市议会周一表示，新桥将于春季开通。维修时间比计划长了两个月，朱镕基和陶喆出席了仪式。"
      .repeat(4);
  private static final String TRADITIONAL = "市議會週一表示，新橋將於春季通車。維修時間比計劃長了兩個月。".repeat(4);

  private static String page(String head, String title, String text) {
    return "<!DOCTYPE html><html><head>" + head + "<title>" + title + "</title></head><body><article><h1>" + title
        + "</h1><p>" + text + "</p></article><footer><p>Contact the newsroom.</p></footer></body></html>";
  }

  private static Article parse(byte[] bytes) throws IOException {
    return HtmlArticles.parse(new ByteArrayInputStream(bytes), URL);
  }

  /** NULs in text are dropped, as browsers drop them; in an attribute they are U+FFFD, as the HTML standard says. */
  @Test
  void nulAndControlCharactersAreDroppedFromTextAndAttributes() throws IOException {
    String controls = "\u0000\u0001\u0007\u0008\u000b\u001b\u007f\u0085\u009f";
    String html = page("<meta charset=utf-8><meta name=author content='Jane" + controls + " Roe'>",
        "Bridge" + controls + " opens", "The new" + controls + " bridge opens in spring. " + FRENCH);

    Article article = parse(html.getBytes(StandardCharsets.UTF_8));

    assertThat(article.title()).hasValue("Bridge opens");
    assertThat(article.text()).isEqualTo("The new bridge opens in spring. " + FRENCH);
    assertThat(article.authors()).singleElement().satisfies(a -> assertThat(a.name()).isEqualTo("Jane\ufffd Roe"));
    assertThat(NewsJson.standard().write(article)).doesNotContain("\\u00").doesNotContain("\\b");
  }

  @Test
  void invalidUtf8BecomesReplacementCharactersAndTheRestIsRead() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(page("<meta charset=utf-8>", "Pont", FRENCH + " [").getBytes(StandardCharsets.UTF_8));
    byte[] html = bytes.toByteArray();
    int at = new String(html, StandardCharsets.ISO_8859_1).indexOf(" [") + 2;
    // A lone continuation byte, a cut two-byte sequence, an overlong slash, a surrogate, bytes never in UTF-8.
    byte[] broken = {(byte) 0xA0, (byte) 0xC3, 0x28, (byte) 0xC0, (byte) 0xAF, (byte) 0xED, (byte) 0xA0, (byte) 0x80,
        (byte) 0xFF, (byte) 0xFE};
    ByteArrayOutputStream page = new ByteArrayOutputStream();
    page.write(html, 0, at);
    page.writeBytes(broken);
    page.write(html, at, html.length - at);

    Article article = parse(page.toByteArray());

    assertThat(article.text()).startsWith(FRENCH + " [\ufffd").doesNotContain("\u0000");
    assertThat(article.title()).hasValue("Pont");
  }

  @Test
  void windows1252DeclaredAsUtf8IsReadAsWindows1252() throws IOException {
    byte[] html = page("<meta charset=utf-8>", "Été “chaud”", FRENCH).getBytes("windows-1252");

    Article article = parse(html);

    assertThat(article.title()).hasValue("Été “chaud”");
    assertThat(article.text()).isEqualTo(FRENCH);
  }

  @Test
  void windows1252ThatAServerDeclaresUtf8IsReadAsWindows1252() throws IOException {
    byte[] html = page("", "Été “chaud”", FRENCH).getBytes("windows-1252");

    Article article = HtmlArticles.parse(new ByteArrayInputStream(html), URL,
        ParseOptions.builder().charset("UTF-8").build());

    assertThat(article.text()).isEqualTo(FRENCH);
  }

  /**
   * A template's stale {@code <meta charset=iso-8859-1>} over UTF-8 text, or a server's default Content-Type, is
   * common; browsers show it as "dÃ©clarÃ©", and so did this library. Bytes in a single-byte charset are as good as
   * never valid UTF-8 once they hold an accented letter, so valid UTF-8 outweighs the label.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"iso-8859-1", "windows-1252", "iso-8859-2", "windows-1251", "Shift_JIS"})
  void aUtf8PageUnderAnotherCharsetsLabelIsReadAsUtf8(String label) throws IOException {
    byte[] html = page("<meta http-equiv=Content-Type content='text/html; charset=" + label + "'>", "Été “chaud”",
        FRENCH).getBytes(StandardCharsets.UTF_8);

    Article fromMeta = parse(html);
    Article fromServer = HtmlArticles.parse(new ByteArrayInputStream(page("", "Été “chaud”", FRENCH)
        .getBytes(StandardCharsets.UTF_8)), URL, ParseOptions.builder().charset(label).build());

    assertThat(fromMeta.title()).hasValue("Été “chaud”");
    assertThat(fromMeta.text()).isEqualTo(FRENCH);
    assertThat(fromServer.title()).hasValue("Été “chaud”");
    assertThat(fromServer.text()).isEqualTo(FRENCH);
  }

  /**
   * A page saved in UTF-16 without a byte order mark (as some Windows tools write it) is, in any ASCII-compatible
   * charset, a zero byte between every two letters: it used to throw {@link NotAnArticleException} for want of a
   * title or text, even with its {@code <meta charset=utf-16>}.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"UTF-16LE, ''", "UTF-16BE, ''", "UTF-16LE, <meta charset=utf-16>"})
  void aUtf16PageWithoutAByteOrderMarkIsRead(String written, String head) throws IOException {
    byte[] html = page(head, "Été “chaud” 東京", FRENCH).getBytes(Charset.forName(written));

    Article article = parse(html);

    assertThat(article.title()).hasValue("Été “chaud” 東京");
    assertThat(article.text()).isEqualTo(FRENCH);
  }

  /**
   * Old pages that declare no charset are in their country's legacy charset, which browsers guess from the domain;
   * read in windows-1252 they came out as accented Latin letters ("Ïàðîì"), whatever the domain.
   */
  @ParameterizedTest(name = "{0} at {1}")
  @CsvSource({
      "windows-1251, https://gazeta.example.ru/2024/most.html,                                 Новый мост",
      "windows-1251, https://газета.рф/2024/most.html,                                         Новый мост",
      "windows-1251, https://web.archive.org/web/20100101000000/http://gazeta.example.ru/a.html, Новый мост",
      "windows-31j,  https://shinbun.example.jp/a.html,                                        新しい橋①",
      "EUC-JP,       https://shinbun.example.jp/a.html,                                        新しい橋",
      "GB18030,      https://news.example.cn/a.html,                                           新桥通车 喆",
      "x-windows-949, https://news.example.kr/a.html,                                          새 다리 갂",
      "windows-1250, https://noviny.example.cz/a.html,                                         Nový most přes řeku",
  })
  void anUndeclaredPageIsReadInTheCharsetOfItsCountrysDomain(String written, String url, String title)
      throws IOException {
    String text = title.startsWith("新しい") ? JAPANESE : title.startsWith("新桥") ? CHINESE : FRENCH;
    byte[] html = page("", title, text).getBytes(Charset.forName(written));

    Article article = HtmlArticles.parse(new ByteArrayInputStream(html), URI.create(url));

    assertThat(article.title()).hasValue(title);
  }

  @Test
  void theDomainsCharsetGivesWayToTheCallersFallbackAndIsNoneForOtherDomains() throws IOException {
    byte[] html = page("", "Новый мост", FRENCH).getBytes(Charset.forName("windows-1251"));

    Article elsewhere = HtmlArticles.parse(new ByteArrayInputStream(html), URI.create("https://gazeta.example.com/a"));
    Article chosen = HtmlArticles.parse(new ByteArrayInputStream(html), URI.create("https://gazeta.example.ru/a"),
        ParseOptions.builder().fallbackCharset(Charset.forName("KOI8-R")).build());

    assertThat(elsewhere.title()).hasValue(new String(html, Charset.forName("windows-1252"))
        .replaceAll("(?s).*<title>(.*)</title>.*", "$1"));
    assertThat(chosen.title()).hasValue(new String("Новый мост".getBytes(Charset.forName("windows-1251")),
        Charset.forName("KOI8-R")));
  }

  @ParameterizedTest(name = "{0} declared as {1}")
  @CsvSource({
      "windows-31j, Shift_JIS, 新しい橋①",
      "windows-31j, sjis,      新しい橋①",
      "EUC-JP,      EUC-JP,    新しい橋",
      "GBK,         GB2312,    新桥通车 镕",
      "GB18030,     gbk,       新桥通车 喆",
      "Big5,        Big5,      新橋通車",
  })
  void eastAsianPagesAreReadInTheCharsetBrowsersReadTheirLabelAs(String written, String label, String title)
      throws IOException {
    String text = title.startsWith("新しい") ? JAPANESE : title.startsWith("新橋") ? TRADITIONAL : CHINESE;
    byte[] html = page("<meta http-equiv=Content-Type content='text/html; charset=" + label + "'>", title, text)
        .getBytes(Charset.forName(written));

    Article article = parse(html);

    assertThat(article.title()).hasValue(title);
    assertThat(article.text()).isEqualTo(text);
  }

  @Test
  void shiftJisDeclaredAsUtf8IsReadInTheFallbackTheCallerChose() throws IOException {
    byte[] html = page("<meta charset=utf-8>", "新しい橋", JAPANESE).getBytes(Charset.forName("windows-31j"));

    Article byDefault = parse(html);
    Article withFallback = HtmlArticles.parse(new ByteArrayInputStream(html), URL,
        ParseOptions.builder().fallbackCharset(Charset.forName("Shift_JIS")).build());

    assertThat(byDefault.title()).as("no charset can be told from the bytes alone; they are read, not trusted")
        .isPresent().hasValueSatisfying(t -> assertThat(t).doesNotContain("新"));
    assertThat(withFallback.title()).hasValue("新しい橋");
    assertThat(withFallback.text()).isEqualTo(JAPANESE);
  }
}
