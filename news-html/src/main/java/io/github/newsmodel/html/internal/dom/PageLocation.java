package io.github.newsmodel.html.internal.dom;

import java.net.URI;
import org.jsoup.nodes.Document;

/**
 * The address of the page a document holds, where that is not the address it was read from: a Wayback Machine
 * copy, restored, is the original page. jsoup's {@link Document#location()} stays the address the document was
 * parsed with and has no setter, so the original is kept beside it, in the document's user data, which is never
 * written out as markup.
 */
public final class PageLocation {
  private static final String KEY = "newsmodel.location";

  private PageLocation() {}

  /**
   * The page's address.
   *
   * @param page the page
   * @return the address set with {@link #set}, or else the one it was parsed with
   */
  public static String of(Document page) {
    return page.attributes().userData(KEY) instanceof String location ? location : page.location();
  }

  /**
   * Records the page's own address.
   *
   * @param page the page, read from another address
   * @param location the page's own address
   */
  public static void set(Document page, URI location) {
    page.attributes().userData(KEY, location.toString());
  }
}
