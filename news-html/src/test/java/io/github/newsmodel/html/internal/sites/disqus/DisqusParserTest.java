package io.github.newsmodel.html.internal.sites.disqus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.Comment;
import io.github.newsmodel.html.HtmlArticles;
import io.github.newsmodel.html.NotAnArticleException;
import io.github.newsmodel.html.Pages;
import io.github.newsmodel.html.ParseOptions;
import io.github.newsmodel.core.Source;
import java.net.URI;
import java.time.Duration;
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
  /** The embed's address as Disqus's script writes it, with the article's title (t_t) beside its address (t_u). */
  private static final URI EMBED_TITLED = URI.create(EMBED + "&t_t=Harbour%20reopens%20after%20pier%20repairs");

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

  /**
   * Disqus writes the posts before the thread: a page cut in the posts loses the post the cut falls in and the
   * thread, whose link and title the embed's address gives (t_u, t_t); one cut in the thread keeps every post.
   */
  @Test
  void dataCutOffByATruncatedPageLoseOnlyWhatTheCutMayHaveReached() {
    Article inPosts = HtmlArticles.parse(PAGE.substring(0, PAGE.indexOf("Donald Ross")), EMBED_TITLED);
    Article inThread = HtmlArticles.parse(PAGE.substring(0, PAGE.indexOf("harbour_reopens_after_pier_repairs\",")),
        EMBED_TITLED);

    assertThat(inPosts.comments()).extracting(Comment::id).containsExactly("2511000101", "2511000102",
        "2511000103", "2511000104", "2511000105");
    assertThat(inPosts.url()).hasValue(ARTICLE);
    assertThat(inPosts.title()).hasValue("Harbour reopens after pier repairs");
    assertThat(inPosts.commentCount()).isEmpty();
    assertThat(inThread.comments()).hasSize(6);
    assertThat(inThread.url()).hasValue(ARTICLE);
    assertThat(inThread.commentCount()).isEmpty();
    assertThatThrownBy(() -> HtmlArticles.parse(PAGE.substring(0, PAGE.indexOf("Donald Ross")), EMBED))
        .isInstanceOf(NotAnArticleException.class).hasMessageContaining("no title");
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

  /**
   * Disqus's own pages write the posts before the thread ({@code "response":{"lastModified":...,"posts":
   * [...],"thread":{...}}}, as a saved embed page of 2014 shows), where the fixture has the thread first. A page cut
   * anywhere in its posts then holds no thread: the article's url must still be the discussed article's, which the
   * embed's address gives (t_u), not the embed's own address, or it no longer meets the article's page.
   */
  @Test
  void aPageCutInItsPostsInDisqussOwnOrderKeepsTheArticlesUrl() {
    String page = postsFirst();
    int cut = page.indexOf("second");

    Article article = HtmlArticles.parse(page.substring(0, cut), EMBED_TITLED);

    assertThat(article.comments()).extracting(Comment::id).containsExactly("1");
    assertThat(article.url()).hasValue(ARTICLE);
  }

  /**
   * The thread is the last thing in Disqus's data, where a truncated page is most likely cut; a string cut
   * off there is read as if whole, and a cut link becomes the article's url, a cut title its title.
   */
  @Test
  void aPageCutInItsThreadsLinkTakesNoCutOffLink() {
    String page = postsFirst();
    int inLink = page.indexOf("2016/02/harbour-reopens/\",\"slug");

    Article article = HtmlArticles.parse(page.substring(0, inLink), EMBED_TITLED);

    // read as if whole, the cut link is the site's front page
    assertThat(article.url()).hasValue(ARTICLE);
  }

  @Test
  void aPageCutInItsThreadsTitleTakesNoCutOffTitle() {
    String page = postsFirst();
    int inTitle = page.indexOf("pier repairs\",\"link");

    Article article = HtmlArticles.parse(page.substring(0, inTitle), EMBED_TITLED);

    assertThat(article.title()).hasValue("Harbour reopens after pier repairs");
  }

  /**
   * Whether a reply's parents loop is asked of each post by walking its chain of parents to the top, so a
   * thread that is one long chain of replies costs the square of its length: 16,000 posts in a chain (0.8 MB) took
   * 7.5 s, as many side by side 0.2 s, and the page limits allow 16 MiB.
   */
  @Test
  void aLongChainOfRepliesIsReadInTimeInProportionToIt() {
    StringBuilder posts = new StringBuilder();
    for (int i = 1; i <= 30_000; i++) {
      posts.append(i == 1 ? "" : ",").append("{\"id\":\"").append(i).append("\",\"parent\":\"").append(i - 1)
          .append("\",\"message\":\"<p>x</p>\"}");
    }
    String page = embed(posts.toString());

    Article article = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> HtmlArticles.parse(page, EMBED, ParseOptions.builder().maxComments(3).build()));

    assertThat(article.comments()).extracting(c -> c.id() + ">" + c.replyTo().orElse("-"))
        .containsExactly("1>-", "2>1", "3>2");
  }

  /**
   * The Javadoc says an embed without its thread's data is no article; data that hold an API error in place
   * of the thread (code 2, "Invalid argument") gave an article of the title in the embed's address alone, whose url
   * is the embed's.
   */
  @Test
  void dataThatHoldAnErrorInPlaceOfTheThreadAreNoArticle() {
    String error = "<html><body><script type=\"text/json\" id=\"disqus-threadData\">{\"code\":2,\"response\":"
        + "\"Invalid argument, 'forum': Unable to find forum 'westhavencourier'\"}</script></body></html>";

    assertThatThrownBy(() -> HtmlArticles.parse(error, EMBED_TITLED)).isInstanceOf(NotAnArticleException.class);
  }

  /**
   * The title was chosen among clean_title, title and t_t before it is normalised, so a clean_title of a
   * no-break space wins, normalises to nothing, and the thread is no article though its title is there.
   */
  @Test
  void aCleanTitleOfNoVisibleTextGivesWayToTheTitle() {
    String page = "<html><body><script type=\"text/json\" id=\"disqus-threadData\">{\"code\":0,\"response\":"
        + "{\"thread\":{\"clean_title\":\"\\u00a0\",\"title\":\"Harbour reopens\",\"link\":\"" + ARTICLE + "\"},"
        + "\"posts\":[{\"id\":\"1\",\"message\":\"<p>one</p>\"}]}}</script></body></html>";

    assertThat(HtmlArticles.parse(page, EMBED).title()).hasValue("Harbour reopens");
  }

  /**
   * A commenter's name was only stripped, where the forum's is normalised: a name of a no-break space is
   * kept as an author with an invisible name, and one with a line break keeps it.
   */
  @Test
  void namesAreNormalisedAndANameOfNoVisibleTextIsNoAuthor() {
    Article article = HtmlArticles.parse(embed("{\"id\":\"1\",\"author\":{\"name\":\"\\u00a0\"},\"message\":\"<p>x"
        + "</p>\"},{\"id\":\"2\",\"author\":{\"name\":\" Ann\\n  Lee \"},\"message\":\"<p>y</p>\"}"), EMBED);

    assertThat(article.comments().get(0).author()).isEmpty();
    assertThat(article.comments().get(1).author()).hasValue(Author.of("Ann Lee"));
  }

  /**
   * JsonValues.number read a whole double beyond a long's range as Long.MAX_VALUE, so distinct ids beyond it
   * are one id: the second post is dropped as a duplicate and the reply to it hung on the first.
   */
  @Test
  void idsBeyondALongAreNotConflated() {
    Article article = HtmlArticles.parse(embed("{\"id\":1e20,\"message\":\"<p>first</p>\"},"
        + "{\"id\":2e20,\"message\":\"<p>second</p>\"},{\"id\":\"3\",\"parent\":2e20,\"message\":\"<p>reply to the"
        + " second</p>\"}"), EMBED);

    Comment reply = article.comments().get(article.comments().size() - 1);
    assertThat(reply.text()).isEqualTo("reply to the second");
    assertThat(article.comments()).filteredOn(c -> c.id().equals(reply.replyTo().orElse("-")))
        .extracting(Comment::text).doesNotContain("first");
  }

  /** A link whose text is only "..." has an empty start, which every address starts with. */
  @Test
  void aLinkWhoseTextIsOnlyDotsIsNotTakenForAShortenedAddress() {
    Article article = HtmlArticles.parse(embed("{\"id\":\"1\",\"message\":\"<p>And then <a href=\\\"http://ex.com/"
        + "story\\\">...</a></p>\"}"), EMBED);

    assertThat(article.comments().get(0).text()).isEqualTo("And then ...");
  }

  /** An embed page in the order Disqus writes its data: the posts, then the thread. */
  private static String postsFirst() {
    return "<html><body><script type=\"text/json\" id=\"disqus-threadData\">{\"cursor\":{\"total\":2},\"code\":0,"
        + "\"response\":{\"lastModified\":1455105600,\"posts\":[{\"id\":\"1\",\"createdAt\":\"2016-02-09T19:42:10\","
        + "\"message\":\"<p>first</p>\",\"parent\":null},{\"id\":\"2\",\"createdAt\":\"2016-02-09T20:05:33\","
        + "\"message\":\"<p>second</p>\",\"parent\":1}],\"thread\":{\"id\":\"4561230987\",\"clean_title\":"
        + "\"Harbour reopens after pier repairs\",\"link\":\"" + ARTICLE + "\",\"slug\":\"harbour_reopens\","
        + "\"forum\":\"westhavencourier\",\"posts\":2,\"title\":\"Harbour reopens after pier repairs\"}},"
        + "\"order\":\"asc\"}</script></body></html>";
  }

  /** An embed page whose thread holds the posts given (JSON objects, comma-separated). */
  private static String embed(String posts) {
    return "<html><body><script type=\"text/json\" id=\"disqus-threadData\">{\"code\":0,\"response\":{\"thread\":"
        + "{\"title\":\"T\",\"link\":\"" + ARTICLE + "\"},\"posts\":[" + posts + "]}}</script></body></html>";
  }
}
