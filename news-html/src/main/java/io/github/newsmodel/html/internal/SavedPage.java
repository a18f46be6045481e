package io.github.newsmodel.html.internal;

import io.github.newsmodel.html.internal.dom.Urls;
import io.github.newsmodel.html.internal.generic.Metadata;
import org.jsoup.nodes.Document;

/**
 * A page read from a file or a stream: its relative links are relative to where it was served, and the file's own
 * {@code file:} URI would resolve them to nothing a reader can follow. The page's canonical URL is the one address
 * it still gives, so its links resolve against that.
 */
final class SavedPage {
  private SavedPage() {}

  /**
   * Resolves the page's relative links against its canonical URL, or against its {@code <base href>} read relative
   * to that URL, when the page was read from elsewhere than the web. A page that declares no canonical URL, or
   * whose {@code <base href>} is an absolute web URL already, keeps its base.
   *
   * @param page the page, parsed with the URI it was read from as its base
   */
  static void rebase(Document page) {
    if (Urls.http(page.baseUri()).isPresent()) {
      return;
    }
    Metadata.of(page).canonicalUrl().ifPresent(canonical -> Urls.rebase(page, canonical));
  }
}
