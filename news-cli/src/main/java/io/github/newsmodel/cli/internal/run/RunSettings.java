package io.github.newsmodel.cli.internal.run;

import io.github.newsmodel.cli.internal.input.Input;
import io.github.newsmodel.cli.internal.input.ReadSettings;
import io.github.newsmodel.cli.internal.output.OutputFormat;
import java.util.List;
import java.util.Objects;

/**
 * What a parse run does, once the command line is checked.
 *
 * @param inputs the inputs, in order
 * @param read how to read pages
 * @param format the output format
 * @param onePage whether the run has a single page, written as one document rather than a stream
 * @param failFast whether to stop at the first page that fails
 * @param threads the number of parsing threads
 * @param progress whether to show a progress line on standard error
 * @param joinFrames whether to join the threads of comment frames captured apart from their pages to their articles
 */
public record RunSettings(List<Input> inputs, ReadSettings read, OutputFormat format, boolean onePage,
    boolean failFast, int threads, boolean progress, boolean joinFrames) {
  /**
   * Creates the settings.
   *
   * @param inputs the inputs, in order
   * @param read how to read pages
   * @param format the output format
   * @param onePage whether the run has a single page
   * @param failFast whether to stop at the first page that fails
   * @param threads the number of parsing threads
   * @param progress whether to show a progress line
   * @param joinFrames whether to join comment frames' threads to their articles
   */
  public RunSettings {
    inputs = List.copyOf(inputs);
    Objects.requireNonNull(read, "read");
    Objects.requireNonNull(format, "format");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
  }

  /**
   * Settings that join comment frames' threads to their articles, as {@code news parse} does by default.
   *
   * @param inputs the inputs, in order
   * @param read how to read pages
   * @param format the output format
   * @param onePage whether the run has a single page
   * @param failFast whether to stop at the first page that fails
   * @param threads the number of parsing threads
   * @param progress whether to show a progress line
   */
  public RunSettings(List<Input> inputs, ReadSettings read, OutputFormat format, boolean onePage, boolean failFast,
      int threads, boolean progress) {
    this(inputs, read, format, onePage, failFast, threads, progress, true);
  }
}
