package io.github.newsmodel.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.newsmodel.core.Article;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A web archive's frames are read one level deep, and their pages as HTML only, so that a hostile file cannot make
 * the reader parse pages without end.
 *
 * <p>The fixtures were made with Python's plistlib: the harbour page, with a frame at Disqus's embed address whose
 * WebResourceData is not HTML but another web archive (named ISO-8859-1, laid out so that windows-1252 keeps its
 * bytes), whose main resource is the Disqus thread and whose frames are again such archives.
 */
class WebArchiveFramesTest {
  private static final URI FILE = URI.create("file:///home/you/saved/harbour.webarchive");

  /**
   * The frame's page is a web archive, not the thread's HTML. It went back through {@code parse(String, ...)}, which
   * read it as an archive again, with its own frames. It is read as HTML now, as a browser shows a frame's bytes:
   * the thread's markup that the archive holds verbatim gives its six posts, once.
   */
  @Test
  void aFrameWhosePageIsAWebArchiveIsReadAsHtmlNotAsAnArchive() throws IOException {
    Article article = HtmlArticles.parse(
        new ByteArrayInputStream(Pages.bytes("safari-frame-holds-a-web-archive.webarchive")), FILE);

    assertThat(article.title()).hasValue("Harbour reopens after pier repairs");
    assertThat(article.comments()).extracting(c -> c.id()).containsExactly("2511000101", "2511000102",
        "2511000103", "2511000104", "2511000105", "2511000107");
  }

  /**
   * Three levels of such archives, 64 frames each naming the same archive: 35 KB that made the reader parse
   * 64 + 64^2 + 64^3 (some 266,000) pages, minutes of work (64^4 at four levels, 47 KB: hours). Now one frame is
   * read, as HTML: two parses.
   */
  @Test
  void framesInsideFramesDoNotMultiplyTheWork() {
    byte[] file = Pages.bytes("safari-nested-frames-64.webarchive");

    Article article = assertTimeoutPreemptively(Duration.ofSeconds(20),
        () -> HtmlArticles.parse(new ByteArrayInputStream(file), FILE));

    assertThat(article.title()).hasValue("Harbour reopens after pier repairs");
  }
}
