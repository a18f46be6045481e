package io.github.newsmodel.html;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.html.internal.FrameComments;
import io.github.newsmodel.html.internal.archive.Archives;
import io.github.newsmodel.html.internal.archive.Capture;
import io.github.newsmodel.html.internal.sites.disqus.DisqusParser;
import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Reader comments that a page's script loaded into a frame of their own, and the article they belong to.
 *
 * <p>Disqus ran the comments of many news sites and blogs this way: the article's page holds none of them, and the
 * frame's page ({@code https://disqus.com/embed/comments/?...&t_u=ARTICLE}) holds the thread. A crawler that runs
 * the page's scripts (Browsertrix, Webrecorder, the Wayback Machine) keeps that frame's page as a capture of its own,
 * which {@link HtmlArticles} reads as an article of its own: the thread, at the discussed article's {@code url}, with
 * an empty body. These methods join the two again. (A saved page that keeps its frames, as Safari's web archive does
 * inside it and Chrome's "Webpage, Complete" beside it, is joined by {@link HtmlArticles#parse(Path, ParseOptions)}
 * itself.)
 *
 * <pre>{@code
 * Article page = HtmlArticles.parse(pageHtml, pageUrl, options);
 * Article thread = HtmlArticles.parse(frameHtml, frameUrl, options);
 * if (CommentFrames.isFrame(frameUrl)
 *     && (thread.url().equals(page.url()) || CommentFrames.articleOf(frameUrl).equals(page.url()))) {
 *   page = CommentFrames.joined(page, thread, options);
 * }
 * }</pre>
 *
 * <p>The thread names its article as the site's script gave it to the frame, which may differ from the address the
 * page was fetched at in its scheme, a {@code www.} or a trailing slash: compare the addresses as loosely as the
 * crawl needs. {@code news parse} does this for a crawl (its {@code --join-frames}).
 */
public final class CommentFrames {
  private static final byte[] SERVICE = {'d', 'i', 's', 'q', 'u', 's'};

  private CommentFrames() {}

  /**
   * Whether an address is a comment frame's own page, as served or as a web archive's copy of it (a Wayback
   * Machine address of Disqus's embed).
   *
   * @param url any absolute URI
   * @return whether its page is a comment frame's, whose article is the thread it holds
   */
  public static boolean isFrame(URI url) {
    Objects.requireNonNull(url, "url");
    return DisqusParser.isEmbed(Archives.capture(url).map(Capture::original).orElse(url));
  }

  /**
   * The address of the article a comment frame's address says it was loaded for (Disqus's {@code t_u}, the page's
   * address as the site's script gave it), served or as a web archive's copy. It may differ from the thread's
   * {@link Article#url() url}, the link Disqus stored when the thread began, which it does not change when the site
   * moves its articles: an article known by either is the thread's.
   *
   * @param frameUrl a comment frame's address
   * @return the article's http or https address; empty for an address that names none, or is no frame's
   */
  public static Optional<URI> articleOf(URI frameUrl) {
    Objects.requireNonNull(frameUrl, "frameUrl");
    URI original = Archives.capture(frameUrl).map(Capture::original).orElse(frameUrl);
    return DisqusParser.isEmbed(original) ? DisqusParser.articleOf(original) : Optional.empty();
  }

  /**
   * Whether a page may load a comment frame: whether its bytes name a service that serves one ({@code disqus}, in
   * any case, as its script's address and its {@code disqus_thread} element do). A cheap test to run before holding
   * an article back for a frame that may follow it: {@code false} is no sign of a frame, not proof that none
   * follows (a script that builds the service's name, a page in UTF-16 or UTF-32, whose letters are not ASCII
   * bytes). It reads the bytes as ASCII.
   *
   * @param page a page's bytes, decoded of any {@code Content-Encoding} (gzip bytes name nothing)
   * @return whether the page names a comment frame's service
   */
  public static boolean mayLoadFrame(byte[] page) {
    Objects.requireNonNull(page, "page");
    int last = page.length - SERVICE.length;
    for (int i = 0; i <= last; i++) {
      if ((page[i] | 0x20) == 'd' && startsWithService(page, i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWithService(byte[] page, int at) {
    for (int j = 1; j < SERVICE.length; j++) {
      if ((page[at + j] | 0x20) != SERVICE[j]) {
        return false;
      }
    }
    return true;
  }

  /**
   * The article with the comments of its frame's thread, where its own page showed none: the comment count is the
   * larger of the two, and the comments keep to the options' {@link ParseOptions#maxComments() limit}. Everything
   * else is the article's, its source too. An article with comments of its own keeps them, since they are what its
   * page shows, and a thread without comments changes nothing. The caller decides that the two belong together,
   * as the thread's {@link Article#url() url} names the article.
   *
   * @param article the article of the page
   * @param thread the article of its comment frame's page
   * @param options the options the page was parsed with
   * @return the article with the thread's comments, or the article as it was
   */
  public static Article joined(Article article, Article thread, ParseOptions options) {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(thread, "thread");
    Objects.requireNonNull(options, "options");
    return FrameComments.joined(article, thread, options);
  }
}
