package io.github.newsmodel.cli.internal.run;

import io.github.newsmodel.cli.internal.page.Outcome;
import io.github.newsmodel.cli.internal.page.Page;
import io.github.newsmodel.cli.internal.page.ReadFailure;
import io.github.newsmodel.cli.internal.page.Work;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Parses pages on worker threads and delivers their outcomes in the order the pages were submitted, in bounded
 * memory.
 *
 * <p>The thread that submits (the reader) also delivers: it keeps a window of pages in flight, bounded by a count
 * and by their bytes, and delivers each outcome once the outcomes before it are delivered. When the window is
 * full, the reader waits for the oldest page, so reading never runs far ahead of writing, whatever the size of the
 * input. Workers encode the article too, so that delivering costs little more than a copy.
 *
 * <p>With one thread there are no workers: the submitting thread parses each page itself, so that
 * {@code --threads 1} uses one core, the baseline that more threads are measured against.
 *
 * <p>Every submitted item is delivered exactly once, unless delivery throws (as {@code --fail-fast} does), which
 * ends the run: {@link #close()} then drops what is still in flight. Not thread-safe: one thread submits, delivers
 * and closes; it should be a {@link DeepStack} thread, as the workers are.
 */
public final class OrderedPipeline implements AutoCloseable {
  /** Where outcomes go, in order, on the submitting thread. */
  public interface Delivery {
    /**
     * Takes the next outcome in submission order.
     *
     * @param outcome the outcome
     */
    void deliver(Outcome outcome);

    /**
     * Called before the pipeline waits for a page, or with one thread before it parses one, so that what is
     * delivered so far can be flushed.
     */
    void idle();
  }

  private final @Nullable ExecutorService workers;
  private final Function<Page, Outcome> parse;
  private final Delivery delivery;
  private final int maxPending;
  private final long maxPendingBytes;
  private final ArrayDeque<Pending> window = new ArrayDeque<>();
  private long pendingBytes;
  private boolean deliveredSinceIdle;

  /**
   * Creates a pipeline and starts its workers.
   *
   * @param threads the number of threads that parse: with 1, the submitting thread parses itself
   * @param parse what a worker does with a page; must not throw but report failures as outcomes
   * @param delivery where the outcomes go
   * @param maxPending the most items in flight
   * @param maxPendingBytes the most page bytes in flight; a larger page still goes through, alone
   */
  public OrderedPipeline(int threads, Function<Page, Outcome> parse, Delivery delivery, int maxPending,
      long maxPendingBytes) {
    if (threads < 1 || maxPending < 1) {
      throw new IllegalArgumentException("threads and maxPending must be at least 1, got " + threads + " and "
          + maxPending);
    }
    this.workers = threads == 1 ? null : Executors.newFixedThreadPool(threads, workerThreads());
    this.parse = parse;
    this.delivery = delivery;
    this.maxPending = maxPending;
    this.maxPendingBytes = maxPendingBytes;
  }

  /**
   * Takes the next item: a page goes to a worker, a read failure waits for its turn. Blocks while the window is
   * full, delivering outcomes as they come in order.
   *
   * @param work the page or read failure
   */
  public void submit(Work work) {
    while (!window.isEmpty()
        && (window.size() >= maxPending || pendingBytes + work.size() > maxPendingBytes)) {
      deliverOldest();
    }
    Future<Outcome> future;
    if (work instanceof Page page) {
      if (workers == null) {
        // Parsing here is this thread's wait: without it, the articles written so far would sit in the output's
        // buffer until it fills, a reader of the pipe would see them in bursts, and one that closed it
        // (news parse -t 1 crawl.warc | head -1) would be noticed only pages later.
        idleIfDelivered();
        future = CompletableFuture.completedFuture(parse.apply(page));
      } else {
        future = workers.submit(() -> parse.apply(page));
      }
    } else {
      future = CompletableFuture.completedFuture(((ReadFailure) work).outcome());
    }
    window.addLast(new Pending(future, work.size()));
    pendingBytes += work.size();
    while (!window.isEmpty() && window.peekFirst().future.isDone()) {
      deliverOldest();
    }
  }

  /**
   * Runs an action in order with the outcomes: after the outcome of the last item submitted so far, or now if
   * none is in flight. Counts of things that are not pages, such as skipped records, stay in step with the output
   * this way.
   *
   * @param action the action
   */
  public void inOrder(Runnable action) {
    Pending last = window.peekLast();
    if (last == null) {
      action.run();
    } else {
      last.then(action);
    }
  }

  /** Delivers every outcome still in flight, waiting for them in order. */
  public void finish() {
    while (!window.isEmpty()) {
      deliverOldest();
    }
    idle();
  }

  private void deliverOldest() {
    Pending oldest = window.removeFirst();
    pendingBytes -= oldest.size;
    if (!oldest.future.isDone()) {
      idle();
    }
    delivery.deliver(await(oldest.future));
    deliveredSinceIdle = true;
    oldest.runActions();
  }

  private void idleIfDelivered() {
    if (deliveredSinceIdle) {
      idle();
    }
  }

  private void idle() {
    deliveredSinceIdle = false;
    delivery.idle();
  }

  private static Outcome await(Future<Outcome> future) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return future.get();
        } catch (InterruptedException e) {
          interrupted = true; // the outcome must not be lost; finish waiting, then pass the interrupt on
        }
      }
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Error error) {
        throw error; // out of memory, typically: nothing a page's error record can stand for
      }
      throw new IllegalStateException("a worker failed outside the page parser", cause);
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Drops what is in flight and stops the workers. */
  @Override
  public void close() {
    for (Pending pending : window) {
      pending.future.cancel(true);
    }
    window.clear();
    if (workers == null) {
      return;
    }
    workers.shutdownNow();
    try {
      workers.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static ThreadFactory workerThreads() {
    AtomicInteger number = new AtomicInteger();
    return task -> {
      Thread thread = DeepStack.thread("news-parse-" + number.incrementAndGet(), task);
      thread.setDaemon(true);
      return thread;
    };
  }

  /** An item in flight, with the actions to run after its delivery. */
  private static final class Pending {
    final Future<Outcome> future;
    final long size;
    private @Nullable List<Runnable> actions;

    Pending(Future<Outcome> future, long size) {
      this.future = future;
      this.size = size;
    }

    void then(Runnable action) {
      if (actions == null) {
        actions = new ArrayList<>(2);
      }
      actions.add(action);
    }

    void runActions() {
      if (actions != null) {
        actions.forEach(Runnable::run);
      }
    }
  }
}
