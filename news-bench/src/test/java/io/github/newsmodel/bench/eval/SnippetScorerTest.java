package io.github.newsmodel.bench.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.Comment;
import io.github.newsmodel.core.Paragraph;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetScorerTest {

  @Test
  void countsBodyAndCommentSnippetsAndAuthor() {
    Article article = Article.builder()
        .title("Title")
        .addAuthors(Author.of("Roland Brockmann"), Author.of("Sebastian Drescher"))
        .addBody(Paragraph.of("Die Deutsche Bahn streicht den Zutritt."), Paragraph.of("Newsletter abonnieren"))
        .addComments(Comment.builder().id("1").addBody(Paragraph.of("Glückwunsch an den   Autor")).build())
        .build();
    var truth = Pages.truth("1").put("title", "Title").put("author", "Roland Brockmann; Sebastian Drescher");
    truth.putArray("with").add("Deutsche Bahn streicht").add("nicht da");
    truth.putArray("without").add("Newsletter abonnieren").add("Impressum");
    truth.putArray("comments").add("Glückwunsch an den Autor").add("Warum?");

    Report r = new SnippetScorer().score("snippets", List.of(Pages.extracted(truth, article)));

    assertThat(r.figure("f1").orElseThrow().detail()).isEqualTo("TP 1, FP 1, FN 1, TN 1");
    assertThat(r.figure("f1").orElseThrow().value()).isEqualTo(0.5);
    assertThat(r.figure("comments.found").orElseThrow().detail()).isEqualTo("1/2");
    assertThat(r.figure("comments.inBody").orElseThrow().detail()).isEqualTo("0/2");
    assertThat(r.figure("author").orElseThrow().detail()).isEqualTo("1/1");
    assertThat(r.figure("title").orElseThrow().detail()).isEqualTo("1/1");
    assertThat(r.figure("comments.withAuthor").orElseThrow().detail()).isEqualTo("0/1");
    assertThat(r.figure("comments.withTime").orElseThrow().detail()).isEqualTo("0/1");
  }

  @Test
  void findsACommentSnippetInTheCommentersName() {
    Article article = Article.builder()
        .title("Title")
        .addBody(Paragraph.of("Der Artikel."))
        .addComments(Comment.builder().id("1").author(Author.of("Mondkatze"))
            .addBody(Paragraph.of("Sehr schön geschrieben.")).build())
        .addComments(Comment.builder().id("2").addBody(Paragraph.of("Ohne Namen.")).build())
        .build();
    var truth = Pages.truth("2");
    truth.putArray("comments").add("Mondkatze").add("Sehr schön").add("Ohne Namen").add("Warum?");

    Report r = new SnippetScorer().score("snippets", List.of(Pages.extracted(truth, article)));

    assertThat(r.figure("comments.found").orElseThrow().detail()).isEqualTo("3/4");
    assertThat(r.figure("comments.withAuthor").orElseThrow().detail()).isEqualTo("1/2");
  }
}
