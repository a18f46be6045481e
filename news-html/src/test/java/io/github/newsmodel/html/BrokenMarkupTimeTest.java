package io.github.newsmodel.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Article;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A page of broken markup costs time in proportion to its size: the generic extractor reads a generated 5 MB
 * page in about five times what it needs for 1 MB, never in the 25 times a quadratic step would take.
 *
 * <p>This is a guard against a complexity bug, not a performance claim (those come from the JMH benchmarks): the
 * bound is loose, each size is timed several times and the fastest run counts, and the time is the CPU time of
 * the parsing thread where the JVM can tell it: a busy machine that takes the core away for a while, which a
 * 5 MB run of two seconds cannot escape, does not fail it. (At a load of 9 on 2 cores, wall-clock time gave a
 * ratio of 15.)
 */
class BrokenMarkupTimeTest {
  private static final URI URL = URI.create("https://broken.example/2024/01/01/page");
  private static final int MB = 1_000_000;
  /** Linear is 5; quadratic is 25. */
  private static final double MAX_RATIO = 12;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void fiveTimesTheSizeTakesAboutFiveTimesTheTime() {
    String small = BrokenMarkup.page(MB, 7);
    String large = BrokenMarkup.page(5 * MB, 7);
    parse(small); // warm up the JIT, on both sizes: a large page runs loops long enough to be compiled anew
    parse(large);
    parse(small);

    // Interleaved, so that a busy spell of the machine slows both sizes, not one of them.
    long smallNanos = Long.MAX_VALUE;
    long largeNanos = Long.MAX_VALUE;
    for (int run = 0; run < 3; run++) {
      smallNanos = Math.min(smallNanos, fastest(small, 2));
      largeNanos = Math.min(largeNanos, fastest(large, 1));
    }

    assertThat((double) largeNanos / smallNanos)
        .as("1 MB took %d ms, 5 MB took %d ms", smallNanos / 1_000_000, largeNanos / 1_000_000)
        .isLessThan(MAX_RATIO);
  }

  @Test
  void theBrokenPageStillYieldsAnArticle() {
    Article article = parse(BrokenMarkup.page(MB / 4, 11));

    assertThat(article.title()).hasValue("Broken page");
    assertThat(article.comments()).isNotEmpty();
  }

  private static long fastest(String html, int runs) {
    long best = Long.MAX_VALUE;
    for (int i = 0; i < runs; i++) {
      long start = now();
      parse(html);
      best = Math.min(best, now() - start);
    }
    return best;
  }

  /** The CPU time of this thread, else the wall-clock time, in nanoseconds. */
  private static long now() {
    return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
  }

  private static Article parse(String html) {
    return HtmlArticles.parse(html, URL);
  }
}
