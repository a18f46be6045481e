package io.github.newsmodel.html.internal;

import io.github.newsmodel.html.PageLimitException;
import io.github.newsmodel.html.ParseOptions;
import io.github.newsmodel.html.internal.dom.Cutoff;
import io.github.newsmodel.html.internal.io.PageBytes;
import io.github.newsmodel.html.internal.io.PageTooLargeException;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;

/**
 * Reads a page within the limits of {@link ParseOptions}: its size before anything is parsed, and its nesting
 * while it is parsed, so that the parsers' walks of the document stay shallow.
 */
public final class PageReader {
  /** How far from its end a page's end tag is looked for: archives append a few comments after it. */
  private static final int END_WINDOW = 4096;
  /** An end tag that ends a text, give or take white space. */
  private static final Pattern LAST_END_TAG = Pattern.compile("</([A-Za-z][A-Za-z0-9]{0,15})\\s*>\\s*$");
  /** How much of a text's end is read for its last end tag. */
  private static final int END_TAG_WINDOW = 64;

  private PageReader() {}

  /**
   * Reads the bytes of a page, never more than one byte past {@link ParseOptions#maxPageSize()}, so that a
   * stream that decompresses without end costs no more memory than the limit. Bytes that start with the gzip
   * magic number are decompressed, whatever the stream was called, and the limit applies to the page they hold;
   * gzip data cut off give the page as far as it got, to be parsed as a page that ends early.
   *
   * @param in the page's bytes, gzip-compressed or not; not closed
   * @param url the page, for the exception
   * @param options the limits
   * @return the bytes, decompressed
   * @throws IOException if the stream cannot be read, or its gzip data are broken (a
   *     {@link ZipException} naming the page) or end before any of the page
   * @throws PageLimitException if the page is larger than the limit
   */
  public static byte[] bytes(InputStream in, URI url, ParseOptions options) throws IOException {
    PageBytes.Read read;
    try {
      read = PageBytes.read(in, options.maxPageSize());
    } catch (PageTooLargeException e) {
      throw new PageLimitException(url, "maxPageSize", "the page is longer than " + e.limit() + " bytes"
          + (e.gzip() ? ", once decompressed" : ""));
    } catch (EOFException e) {
      throw endsBeforeThePage(url, e); // in the gzip header
    } catch (ZipException e) {
      // "invalid stored block lengths" alone does not say which of a batch's files is broken.
      ZipException broken = new ZipException(url + ": the gzip data are broken: " + e.getMessage());
      broken.initCause(e);
      throw broken;
    }
    if (read.cut() != null && read.bytes().length == 0) {
      throw endsBeforeThePage(url, read.cut());
    }
    return read.bytes();
  }

  /** The decompressor's own exception often has no message: this one says which page, and what ended. */
  private static EOFException endsBeforeThePage(URI url, EOFException cause) {
    EOFException cut = new EOFException(url + ": the gzip data end before any byte of the page");
    cut.initCause(cause);
    return cut;
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
    // A start tag takes two chars at least, so only a text of more than twice the limit can hold more tags.
    if (html.length() / 2 > options.maxElements() && startTags(html, options.maxElements()) > options.maxElements()) {
      throw new PageLimitException(url, "maxElements", "the page has more than " + options.maxElements()
          + " start tags");
    }
    Parser parser = Parser.htmlParser().setMaxDepth(options.maxNestingDepth());
    Document page = Jsoup.parse(html, url.toString(), parser);
    if (endsWhole(html)) {
      markWhole(page);
    } else {
      markClosedAtEnd(html, page);
    }
    return page;
  }

  /**
   * Counts the start tags of a text, a {@code <} followed by an ASCII letter as the HTML tokenizer reads one, up
   * to one past a limit.
   *
   * @param html the text
   * @param limit the count that is enough to know
   * @return the number of start tags, or {@code limit + 1} if there are more than the limit
   */
  static int startTags(String html, int limit) {
    int tags = 0;
    for (int i = html.indexOf('<'); i >= 0 && i + 1 < html.length(); i = html.indexOf('<', i + 1)) {
      char next = html.charAt(i + 1);
      if ((next >= 'a' && next <= 'z' || next >= 'A' && next <= 'Z') && ++tags > limit) {
        return tags;
      }
    }
    return tags;
  }

  /**
   * Marks a page as whole. jsoup closes what a cut-off page left open, so its DOM cannot show where the text
   * ended: a mark after everything in the body says that the page's own end tag did, which {@link Cutoff} reads
   * as something following.
   *
   * @param page the page
   * @return the mark, a comment at the end of the body
   */
  public static Comment markWhole(Document page) {
    Comment mark = new Comment(Cutoff.WHOLE_PAGE);
    page.body().appendChild(mark);
    return mark;
  }

  /**
   * Marks the element whose end tag ends the page's text, "...<p>Last.</p>", as complete: a fragment, or a page
   * saved without its own end tags, would otherwise lose its last paragraph as if the page had been cut off in it.
   * The end tag closed the innermost element of its name still open, and any element of that name that started
   * after it was closed before: so the last element of that name in document order ended before the text did.
   */
  private static void markClosedAtEnd(String html, Document page) {
    Matcher m = LAST_END_TAG.matcher(html.substring(Math.max(0, html.length() - END_TAG_WINDOW)));
    if (!m.find()) {
      return;
    }
    Elements named = page.getElementsByTag(m.group(1).toLowerCase(Locale.ROOT));
    if (!named.isEmpty() && named.last() != page.body()) {
      named.last().after(new Comment(Cutoff.CLOSED_AT_END));
    }
  }

  /**
   * Whether the text ends with the page's end tag, {@code </body>} or {@code </html>}, give or take what servers
   * and archives append after it (white space, comments, a script).
   */
  private static boolean endsWhole(String html) {
    int from = Math.max(0, html.length() - END_WINDOW);
    for (int i = html.indexOf("</", from); i >= 0; i = html.indexOf("</", i + 2)) {
      if (html.regionMatches(true, i + 2, "body", 0, 4) || html.regionMatches(true, i + 2, "html", 0, 4)) {
        return true;
      }
    }
    return false;
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
