package io.github.newsmodel.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.github.newsmodel.core.Article;
import io.github.newsmodel.html.internal.archive.Archives;
import io.github.newsmodel.core.NewsModelException;
import io.github.newsmodel.json.NewsJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fixture under {@code pages/} is parsed and its result compared with the golden JSON beside it: the article
 * in the newsmodel format, or for a page that must fail, the exception it throws. The golden file shows in review
 * what a change to a parser does to real output.
 *
 * <p>After an intended change, rewrite the golden files with {@code -Dnewsmodel.golden.update=true} and read the
 * diff before committing it.
 */
class GoldenPagesTest {
  private static final NewsJson JSON = NewsJson.standard().pretty();
  private static final boolean UPDATE = Boolean.getBoolean("newsmodel.golden.update");
  private static final Path SOURCES = Path.of("src/test/resources/pages");

  static Stream<String> fixtures() throws IOException {
    try (Stream<Path> files = Files.list(SOURCES)) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".html")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void theFixtureGivesItsGoldenJson(String fixture) throws IOException {
    String actual;
    Article article = null;
    try (InputStream in = Pages.stream(fixture)) {
      article = HtmlArticles.parse(in, url(fixture));
      actual = JSON.write(article);
    } catch (NewsModelException e) {
      actual = "{\n  \"exception\" : \"" + e.getClass().getSimpleName() + "\",\n  \"message\" : "
          + quoted(e.getMessage()) + "\n}";
    }
    Path golden = SOURCES.resolve(fixture.replaceFirst("\\.html$", ".json"));
    if (UPDATE) {
      Files.writeString(golden, actual + "\n", StandardCharsets.UTF_8);
    }
    if (!Files.exists(golden)) {
      fail("no golden file " + golden + ": run with -Dnewsmodel.golden.update=true and review it");
    }
    assertThat(actual + "\n").as("pages/" + golden.getFileName()).isEqualTo(Files.readString(golden));
    if (article != null) {
      assertThat(JSON.read(Files.readString(golden))).as("the golden JSON reads back").isEqualTo(article);
    }
  }

  /**
   * A caller may parse the page with jsoup first. The document it gives is taken as the whole page, as the page's
   * text that ends with its end tag is, so that its last element, such as the last reader comment, is not taken
   * for one cut off.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void aDocumentTheCallerParsedGivesTheSameArticleAsItsText(String fixture) throws IOException {
    String text = Pages.text(fixture);
    URI url = url(fixture);
    Article fromText;
    try {
      fromText = HtmlArticles.parse(text, url);
    } catch (NewsModelException e) {
      return; // a page that fails is the golden test's
    }
    if (!text.strip().toLowerCase(java.util.Locale.ROOT).endsWith("</html>")) {
      return; // a page whose text shows where it was cut, which a document cannot
    }
    Document page = Jsoup.parse(text, url.toString());

    assertThat(HtmlArticles.parse(page, url, ParseOptions.defaults())).isEqualTo(fromText);
    boolean archived = Archives.capture(url).isPresent()
        || Archives.captureInMarkup(Jsoup.parse(text, url.toString())).isPresent();
    if (!archived) { // a web archive's copy is restored in place
      assertThat(page.outerHtml()).as("the caller's document is left as it was").isEqualTo(
          Jsoup.parse(text, url.toString()).outerHtml());
    }
  }

  private static URI url(String fixture) throws IOException {
    Properties urls = new Properties();
    try (Reader in = Files.newBufferedReader(SOURCES.resolve("urls.properties"), StandardCharsets.UTF_8)) {
      urls.load(in);
    }
    String url = urls.getProperty(fixture);
    if (url == null) {
      fail("pages/urls.properties has no URL for " + fixture);
    }
    try {
      return new URI(url);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("pages/urls.properties: bad URL for " + fixture, e);
    }
  }

  private static String quoted(String text) {
    return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + "\"";
  }
}
