package io.github.newsmodel.cli.internal.run;

import io.github.newsmodel.cli.internal.output.ArticleEncoder;
import io.github.newsmodel.cli.internal.page.FrameJoin;
import io.github.newsmodel.cli.internal.page.Outcome;
import io.github.newsmodel.core.Article;
import io.github.newsmodel.html.CommentFrames;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Joins the threads of comment frames that a crawl captured apart from their pages to their articles, on their way
 * to the output, in input order and in bounded memory.
 *
 * <p>A crawler that runs a page's scripts fetches the page's Disqus frame after the page, and writes it a few
 * records later: between them come the page's other resources, and the pages that other browsers of the crawl
 * loaded meanwhile. So an article that may get a frame ({@link FrameJoin.WaitingArticle}) is held back, with the
 * articles after it, until its thread comes, or until {@value #MAX_HELD} articles or {@value #MAX_HELD_BYTES} bytes
 * of them are held; a thread ({@link FrameJoin.FrameThread}) that comes first is held alike for its article. A thread
 * joined to its article is not written on its own; one that finds none is written as the article it is, so that
 * nothing read is lost. Not thread-safe: the thread that delivers outcomes calls it.
 */
final class FrameJoiner {
  /** The most articles held back. */
  static final int MAX_HELD = 64;
  /** The most bytes of encoded articles held back; the articles themselves take about as much again. */
  static final long MAX_HELD_BYTES = 8L << 20;

  /** Where the articles go. */
  interface Output {
    /**
     * Writes an article, in input order.
     *
     * @param parsed the article
     */
    void write(Outcome.Parsed parsed);

    /**
     * Says that a thread was joined to its article, in place of writing it.
     *
     * @param thread the thread's outcome
     */
    void joined(Outcome.Parsed thread);
  }

  private final ArticleEncoder encoder;
  private final Output output;
  /** Oldest first. */
  private final List<Outcome.Parsed> held = new ArrayList<>();
  private long heldBytes;

  /**
   * Creates a joiner.
   *
   * @param encoder how to encode an article joined to its thread
   * @param output where the articles go
   */
  FrameJoiner(ArticleEncoder encoder, Output output) {
    this.encoder = encoder;
    this.output = output;
  }

  /**
   * Takes the next article in input order, and writes those that need wait no longer.
   *
   * @param parsed the article
   */
  void add(Outcome.Parsed parsed) {
    Optional<FrameJoin> role = parsed.frameJoin();
    if (role.isPresent() && role.get() instanceof FrameJoin.FrameThread thread) {
      int waiting = newestWaitingFor(thread.key());
      if (waiting >= 0) {
        Outcome.Parsed before = held.get(waiting);
        Outcome.Parsed after = joined(before, thread);
        held.set(waiting, after);
        heldBytes += after.encoded().length - before.encoded().length;
        output.joined(parsed);
        release();
        return;
      }
    } else if (role.isPresent() && role.get() instanceof FrameJoin.WaitingArticle article) {
      int thread = newestThreadFor(article.keys());
      if (thread >= 0) {
        Outcome.Parsed found = held.remove(thread);
        heldBytes -= found.encoded().length;
        parsed = joined(parsed, (FrameJoin.FrameThread) found.frameJoin().orElseThrow());
        output.joined(found);
      }
    }
    if (held.isEmpty() && parsed.frameJoin().isEmpty()) {
      output.write(parsed);
      return;
    }
    held.add(parsed);
    heldBytes += parsed.encoded().length;
    release();
  }

  /** Writes every article held, as the run ends: no frame is to come. */
  void releaseAll() {
    while (!held.isEmpty()) {
      releaseFirst();
    }
  }

  /** Writes the oldest articles while they wait for nothing, or while too many are held. */
  private void release() {
    while (!held.isEmpty() && (held.get(0).frameJoin().isEmpty() || held.size() > MAX_HELD
        || heldBytes > MAX_HELD_BYTES)) {
      releaseFirst();
    }
  }

  private void releaseFirst() {
    Outcome.Parsed first = held.remove(0);
    heldBytes -= first.encoded().length;
    output.write(first);
  }

  private int newestWaitingFor(String key) {
    for (int i = held.size() - 1; i >= 0; i--) {
      if (held.get(i).frameJoin().orElse(null) instanceof FrameJoin.WaitingArticle article
          && article.keys().contains(key)) {
        return i;
      }
    }
    return -1;
  }

  private int newestThreadFor(List<String> keys) {
    for (int i = held.size() - 1; i >= 0; i--) {
      if (held.get(i).frameJoin().orElse(null) instanceof FrameJoin.FrameThread thread
          && keys.contains(thread.key())) {
        return i;
      }
    }
    return -1;
  }

  /** The waiting article with the thread's comments, encoded anew; it waits no longer. */
  private Outcome.Parsed joined(Outcome.Parsed waiting, FrameJoin.FrameThread thread) {
    FrameJoin.WaitingArticle article = (FrameJoin.WaitingArticle) waiting.frameJoin().orElseThrow();
    Article joined = CommentFrames.joined(article.article(), thread.thread(), article.options());
    return new Outcome.Parsed(waiting.origin(), encoder.encode(joined), waiting.warning(), Optional.empty());
  }
}
