package io.github.newsmodel.html;

import static io.github.newsmodel.html.HostilePages.PARAGRAPH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.html.HostilePages.CountingStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Pages too large to parse are refused before they cost memory, and large ones cost time in proportion to their
 * size: a 50 MB page, a page of a million comments, a decompression bomb. (Huge values: {@link HostileValuesTest}.)
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileSizeTest {
  private static final URI URL = URI.create("https://news.example.com/2024/05/01/large");
  private static final long MB = 1_000_000;
  private static final long MAX = ParseOptions.DEFAULT_MAX_PAGE_SIZE;

  @Test
  void aFiftyMegabytePageIsRefusedHavingReadNoMoreThanTheLimit() {
    CountingStream page = HostilePages.stream(HostilePages.head("Large page"), i -> "<p>" + PARAGRAPH + "</p>\n",
        50 * MB);

    PageLimitException e = catchThrowableOfType(PageLimitException.class, () -> HtmlArticles.parse(page, URL));

    assertThat(e.limit()).isEqualTo("maxPageSize");
    assertThat(e.getMessage()).isEqualTo(URL + ": the page is longer than 16777216 bytes (ParseOptions.maxPageSize)");
    assertThat(page.bytesRead()).isEqualTo(MAX + 1);
  }

  @Test
  void aFiftyMegabyteTextIsRefused() {
    String page = HostilePages.head("Large page") + "<p>" + "x".repeat((int) (50 * MB)) + "</p>";

    PageLimitException e = catchThrowableOfType(PageLimitException.class, () -> HtmlArticles.parse(page, URL));

    assertThat(e.limit()).isEqualTo("maxPageSize");
    assertThat(e.problem()).isEqualTo("the page is " + page.length() + " chars long, more than 16777216 "
        + "(ParseOptions.maxPageSize)");
  }

  @Test
  void aPageOfMoreElementsThanTheLimitIsRefusedBeforeItIsParsed() {
    String page = HostilePages.head("Divs") + "<div>".repeat(3_000_000);

    PageLimitException e = catchThrowableOfType(PageLimitException.class, () -> HtmlArticles.parse(page, URL));

    assertThat(page.length()).isLessThan((int) MAX);
    assertThat(e.limit()).isEqualTo("maxElements");
    assertThat(e.problem()).isEqualTo("the page has more than 1000000 start tags (ParseOptions.maxElements)");
  }

  @Test
  void theElementLimitCountsStartTagsOnly() {
    ParseOptions ten = ParseOptions.builder().maxElements(10).build();
    String tags = "<html><head><title>T</title></head><body><p>A < b, 1<2, </p><!-- <c> --></body></html>";

    assertThat(HtmlArticles.parse(tags, URL, ten).title()).hasValue("T");
    assertThat(catchThrowableOfType(PageLimitException.class,
        () -> HtmlArticles.parse(tags.replace("<!-- <c> -->", "<i>x</i><i>y</i><i>z</i><i>w</i><i>v</i><i>u</i>"), URL,
            ten)).limit()).isEqualTo("maxElements");
  }

  @Test
  void aPageOfAMillionCommentsIsRefusedByDefault() {
    CountingStream page = HostilePages.stream(HostilePages.head("Many comments") + "<p>" + PARAGRAPH
        + "</p></article><ol class=comment-list>", HostilePages::comment, Long.MAX_VALUE);

    PageLimitException e = catchThrowableOfType(PageLimitException.class, () -> HtmlArticles.parse(page, URL));

    assertThat(e.limit()).isEqualTo("maxPageSize");
    assertThat(page.bytesRead()).isEqualTo(MAX + 1);
  }

  @Test
  void aPageWithMoreCommentsThanTheLimitKeepsTheFirstAndCountsThemAll() {
    ParseOptions options = ParseOptions.builder().maxComments(1000).build();

    Article article = HtmlArticles.parse(HostilePages.comments(30_000), URL, options);

    assertThat(article.text()).isEqualTo(PARAGRAPH);
    assertThat(article.comments()).hasSize(1000);
    assertThat(article.comments().get(999).text()).isEqualTo("Comment number 1000.");
    assertThat(article.commentCount()).hasValue(30_000);
  }

  @Test
  void aSiteParsersCommentsAreHeldToTheLimitToo() throws IOException {
    ParseOptions options = ParseOptions.builder().maxComments(2).build();
    Article full;
    try (InputStream in = Pages.stream("afterdawn-allofmp3-ifpi-raid.html")) {
      full = HtmlArticles.parse(in, Pages.ALLOFMP3);
    }

    Article held;
    try (InputStream in = Pages.stream("afterdawn-allofmp3-ifpi-raid.html")) {
      held = HtmlArticles.parse(in, Pages.ALLOFMP3, options);
    }

    assertThat(full.comments()).hasSize(5);
    assertThat(held.comments()).containsExactlyElementsOf(full.comments().subList(0, 2));
    assertThat(held.commentCount()).hasValue(5);
  }

  @Test
  void aDecompressionBombIsReadNoFurtherThanTheLimit() throws IOException {
    byte[] bomb = gzip(HostilePages.stream(HostilePages.head("Bomb"), i -> " ".repeat(64 * 1024), 256 * MB));
    CountingStream inflated = HostilePages.counting(new GZIPInputStream(new ByteArrayInputStream(bomb)));

    PageLimitException e = catchThrowableOfType(PageLimitException.class, () -> HtmlArticles.parse(inflated, URL));

    assertThat(bomb.length).as("256 MB of page, compressed").isLessThan((int) MB);
    assertThat(e.limit()).isEqualTo("maxPageSize");
    assertThat(inflated.bytesRead()).isEqualTo(MAX + 1);
  }

  private static byte[] gzip(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
      in.transferTo(zip);
    }
    return out.toByteArray();
  }
}
