package io.github.newsmodel.bench.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Paragraph;
import java.nio.file.Path;
import java.util.Optional;

/** Builds synthetic corpus pages and extractions for scorer tests. */
final class Pages {
  static final ObjectMapper JSON = new ObjectMapper();

  private Pages() {}

  static ObjectNode truth(String id) {
    return JSON.createObjectNode().put("id", id).put("file", "pages/" + id + ".html.gz");
  }

  static Extraction extracted(ObjectNode truth, Article article) {
    return new Extraction(page(truth), Optional.of(article), Optional.empty());
  }

  static Extraction failed(ObjectNode truth) {
    return new Extraction(page(truth), Optional.empty(), Optional.of("boom"));
  }

  static CorpusPage page(ObjectNode truth) {
    return new CorpusPage(truth.get("id").asText(), Path.of(truth.get("file").asText()), Optional.empty(), truth);
  }

  static Article body(String... paragraphs) {
    Article.Builder b = Article.builder().title("t");
    for (String p : paragraphs) {
      b.addBody(Paragraph.of(p));
    }
    return b.build();
  }
}
