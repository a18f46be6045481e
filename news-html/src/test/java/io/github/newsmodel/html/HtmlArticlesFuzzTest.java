package io.github.newsmodel.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.newsmodel.core.Article;
import io.github.newsmodel.json.NewsJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzz tests of {@link HtmlArticles}: whatever the bytes, a page gives an article that the JSON format holds, or a
 * {@link PageParseException}; never another exception, a {@link StackOverflowError} or a hang.
 *
 * <p>The first byte of an input chooses the URL the page is parsed from, and so the parser: each registered
 * site parser, a Wayback Machine copy, a site without a parser, and a saved file. The rest is the page. The seeds
 * are the fixtures under {@code pages/}, each with the URL it is read from, so the fuzzer starts from real
 * markup of every parser.
 *
 * <p>{@code ./mvnw verify} runs each fuzz test on its seeds and on the inputs kept under
 * {@code src/test/resources/io/github/newsmodel/html/HtmlArticlesFuzzTestInputs/<method>/}, the crashes found
 * before. To fuzz, see CONTRIBUTING.md.
 */
class HtmlArticlesFuzzTest {
  private static final NewsJson JSON = NewsJson.standard();
  private static final URI UNKNOWN_SITE = URI.create("https://news.example.com/2024/05/01/council-budget");
  private static final URI SAVED_FILE = URI.create("file:///home/reader/saved/page.html");
  /** The URLs an input's first byte chooses from: every registered site, an archived copy, no site, a file. */
  private static final List<URI> URLS = urls();

  @MethodSource("seeds")
  @FuzzTest(maxDuration = "5m")
  void textGivesAnArticleOrAPageParseException(byte[] input) {
    URI url = url(input);
    String html = new String(page(input), StandardCharsets.UTF_8);

    check(() -> HtmlArticles.parse(html, url));
  }

  @MethodSource("seeds")
  @FuzzTest(maxDuration = "5m")
  void bytesGiveAnArticleOrAPageParseException(byte[] input) {
    URI url = url(input);
    byte[] page = page(input);

    check(() -> HtmlArticles.parse(new ByteArrayInputStream(page), url));
  }

  @MethodSource("jsonLdSeeds")
  @FuzzTest(maxDuration = "5m")
  void jsonLdGivesAnArticleOrAPageParseException(byte[] input) {
    // The JSON-LD block of a small page: the lenient JSON reader and every reading of its nodes, fuzzed quickly.
    String html = "<html><head><title>T</title><script type=application/ld+json>"
        + new String(input, StandardCharsets.UTF_8) + "</script></head><body><p>Text.</p></body></html>";

    check(() -> HtmlArticles.parse(html, UNKNOWN_SITE));
  }

  /** The JSON-LD blocks of the fixtures. */
  static Stream<Arguments> jsonLdSeeds() throws IOException {
    List<Arguments> seeds = new ArrayList<>();
    Properties urls = new Properties();
    try (Reader in = new InputStreamReader(Pages.stream("urls.properties"), StandardCharsets.UTF_8)) {
      urls.load(in);
    }
    for (String fixture : urls.stringPropertyNames().stream().sorted().toList()) {
      org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(Pages.text(fixture));
      int n = 0;
      for (org.jsoup.nodes.Element script : page.select("script[type=application/ld+json]")) {
        seeds.add(Arguments.of(Named.of(fixture + " #" + ++n, script.data().getBytes(StandardCharsets.UTF_8))));
      }
    }
    return seeds.stream();
  }

  /** Each fixture with the URL it is read from, and each with no site parser as a saved file. */
  static Stream<Arguments> seeds() throws IOException {
    Properties urls = new Properties();
    try (Reader in = new InputStreamReader(Pages.stream("urls.properties"), StandardCharsets.UTF_8)) {
      urls.load(in);
    }
    List<Arguments> seeds = new ArrayList<>();
    for (String fixture : urls.stringPropertyNames().stream().sorted().toList()) {
      byte[] page = Pages.bytes(fixture);
      URI url = URI.create(urls.getProperty(fixture));
      seeds.add(Arguments.of(Named.of(fixture, input(URLS.contains(url) ? url : siteOf(url), page))));
      seeds.add(Arguments.of(Named.of(fixture + " as a file", input(SAVED_FILE, page))));
    }
    return seeds.stream();
  }

  private interface Parse {
    Article run() throws IOException;
  }

  private static void check(Parse parse) {
    Article article;
    try {
      article = parse.run();
    } catch (PageParseException e) {
      assertThat(e.getMessage()).startsWith(e.page().toString());
      return;
    } catch (IOException e) {
      throw new UncheckedIOException("a byte array cannot fail to be read", e);
    }
    assertThat(JSON.read(JSON.write(article))).as("the article reads back from JSON").isEqualTo(article);
  }

  private static List<URI> urls() {
    List<URI> urls = new ArrayList<>();
    for (SiteParser parser : SiteParsers.discovered().parsers()) {
      parser.hosts().stream().sorted().forEach(host -> urls.add(URI.create("http://www." + host + "/news/1")));
    }
    urls.add(Pages.ALLOFMP3);
    urls.add(Pages.ALLOFMP3_WAYBACK);
    urls.add(UNKNOWN_SITE);
    urls.add(SAVED_FILE);
    return List.copyOf(urls);
  }

  /**
   * The URL of a fixture's site among {@link #URLS}, or the unknown site's. A fixture of the site's bare host
   * (disqus.com) is its site's as much as one of www.
   */
  private static URI siteOf(URI url) {
    return URLS.stream()
        .filter(u -> u.getHost() != null && url.getHost() != null
            && withoutWww(u.getHost()).equals(withoutWww(url.getHost())))
        .findFirst()
        .orElse(UNKNOWN_SITE);
  }

  private static String withoutWww(String host) {
    return host.startsWith("www.") ? host.substring(4) : host;
  }

  private static byte[] input(URI url, byte[] page) {
    byte[] input = new byte[page.length + 1];
    input[0] = (byte) URLS.indexOf(url);
    System.arraycopy(page, 0, input, 1, page.length);
    return input;
  }

  private static URI url(byte[] input) {
    return input.length == 0 ? UNKNOWN_SITE : URLS.get(Byte.toUnsignedInt(input[0]) % URLS.size());
  }

  private static byte[] page(byte[] input) {
    return input.length == 0 ? input : Arrays.copyOfRange(input, 1, input.length);
  }
}
