package io.github.newsmodel.html;

import io.github.newsmodel.core.InvalidValueException;
import io.github.newsmodel.core.NewsModelException;
import io.github.newsmodel.html.internal.dom.CssPaths;
import java.net.URI;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * A page could not be turned into an article. The message names the page and, where known, the element as a CSS
 * path:
 *
 * <pre>
 * http://www.afterdawn.com/news/article.cfm/2007/05/24/x at 'div.newsArticle': comments[1].id: must not be blank
 * </pre>
 *
 * <p>The exception keeps the CSS path, not the element, so that it holds no reference to the parsed document.
 */
public class PageParseException extends NewsModelException {
  private static final long serialVersionUID = 1L;

  /** The page that failed, as {@link #page()} returns it. */
  private final URI page;

  /** Where in the page, as {@link #element()} returns it; null for the page as a whole. */
  private final @Nullable String element;

  /** What is wrong, as {@link #problem()} returns it. */
  private final String problem;

  /**
   * Creates an exception for a page.
   *
   * @param page the page's URL, or the URI it was read from
   * @param element the CSS path of the element where parsing failed, or null if the failure concerns the page
   *     as a whole
   * @param problem what is wrong, without the page and the element
   */
  public PageParseException(URI page, @Nullable String element, String problem) {
    this(page, element, problem, null);
  }

  /**
   * Creates an exception for a page, with its cause.
   *
   * @param page the page's URL, or the URI it was read from
   * @param element the CSS path of the element where parsing failed, or null if the failure concerns the page
   *     as a whole
   * @param problem what is wrong, without the page and the element
   * @param cause the lower-level cause, or null
   */
  public PageParseException(URI page, @Nullable String element, String problem, @Nullable Throwable cause) {
    super(page + (element == null ? "" : " at '" + element + "'") + ": " + problem, cause);
    this.page = page;
    this.element = element;
    this.problem = problem;
  }

  /**
   * Creates an exception located at an element, named by its CSS path.
   *
   * @param page the page's URL
   * @param element the element where parsing failed
   * @param problem what is wrong
   * @return the exception
   */
  public static PageParseException at(URI page, Element element, String problem) {
    return new PageParseException(page, CssPaths.of(element), problem);
  }

  /**
   * Reports a value that a parser built from the page but that broke one of the model's invariants. The
   * problem is the {@link InvalidValueException}'s message, which names the field.
   *
   * @param page the page's URL
   * @param element the CSS path of the element the value was read from, or null if unknown
   * @param cause the broken invariant
   * @return the exception, with {@code cause} as its cause
   */
  public static PageParseException invalidValue(URI page, @Nullable String element, InvalidValueException cause) {
    return new PageParseException(page, element, String.valueOf(cause.getMessage()), cause);
  }

  /**
   * The page that failed.
   *
   * @return the page's URL, or the URI it was read from
   */
  public URI page() {
    return page;
  }

  /**
   * Where in the page the failure was found.
   *
   * @return the element's CSS path, such as {@code #comments > div.comment:nth-child(3)}; empty if the failure
   *     concerns the page as a whole
   */
  public Optional<String> element() {
    return Optional.ofNullable(element);
  }

  /**
   * What is wrong, without the page and the element.
   *
   * @return the problem
   */
  public String problem() {
    return problem;
  }
}
