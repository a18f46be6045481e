package io.github.newsmodel.bench.eval;

import io.github.newsmodel.core.Article;

/** What is being evaluated: turns a corpus page's bytes into an Article. */
@FunctionalInterface
public interface Extractor {

  /**
   * Extracts an article from a page.
   *
   * @param page the page, with its URL where the corpus knows it
   * @param html the page's raw bytes
   * @return the article
   * @throws Exception anything; the evaluation records it as a failed page and goes on
   */
  Article extract(CorpusPage page, byte[] html) throws Exception;
}
