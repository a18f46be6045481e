package io.github.newsmodel.cli.internal.run;

import io.github.newsmodel.cli.internal.input.Input;
import io.github.newsmodel.cli.internal.input.InputReader;
import io.github.newsmodel.cli.internal.input.InputSizes;
import io.github.newsmodel.cli.internal.output.ArticleEncoder;
import io.github.newsmodel.cli.internal.output.ArticleOutput;
import io.github.newsmodel.cli.internal.output.ErrorLog;
import io.github.newsmodel.cli.internal.output.OutputFormat;
import io.github.newsmodel.cli.internal.output.Progress;
import io.github.newsmodel.cli.internal.output.RunReport;
import io.github.newsmodel.cli.internal.output.StatusLine;
import io.github.newsmodel.cli.internal.page.Outcome;
import io.github.newsmodel.cli.internal.page.PageSink;
import io.github.newsmodel.cli.internal.page.RunCounters;
import io.github.newsmodel.cli.internal.page.RunStoppedException;
import io.github.newsmodel.cli.internal.page.Work;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One run of {@code news parse}: reads the inputs, parses their pages on worker threads, writes articles and error
 * records in input order, and ends with the summary line.
 */
public final class ParseRun {
  /** Exit code: every page became an article. */
  public static final int EXIT_OK = 0;
  /** Exit code: some pages failed, or the run could not finish. */
  public static final int EXIT_FAILED = 1;

  private static final String OUTPUT = "the output";
  private static final String ERROR_RECORDS = "the error records (--errors)";

  private static final long MIN_WINDOW_BYTES = 8L << 20;
  private static final long MAX_WINDOW_BYTES = 256L << 20;

  private final RunSettings settings;
  private final OutputStream out;
  private final ErrorLog errors;
  private final StatusLine stderr;
  private final RunCounters counters = new RunCounters();
  /** Set by {@link #interrupt()}, from the thread of a shutdown hook: the reading thread stops at its next step. */
  private volatile boolean interrupted;
  /** Counted down once the run has closed its outputs and printed its summary. */
  private final CountDownLatch ended = new CountDownLatch(1);

  /**
   * Prepares a run.
   *
   * @param settings what to do
   * @param out where articles go, which the run closes
   * @param errors where failed pages are reported, which the run closes
   * @param stderr standard error, for progress and the summary
   */
  public ParseRun(RunSettings settings, OutputStream out, ErrorLog errors, StatusLine stderr) {
    this.settings = settings;
    this.out = out;
    this.errors = errors;
    this.stderr = stderr;
  }

  /**
   * Runs.
   *
   * @return the exit code: {@link #EXIT_OK} or {@link #EXIT_FAILED}
   */
  public int execute() {
    Interrupts.register(this);
    try {
      return run();
    } finally {
      ended.countDown();
      Interrupts.unregister(this);
    }
  }

  /**
   * Asks the run to stop, as {@code --fail-fast} stops it: the reading thread stops at its next page or record, and
   * the run closes its outputs (a JSON array too) and prints its summary. Returns at once.
   */
  public void interrupt() {
    interrupted = true;
  }

  /**
   * Waits for the run to end, after {@link #interrupt()}.
   *
   * @param millis how long to wait at most
   * @return whether it ended in that time
   */
  boolean awaitEnd(long millis) {
    try {
      return ended.await(millis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Stops the reading thread if the run has been interrupted. */
  private void checkInterrupted() {
    if (interrupted) {
      throw new RunStoppedException();
    }
  }

  private int run() {
    boolean array = settings.format() == OutputFormat.JSON && !settings.onePage();
    ArticleOutput articles = new ArticleOutput(out, array);
    Progress progress = settings.progress() ? startProgress() : null;
    boolean stopped = false;
    boolean outputClosed = false;
    String fatal = null;
    boolean articlesLost = false;
    boolean recordsLost = false;
    try {
      // The reading thread parses too when there is one thread, so it needs the workers' deep stack.
      DeepStack.run("news-read", () -> read(articles, errors));
    } catch (RunStoppedException e) {
      stopped = true;
    } catch (OutputFailedException e) {
      if (e.what.equals(OUTPUT) && ClosedPipes.isClosedPipe(e.getCause())) {
        outputClosed = true;
      } else {
        fatal = e.getMessage();
        articlesLost = e.what.equals(OUTPUT);
        recordsLost = e.what.equals(ERROR_RECORDS);
      }
    } catch (OutOfMemoryError e) {
      fatal = "out of memory: give Java more (NEWS_JAVA_OPTS=-Xmx2g ./news ...), or lower --threads or"
          + " --max-page-size";
    } finally {
      if (progress != null) {
        progress.close();
      }
    }
    // Each closed on its own: an output that cannot be written must not keep the error records from theirs.
    try {
      articles.close();
    } catch (UncheckedIOException e) {
      if (ClosedPipes.isClosedPipe(e)) {
        outputClosed = true;
      } else {
        fatal = fatal != null ? fatal : cannotWrite(OUTPUT, e);
        articlesLost = true;
      }
    }
    try {
      errors.close();
    } catch (UncheckedIOException e) {
      fatal = fatal != null ? fatal : cannotWrite(ERROR_RECORDS, e);
      recordsLost = true;
    }
    if (fatal != null) {
      stderr.println("news: " + fatal);
    }
    RunCounters.Counts counts = counters.snapshot();
    // The reader of the output that closed it (news parse pages/ | head -1) wanted no more: no failure to report,
    // but the run ended before its inputs did, and the summary says why.
    RunReport.Stop stop = outputClosed ? RunReport.Stop.OUTPUT_CLOSED : !stopped ? RunReport.Stop.NONE
        : interrupted ? RunReport.Stop.INTERRUPTED : RunReport.Stop.FAIL_FAST;
    stderr.println(RunReport.summary(counts, stop, articlesLost, recordsLost));
    // An interrupted run did not read every input; the process ends with the signal's own code all the same.
    return counts.errors() == 0 && fatal == null && stop != RunReport.Stop.INTERRUPTED
        && stop != RunReport.Stop.OUTPUT_CLOSED ? EXIT_OK : EXIT_FAILED;
  }

  private void read(ArticleOutput articles, ErrorLog errors) {
    ArticleEncoder encoder = new ArticleEncoder(settings.format(), settings.onePage());
    Writer writer = new Writer(articles, errors);
    FrameJoiner joiner = new FrameJoiner(encoder, writer);
    OrderedPipeline.Delivery delivery = new OrderedPipeline.Delivery() {
      @Override
      public void deliver(Outcome outcome) {
        checkInterrupted();
        joiner.add(outcome);
      }

      @Override
      public void idle() {
        checkInterrupted();
        try {
          articles.flush();
        } catch (UncheckedIOException e) {
          throw new OutputFailedException(OUTPUT, e);
        }
        try {
          errors.flush();
        } catch (UncheckedIOException e) {
          throw new OutputFailedException(ERROR_RECORDS, e);
        }
      }
    };
    int threads = settings.threads();
    boolean joinFrames = settings.joinFrames() && !settings.onePage();
    try (OrderedPipeline pipeline = new OrderedPipeline(threads, new PageParser(encoder, joinFrames), delivery,
        Math.max(8, 8 * threads), windowBytes())) {
      Sink sink = new Sink(pipeline);
      InputReader reader = new InputReader(settings.read(), sink);
      for (Input input : settings.inputs()) {
        reader.read(input);
      }
      sink.tally();
      pipeline.finish();
    } catch (RuntimeException | Error e) {
      // What was held for a comment frame came before the stop, and is written, but after the first failure that
      // --fail-fast stops at, or to an output that failed.
      boolean outputFailed = e instanceof OutputFailedException f && f.what.equals(OUTPUT);
      if (!writer.stoppedAtFailure && !outputFailed) {
        try {
          joiner.releaseAll();
        } catch (RuntimeException | Error again) {
          e.addSuppressed(again);
        }
      }
      throw e;
    }
    joiner.releaseAll();
  }

  /** Writes the outcomes in order, and counts them as they are written. */
  private final class Writer implements FrameJoiner.Output {
    private final ArticleOutput articles;
    private final ErrorLog errors;
    /** Whether --fail-fast stopped the run at a failure: what comes after it in input order is not written. */
    private boolean stoppedAtFailure;
    /** Whether the error file failed: the error records after that are counted, but not written. */
    private boolean errorsFailed;

    Writer(ArticleOutput articles, ErrorLog errors) {
      this.articles = articles;
      this.errors = errors;
    }

    @Override
    public void write(Outcome outcome, Optional<Outcome.Parsed> joinedThread) {
      if (outcome instanceof Outcome.Parsed parsed) {
        counters.article(); // the page was parsed, whether or not its article can be written
        joinedThread.ifPresent(thread -> counters.frameJoined());
        try {
          articles.write(parsed.encoded());
        } catch (UncheckedIOException e) {
          throw new OutputFailedException(OUTPUT, e);
        }
        warn(parsed);
        joinedThread.ifPresent(this::warn);
      } else if (outcome instanceof Outcome.Failed failed) {
        counters.error(); // the page failed, whether or not its record can be written
        if (!errorsFailed) {
          try {
            errors.report(failed);
          } catch (UncheckedIOException e) {
            errorsFailed = true;
            throw new OutputFailedException(ERROR_RECORDS, e);
          }
        }
        if (settings.failFast()) {
          stoppedAtFailure = true;
          throw new RunStoppedException();
        }
      }
    }

    private void warn(Outcome.Parsed parsed) {
      parsed.warning().ifPresent(w -> stderr.println("news: warning: " + parsed.origin().describe() + ": " + w));
    }
  }

  /**
   * The page bytes in flight: an eighth of the heap, so that {@code -Xmx256m} keeps 32 MiB of pages waiting while
   * the rest of the heap holds the pages being parsed.
   */
  private static long windowBytes() {
    long heapShare = Runtime.getRuntime().maxMemory() / 8;
    return Math.max(MIN_WINDOW_BYTES, Math.min(MAX_WINDOW_BYTES, heapShare));
  }

  private Progress startProgress() {
    Progress progress = Progress.start(stderr, counters);
    Thread census = new Thread(() -> InputSizes.total(settings.inputs()).ifPresent(counters::totalBytes),
        "news-census");
    census.setDaemon(true);
    census.start();
    return progress;
  }

  /**
   * Passes the readers' pages to the pipeline, and their counts of files and skipped records along with the next
   * page, so that the counts stay in output order.
   */
  private final class Sink implements PageSink {
    private final OrderedPipeline pipeline;
    private long inputs;
    private long skippedFiles;
    private long skippedFolders;
    private long savedFolders;
    private long skipped;

    Sink(OrderedPipeline pipeline) {
      this.pipeline = pipeline;
    }

    @Override
    public void accept(Work work) {
      checkInterrupted();
      tally();
      pipeline.submit(work);
    }

    @Override
    public void skipped() {
      checkInterrupted();
      skipped++;
    }

    @Override
    public void fileSkipped() {
      skippedFiles++;
    }

    @Override
    public void folderSkipped() {
      skippedFolders++;
    }

    @Override
    public void savedFilesSkipped() {
      savedFolders++;
    }

    @Override
    public void inputStarted() {
      inputs++;
    }

    @Override
    public void bytesRead(long bytes) {
      counters.bytesRead(bytes);
    }

    void tally() {
      if (inputs > 0 || skippedFiles > 0 || skippedFolders > 0 || savedFolders > 0 || skipped > 0) {
        long newInputs = inputs;
        long newSkippedFiles = skippedFiles;
        long newSkippedFolders = skippedFolders;
        long newSavedFolders = savedFolders;
        long newSkipped = skipped;
        pipeline.inOrder(() -> {
          counters.inputs(newInputs);
          counters.skippedFiles(newSkippedFiles);
          counters.skippedFolders(newSkippedFolders);
          counters.savedFolders(newSavedFolders);
          counters.skipped(newSkipped);
        });
        inputs = 0;
        skippedFiles = 0;
        skippedFolders = 0;
        savedFolders = 0;
        skipped = 0;
      }
    }
  }

  /** The output or the error file cannot be written: the run cannot go on. */
  private static final class OutputFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** What cannot be written: {@link #OUTPUT} or {@link #ERROR_RECORDS}. */
    private final String what;

    /**
     * Creates the exception.
     *
     * @param what what cannot be written, such as {@link #OUTPUT}
     * @param e the failure
     */
    OutputFailedException(String what, UncheckedIOException e) {
      super(cannotWrite(what, e), e);
      this.what = what;
    }

    @Override
    public synchronized UncheckedIOException getCause() {
      return (UncheckedIOException) super.getCause();
    }
  }

  private static String cannotWrite(String what, UncheckedIOException e) {
    return "cannot write " + what + ": " + e.getCause().getMessage();
  }
}
