package io.github.newsmodel.cli.internal.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.cli.internal.output.ArticleEncoder;
import io.github.newsmodel.cli.internal.output.OutputFormat;
import io.github.newsmodel.cli.internal.page.FrameJoin;
import io.github.newsmodel.cli.internal.page.Outcome;
import io.github.newsmodel.cli.internal.page.PageOrigin;
import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.Comment;
import io.github.newsmodel.core.Paragraph;
import io.github.newsmodel.html.ParseOptions;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The joiner keeps input order, joins each thread once, and holds few articles for long. */
class FrameJoinerTest {
  private final ArticleEncoder encoder = new ArticleEncoder(OutputFormat.JSONL, false);
  private final List<String> written = new ArrayList<>();
  private final List<String> joined = new ArrayList<>();
  private final FrameJoiner joiner = new FrameJoiner(encoder, new FrameJoiner.Output() {
    @Override
    public void write(Outcome.Parsed parsed) {
      written.add(parsed.origin().input() + (comments(parsed) ? " with comments" : ""));
    }

    @Override
    public void joined(Outcome.Parsed thread) {
      joined.add(thread.origin().input());
    }
  });

  @Test
  void anArticleThatWaitsForNothingIsWrittenAtOnce() {
    joiner.add(plain("a"));

    assertThat(written).containsExactly("a");
  }

  @Test
  void articlesAfterAWaitingOneWaitWithItAndKeepTheirOrder() {
    joiner.add(waiting("a", "k"));
    joiner.add(plain("b"));
    assertThat(written).isEmpty();

    joiner.add(thread("t", "k"));

    assertThat(written).containsExactly("a with comments", "b");
    assertThat(joined).containsExactly("t");
  }

  @Test
  void aThreadWithNoArticleIsWrittenOnceTheWindowPassesIt() {
    joiner.add(thread("t", "k"));
    for (int i = 1; i < FrameJoiner.MAX_HELD; i++) {
      joiner.add(plain("p" + i));
    }
    assertThat(written).as("the thread and 63 articles after it are held").isEmpty();

    joiner.add(plain("last"));

    assertThat(written).hasSize(FrameJoiner.MAX_HELD + 1).startsWith("t", "p1").endsWith("last");
    assertThat(joined).isEmpty();
  }

  @Test
  void largeArticlesAreHeldByTheirBytesAsWellAsTheirCount() {
    joiner.add(waiting("a", "k"));
    joiner.add(new Outcome.Parsed(PageOrigin.input("big"), new byte[(int) FrameJoiner.MAX_HELD_BYTES / 2]));
    assertThat(written).isEmpty();

    joiner.add(new Outcome.Parsed(PageOrigin.input("bigger"), new byte[(int) FrameJoiner.MAX_HELD_BYTES / 2]));

    assertThat(written).containsExactly("a", "big", "bigger");
  }

  @Test
  void theEndOfTheRunWritesWhatIsHeld() {
    joiner.add(waiting("a", "k"));
    joiner.add(plain("b"));
    joiner.add(thread("t", "other"));

    joiner.releaseAll();

    assertThat(written).containsExactly("a", "b", "t");
    joiner.releaseAll();
    assertThat(written).hasSize(3);
  }

  @Test
  void aThreadJoinsOneArticleAndTheNewestThatWaits() {
    joiner.add(waiting("old", "k"));
    joiner.add(waiting("new", "k"));
    joiner.add(thread("t1", "k"));
    joiner.add(thread("t2", "other"));
    joiner.releaseAll();

    assertThat(written).containsExactly("old", "new with comments", "t2");
    assertThat(joined).containsExactly("t1");
  }

  @Test
  void anArticleTakesAThreadThatCameBeforeIt() {
    joiner.add(plain("a"));
    joiner.add(thread("t", "k"));
    joiner.add(plain("b"));
    joiner.add(waiting("c", "k"));

    assertThat(written).containsExactly("a", "b", "c with comments");
    assertThat(joined).containsExactly("t");
  }

  @Test
  void aJoinedArticleIsEncodedAnewAndKeepsItsWarning() {
    List<Outcome.Parsed> out = new ArrayList<>();
    FrameJoiner own = new FrameJoiner(encoder, new FrameJoiner.Output() {
      @Override
      public void write(Outcome.Parsed parsed) {
        out.add(parsed);
      }

      @Override
      public void joined(Outcome.Parsed thread) {}
    });
    Outcome.Parsed page = waiting("a", "k");
    own.add(new Outcome.Parsed(page.origin(), page.encoded(), Optional.of("cut"), page.frameJoin()));
    own.add(thread("t", "k"));

    assertThat(out).hasSize(1);
    assertThat(out.get(0).warning()).contains("cut");
    assertThat(out.get(0).frameJoin()).isEmpty();
    assertThat(new String(out.get(0).encoded(), StandardCharsets.UTF_8)).contains("\"title\":\"a\"")
        .contains("Good news.").contains("\"commentCount\":1");
  }

  private static Outcome.Parsed plain(String name) {
    return new Outcome.Parsed(PageOrigin.input(name), name.getBytes(StandardCharsets.UTF_8));
  }

  private Outcome.Parsed waiting(String name, String key) {
    Article article = Article.builder().title(name).url(URI.create("https://news.example.com/" + key)).build();
    return new Outcome.Parsed(PageOrigin.input(name), encoder.encode(article), Optional.empty(),
        Optional.of(new FrameJoin.WaitingArticle(article, List.of(key), ParseOptions.defaults())));
  }

  private Outcome.Parsed thread(String name, String key) {
    Article thread = Article.builder().title("thread " + name).url(URI.create("https://news.example.com/" + key))
        .addComments(Comment.builder().id("1").author(Author.of("Ann")).addBody(Paragraph.of("Good news.")).build()).build();
    return new Outcome.Parsed(PageOrigin.input(name), encoder.encode(thread), Optional.empty(),
        Optional.of(new FrameJoin.FrameThread(thread, key)));
  }

  private static boolean comments(Outcome.Parsed parsed) {
    return new String(parsed.encoded(), StandardCharsets.UTF_8).contains("Good news.")
        && !parsed.origin().input().startsWith("t");
  }
}
