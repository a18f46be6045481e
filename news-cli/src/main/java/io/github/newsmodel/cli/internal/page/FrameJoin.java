package io.github.newsmodel.cli.internal.page;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.html.ParseOptions;
import java.util.List;
import java.util.Objects;

/**
 * What an article can be to a comment frame captured apart from its page: the frame's thread, or the article that
 * a thread read nearby in the run may belong to. Both are held back for a while, so that the other may come.
 */
public sealed interface FrameJoin permits FrameJoin.FrameThread, FrameJoin.WaitingArticle {
  /**
   * The thread of a comment frame's page, to join to the article it names.
   *
   * @param thread the frame's article: its comments, at the discussed article's url
   * @param key the {@link FrameKeys key} of that url
   */
  record FrameThread(Article thread, String key) implements FrameJoin {
    /**
     * Creates the role.
     *
     * @param thread the frame's article
     * @param key the key of the discussed article's url
     */
    public FrameThread {
      Objects.requireNonNull(thread, "thread");
      Objects.requireNonNull(key, "key");
    }
  }

  /**
   * An article without comments whose page may load a comment frame.
   *
   * @param article the article
   * @param keys the {@link FrameKeys keys} of its addresses: its url, canonical url and source
   * @param options the options its page was parsed with, whose comment limit a joined thread keeps to
   */
  record WaitingArticle(Article article, List<String> keys, ParseOptions options) implements FrameJoin {
    /**
     * Creates the role.
     *
     * @param article the article
     * @param keys the keys of its addresses, at least one
     * @param options the options its page was parsed with
     */
    public WaitingArticle {
      Objects.requireNonNull(article, "article");
      keys = List.copyOf(keys);
      Objects.requireNonNull(options, "options");
      if (keys.isEmpty()) {
        throw new IllegalArgumentException("an article waiting for its comment frame needs an address");
      }
    }
  }
}
