package io.github.newsmodel.cli.internal.page;

/** Unwinds the input readers when a run stops early, as with {@code --fail-fast}. Not an error in itself. */
public final class RunStoppedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the signal. */
  public RunStoppedException() {
    super("the run was stopped", null, false, false);
  }
}
