package io.github.newsmodel.bench;

import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * What the benchmarks over the evaluation corpora share: one thread, one forked JVM with a fixed heap, the folder
 * of the corpora as a parameter, and a turn through the corpus's items, one per invocation, round and round, so
 * that every item weighs the same in the figures.
 */
@State(Scope.Thread)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public abstract class CorpusBenchmark {
  /** The folder of the evaluation corpora, such as {@code ../shared/corpora} from the project root. */
  @Param("../shared/corpora")
  public String corpora = "../shared/corpora";

  private int next;

  /**
   * The index of the next item, going back to 0 after the last.
   *
   * @param size how many items there are
   * @return the index
   */
  protected final int nextIndex(int size) {
    int i = next < size ? next : 0;
    next = i + 1;
    return i;
  }
}
