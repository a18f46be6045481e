package io.github.newsmodel.cli.internal.run;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * What Ctrl-C (SIGINT, or a SIGTERM) does to a run of the process. The JVM then runs its shutdown hooks and halts:
 * without one, the run ended wherever it was, with the JSON array of {@code -f json} never closed (the output no
 * longer JSON), the articles and error records still in their buffers never written, and no summary. The hook asks
 * the run to stop as {@code --fail-fast} stops it, and waits a moment for it to close its outputs and print its
 * summary; the process still ends with the exit code of the signal (130 for Ctrl-C).
 */
public final class Interrupts {
  /**
   * How long the hook waits for the run: a page being parsed has to finish first, which takes milliseconds. A run
   * whose reading thread waits for a stream that sends nothing (a stalled {@code curl | news parse -}) cannot stop
   * at all, and Ctrl-C then ends the process this much later than it did, with what it had not written lost as
   * before.
   */
  private static final long GRACE_MILLIS = 2000;

  private static final AtomicBoolean INSTALLED = new AtomicBoolean();
  private static final AtomicReference<@Nullable ParseRun> CURRENT = new AtomicReference<>();

  private Interrupts() {}

  /** Installs the hook, once: only the process's own {@code main} does, not a run inside tests. */
  public static void install() {
    if (INSTALLED.compareAndSet(false, true)) {
      Runtime.getRuntime().addShutdownHook(new Thread(Interrupts::stopCurrent, "news-interrupt"));
    }
  }

  static void register(ParseRun run) {
    CURRENT.set(run);
  }

  static void unregister(ParseRun run) {
    CURRENT.compareAndSet(run, null);
  }

  /** Stops the run going on, if any: at a normal exit, the run has ended and unregistered already. */
  private static void stopCurrent() {
    ParseRun run = CURRENT.get();
    if (run != null) {
      run.interrupt();
      run.awaitEnd(GRACE_MILLIS);
    }
  }
}
