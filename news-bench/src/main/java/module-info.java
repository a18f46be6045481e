/** Evaluation and benchmarks for newsmodel. Not published. */
@SuppressWarnings("requires-automatic") // jwarc, JMH and the peer extractors ship no module descriptors
module io.github.newsmodel.bench {
  requires io.github.newsmodel.html;
  requires io.github.newsmodel.json;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires jwarc;
  requires jmh.core;
  requires readability4j;
  requires boilerpipe;
  requires java.management; // Compare reads each thread's CPU time

  exports io.github.newsmodel.bench.eval;
}
