package io.github.newsmodel.bench.eval;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;

/**
 * The figures of one corpus, and one detail record per page for finding what went wrong.
 *
 * @param corpus the corpus name
 * @param pages the number of pages scored
 * @param errors the number of pages whose extraction threw
 * @param figures the figures in the order they are printed
 * @param details one JSON object per page: its id, what was expected, what was extracted, and the verdicts
 */
public record Report(String corpus, int pages, int errors, List<Figure> figures, List<ObjectNode> details) {

  /**
   * Looks up a figure by name.
   *
   * @param name the figure name, such as {@code f1}
   * @return the figure, if this report has it
   */
  public Optional<Figure> figure(String name) {
    return figures.stream().filter(f -> f.name().equals(name)).findFirst();
  }
}
