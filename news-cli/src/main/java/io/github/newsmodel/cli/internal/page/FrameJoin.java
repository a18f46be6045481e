package io.github.newsmodel.cli.internal.page;

import io.github.newsmodel.html.ParseOptions;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an article can be to a comment frame captured apart from its page: the frame's thread, or the article that
 * a thread read nearby in the run may belong to. Both are held back for a while, so that the other may come.
 *
 * <p>Each keeps its article as compact JSON, not as the article: held back beside its encoding in the output
 * format, the bytes are what it costs, where an article of many comments takes four times its JSON.
 */
public sealed interface FrameJoin permits FrameJoin.FrameThread, FrameJoin.WaitingArticle {
  /**
   * The article, in the newsmodel JSON format, compact.
   *
   * @return the JSON in UTF-8, which the caller must not change
   */
  byte[] json();

  /**
   * The {@link FrameKeys keys} of the addresses the article is known by, the strongest first.
   *
   * @return at least one key
   */
  List<String> keys();

  /**
   * When the page was captured, where its source says.
   *
   * @return the capture time, if known
   */
  Optional<Instant> capturedAt();

  /**
   * The thread of a comment frame's page, to join to the article it names.
   *
   * @param json the frame's article: its comments, at the discussed article's url
   * @param keys the keys of the addresses it names its article by: its url (the link Disqus stored), and the
   *     address the frame was loaded for ({@code t_u})
   * @param capturedAt when the frame was captured, if known
   */
  record FrameThread(byte[] json, List<String> keys, Optional<Instant> capturedAt) implements FrameJoin {
    /**
     * Creates the role.
     *
     * @param json the frame's article, as compact JSON
     * @param keys the keys of the addresses it names its article by, at least one
     * @param capturedAt when the frame was captured, if known
     */
    public FrameThread {
      Objects.requireNonNull(json, "json");
      Objects.requireNonNull(capturedAt, "capturedAt");
      keys = List.copyOf(keys);
      if (keys.isEmpty()) {
        throw new IllegalArgumentException("a comment frame's thread needs an article's address to join");
      }
    }
  }

  /**
   * An article without comments whose page may load a comment frame.
   *
   * @param json the article, as compact JSON
   * @param keys the keys of its addresses: its source's (the address it was fetched at), its url, its canonical url
   * @param options the options its page was parsed with, whose comment limit a joined thread keeps to
   * @param capturedAt when the page was captured, if known
   */
  record WaitingArticle(byte[] json, List<String> keys, ParseOptions options, Optional<Instant> capturedAt)
      implements FrameJoin {
    /**
     * Creates the role.
     *
     * @param json the article, as compact JSON
     * @param keys the keys of its addresses, the strongest first, at least one
     * @param options the options its page was parsed with
     * @param capturedAt when the page was captured, if known
     */
    public WaitingArticle {
      Objects.requireNonNull(json, "json");
      Objects.requireNonNull(capturedAt, "capturedAt");
      keys = List.copyOf(keys);
      Objects.requireNonNull(options, "options");
      if (keys.isEmpty()) {
        throw new IllegalArgumentException("an article waiting for its comment frame needs an address");
      }
    }
  }
}
