package io.github.newsmodel.cli.internal.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.cli.internal.output.ArticleEncoder;
import io.github.newsmodel.cli.internal.output.OutputFormat;
import io.github.newsmodel.cli.internal.page.ErrorKind;
import io.github.newsmodel.cli.internal.page.FrameJoin;
import io.github.newsmodel.cli.internal.page.Outcome;
import io.github.newsmodel.cli.internal.page.PageOrigin;
import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.Comment;
import io.github.newsmodel.core.Paragraph;
import io.github.newsmodel.html.ParseOptions;
import io.github.newsmodel.json.NewsJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The joiner keeps input order, joins each thread once, and holds few outcomes for long. */
class FrameJoinerTest {
  private static final Instant CAPTURED = Instant.parse("2024-03-01T10:00:00Z");
  private Instant threadCapturedAt = CAPTURED.plusSeconds(30);
  private final ArticleEncoder encoder = new ArticleEncoder(OutputFormat.JSONL, false);
  private final List<String> written = new ArrayList<>();
  private final List<Outcome> outcomes = new ArrayList<>();
  private final FrameJoiner joiner = new FrameJoiner(encoder, (outcome, thread) -> {
    outcomes.add(outcome);
    String name = outcome.origin().input();
    written.add(thread.map(t -> name + " with " + t.origin().input()).orElse(name));
  });

  @Test
  void anOutcomeThatWaitsForNothingIsWrittenAtOnce() {
    joiner.add(plain("a"));
    joiner.add(failed("b"));

    assertThat(written).containsExactly("a", "b");
  }

  @Test
  void outcomesAfterAWaitingArticleWaitWithItAndKeepTheirOrderErrorsToo() {
    joiner.add(waiting("a", "k"));
    joiner.add(plain("b"));
    joiner.add(failed("c"));
    assertThat(written).isEmpty();

    joiner.add(thread("t", "k"));

    assertThat(written).containsExactly("a with t", "b", "c");
  }

  @Test
  void aThreadWithNoArticleIsWrittenOnceTheWindowPassesIt() {
    joiner.add(thread("t", "k"));
    for (int i = 1; i < FrameJoiner.MAX_HELD; i++) {
      joiner.add(plain("p" + i));
    }
    assertThat(written).as("the thread and 63 outcomes after it are held").isEmpty();

    joiner.add(plain("last"));

    assertThat(written).hasSize(FrameJoiner.MAX_HELD + 1).startsWith("t", "p1").endsWith("last");
  }

  @Test
  void largeOutcomesAreHeldByTheirBytesAsWellAsTheirCount() {
    joiner.add(waiting("a", "k"));
    joiner.add(new Outcome.Parsed(PageOrigin.input("big"), new byte[(int) FrameJoiner.MAX_HELD_BYTES / 2]));
    assertThat(written).isEmpty();

    joiner.add(new Outcome.Parsed(PageOrigin.input("bigger"), new byte[(int) FrameJoiner.MAX_HELD_BYTES / 2]));

    assertThat(written).containsExactly("a", "big", "bigger");
  }

  /** A waiting article's JSON is held beside its encoding, and counts: a thread of many comments costs its JSON. */
  @Test
  void theJsonOfWhatMayJoinCountsToo() {
    Outcome.Parsed large = thread("t", "k", (int) FrameJoiner.MAX_HELD_BYTES / 200);
    assertThat(large.frameJoin().orElseThrow().json().length + large.encoded().length)
        .isGreaterThan((int) FrameJoiner.MAX_HELD_BYTES);

    joiner.add(large);

    assertThat(written).containsExactly("t");
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
  void aThreadJoinsOneArticleTheNewestOfThoseItNamesAlike() {
    joiner.add(waiting("old", "k"));
    joiner.add(waiting("new", "k"));
    joiner.add(thread("t1", "k"));
    joiner.add(thread("t2", "k"));
    joiner.releaseAll();

    assertThat(written).containsExactly("old with t2", "new with t1");
  }

  /** A copy of the page (its AMP version) names the page as its canonical url: the page it names itself wins. */
  @Test
  void aThreadJoinsTheArticleThatItsAddressNamesMostSurely() {
    joiner.add(waiting("page", "k", "k"));
    joiner.add(waiting("amp", "k/amp", "k"));
    joiner.add(thread("t", "k"));
    joiner.releaseAll();

    assertThat(written).containsExactly("page with t", "amp");
  }

  /** The thread names its article by the link Disqus stored and by the address the frame was loaded for. */
  @Test
  void aThreadIsKnownByEachAddressItNames() {
    joiner.add(waiting("a", "new-address"));
    joiner.add(thread("t", "old-address", "new-address"));

    assertThat(written).containsExactly("a with t");
  }

  /** A run of two crawls of a site, a day apart: a page does not take the comments of its next visit. */
  @Test
  void aPageAndAFrameCapturedMoreThanADayApartAreNotJoined() {
    joiner.add(waiting("a", "k"));
    threadCapturedAt = CAPTURED.plus(FrameJoiner.MAX_APART).plusSeconds(1);
    joiner.add(thread("later", "k"));
    threadCapturedAt = CAPTURED.minus(FrameJoiner.MAX_APART);
    joiner.add(thread("t", "k"));
    joiner.releaseAll();

    assertThat(written).containsExactly("a with t", "later");
  }

  @Test
  void anArticleTakesAThreadThatCameBeforeIt() {
    joiner.add(plain("a"));
    joiner.add(thread("t", "k"));
    joiner.add(plain("b"));
    joiner.add(waiting("c", "k"));

    assertThat(written).containsExactly("a", "b", "c with t");
  }

  @Test
  void aJoinedArticleIsEncodedAnewAndKeepsItsWarning() {
    Outcome.Parsed page = waiting("a", "k");
    joiner.add(new Outcome.Parsed(page.origin(), page.encoded(), Optional.of("cut"), page.frameJoin()));
    joiner.add(thread("t", "k"));

    Outcome.Parsed out = (Outcome.Parsed) outcomes.get(0);
    assertThat(out.warning()).contains("cut");
    assertThat(out.frameJoin()).isEmpty();
    assertThat(new String(out.encoded(), StandardCharsets.UTF_8)).contains("\"title\":\"a\"")
        .contains("Good news 0.").contains("\"commentCount\":1");
  }

  private static Outcome.Parsed plain(String name) {
    return new Outcome.Parsed(PageOrigin.input(name), name.getBytes(StandardCharsets.UTF_8));
  }

  private static Outcome.Failed failed(String name) {
    return new Outcome.Failed(PageOrigin.input(name), ErrorKind.NOT_AN_ARTICLE, "no article",
        new IOException("no article"));
  }

  private Outcome.Parsed waiting(String name, String... keys) {
    Article article = Article.builder().title(name).url(URI.create("https://news.example.com/" + name)).build();
    return new Outcome.Parsed(PageOrigin.input(name), encoder.encode(article), Optional.empty(),
        Optional.of(new FrameJoin.WaitingArticle(json(article), List.of(keys), ParseOptions.defaults(),
            Optional.of(CAPTURED))));
  }

  private Outcome.Parsed thread(String name, String... keys) {
    return thread(name, List.of(keys), 1);
  }

  private Outcome.Parsed thread(String name, String key, int comments) {
    return thread(name, List.of(key), comments);
  }

  private Outcome.Parsed thread(String name, List<String> keys, int comments) {
    Article.Builder thread = Article.builder().title("thread " + name).url(URI.create("https://news.example.com/t"));
    for (int i = 0; i < comments; i++) {
      thread.addComments(Comment.builder().id(String.valueOf(i)).author(Author.of("Ann"))
          .addBody(Paragraph.of("Good news " + i + ".")).build());
    }
    Article article = thread.build();
    return new Outcome.Parsed(PageOrigin.input(name), encoder.encode(article), Optional.empty(),
        Optional.of(new FrameJoin.FrameThread(json(article), keys, Optional.of(threadCapturedAt))));
  }

  private static byte[] json(Article article) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    NewsJson.standard().write(article, out);
    return out.toByteArray();
  }
}
