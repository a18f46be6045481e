package io.github.newsmodel.html.internal.content;

import io.github.newsmodel.core.Block;
import io.github.newsmodel.core.Paragraph;
import io.github.newsmodel.html.internal.jsonld.JsonLd;
import io.github.newsmodel.html.internal.jsonld.LdNode;
import java.util.List;
import java.util.Optional;

/** The article text a page declares in its JSON-LD: {@code articleBody} of an article or a posting. */
final class DeclaredBody {
  /** The markup's text counts as missing when it is shorter than this share of the declared text. */
  static final double SHORTER = 0.5;
  /** A declared body shorter than this is a summary, not the article. */
  private static final int MIN_LENGTH = 200;

  private DeclaredBody() {}

  /** The longest declared article body, as written, if one is long enough to be the article. */
  static Optional<String> of(JsonLd jsonLd) {
    String best = "";
    for (LdNode node : jsonLd.nodes()) {
      Optional<String> body = node.writtenText("articleBody");
      if (body.isPresent() && body.get().length() > best.length()) {
        best = body.get();
      }
    }
    return best.length() >= MIN_LENGTH ? Optional.of(best) : Optional.empty();
  }

  /** The declared text in paragraphs: its line breaks or paragraph markup separate them. */
  static List<Block> blocks(String declared) {
    return JsonLd.paragraphs(declared).stream().<Block>map(Paragraph::of).toList();
  }
}
