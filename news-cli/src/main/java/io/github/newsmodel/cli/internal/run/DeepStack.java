package io.github.newsmodel.cli.internal.run;

import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * Threads with deep stacks for parsing: deeply nested pages make the DOM walks of the parsers recurse deeply, and
 * a page must parse the same on every thread, whatever {@code --threads} says.
 */
final class DeepStack {
  private static final long STACK_BYTES = 16L << 20;

  private DeepStack() {}

  /** A new, unstarted thread with a deep stack. */
  static Thread thread(String name, Runnable task) {
    return new Thread(null, task, name, STACK_BYTES);
  }

  /**
   * Runs a task on a new thread with a deep stack and waits for it, passing on what it throws.
   *
   * @param name the thread's name
   * @param task the task
   */
  static void run(String name, Runnable task) {
    AtomicReference<@Nullable Throwable> failure = new AtomicReference<>();
    Thread thread = thread(name, () -> {
      try {
        task.run();
      } catch (RuntimeException | Error e) {
        failure.set(e);
      }
    });
    thread.start();
    boolean interrupted = false;
    while (thread.isAlive()) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        interrupted = true;
        thread.interrupt();
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    Throwable thrown = failure.get();
    if (thrown instanceof RuntimeException e) {
      throw e;
    }
    if (thrown instanceof Error e) {
      throw e;
    }
  }
}
