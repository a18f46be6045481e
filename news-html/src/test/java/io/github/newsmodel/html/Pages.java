package io.github.newsmodel.html;

import io.github.newsmodel.core.Article;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** Loads the test fixtures under {@code src/test/resources/pages/}. */
public final class Pages {
  /** The live URL of the golden AfterDawn page. */
  public static final URI ALLOFMP3 =
      URI.create("http://www.afterdawn.com/news/article.cfm/2007/05/24/allofmp3_calls_ifpi_raid_a_publicity_stunt");
  /** The Wayback Machine URL of the golden page's archived copy. */
  public static final URI ALLOFMP3_WAYBACK = URI.create("https://web.archive.org/web/20120510083512/" + ALLOFMP3);

  private Pages() {}

  /**
   * The bytes of a fixture.
   *
   * @param name the file name, such as {@code afterdawn-allofmp3-ifpi-raid.html}
   * @return the bytes
   */
  public static byte[] bytes(String name) {
    try (InputStream in = stream(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A UTF-8 fixture as text.
   *
   * @param name the file name
   * @return the text
   */
  public static String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  /**
   * The article of a UTF-8 fixture page, as {@link HtmlArticles#parse(String, URI)} reads it.
   *
   * @param name the page's name without its {@code .html}, such as {@code wordpress-block-ferry-timetable}
   * @param url the URL the page is read as served from
   * @return the article
   */
  public static Article article(String name, String url) {
    return HtmlArticles.parse(text(name + ".html"), URI.create(url));
  }

  /**
   * A fixture as a stream.
   *
   * @param name the file name
   * @return the open stream
   */
  public static InputStream stream(String name) {
    InputStream in = Pages.class.getResourceAsStream("/pages/" + name);
    if (in == null) {
      throw new IllegalArgumentException("no fixture pages/" + name);
    }
    return in;
  }
}
