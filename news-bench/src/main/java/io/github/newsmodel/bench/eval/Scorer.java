package io.github.newsmodel.bench.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Scores the extractions of one corpus the way its SOURCE.md describes. */
interface Scorer {
  /** Builds the per-page detail records. */
  ObjectMapper JSON = new ObjectMapper();

  /**
   * Scores the extractions of every page of the corpus.
   *
   * @param corpus the corpus name
   * @param extractions one per page, in corpus order
   * @return the figures and per-page details
   */
  Report score(String corpus, List<Extraction> extractions);

  /** Starts the detail record of one page. */
  static ObjectNode detail(Extraction x) {
    ObjectNode node = JSON.createObjectNode().put("id", x.page().id());
    x.page().url().ifPresent(u -> node.put("url", u.toString()));
    x.error().ifPresent(e -> node.put("error", e));
    return node;
  }

  /** Counts the pages whose extraction failed. */
  static int errors(List<Extraction> extractions) {
    return (int) extractions.stream().filter(x -> x.error().isPresent()).count();
  }
}
