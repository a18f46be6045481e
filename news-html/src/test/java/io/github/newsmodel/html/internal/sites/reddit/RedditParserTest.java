package io.github.newsmodel.html.internal.sites.reddit;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.Comment;
import io.github.newsmodel.core.EditKind;
import io.github.newsmodel.html.HtmlArticles;
import io.github.newsmodel.html.NotAnArticleException;
import io.github.newsmodel.html.Pages;
import io.github.newsmodel.html.ParseOptions;
import io.github.newsmodel.html.SiteParsers;
import io.github.newsmodel.html.internal.jsonld.JsonValues;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Reddit parser reads a thread from the app's page state, and leaves a page without one to the generic
 * extractor. The fixture is a thread of our own in the markup and state of Reddit's app of 2021.
 */
class RedditParserTest {
  private static final URI THREAD = URI.create(
      "https://www.reddit.com/r/learnjava/comments/q7x2lm/when_should_i_use_a_record_instead_of_a_class/");
  private static final String PAGE = Pages.text("reddit-record-or-class.html");

  @Test
  void thePostTakesItsAuthorTimeCommunityAndCountFromTheState() {
    Article article = HtmlArticles.parse(PAGE, THREAD);

    assertThat(article.title()).hasValue("When should I use a record instead of a class?");
    assertThat(article.authors()).containsExactly(Author.builder().name("tea_and_types")
        .url(URI.create("https://www.reddit.com/user/tea_and_types/")).build());
    // The post's time is in milliseconds, its edit's in seconds: the state writes both.
    assertThat(article.publishedAt()).hasValue(OffsetDateTime.parse("2021-10-15T12:30:00Z"));
    assertThat(article.assumedZone()).isEmpty();
    assertThat(article.edits()).singleElement().satisfies(edit -> {
      assertThat(edit.editedAt().orElseThrow()).isEqualTo(OffsetDateTime.parse("2021-10-15T13:30:00Z"));
      assertThat(edit.editor().map(Author::name)).hasValue("tea_and_types");
    });
    assertThat(article.section()).hasValue("r/learnjava");
    assertThat(article.commentCount()).hasValue(9);
    assertThat(article.text()).startsWith("I am moving a small inventory tool").doesNotContain("Three things");
  }

  @Test
  void commentsFollowThePageOrderWithEachReplyAfterWhatItAnswers() {
    Article article = HtmlArticles.parse(PAGE, THREAD);

    // Rendered roots in page order (06f, 01a, 04d), then the one the page did not render (09i); replies depth
    // first under their parents. 07g has no readable text: its reply 08h answers 07g's parent instead.
    assertThat(article.comments()).extracting(Comment::id).containsExactly("t1_hgk06f", "t1_hgk08h", "t1_hgk01a",
        "t1_hgk02b", "t1_hgk03c", "t1_hgk04d", "t1_hgk05e", "t1_hgk09i");
    assertThat(article.comments()).extracting(c -> c.replyTo().orElse("-")).containsExactly("-", "t1_hgk06f", "-",
        "t1_hgk01a", "t1_hgk02b", "-", "t1_hgk04d", "-");
  }

  @Test
  void eachCommentHasItsAuthorTimeAndLastEdit() {
    Article article = HtmlArticles.parse(PAGE, THREAD);
    Comment first = comment(article, "t1_hgk01a");

    assertThat(first.author().map(Author::name)).hasValue("grumpy_compiler");
    assertThat(first.author().flatMap(Author::url)).hasValue(URI.create(
        "https://www.reddit.com/user/grumpy_compiler/"));
    assertThat(first.publishedAt()).hasValue(OffsetDateTime.parse("2021-10-15T13:00:00Z"));
    assertThat(first.assumedZone()).isEmpty();
    assertThat(first.edits()).singleElement().satisfies(edit -> {
      assertThat(edit.editedAt().orElseThrow()).isEqualTo(OffsetDateTime.parse("2021-10-15T13:10:00Z"));
      assertThat(edit.editor()).isEqualTo(first.author());
      assertThat(edit.kind()).isEqualTo(EditKind.UPDATE);
    });
    assertThat(comment(article, "t1_hgk02b").edits()).isEmpty();
  }

  @Test
  void aDeletedCommentKeepsItsPlaceWithoutAnAuthor() {
    Comment deleted = comment(HtmlArticles.parse(PAGE, THREAD), "t1_hgk04d");

    assertThat(deleted.author()).isEmpty();
    assertThat(deleted.removed()).isTrue();
    assertThat(deleted.text()).isEmpty();
  }

  @Test
  void richTextBecomesBlocks() {
    Comment rich = comment(HtmlArticles.parse(PAGE, THREAD), "t1_hgk06f");

    assertThat(rich.text()).isEqualTo("""
        Three things records cannot do:

        extend another class
        have instance fields beyond the components
        be mutable

        A record is a transparent carrier for immutable data.

        See JEP 395 and ask u/grumpy_compiler.""");
    assertThat(comment(HtmlArticles.parse(PAGE, THREAD), "t1_hgk03c").body()).last()
        .satisfies(code -> assertThat(code.text()).isEqualTo("""
            record Item(String sku, int count) {
              Item { if (count < 0) throw new IllegalArgumentException(); }
            }"""));
  }

  @Test
  void theCommentLimitKeepsTheFirstCommentsOfTheThread() {
    Article article = HtmlArticles.parse(PAGE, THREAD, ParseOptions.builder().maxComments(3).build());

    assertThat(article.comments()).extracting(Comment::id).containsExactly("t1_hgk06f", "t1_hgk08h", "t1_hgk01a");
    assertThat(article.commentCount()).hasValue(9);
  }

  @Test
  void aPageWithoutTheStateIsReadByTheGenericExtractor() {
    String withoutState = PAGE.replaceAll("(?s)<script id=\"data\">.*?</script>", "");

    assertThat(HtmlArticles.parse(withoutState, THREAD)).isEqualTo(generic(withoutState));
  }

  @Test
  void aStateOfAnotherPostIsNotTakenForThisOne() {
    URI other = URI.create("https://www.reddit.com/r/learnjava/comments/zz9zz9/another_thread/");

    assertThat(HtmlArticles.parse(PAGE, other)).isEqualTo(genericAt(PAGE, other));
  }

  @Test
  void aStateCutOffKeepsOnlyTheCommentsReadWholeBeforeTheCut() {
    // The state lists 06f, 03c, 01a, 09i, then 05e: the cut falls in 05e's text.
    int cut = PAGE.indexOf("whatever the comment above said");
    String truncated = PAGE.substring(0, cut) + "</script></body></html>";
    Article article = HtmlArticles.parse(truncated, THREAD);

    // 05e, the comment the cut falls in, is left out; those read before it are whole. 03c's parent lies beyond the
    // cut: it stands as a reply to nothing rather than to a comment not there.
    assertThat(article.comments()).extracting(Comment::id).containsExactly("t1_hgk06f", "t1_hgk01a", "t1_hgk03c",
        "t1_hgk09i");
    assertThat(article.comments()).allSatisfy(c -> assertThat(c.replyTo()).isEmpty());
    assertThat(article.text()).doesNotContain("whatever");
    // The post comes after the comments in the state: nothing of it is read, and the rest is the generic article's.
    assertThat(article.withComments(generic(truncated).comments())).isEqualTo(generic(truncated));

    String postFirst = PAGE.replace("{\"comments\": {\"models\"", "{\"posts\": {\"models\": {\"t3_q7x2lm\": "
        + "{\"id\": \"t3_q7x2lm\", \"author\": \"tea_and_types\", \"created\": 1634301000}}}, \"comments\": {\"models\"");
    String cutAfterPost = postFirst.substring(0, postFirst.indexOf("whatever the comment above said"));
    // A post read before the cut is still not taken: a state cut off anywhere may have cut a time short.
    assertThat(HtmlArticles.parse(cutAfterPost, THREAD).publishedAt()).isEmpty();
  }

  @Test
  void aStateIsWholeWhenItsFirstObjectCloses() {
    assertThat(JsonValues.closes("{\"a\": [1, {\"b\": \"}\\\"]\"}]}; more")).isTrue();
    assertThat(JsonValues.closes("{\"a\": [1, {\"b\": \"}\\\"]\"}]")).isFalse();
    assertThat(JsonValues.closes("{\"a\": \"cut in a str")).isFalse();
  }

  @Test
  void parentsThatAnswerEachOtherLoseNoComment() {
    String page = PAGE.replace("\"parentId\": \"t1_hgk01a\"", "\"parentId\": \"t1_hgk03c\"");
    Article article = HtmlArticles.parse(page, THREAD);

    // 02b and 03c answer each other; the loop starts at the one the page shows.
    assertThat(article.comments()).hasSize(8);
    assertThat(comment(article, "t1_hgk02b").replyTo()).isEmpty();
    assertThat(comment(article, "t1_hgk03c").replyTo()).hasValue("t1_hgk02b");
  }

  @Test
  void impossibleTimesAreLeftOut() {
    String page = PAGE.replace("\"created\": 1634302800", "\"created\": 12")
        .replace("\"created\": 1634303100", "\"created\": \"yesterday\"");
    Article article = HtmlArticles.parse(page, THREAD);

    assertThat(comment(article, "t1_hgk01a").publishedAt()).isEmpty();
    assertThat(comment(article, "t1_hgk01a").edits()).hasSize(1); // its edit time is still a true one
    assertThat(comment(article, "t1_hgk02b").publishedAt()).isEmpty();
  }

  @Test
  void anotherRedditHostIsReadTheSameWay() {
    URI old = URI.create("https://old.reddit.com/r/learnjava/comments/q7x2lm/when_should_i_use_a_record_instead/");

    assertThat(HtmlArticles.parse(PAGE, old).comments()).hasSize(8);
  }

  @Test
  void aSavedCopyIsKnownByItsCanonicalUrl() {
    Article saved = HtmlArticles.parse(PAGE, URI.create("file:///home/you/thread.html"));

    assertThat(saved.withSource(Optional.empty())).isEqualTo(HtmlArticles.parse(PAGE, THREAD)
        .withUrl(Optional.empty()));
  }

  /** The README shows comments with authors on this page, read from the project's samples folder. */
  @Test
  void theBundledSampleIsThisFixture() throws IOException {
    assertThat(Files.readString(Path.of("../samples/reddit-record-or-class.html"), StandardCharsets.UTF_8))
        .isEqualTo(PAGE);
  }

  @Test
  void theFirstInterfacesMarkupGivesTheThreadInPageOrder() {
    URI old = URI.create("https://old.reddit.com/r/learnjava/comments/q7x2lm/when_should_i_use_a_record_instead/");
    Article article = HtmlArticles.parse(Pages.text("reddit-old-record-or-class.html"), old);

    // The sidebar's <h1> names the community; the thread's own title is the post's link. "Load more comments" is
    // a thing without text, and no comment.
    assertIsTheMarkedUpThread(article, OffsetDateTime.parse("2021-10-15T12:30:00Z"));
    Comment edited = article.comments().get(0);
    assertThat(edited.author().flatMap(Author::url)).hasValue(URI.create(
        "https://old.reddit.com/user/grumpy_compiler"));
    assertThat(edited.edits()).extracting(e -> e.editedAt().orElseThrow())
        .containsExactly(OffsetDateTime.parse("2021-10-15T13:10:00Z"));
    assertThat(article.comments().get(3).author()).isEmpty(); // [deleted]
    assertThat(article.comments().get(3).removed()).isTrue();
    assertThat(article.comments().get(2).body()).last().satisfies(code -> assertThat(code.text())
        .startsWith("record Item(String sku, int count) {"));
  }

  @Test
  void olderPagesPrintRelativeTimesThatTheCaptureResolves() {
    String page = Pages.text("reddit-old-2011-relative-times.html");
    URI archived = URI.create("https://web.archive.org/web/20211015153000/"
        + "https://www.reddit.com/r/learnjava/comments/q7x2lm/when_should_i_use_a_record_instead_of_a_class/");
    Article article = HtmlArticles.parse(page, archived);

    // "[–]grumpy_compiler 5 points 3 hours ago", read against the capture at 15:30 UTC
    assertThat(article.comments()).extracting(c -> c.publishedAt().orElseThrow()).startsWith(
        OffsetDateTime.parse("2021-10-15T12:30:00Z"), OffsetDateTime.parse("2021-10-15T13:30:00Z"));
    assertThat(article.comments()).allSatisfy(c -> assertThat(c.assumedZone()).hasValue(RedditParser.ZONE));

    // Without the capture, "3 hours ago" names no time.
    Article saved = HtmlArticles.parse(page, THREAD);
    assertThat(saved.comments()).hasSize(6).allSatisfy(c -> assertThat(c.publishedAt()).isEmpty());
  }

  @Test
  void theAppOf2023GivesTheThreadInItsCustomElements() {
    Article article = HtmlArticles.parse(Pages.text("reddit-2023-record-or-class.html"), THREAD);

    // "2023-10-15T12:30:00.000000+0000": six digits of fraction and an offset without its colon
    assertIsTheMarkedUpThread(article, OffsetDateTime.parse("2023-10-15T12:30:00Z"));
    // The first comment's text only, not its replies', and its edit from its own meta line.
    Comment first = article.comments().get(0);
    assertThat(first.text()).isEqualTo(
        "Use a record when the class is only its data: equals, hashCode and toString come for free.");
    assertThat(first.edits()).extracting(e -> e.editedAt().orElseThrow())
        .containsExactly(OffsetDateTime.parse("2023-10-15T13:10:00Z"));
    assertThat(article.comments().get(1).edits()).isEmpty();
    assertThat(article.comments().get(3).author()).isEmpty(); // [deleted]
    assertThat(article.comments().get(3).removed()).isTrue();
    // 06f's text stands apart from its element, in the block named after its id.
    assertThat(article.comments().get(5).text()).startsWith("Three things records cannot do:");
  }

  /**
   * A page cut anywhere, as archives and crawls cut them, gives an article of what was read whole, or says that it
   * holds no article; the parser never fails in another way. Every comment it keeps is one of the whole page's,
   * with its whole text.
   */
  @ParameterizedTest
  @ValueSource(strings = {"reddit-record-or-class.html", "reddit-old-record-or-class.html",
      "reddit-old-2011-relative-times.html", "reddit-2023-record-or-class.html"})
  void aThreadCutAnywhereYieldsOnlyCommentsOfTheWholeThread(String fixture) {
    String page = Pages.text(fixture);
    Map<String, String> whole = HtmlArticles.parse(page, THREAD).comments().stream()
        .collect(Collectors.toMap(Comment::id, Comment::text));
    int articles = 0;
    for (int cut = 0; cut < page.length(); cut += 41) {
      Article article;
      try {
        article = HtmlArticles.parse(page.substring(0, cut), THREAD);
      } catch (NotAnArticleException e) {
        continue;
      }
      articles++;
      for (Comment c : article.comments()) {
        if (whole.containsKey(c.id())) {
          assertThat(c.text()).as("comment %s cut at %d", c.id(), cut).isEqualTo(whole.get(c.id()));
        }
        // Other ids are the generic extractor's, which reads the rendered comments of a page cut before its state.
      }
    }
    assertThat(articles).isPositive();
  }

  /** The thread of the markup fixtures, old Reddit's and the app of 2023's: the same post and comments. */
  private static void assertIsTheMarkedUpThread(Article article, OffsetDateTime posted) {
    assertThat(article.title()).hasValue("When should I use a record instead of a class?");
    assertThat(article.authors()).extracting(Author::name).containsExactly("tea_and_types");
    assertThat(article.publishedAt()).hasValue(posted);
    assertThat(article.section()).hasValue("r/learnjava");
    assertThat(article.commentCount()).hasValue(7);
    assertThat(article.text()).startsWith("I am moving").doesNotContain("Use a record", "Three things");
    assertThat(article.comments()).extracting(Comment::id).containsExactly("t1_hgk01a", "t1_hgk02b", "t1_hgk03c",
        "t1_hgk04d", "t1_hgk05e", "t1_hgk06f");
    assertThat(article.comments()).extracting(c -> c.replyTo().orElse("-")).containsExactly("-", "t1_hgk01a",
        "t1_hgk02b", "-", "t1_hgk04d", "-");
  }

  private static Comment comment(Article article, String id) {
    return article.comments().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
  }

  private static Article generic(String page) {
    return genericAt(page, THREAD);
  }

  /** The article of the generic extractor alone, with no site parser registered. */
  private static Article genericAt(String page, URI url) {
    return HtmlArticles.parse(page, url, ParseOptions.builder().siteParsers(SiteParsers.of())
        .assumedZone(Optional.of(RedditParser.ZONE)).build());
  }
}
