/** Evaluation and benchmarks for newsmodel. Not published. */
module io.github.newsmodel.bench {
  requires io.github.newsmodel.html;
  requires com.fasterxml.jackson.databind;

  exports io.github.newsmodel.bench.eval;
}
