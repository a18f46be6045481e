package io.github.newsmodel.html;

import io.github.newsmodel.core.Author;
import java.net.URI;
import java.util.List;

/**
 * A news page made by hand around a byline, for the tests of how bylines are read: a headline, the byline where news
 * sites print it, under the headline, and two paragraphs of text.
 */
final class BylinePage {
  private static final URI URL = URI.create("https://www.example.com/2024/05/03/bridge");
  private static final String PAGE = """
      <html><head><title>Council approves new bridge | Example News</title>%s</head><body><article>
      <h1>Council approves new bridge</h1>
      %s
      <p>The city council voted on Thursday evening to approve a new pedestrian bridge across the river, ending a
      debate that lasted almost four years and divided the neighbourhoods on both of its banks.</p>
      <p>Work is to start in the spring, and the bridge is to open two years later, the mayor said.</p>
      </article></body></html>""";

  private BylinePage() {}

  /**
   * The names of the authors of the page with the byline, as {@link HtmlArticles#parse(String, URI)} reads them.
   *
   * @param byline the byline's markup
   * @return the names
   */
  static List<String> authors(String byline) {
    return authors("", byline);
  }

  /**
   * The names of the authors of the page with the byline and more in its head, such as JSON-LD.
   *
   * @param head markup for the page's head
   * @param byline the byline's markup
   * @return the names
   */
  static List<String> authors(String head, String byline) {
    return HtmlArticles.parse(PAGE.formatted(head, byline), URL).authors().stream().map(Author::name).toList();
  }
}
