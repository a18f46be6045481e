package io.github.newsmodel.html;

import io.github.newsmodel.core.NewsModelException;
import java.net.URI;
import org.jspecify.annotations.Nullable;

/**
 * A site parser failed on a page: it threw an exception of its own that is no {@link NewsModelException}, or it
 * broke its contract, as by returning null. The message names the page and the parser's class, and the parser's
 * exception is the cause:
 *
 * <pre>
 * https://www.example.com/a: site parser com.example.ExampleParser threw java.lang.NullPointerException: ...
 * https://www.example.com/a: site parser com.example.ExampleParser returned null from parse(Document, PageContext)
 * </pre>
 *
 * <p>This is a bug of the parser, not a fault of the page, so it is no {@link NewsModelException}: a caller who
 * skips bad pages by catching {@link PageParseException} does not hide it. A caller who runs parsers of others can
 * catch it to keep one broken parser from stopping a batch. newsmodel throws it; a site parser does not, but throws
 * {@link PageParseException} or {@link NotAnArticleException} for a page it cannot read.
 */
public class SiteParserException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The page the parser was given, as {@link #page()} returns it. */
  private final URI page;

  /** The parser that broke its contract, as {@link #parser()} returns it. */
  private final String parser;

  /**
   * Creates an exception for a site parser that failed on a page.
   *
   * @param page the page's URL, or the URI it was read from
   * @param parser the parser that failed; the exception keeps its class name
   * @param problem what the parser did, without the page and the parser, such as {@code "returned null from zone()"}
   * @param cause the exception the parser threw, or null
   */
  public SiteParserException(URI page, SiteParser parser, String problem, @Nullable Throwable cause) {
    super(page + ": site parser " + parser.getClass().getName() + " " + problem, cause);
    this.page = page;
    this.parser = parser.getClass().getName();
  }

  /**
   * The page the parser failed on.
   *
   * @return the page's URL, or the URI it was read from
   */
  public URI page() {
    return page;
  }

  /**
   * The parser that failed.
   *
   * @return the binary name of its class, such as {@code com.example.ExampleParser}
   */
  public String parser() {
    return parser;
  }
}
