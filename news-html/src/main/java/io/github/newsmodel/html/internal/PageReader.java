package io.github.newsmodel.html.internal;

import io.github.newsmodel.html.PageLimitException;
import io.github.newsmodel.html.ParseOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads a page within the limits of {@link ParseOptions}: its size before anything is parsed, and its nesting
 * while it is parsed, so that the parsers' walks of the document stay shallow.
 */
public final class PageReader {
  private static final int CHUNK = 64 * 1024;

  private PageReader() {}

  /**
   * Reads the bytes of a page, never more than one byte past {@link ParseOptions#maxPageSize()}, so that a
   * stream that decompresses without end costs no more memory than the limit.
   *
   * @param in the page's bytes
   * @param url the page, for the exception
   * @param options the limits
   * @return the bytes
   * @throws IOException if the stream cannot be read
   * @throws PageLimitException if the page is larger than the limit
   */
  public static byte[] bytes(InputStream in, URI url, ParseOptions options) throws IOException {
    long max = options.maxPageSize();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] chunk = new byte[CHUNK];
    long total = 0;
    int n;
    while ((n = in.read(chunk, 0, (int) Math.min(CHUNK, max + 1 - total))) > 0) {
      out.write(chunk, 0, n);
      total += n;
      if (total > max) {
        throw new PageLimitException(url, "maxPageSize", "the page is longer than " + max + " bytes");
      }
    }
    return out.toByteArray();
  }

  /**
   * Parses the text of a page, nesting elements no deeper than {@link ParseOptions#maxNestingDepth()}.
   *
   * @param html the page's text
   * @param url the page's URL, the base of its relative links
   * @param options the limits
   * @return the document
   * @throws PageLimitException if the text is longer than {@link ParseOptions#maxPageSize()}
   */
  public static Document parse(String html, URI url, ParseOptions options) {
    if (html.length() > options.maxPageSize()) {
      throw new PageLimitException(url, "maxPageSize", "the page is " + html.length() + " chars long, more than "
          + options.maxPageSize());
    }
    Parser parser = Parser.htmlParser().setMaxDepth(options.maxNestingDepth());
    return Jsoup.parse(html, url.toString(), parser);
  }

  /**
   * Checks that a document the caller parsed nests no deeper than {@link ParseOptions#maxNestingDepth()}.
   *
   * @param page the document
   * @param url the page, for the exception
   * @param options the limits
   * @throws PageLimitException if an element is nested deeper
   */
  public static void checkDepth(Document page, URI url, ParseOptions options) {
    int max = options.maxNestingDepth();
    // Walks the elements in document order without recursion, keeping the depth of the current one.
    int depth = 0;
    Element e = page;
    while (e != null) {
      if (depth > max) {
        throw new PageLimitException(url, "maxNestingDepth", "elements are nested deeper than " + max);
      }
      Element child = e.firstElementChild();
      if (child != null) {
        e = child;
        depth++;
        continue;
      }
      while (e != null && e != page && e.nextElementSibling() == null) {
        e = e.parent();
        depth--;
      }
      e = e == null || e == page ? null : e.nextElementSibling();
    }
  }
}
