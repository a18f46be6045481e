package io.github.newsmodel.bench.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One line of a corpus's {@code truth.jsonl}: a page and its ground truth.
 *
 * @param id the page id
 * @param file the gzip-compressed HTML file
 * @param url the page's original URL, if the corpus records it
 * @param truth the whole truth line, for the scorer that knows its fields
 */
public record CorpusPage(String id, Path file, Optional<URI> url, JsonNode truth) {

  /**
   * A text field of the truth.
   *
   * @param field the field name
   * @return the value, if present and not blank
   */
  public Optional<String> text(String field) {
    JsonNode node = truth.get(field);
    if (node == null || !node.isTextual() || node.asText().isBlank()) {
      return Optional.empty();
    }
    return Optional.of(node.asText());
  }

  /**
   * A list-of-strings field of the truth.
   *
   * @param field the field name
   * @return the non-blank values; empty if absent
   */
  public List<String> texts(String field) {
    List<String> out = new ArrayList<>();
    JsonNode node = truth.get(field);
    if (node != null && node.isArray()) {
      node.forEach(n -> {
        if (n.isTextual() && !n.asText().isBlank()) {
          out.add(n.asText());
        }
      });
    }
    return out;
  }
}
