package io.github.newsmodel.html.internal.sites.disqus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.Comment;
import io.github.newsmodel.html.HtmlArticles;
import io.github.newsmodel.html.NotAnArticleException;
import io.github.newsmodel.html.Pages;
import io.github.newsmodel.html.ParseOptions;
import io.github.newsmodel.core.Source;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * The Disqus parser reads a thread's comments from the JSON of Disqus's comment embed. The fixture is a thread of
 * our own in the embed page's form: its scripts of forum and thread data, with the fields Disqus writes.
 */
class DisqusParserTest {
  private static final URI EMBED = URI.create("https://disqus.com/embed/comments/?base=default&f=westhavencourier"
      + "&t_u=https%3A%2F%2Fwesthaven-courier.example.co.uk%2F2016%2F02%2Fharbour-reopens%2F&s_o=default");
  private static final URI ARTICLE = URI.create("https://westhaven-courier.example.co.uk/2016/02/harbour-reopens/");
  private static final String PAGE = Pages.text("disqus-embed-harbour-reopens.html");

  @Test
  void theThreadIsTheArticleItDiscussesWithItsPostsAsComments() {
    Article article = HtmlArticles.parse(PAGE, EMBED);

    assertThat(article.url()).hasValue(ARTICLE);
    assertThat(article.title()).hasValue("Harbour reopens after pier repairs");
    assertThat(article.siteName()).hasValue("Westhaven Courier");
    assertThat(article.body()).isEmpty();
    // the thread's count: 9 posts, of which the embed holds the first page
    assertThat(article.commentCount()).hasValue(9);
  }

  @Test
  void repliesFollowWhatTheyAnswerAndSpamAndPendingPostsAreLeftOut() {
    Article article = HtmlArticles.parse(PAGE, EMBED);

    // 06 is spam awaiting approval; 07 answers a post on a later page, and is a root here.
    assertThat(article.comments()).extracting(Comment::id).containsExactly("2511000101", "2511000102",
        "2511000103", "2511000104", "2511000105", "2511000107");
    assertThat(article.comments()).extracting(c -> c.replyTo().orElse("-")).containsExactly("-", "2511000101", "-",
        "-", "2511000104", "-");
  }

  @Test
  void eachCommentHasItsAuthorTimeAndText() {
    Article article = HtmlArticles.parse(PAGE, EMBED);
    Comment first = article.comments().get(0);
    Comment guest = article.comments().get(2);

    assertThat(first.author()).hasValue(Author.builder().name("Fergus MacLeod")
        .url(URI.create("https://disqus.com/by/fergus_mac/"))
        .addProfiles(URI.create("https://kirkton-boats.example.org/")).build());
    assertThat(first.publishedAt()).hasValue(OffsetDateTime.parse("2016-02-09T19:42:10Z"));
    assertThat(first.assumedZone()).hasValue(ZoneOffset.UTC);
    // Disqus shortens a long link's text; the title keeps the address
    assertThat(first.text()).isEqualTo("About time. The boats have been landing at Kirkton since January and the"
        + " catch went by lorry.\n\nPhotos of the pier from the water: https://kirkton-boats.example.org/pier-photos");
    assertThat(first.edits()).isEmpty();
    assertThat(article.comments().get(1).body()).hasSize(3);
    assertThat(article.comments().get(1).text()).contains("\n\nThe harbour master said the ferry");
    // a guest has a name and no profile
    assertThat(guest.author()).hasValue(Author.of("Morag"));
    assertThat(guest.text()).isEqualTo("Good news for the chandlery at last.\nWe lost half of January's trade.");
  }

  @Test
  void aDeletedPostIsARemovedCommentThatItsRepliesStillAnswer() {
    Article article = HtmlArticles.parse(PAGE, EMBED);
    Comment deleted = article.comments().get(3);

    assertThat(deleted.removed()).isTrue();
    assertThat(deleted.body()).isEmpty();
    assertThat(deleted.author()).isEmpty();
    assertThat(article.comments().get(4).replyTo()).hasValue("2511000104");
  }

  @Test
  void aWaybackCopyOfTheEmbedGivesTheSameThread() {
    URI copy = URI.create("https://web.archive.org/web/20160211083000/" + EMBED);

    Article article = HtmlArticles.parse(PAGE, copy);

    assertThat(article.url()).hasValue(ARTICLE);
    assertThat(article.comments()).hasSize(6);
    assertThat(article.source().flatMap(Source::archiveUrl)).hasValue(copy);
    assertThat(article.source().flatMap(Source::capturedAt)).hasValue(OffsetDateTime.parse("2016-02-11T08:30:00Z"));
  }

  @Test
  void aLinkShortenedWithoutATitleIsRestoredFromItsRedirectOrItsAddress() {
    String redirect = embed("{\"id\":\"1\",\"createdAt\":\"2016-02-09T19:42:10\",\"author\":{\"name\":\"A\"},"
        + "\"message\":\"<p><a href=\\\"https://disq.us/url?url=https%3A%2F%2Fex.org%2Fa%2Flong-path%3AgwBcs3&amp;"
        + "cuid=5601311\\\">https://ex.org/a/lo...</a> and <a href=\\\"http://ex.net/abcdefghijk\\\">"
        + "http://ex.net/abc...</a> and <a href=\\\"http://ex.com/x\\\">other...</a></p>\"}");

    Article article = HtmlArticles.parse(redirect, EMBED);

    assertThat(article.comments().get(0).text())
        .isEqualTo("https://ex.org/a/long-path and http://ex.net/abcdefghijk and other...");
  }

  @Test
  void dataCutOffByATruncatedPageLoseTheirLastPostOnly() {
    int cut = PAGE.indexOf("Donald Ross");

    Article article = HtmlArticles.parse(PAGE.substring(0, cut), EMBED);

    assertThat(article.comments()).extracting(Comment::id).containsExactly("2511000101", "2511000102",
        "2511000103", "2511000104", "2511000105");
  }

  @Test
  void aTimeAfterTheCaptureIsLeftOut() {
    OffsetDateTime capture = OffsetDateTime.parse("2016-02-10T00:00:00Z");

    Article article = HtmlArticles.parse(PAGE, EMBED, ParseOptions.builder()
        .source(Source.builder().uri(EMBED).capturedAt(capture).build()).build());

    assertThat(article.comments().get(0).publishedAt()).hasValue(OffsetDateTime.parse("2016-02-09T19:42:10Z"));
    assertThat(article.comments().get(2).publishedAt()).isEmpty();
  }

  @Test
  void parentsAsStringsAndParentsInALoopAreRead() {
    String page = embed("{\"id\":\"1\",\"parent\":\"3\",\"message\":\"<p>one</p>\"},"
        + "{\"id\":\"2\",\"parent\":\"1\",\"message\":\"<p>two</p>\"},"
        + "{\"id\":\"3\",\"parent\":\"2\",\"message\":\"<p>three</p>\"},"
        + "{\"id\":\"4\",\"parent\":\"1\",\"message\":\"<p>four</p>\"}");

    Article article = HtmlArticles.parse(page, EMBED);

    // 1, 2 and 3 answer each other in a circle: each is a root; 4 answers 1
    assertThat(article.comments()).extracting(c -> c.id() + ">" + c.replyTo().orElse("-"))
        .containsExactly("1>-", "4>1", "2>-", "3>-");
  }

  @Test
  void anEmbedWithoutItsThreadIsNoArticle() {
    String shell = "<html><head><title>Disqus Comments</title></head><body><div id=\"error\">We were unable to load"
        + " Disqus.</div></body></html>";

    assertThatThrownBy(() -> HtmlArticles.parse(shell, EMBED)).isInstanceOf(NotAnArticleException.class)
        .hasMessageContaining(EMBED.toString()).hasMessageContaining("script#disqus-threadData");
  }

  @Test
  void aThreadWithoutATitleTakesTheOneTheEmbedsAddressGivesOrIsNoArticle() {
    String untitled = "<html><body><script type=\"text/json\" id=\"disqus-threadData\">{\"code\":0,\"response\":"
        + "{\"thread\":{\"link\":\"" + ARTICLE + "\"},\"posts\":[{\"id\":\"1\",\"message\":\"<p>one</p>\"}]}}"
        + "</script></body></html>";

    Article article = HtmlArticles.parse(untitled, URI.create(EMBED + "&t_t=Harbour%20reopens%20after%20pier"
        + "%20repairs"));

    assertThat(article.title()).hasValue("Harbour reopens after pier repairs");
    assertThat(article.comments()).hasSize(1);
    assertThatThrownBy(() -> HtmlArticles.parse(untitled, EMBED)).isInstanceOf(NotAnArticleException.class)
        .hasMessageContaining("the Disqus thread has no title");
  }

  @Test
  void otherPagesOfDisqusAreTheGenericExtractors() {
    String profile = "<html><head><title>Fergus MacLeod on Disqus</title></head><body><main><h1>Fergus MacLeod</h1>"
        + "<p>Boats, piers and the weather on the west coast, written about since 2012 in many threads.</p>"
        + "</main></body></html>";

    Article article = HtmlArticles.parse(profile, URI.create("https://disqus.com/by/fergus_mac/"));

    assertThat(article.title()).hasValue("Fergus MacLeod");
    assertThat(article.comments()).isEmpty();
  }

  /** An embed page whose thread holds the posts given (JSON objects, comma-separated). */
  private static String embed(String posts) {
    return "<html><body><script type=\"text/json\" id=\"disqus-threadData\">{\"code\":0,\"response\":{\"thread\":"
        + "{\"title\":\"T\",\"link\":\"" + ARTICLE + "\"},\"posts\":[" + posts + "]}}</script></body></html>";
  }
}
