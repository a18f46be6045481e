package io.github.newsmodel.html;

import static io.github.newsmodel.html.HostilePages.PARAGRAPH;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.NewsModelException;
import io.github.newsmodel.json.NewsJson;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code javascript:} and {@code data:} URLs, wherever a page puts them, are left out of the article: its links
 * and canonical URL, its images, its authors' pages and profiles, its comments' authors and images, its quotes'
 * sources. Only http and https URLs come out; the rest of the article is read as before.
 */
class HostileUrlTest {
  private static final URI URL = URI.create("https://news.example.com/2024/05/01/urls");
  private static final List<String> HOSTILE = List.of("javascript:alert(1)", "JaVaScRiPt:alert(1)",
      " javascript:alert(1)", "java\tscript:alert(1)", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
      "data:image/png;base64,iVBORw0KGgo=", "vbscript:msgbox(1)", "file:///etc/passwd");

  static Stream<String> hostile() {
    return HOSTILE.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostile")
  void aHostileUrlInEveryPlaceIsLeftOutAndTheRestIsRead(String bad) {
    String u = bad.replace("'", "%27");
    String html = "<!DOCTYPE html><html><head><title>Links</title>"
        + "<link rel=canonical href='" + u + "'><meta property=og:url content='" + u + "'>"
        + "<meta property=og:image content='" + u + "'><meta name=twitter:image content='" + u + "'>"
        + "<link rel=author href='" + u + "'><meta property=article:author content='" + u + "'>"
        + "<script type=application/ld+json>{\"@type\": \"NewsArticle\", \"headline\": \"Links\", \"url\": \"" + u
        + "\", \"mainEntityOfPage\": \"" + u + "\", \"image\": [\"" + u + "\", {\"@type\": \"ImageObject\", "
        + "\"url\": \"" + u + "\"}], \"author\": {\"@type\": \"Person\", \"name\": \"Jane Roe\", \"url\": \"" + u
        + "\", \"sameAs\": [\"" + u + "\"]}, \"publisher\": {\"@type\": \"Organization\", \"name\": \"Example\", "
        + "\"logo\": \"" + u + "\"}}</script></head><body><article><h1>Links</h1>"
        + "<p class=byline>By <a rel=author href='" + u + "'>Jane Roe</a></p>"
        + "<p>" + PARAGRAPH + " <a href='" + u + "'>More</a>.</p>"
        + "<img src='" + u + "' data-src='" + u + "' srcset='" + u + " 2x' width=600 height=400 alt=A>"
        + "<figure><img src='" + u + "' width=600 height=400><figcaption>A caption.</figcaption></figure>"
        + "<blockquote cite='" + u + "'><p>A quoted sentence that is long enough to keep.</p></blockquote>"
        + "</article><section id=comments><ol class=comment-list><li class=comment id=comment-1>"
        + "<div class=comment-author><a href='" + u + "' class=url>Mallory</a></div>"
        + "<div class=comment-content><p>First. <img src='" + u + "' width=500 height=500></p></div></li>"
        + "<li class=comment id='" + u + "'><div class=comment-content><p>Second.</p></div></li>"
        + "</ol></section><footer><p>Contact.</p></footer></body></html>";

    Article article = HtmlArticles.parse(html, URL);

    assertThat(HostilePages.urls(article)).allSatisfy(url ->
        assertThat(url.getScheme()).isIn("http", "https"));
    assertThat(NewsJson.standard().write(article).toLowerCase(Locale.ROOT))
        .doesNotContain("script:").doesNotContain("data:").doesNotContain("file:");
    assertThat(article.text()).contains(PARAGRAPH);
    assertThat(article.authors()).singleElement().satisfies(a -> {
      assertThat(a.name()).isEqualTo("Jane Roe");
      assertThat(a.url()).isEmpty();
    });
    assertThat(article.comments()).hasSize(2).first().satisfies(c ->
        assertThat(c.author()).hasValueSatisfying(a -> assertThat(a.url()).isEmpty()));
  }

  /**
   * Every fixture with absolute links, each of them made a {@code javascript:} or a {@code data:} URL: in
   * attributes, in JSON-LD and in {@code @id}s.
   */
  static Stream<Arguments> fixtures() throws IOException {
    Properties urls = new Properties();
    try (Reader in = new InputStreamReader(Pages.stream("urls.properties"), StandardCharsets.UTF_8)) {
      urls.load(in);
    }
    return urls.stringPropertyNames().stream().sorted()
        .filter(f -> Pages.text(f).matches("(?s).*[\"'=]https?://.*"))
        .flatMap(f -> Stream.of(
        Arguments.of(f, URI.create(urls.getProperty(f)), "javascript:alert(1);//"),
        Arguments.of(f, URI.create(urls.getProperty(f)), "data:text/html,")));
  }

  @ParameterizedTest(name = "{0} with {2}")
  @MethodSource("fixtures")
  void everyFixtureWithHostileLinksGivesWhatItGaveWithoutThem(String fixture, URI url, String scheme) {
    String html = Pages.text(fixture);
    String hostile = html.replaceAll("([\"'=])https?://", "$1" + scheme);

    Article plain = parseOrNull(html, url);
    Article article = parseOrNull(hostile, url);

    if (plain == null) {
      return; // a page that is no article stays none; that it fails as a PageParseException is all we ask
    }
    assertThat(article).as("still an article").isNotNull();
    assertThat(HostilePages.urls(article)).allSatisfy(u -> assertThat(u.getScheme()).isIn("http", "https"));
    assertThat(NewsJson.standard().write(article)).doesNotContain(scheme);
    assertThat(article.title()).isEqualTo(plain.title());
    assertThat(article.comments()).hasSameSizeAs(plain.comments());
  }

  @Test
  void theJsonOfAnArticleIsSafeInsideAScriptElement() {
    Article article = HtmlArticles.parse("<title>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>"
        + "<body><p>" + PARAGRAPH + "</p>", URL);

    assertThat(article.title()).hasValue("</script><script>alert(1)</script>");
    assertThat(io.github.newsmodel.json.JsonLd.scriptElement(article)).doesNotContain("</script><script>");
  }

  private static Article parseOrNull(String html, URI url) {
    try {
      return HtmlArticles.parse(html, url);
    } catch (NewsModelException e) {
      assertThat(e).isInstanceOf(PageParseException.class);
      return null;
    }
  }
}
