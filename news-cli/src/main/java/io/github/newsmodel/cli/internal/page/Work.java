package io.github.newsmodel.cli.internal.page;

/** One item of a run, in input order: a {@link Page} to parse or a {@link ReadFailure}. */
public sealed interface Work permits Page, ReadFailure {
  /**
   * Where the item came from.
   *
   * @return the origin
   */
  PageOrigin origin();

  /**
   * How many bytes the item holds in memory while it waits, for the pipeline's memory budget.
   *
   * @return the size in bytes
   */
  long size();
}
