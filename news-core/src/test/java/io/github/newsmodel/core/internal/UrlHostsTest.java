package io.github.newsmodel.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlHostsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      https://example.com/a                  | example.com
      https://my_blog.example.com/a          | my_blog.example.com
      http://user@my_blog.example.com:8080/  | my_blog.example.com
      http://_dmarc.example.com.             | _dmarc.example.com.
      http://a_b                             | a_b
      http://example.com:65535/              | example.com
      http://my_blog.example.com:65535/      | my_blog.example.com
      """)
  void theHostIsWhatABrowserLooksUp(String url, String host) {
    assertThat(UrlHosts.of(URI.create(url))).contains(host);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"mailto:jane@example.com", "/news/a", "file:///tmp/a.html", "http://my_blog.example.com:x/",
      "http://a_b..example.com/", "http://-a_b.example.com/", "http://a_b%41.example.com/", "http://a_b!c.com/",
      "http://example.com:65536/", "http://my_blog.example.com:99999/"})
  void aUrlWithoutSuchAHostHasNone(String url) {
    assertThat(UrlHosts.of(URI.create(url))).isEmpty();
  }
}
