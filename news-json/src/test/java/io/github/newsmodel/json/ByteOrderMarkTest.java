package io.github.newsmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.newsmodel.core.Article;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A document that starts with a byte order mark, as editors on Windows save it, is read whichever way it comes:
 * as bytes, as a {@code String} or through a {@code Reader}, as one article or an array, as JSON Lines are.
 */
class ByteOrderMarkTest {
  private static final NewsJson JSON = NewsJson.standard();
  private static final String MARK = "\uFEFF";

  @Test
  void anArticleAfterAByteOrderMarkIsReadFromEveryKindOfInput() {
    Article article = Articles.full();
    String json = MARK + JSON.pretty().write(article);

    assertThat(JSON.read(json)).isEqualTo(article);
    assertThat(JSON.read(new StringReader(json))).isEqualTo(article);
    assertThat(JSON.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))).isEqualTo(article);
  }

  @Test
  void anArrayAfterAByteOrderMarkIsReadFromEveryKindOfInput() {
    List<Article> articles = List.of(Articles.full());
    String json = MARK + JSON.writeAll(articles);

    assertThat(JSON.readAll(json)).isEqualTo(articles);
    assertThat(JSON.readAll(new StringReader(json))).isEqualTo(articles);
  }

  @Test
  void onlyOneMarkAtTheStartIsSkipped() {
    String json = JSON.write(Articles.full());

    assertThatThrownBy(() -> JSON.read(MARK + MARK + json)).isInstanceOf(NewsJsonException.class);
    assertThatThrownBy(() -> JSON.read(new StringReader(" " + MARK + json))).isInstanceOf(NewsJsonException.class);
    assertThatThrownBy(() -> JSON.read(MARK)).isInstanceOf(NewsJsonException.class)
        .hasMessage("$: no JSON value, expected an article object");
    assertThatThrownBy(() -> JSON.read(new StringReader(""))).isInstanceOf(NewsJsonException.class)
        .hasMessage("$: no JSON value, expected an article object");
  }
}
