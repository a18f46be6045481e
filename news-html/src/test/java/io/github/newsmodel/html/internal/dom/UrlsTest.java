package io.github.newsmodel.html.internal.dom;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class UrlsTest {
  private static final List<String> VALUES = List.of("https://example.com/a.jpg", "/b.jpg", "c.jpg",
      "//cdn.example.com/d", "data:image/gif;base64,R0lGODlhAQABAAAAACw=", " DATA:image/png;base64,iVBO", "javascript:void(0)",
      "mailto:jane@example.com", "tel:+49301234", "ftp://example.com/f", "about:blank", "HTTPS://Example.com/g",
      "http:relative", "url:https://example.com/h", "C:\\photos\\i.jpg", "da\tta:x", "", " ", "?page=2", "#top",
      "https://example.com/a b.jpg", "ht tp://example.com", "https://Example.COM/Pic.JPG?w=640&h=480",
      "https://example.com", "https://example.com?x=1", "https://example.com/a/./b", "https://example.com/a/../b",
      "https://example.com/a/..", "https://example.com/./a", "https://example.com//a", "https://example.com:443/a",
      "https://user@example.com/a", "https://example.com/a#part", "https://example.com/a%20b",
      "https://example.com/ä", "https://ex_ample.com/a", "https://example.com/a\tb", "http://1.2.3.4/x",
      "https://example.com/a?b=/../c", "https://example.com/wp-content/uploads/2019/08/x-300x200.jpg");

  @Test
  void keepsOnlyHttpUrlsResolvedAgainstThePage() {
    Element img = Jsoup.parse("<img>", "https://news.example.com/2024/story.html").expectFirst("img");
    img.attr("src", "/b.jpg");
    assertThat(Urls.http(img, "src")).contains(URI.create("https://news.example.com/b.jpg"));
    img.attr("src", "data:image/gif;base64,R0lGODlhAQABAAAAACw=");
    assertThat(Urls.http(img, "src")).isEmpty();
    assertThat(Urls.http(img, "data-src")).isEmpty();
  }

  @Test
  void aPlainAbsoluteUrlIsOneTheResolverGivesBackUnchanged() {
    assertThat(VALUES.stream().filter(Urls::plainAbsolute)).containsExactly("https://example.com/a.jpg",
        "https://Example.COM/Pic.JPG?w=640&h=480", "https://example.com", "https://example.com?x=1",
        "https://example.com/a%20b", "http://1.2.3.4/x", "https://example.com/a?b=/../c",
        "https://example.com/wp-content/uploads/2019/08/x-300x200.jpg");
  }

  @Test
  void aUrlOfAnotherSchemeIsToldAsTheResolverWouldTellIt() {
    Element a = Jsoup.parse("<a>", "https://news.example.com/2024/story.html").expectFirst("a");
    for (String value : VALUES) {
      a.attr("href", value);
      // a blank value names nothing, where the resolver gives the page's own URL for it
      Optional<URI> resolved = value.isBlank() ? Optional.empty() : Urls.http(a.absUrl("href"));
      assertThat(Urls.http(a, "href")).as(value).isEqualTo(resolved);
      if (Urls.otherScheme(value)) {
        assertThat(resolved).as(value).isEmpty();
      }
      if (Urls.plainAbsolute(value)) {
        assertThat(a.absUrl("href")).as(value).isEqualTo(value);
        assertThat(Urls.http(a, "href").map(URI::toString)).as(value).contains(value);
      }
    }
    assertThat(VALUES.stream().filter(Urls::otherScheme)).containsExactly("data:image/gif;base64,R0lGODlhAQABAAAAACw=",
        " DATA:image/png;base64,iVBO", "javascript:void(0)", "mailto:jane@example.com", "tel:+49301234",
        "ftp://example.com/f", "about:blank", "C:\\photos\\i.jpg");
  }

  @Test
  void aLinkIsResolvedAsJsoupResolvesIt() {
    List<String> bases = List.of("https://news.example.com/2024/story.html", "https://news.example.com/a/b/?q=1#f",
        "http://example.com", "https://example.com:8443/x/y", "\nhttps://\texample.com/", "https://user@example.com/",
        "file:///home/page.html", "", "not a url", "ftp://example.com/dir/", "https://example.com/a/b/c/d.html",
        "https://bücher.de/a/", "https:///nohost", "HTTPS://Example.COM/a", "http://example.com:80/",
        "https://[::1]/a", "https://ex_ample.com/", "https://1.2.3.4:8080", "https://user:pw@example.com:99/x?y#z",
        "https://example.com:/a", "mailto:jane@example.com", "jar:file:/x.jar!/a/");
    List<String> links = List.of("../../../x", "./y", "../", "..", ".", "/..//z", "?only=query", "#frag", "//h.example.com",
        "//", "a/../../b", "/a/./b/../c?d=../e#f/../g", "\r\nfo\to:ba\br", "/with space", "%zz", "/ä/ö",
        "HTTP://UPPER.EXAMPLE.COM/P", "https:/one-slash", "http:relative", "https://", "\u0000/nul", "/", "/?",
        "/a?", "/a/b.html?x=/../y&z=./", "/a/.", "/a/..", "/.hidden/x", "/..hidden", "/a/.../b", "/a;p=1/b", "/a:b/c",
        "/a@b", "/[x]", "/%2e%2e/x", "/a//b", "/a?b#c", "/a\\b", "/ä", "/a b", "/a\u0085", "/.", "/..");
    Element a = Jsoup.parse("<a>").expectFirst("a");
    for (String base : bases) {
      a.setBaseUri(base);
      for (String link : java.util.stream.Stream.concat(VALUES.stream(), links.stream()).toList()) {
        a.attr("href", link);
        assertThat(Urls.resolved(a, "href", a.attr("href"))).as(base + " + " + link).isEqualTo(a.absUrl("href"));
      }
    }
  }

  @Test
  void aCandidateOfASrcsetLeavesTheBaseUrlsUserAndPasswordBehindAsALinkDoes() {
    // A page fetched as https://ann:secret@example.com/... must not hand the password on in its images' URLs: jsoup's
    // resolver, which links go through, drops the base's user; a srcset's candidates go through java.net.URI's.
    String base = "https://ann:secret@example.com:8443/news/story.html";
    Element a = Jsoup.parse("<a href=\"photo.jpg\">", base).expectFirst("a");

    assertThat(Urls.http(a, "href")).hasValue(URI.create("https://example.com:8443/news/photo.jpg"));
    assertThat(Urls.http("photo.jpg", base)).hasValue(URI.create("https://example.com:8443/news/photo.jpg"));
    assertThat(Urls.http("../img/a b.jpg?w=2#x", base))
        .hasValue(URI.create("https://example.com:8443/img/a%20b.jpg?w=2#x"));
    // a user that the candidate itself names is its own, as a link's is
    assertThat(Urls.http("https://bob@cdn.example.com/a.jpg", base))
        .hasValue(URI.create("https://bob@cdn.example.com/a.jpg"));
  }

  @Test
  void aRootedLinkOfPlainCharactersIsKnownWithoutTheResolver() {
    assertThat(Urls.plainRooted("/news/2024/story.html?page=2&x=/../y")).isTrue();
    assertThat(Urls.plainRooted("/")).isTrue();
    assertThat(Urls.plainRooted("//cdn.example.com/a")).isFalse();
    assertThat(Urls.plainRooted("/a/../b")).isFalse();
    assertThat(Urls.plainRooted("/a/..")).isFalse();
    assertThat(Urls.plainRooted("/a#top")).isFalse();
    assertThat(Urls.plainRooted("a/b")).isFalse();
  }

  @Test
  void controlCharactersAreTakenOut() {
    String plain = "https://example.com/a";
    assertThat(Urls.withoutControlChars(plain)).isSameAs(plain);
    assertThat(Urls.withoutControlChars("\thttps://exa\nmple.com/\u001f\u0000a\u007f ")).isEqualTo(
        "https://example.com/a\u007f ");
  }

  @Test
  void anInternationalizedHostIsWrittenInAscii() {
    assertThat(Urls.http("https://bücher.de/a?x=1#f")).contains(URI.create("https://xn--bcher-kva.de/a?x=1#f"));
    assertThat(Urls.http("http://user@пример.рф:8080/новости/"))
        .contains(URI.create("http://user@xn--e1afmkfd.xn--p1ai:8080/новости/"));
    assertThat(Urls.http("https://bücher.de/a").map(URI::getHost)).contains("xn--bcher-kva.de");
    assertThat(Urls.http("https://ex ample.com/a")).as("not a host name, nor one IDNA can make").isEmpty();
    assertThat(Urls.http("ftp://bücher.de/a")).isEmpty();
  }

  /** Escapes are decoded as UTF-8, a plus sign stays one, and a part with a broken escape is left as it was. */
  @Test
  void percentEscapesAreDecodedAsUtf8() {
    assertThat(Urls.percentDecoded("b%C3%BCcher.de")).isEqualTo("bücher.de");
    assertThat(Urls.percentDecoded("My%20Story+1_files")).isEqualTo("My Story+1_files");
    assertThat(Urls.percentDecoded("100%_files")).isEqualTo("100%_files");
    assertThat(Urls.percentDecoded("plain")).isEqualTo("plain");
  }
}
