package io.github.newsmodel.cli.internal.output;

import io.github.newsmodel.cli.internal.page.RunCounters;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Redraws the progress line on standard error four times a second, from its own daemon thread, until closed.
 * Only for terminals: a log file should not fill with carriage returns.
 */
public final class Progress implements AutoCloseable {
  private static final long PERIOD_MILLIS = 250;

  private final StatusLine stderr;
  private final RunCounters counters;
  private final ScheduledExecutorService timer;

  private Progress(StatusLine stderr, RunCounters counters) {
    this.stderr = stderr;
    this.counters = counters;
    this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread thread = new Thread(r, "news-progress");
      thread.setDaemon(true);
      return thread;
    });
  }

  /**
   * Shows the progress line now, and keeps it up to date.
   *
   * @param stderr standard error
   * @param counters the counts of the run
   * @return the progress, to close when the run ends
   */
  public static Progress start(StatusLine stderr, RunCounters counters) {
    Progress progress = new Progress(stderr, counters);
    progress.redraw();
    progress.timer.scheduleAtFixedRate(progress::redraw, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    return progress;
  }

  private void redraw() {
    stderr.showStatus(RunReport.progress(counters.snapshot()));
  }

  /** Stops redrawing and removes the progress line, so that the summary takes its place. */
  @Override
  public void close() {
    timer.shutdownNow();
    try {
      timer.awaitTermination(1, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    stderr.clearStatus();
  }
}
