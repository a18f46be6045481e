package io.github.newsmodel.cli.internal.run;

import io.github.newsmodel.cli.internal.output.ArticleEncoder;
import io.github.newsmodel.cli.internal.page.FrameJoin;
import io.github.newsmodel.cli.internal.page.Outcome;
import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.NewsModelException;
import io.github.newsmodel.html.CommentFrames;
import io.github.newsmodel.json.NewsJson;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Joins the threads of comment frames that a crawl captured apart from their pages to their articles, on their way
 * to the output, in input order and in bounded memory.
 *
 * <p>A crawler that runs a page's scripts fetches the page's Disqus frame after the page, and writes it a few
 * records later: between them come the page's other resources, and the pages that other browsers of the crawl
 * loaded meanwhile. So an article that may get a frame ({@link FrameJoin.WaitingArticle}) is held back, with the
 * outcomes after it (error records too, so that the order holds wherever they are written), until its thread
 * comes, or until {@value #MAX_HELD} outcomes or {@value #MAX_HELD_BYTES} bytes of them are held; a thread
 * ({@link FrameJoin.FrameThread}) that comes first is held alike for its article. The bytes counted are all that
 * is held: each outcome's encoding, and the compact JSON of an article or thread that may join. A thread joined to
 * its article is not written on its own; one that finds none is written as the article it is, so that nothing read
 * is lost. A page and a frame captured more than {@link #MAX_APART} apart are not joined. Not thread-safe: the
 * thread that delivers outcomes calls it.
 */
final class FrameJoiner {
  /** The most outcomes held back. */
  static final int MAX_HELD = 64;
  /** The most bytes held back. */
  static final long MAX_HELD_BYTES = 8L << 20;
  /**
   * How far apart a page's capture and its frame's may be: a browser loads the frame as it shows the page, and a run
   * of two crawls of one site, days apart, must not give a page the comments of its next visit.
   */
  static final Duration MAX_APART = Duration.ofDays(1);

  /** Where the outcomes go. */
  interface Output {
    /**
     * Writes an outcome, in input order.
     *
     * @param outcome the article or error record
     * @param joinedThread the frame's thread that the article took the comments of, which is not written on its own
     */
    void write(Outcome outcome, Optional<Outcome.Parsed> joinedThread);
  }

  /** An outcome held back, with what it costs and the thread joined to it. */
  private static final class Held {
    private Outcome outcome;
    private Optional<Outcome.Parsed> joinedThread = Optional.empty();

    Held(Outcome outcome) {
      this.outcome = outcome;
    }

    @Nullable FrameJoin role() {
      return outcome instanceof Outcome.Parsed parsed && joinedThread.isEmpty()
          ? parsed.frameJoin().orElse(null) : null;
    }

    long bytes() {
      if (!(outcome instanceof Outcome.Parsed parsed)) {
        return 0;
      }
      FrameJoin role = role();
      return parsed.encoded().length + (role == null ? 0 : role.json().length);
    }
  }

  private final ArticleEncoder encoder;
  private final Output output;
  /** Oldest first. */
  private final List<Held> held = new ArrayList<>();
  private long heldBytes;

  /**
   * Creates a joiner.
   *
   * @param encoder how to encode an article joined to its thread
   * @param output where the outcomes go
   */
  FrameJoiner(ArticleEncoder encoder, Output output) {
    this.encoder = encoder;
    this.output = output;
  }

  /**
   * Takes the next outcome in input order, and writes those that need wait no longer.
   *
   * @param outcome the article or error record
   */
  void add(Outcome outcome) {
    Held next = new Held(outcome);
    FrameJoin role = next.role();
    if (role instanceof FrameJoin.FrameThread thread) {
      Held waiting = bestWaitingFor(thread);
      if (waiting != null && join(waiting, (Outcome.Parsed) outcome)) {
        release();
        return;
      }
    } else if (role instanceof FrameJoin.WaitingArticle article) {
      Held thread = newestThreadFor(article);
      if (thread != null) {
        long threadBytes = thread.bytes();
        if (join(next, (Outcome.Parsed) thread.outcome)) {
          held.remove(thread);
          heldBytes -= threadBytes;
        }
      }
    }
    if (held.isEmpty() && next.role() == null) {
      write(next);
      return;
    }
    held.add(next);
    heldBytes += next.bytes();
    release();
  }

  /** Writes every outcome held, as the run ends or stops: no frame is to come. */
  void releaseAll() {
    while (!held.isEmpty()) {
      releaseFirst();
    }
  }

  /** Writes the oldest outcomes while they wait for nothing, or while too many are held. */
  private void release() {
    while (!held.isEmpty() && (held.get(0).role() == null || held.size() > MAX_HELD
        || heldBytes > MAX_HELD_BYTES)) {
      releaseFirst();
    }
  }

  private void releaseFirst() {
    Held first = held.remove(0);
    heldBytes -= first.bytes();
    write(first);
  }

  private void write(Held next) {
    output.write(next.outcome, next.joinedThread);
  }

  /**
   * The article waiting that the thread names most surely: by the address its page was fetched at before its own
   * url, and that before its canonical url, which a copy of the page (its AMP version) names too; the newest of
   * equals, as a crawler writes a frame after its page.
   */
  private @Nullable Held bestWaitingFor(FrameJoin.FrameThread thread) {
    Held best = null;
    int bestRank = Integer.MAX_VALUE;
    for (int i = held.size() - 1; i >= 0; i--) {
      if (held.get(i).role() instanceof FrameJoin.WaitingArticle article) {
        int rank = rank(article, thread);
        if (rank < bestRank) {
          best = held.get(i);
          bestRank = rank;
        }
      }
    }
    return best;
  }

  private @Nullable Held newestThreadFor(FrameJoin.WaitingArticle article) {
    for (int i = held.size() - 1; i >= 0; i--) {
      if (held.get(i).role() instanceof FrameJoin.FrameThread thread
          && rank(article, thread) < Integer.MAX_VALUE) {
        return held.get(i);
      }
    }
    return null;
  }

  /**
   * The place of the first of an article's keys that a thread names, where the two were captured within
   * {@link #MAX_APART} of each other or either time is unknown; none is {@link Integer#MAX_VALUE}.
   */
  private static int rank(FrameJoin.WaitingArticle article, FrameJoin.FrameThread thread) {
    if (article.capturedAt().isPresent() && thread.capturedAt().isPresent()
        && Duration.between(article.capturedAt().get(), thread.capturedAt().get()).abs().compareTo(MAX_APART) > 0) {
      return Integer.MAX_VALUE;
    }
    List<String> keys = article.keys();
    for (int i = 0; i < keys.size(); i++) {
      if (thread.keys().contains(keys.get(i))) {
        return i;
      }
    }
    return Integer.MAX_VALUE;
  }

  /**
   * Gives a waiting article the thread's comments, encoded anew; it waits no longer, and the thread goes with it.
   * An article or thread whose JSON does not read back (beyond a limit of the reader) is not joined: each is
   * written as it was.
   */
  private boolean join(Held waiting, Outcome.Parsed thread) {
    Outcome.Parsed page = (Outcome.Parsed) waiting.outcome;
    FrameJoin.WaitingArticle article = (FrameJoin.WaitingArticle) page.frameJoin().orElseThrow();
    FrameJoin.FrameThread frame = (FrameJoin.FrameThread) thread.frameJoin().orElseThrow();
    Article joined;
    try {
      joined = CommentFrames.joined(read(article.json()), read(frame.json()), article.options());
    } catch (NewsModelException e) {
      return false;
    }
    boolean isHeld = held.contains(waiting);
    long before = waiting.bytes();
    waiting.outcome = new Outcome.Parsed(page.origin(), encoder.encode(joined), page.warning(), Optional.empty());
    waiting.joinedThread = Optional.of(thread);
    if (isHeld) {
      heldBytes += waiting.bytes() - before;
    }
    return true;
  }

  private static Article read(byte[] json) {
    return NewsJson.standard().read(new ByteArrayInputStream(json));
  }
}
