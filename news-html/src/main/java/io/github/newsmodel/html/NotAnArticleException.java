package io.github.newsmodel.html;

import io.github.newsmodel.html.internal.dom.CssPaths;
import java.net.URI;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The page holds no article: it is another kind of page, such as a forum thread, a home page or an index, or it
 * is cut off before its article begins. A batch can count these apart from pages that failed for other reasons.
 */
public class NotAnArticleException extends PageParseException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception for a page that is not an article.
   *
   * @param page the page's URL, or the URI it was read from
   * @param element the CSS path of the element that was looked at, or null
   * @param problem why the page is not taken for an article
   */
  public NotAnArticleException(URI page, @Nullable String element, String problem) {
    super(page, element, problem);
  }

  /**
   * Creates an exception for a page that is not an article, located at the element that was looked at.
   *
   * @param page the page's URL
   * @param element the element that was looked at, such as the document's {@code body}
   * @param problem why the page is not taken for an article
   * @return the exception
   */
  public static NotAnArticleException at(URI page, Element element, String problem) {
    return new NotAnArticleException(page, CssPaths.of(element), problem);
  }
}
