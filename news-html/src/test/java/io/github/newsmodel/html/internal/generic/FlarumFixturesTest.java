package io.github.newsmodel.html.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.Comment;
import io.github.newsmodel.core.EditKind;
import io.github.newsmodel.core.EditRecord;
import io.github.newsmodel.core.Paragraph;
import io.github.newsmodel.core.Quote;
import io.github.newsmodel.html.HtmlArticles;
import io.github.newsmodel.html.Pages;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A discussion of Flarum 1.8 as its server sends it: the posts for crawlers in {@code <noscript id=flarum-content>},
 * each an {@code <article>} with the poster's display name in {@code h3.PostUser-name} and the post's HTML in
 * {@code div.Post-body}, and the JSON:API document of the discussion in {@code script#flarum-json-payload}, which
 * gives each post's id, number, times, poster and editor. The payload also holds an event post, the discussion's
 * renaming, which the markup does not print.
 */
class FlarumFixturesTest {
  private static final String NAME = "flarum-night-ferry-timetable";
  private static final String DISCUSSION = "https://community.westbay.example/d/142-night-ferry-timetable-from-june";
  private static final String USERS = "https://community.westbay.example/u/";
  private static final Author QUAYWALKER = Author.builder().name("quaywalker").url(URI.create(USERS + "quaywalker"))
      .build();
  private static final Author HARBOUR_MASTER = Author.builder().name("Harbour Master")
      .url(URI.create(USERS + "harbour_master")).build();
  private static final Pattern PAYLOAD = Pattern.compile(
      "<script id=\"flarum-json-payload\" type=\"application/json\">(.*?)</script>", Pattern.DOTALL);

  @Test
  void theFirstPostIsTheArticleWithItsEdit() {
    Article a = Pages.article(NAME, DISCUSSION);

    assertThat(a.title()).hasValue("Night ferry timetable from June");
    assertThat(a.authors()).as("the display name, with the profile at Flarum's /u/slug").containsExactly(QUAYWALKER);
    assertThat(a.publishedAt()).hasValue(OffsetDateTime.parse("2024-05-20T18:41:07Z"));
    assertThat(a.assumedZone()).isEmpty();
    assertThat(a.body()).as("the post, not the hidden notice of a failed load").containsExactly(
        Paragraph.of("The harbour company has published the summer timetable: from the first of June the night ferry"
            + " to Holm runs on Thursdays as well."),
        Paragraph.of("It leaves Westbay at a quarter to one, as on Fridays and Saturdays."));
    assertThat(a.edits()).containsExactly(EditRecord.builder().editedAt(OffsetDateTime.parse("2024-05-20T19:02:44Z"))
        .editor(QUAYWALKER).kind(EditKind.UPDATE).build());
  }

  @Test
  void theRepliesTakeTheirIdsTimesAndEditsFromThePayload() {
    Article a = Pages.article(NAME, DISCUSSION);

    assertThat(a.comments()).extracting(Comment::id).as("not the renaming, an event with no text")
        .containsExactly("612", "614");
    assertThat(a.comments()).extracting(c -> c.number().orElseThrow()).containsExactly(2, 4);
    Comment first = a.comments().get(0);
    assertThat(first.author()).hasValue(
        Author.builder().name("selina_k").url(URI.create(USERS + "selina_k")).build());
    assertThat(first.publishedAt()).hasValue(OffsetDateTime.parse("2024-05-21T07:15:30Z"));
    assertThat(first.replyTo()).as("a mention of the first post answers the discussion, as every reply does")
        .isEmpty();
    assertThat(first.body()).containsExactly(
        Paragraph.of("quaywalker Does the Thursday ferry wait for the last train?"),
        Quote.of("It leaves Westbay at a quarter to one"),
        Paragraph.of("The last train gets in at twenty to one, so it is close."));
    assertThat(first.edits()).as("edited by a moderator").containsExactly(EditRecord.builder()
        .editedAt(OffsetDateTime.parse("2024-05-21T07:40:26Z")).editor(HARBOUR_MASTER).kind(EditKind.UPDATE)
        .build());
    Comment answer = a.comments().get(1);
    assertThat(answer.author()).hasValue(HARBOUR_MASTER);
    assertThat(answer.replyTo()).as("the post opens with a mention of post 612").hasValue("612");
    assertThat(answer.publishedAt()).hasValue(OffsetDateTime.parse("2024-05-21T09:48:02Z"));
    assertThat(answer.edits()).extracting(e -> e.editedAt().orElseThrow())
        .containsExactly(OffsetDateTime.parse("2024-05-21T10:05:11Z"));
  }

  /** Without the payload the markup still gives the posts, their posters' names and texts, and no times. */
  @Test
  void theMarkupAloneGivesThePostsWithoutTimes() {
    String page = PAYLOAD.matcher(Pages.text(NAME + ".html")).replaceFirst("");

    Article a = HtmlArticles.parse(page, URI.create(DISCUSSION));

    assertThat(a.authors()).containsExactly(Author.of("quaywalker"));
    assertThat(a.publishedAt()).isEmpty();
    assertThat(a.body()).hasSize(2);
    assertThat(a.comments()).extracting(c -> c.author().orElseThrow())
        .containsExactly(Author.of("selina_k"), Author.of("Harbour Master"));
    assertThat(a.comments()).allSatisfy(c -> {
      assertThat(c.publishedAt()).isEmpty();
      assertThat(c.replyTo()).isEmpty();
      assertThat(c.edits()).isEmpty();
    });
  }

  /** Before Flarum 1.7 the payload was the argument of {@code flarum.core.app.load(...)}: it is read the same. */
  @Test
  void theInlinePayloadOfEarlierVersionsGivesTheSame() {
    String page = Pages.text(NAME + ".html");
    Matcher m = PAYLOAD.matcher(page);
    assertThat(m.find()).isTrue();
    String inline = "<script>\n  document.getElementById('flarum-loading').style.display = 'none';\n"
        + "  try {\n    flarum.core.app.load(" + m.group(1) + ");\n    flarum.core.app.bootExtensions(flarum.extensions);"
        + "\n    flarum.core.app.boot();\n  } catch (e) {\n    throw e;\n  }\n</script>";
    String earlier = page.substring(0, m.start()) + page.substring(m.end()).replaceFirst("(?s)<script>.*?</script>",
        Matcher.quoteReplacement(inline));

    Article a = HtmlArticles.parse(earlier, URI.create(DISCUSSION));

    Article current = Pages.article(NAME, DISCUSSION);
    assertThat(a.comments()).isEqualTo(current.comments());
    assertThat(a.publishedAt()).isEqualTo(current.publishedAt());
    assertThat(a.edits()).isEqualTo(current.edits());
    assertThat(a.comments()).extracting(Comment::replyTo).contains(Optional.of("612"));
  }

  /**
   * The payload is the forum's to write, and a plugin's: a post without an id is paired with its article all the
   * same, and named by no id at all rather than "null"; a relationship without an id names no user that lacks one.
   */
  @Test
  void aResourceWithoutAnIdIsNamedNothing() {
    String page = Pages.text(NAME + ".html").replaceAll("\\{\"type\":\"posts\",\"id\":\"61[24]\",", "{\"type\":\"posts\",")
        .replace("\"user\":{\"data\":{\"type\":\"users\",\"id\":\"9\"}}", "\"user\":{\"data\":{\"type\":\"users\"}}")
        .replace("{\"type\":\"users\",\"id\":\"1\",", "{\"type\":\"users\",");

    Article a = HtmlArticles.parse(page, URI.create(DISCUSSION));

    assertThat(a.comments()).extracting(Comment::id).allSatisfy(id -> assertThat(id).doesNotContain("null"));
    assertThat(a.comments()).extracting(c -> c.number().orElseThrow()).as("still paired").containsExactly(2, 4);
    assertThat(a.comments()).extracting(c -> c.author().orElseThrow().name())
        .as("the markup's names: neither user is named by an id").containsExactly("selina_k", "Harbour Master");
    assertThat(a.comments().get(0).author().orElseThrow().url()).isEmpty();
  }

  /** A forum's address that ends in a long run of slashes costs no more than a short one. */
  @Test
  @Timeout(value = 5, unit = TimeUnit.SECONDS)
  void aLongRunOfSlashesInTheForumsAddressIsReadInLinearTime() {
    String page = Pages.text(NAME + ".html").replace("\"baseUrl\":\"https:\\/\\/community.westbay.example\"",
        "\"baseUrl\":\"https:\\/\\/community.westbay.example" + "/".repeat(60_000) + "x\"");
    assertThat(page).contains("/".repeat(60_000));

    Article a = HtmlArticles.parse(page, URI.create(DISCUSSION));

    assertThat(a.comments()).hasSize(2);
  }
}
