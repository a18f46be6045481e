package io.github.newsmodel.core;

import static io.github.newsmodel.core.Fixtures.HELSINKI;
import static io.github.newsmodel.core.Fixtures.PUBLISHED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ArticleTest {

  @Test
  void buildsTheSeedShapedArticle() {
    Article article = Fixtures.article().build();

    assertThat(article.title()).contains("AllofMP3 calls IFPI raid a publicity stunt");
    assertThat(article.authors()).extracting(Author::name).containsExactly("Andre Yoskowitz");
    assertThat(article.publishedAt()).contains(PUBLISHED);
    assertThat(article.assumedZone()).contains(HELSINKI);
    assertThat(article.commentCount()).hasValue(5);
    assertThat(article.commentsOpen()).contains(false);
    assertThat(article.comments()).extracting(Comment::id).containsExactly("1", "2");
    assertThat(article.comments().get(1).edits()).hasSize(1);
  }

  @Test
  void textJoinsBlocksWithABlankLineAndLeavesImagesOut() {
    Article article = Article.builder()
        .addBody(Heading.of(2, "Heading"))
        .addBody(Image.of(URI.create("https://example.com/a.jpg")))
        .addBody(Paragraph.of("First."))
        .addBody(Image.builder().url(URI.create("https://example.com/b.jpg")).caption("Caption").build())
        .addBody(ItemList.bulleted("one", "two"))
        .build();

    assertThat(article.text()).isEqualTo("Heading\n\nFirst.\n\none\ntwo");
    assertThat(((Image) article.body().get(3)).text()).isEqualTo("Caption");
  }

  @Test
  void aBodyOfCaptionedImagesAloneReadsAsItsCaptions() {
    Article gallery = Article.builder()
        .title("Gallery")
        .addBody(Image.builder().url(URI.create("https://example.com/a.jpg")).caption("The harbour at dawn").build())
        .addBody(Image.of(URI.create("https://example.com/b.jpg")))
        .addBody(Image.builder().url(URI.create("https://example.com/c.jpg")).caption("The market").build())
        .build();

    assertThat(gallery.text()).isEqualTo("The harbour at dawn\n\nThe market");
  }

  @Test
  void accessIsKeptAndChangesTheValue() {
    Article free = Fixtures.article().access(Access.FREE).build();
    Article metered = free.withAccess(Access.METERED);

    assertThat(free.access()).contains(Access.FREE);
    assertThat(metered.access()).contains(Access.METERED);
    assertThat(metered).isNotEqualTo(free);
    assertThat(Article.builder().from(metered).build()).isEqualTo(metered);
  }

  @Test
  void textIsEmptyWithoutBody() {
    assertThat(Article.builder().title("Only a title").build().text()).isEmpty();
  }

  @Test
  void emptyCollectionsAndAbsentValuesAreNeverNull() {
    Article article = Article.builder().title("t").build();

    assertThat(article.authors()).isEmpty();
    assertThat(article.tags()).isEmpty();
    assertThat(article.body()).isEmpty();
    assertThat(article.images()).isEmpty();
    assertThat(article.comments()).isEmpty();
    assertThat(article.edits()).isEmpty();
    assertThat(article.url()).isEmpty();
    assertThat(article.commentCount()).isEmpty();
    assertThat(article.commentsOpen()).isEmpty();
    assertThat(article.access()).isEmpty();
    assertThat(article.source()).isEmpty();
    assertThat(article.language()).isEmpty();
  }

  @Test
  void listsCannotBeChangedFromOutside() {
    Article article = Fixtures.article().addTags("music").build();

    assertThatThrownBy(() -> article.tags().add("x")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> article.comments().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void equalArticlesAreEqualAndHashAlike() {
    assertThat(Fixtures.article().build())
        .isEqualTo(Fixtures.article().build())
        .hasSameHashCodeAs(Fixtures.article().build())
        .isNotEqualTo(Fixtures.article().section("Other").build());
  }

  @Test
  void withCopiesLeaveTheOriginalUnchanged() {
    Article original = Fixtures.article().build();
    Article copy = original.withTitle("New title").withTags("music", "piracy");

    assertThat(copy.title()).contains("New title");
    assertThat(copy.tags()).containsExactly("music", "piracy");
    assertThat(copy.comments()).isEqualTo(original.comments());
    assertThat(original.title()).contains("AllofMP3 calls IFPI raid a publicity stunt");
    assertThat(original.tags()).isEmpty();
  }

  @Test
  void builderFromCopiesEveryField() {
    Article original = Fixtures.article().build();

    assertThat(Article.builder().from(original).build()).isEqualTo(original);
  }

  @Test
  void needsATitleOrABody() {
    assertThatThrownBy(() -> Article.builder().siteName("AfterDawn").build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.path()).isEqualTo("title"))
        .hasMessage("title: an article needs a title or a body, and has neither");
    assertThat(Article.builder().addBody(Paragraph.of("Body only")).build().title()).isEmpty();
  }

  @Test
  void rejectsUrlsThatAreNotAbsoluteHttp() {
    assertThatThrownBy(() -> Fixtures.article().url(URI.create("/news/a")).build())
        .hasMessage("url: must be an absolute http or https URL, got '/news/a'");
    assertThatThrownBy(() -> Fixtures.article().canonicalUrl(URI.create("ftp://example.com/a")).build())
        .hasMessage("canonicalUrl: must be an absolute http or https URL, got 'ftp://example.com/a'");
    assertThatThrownBy(() -> Fixtures.article().url(URI.create("javascript:alert(1)")).build())
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> Fixtures.article().url(URI.create("http://example.com:99999/a")).build())
        .as("a port a browser refuses").hasMessage("url: must be an absolute http or https URL, got"
            + " 'http://example.com:99999/a'");
  }

  @Test
  void aDuplicateAuthorIsNamedNotDumped() {
    assertThatThrownBy(() -> Fixtures.article().addAuthors(Author.of("Jane Roe"), Author.of("Jane Roe")).build())
        .hasMessage("authors[2]: duplicates an earlier element 'Jane Roe'");
  }

  @Test
  void aLongValueInAMessageIsNeverCutInsideACharacter() {
    String url = "ftp://e.com/" + "x".repeat(67) + "\uD83D\uDE00";

    assertThatThrownBy(() -> Fixtures.article().url(URI.create(url)).build())
        .hasMessage("url: must be an absolute http or https URL, got 'ftp://e.com/" + "x".repeat(67)
            + "...(81 chars)'");
  }

  @Test
  void acceptsAUrlWhoseHostHasAnUnderscore() {
    URI url = URI.create("https://my_blog.example.com:8443/2024/a");

    assertThat(Fixtures.article().url(url).build().url()).contains(url);
    assertThatThrownBy(() -> Fixtures.article().url(URI.create("https://my_blog.example.com:x/a")).build())
        .hasMessage("url: must be an absolute http or https URL, got 'https://my_blog.example.com:x/a'");
  }

  @Test
  void rejectsBlankStrings() {
    assertThatThrownBy(() -> Fixtures.article().title("").build()).hasMessageStartingWith("title: must not be blank");
    assertThatThrownBy(() -> Fixtures.article().description(" \n").build())
        .hasMessage("description: must not be blank (leave it absent instead), got ' \\n'");
    assertThatThrownBy(() -> Fixtures.article().siteName("").build()).hasMessageStartingWith("siteName:");
    assertThatThrownBy(() -> Fixtures.article().section("\t").build()).hasMessageStartingWith("section:");
    assertThatThrownBy(() -> Fixtures.article().addTags("music", "").build()).hasMessageStartingWith("tags[1]:");
  }

  @Test
  void rejectsDuplicateTagsAndAuthors() {
    assertThatThrownBy(() -> Fixtures.article().addTags("music", "music").build())
        .hasMessage("tags[1]: duplicates an earlier element 'music'");
    assertThatThrownBy(() -> Fixtures.article().addAuthors(Fixtures.article().build().authors().get(0)).build())
        .hasMessageStartingWith("authors[1]: duplicates an earlier element");
  }

  @Test
  void languageIsABcp47TagWithALanguage() {
    assertThat(Fixtures.article().language(Locale.forLanguageTag("fi-FI")).build().language().orElseThrow()
        .toLanguageTag()).isEqualTo("fi-FI");
    assertThatThrownBy(() -> Fixtures.article().language(Locale.ROOT).build())
        .hasMessage("language: must be a BCP 47 tag with a language subtag, got 'und'");
  }
  @Test
  @SuppressWarnings("deprecation") // the Locale constructors are how such locales get made
  void aLocaleThatNoTagStandsForIsRefused() {
    assertThatThrownBy(() -> Fixtures.article().language(new Locale("1234")).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("language: must be a BCP 47 tag with a language subtag, got 'und' for the locale '1234'");
    assertThatThrownBy(() -> Fixtures.article().language(new Locale("en", "USA")).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("language: must be a language that a BCP 47 tag stands for, got the locale 'en_USA', whose"
            + " tag 'en' stands for 'en'");
    assertThat(Fixtures.article().language(new Locale("en", "US")).build().language())
        .hasValue(Locale.forLanguageTag("en-US"));
    assertThat(Fixtures.article().language(Locale.forLanguageTag("zh-Hant-TW")).build().language())
        .hasValue(Locale.forLanguageTag("zh-Hant-TW"));
  }


  @Test
  void rejectsANegativeCommentCount() {
    assertThatThrownBy(() -> Fixtures.article().commentCount(-1).build())
        .hasMessage("commentCount: must be at least 0, got -1");
  }

  @Test
  void commentCountMayExceedTheCommentsPresent() {
    assertThat(Fixtures.article().commentCount(120).build().comments()).hasSize(2);
  }

  @Test
  void rejectsAModificationBeforePublication() {
    assertThatThrownBy(() -> Fixtures.article().modifiedAt(PUBLISHED.minusDays(1)).build())
        .hasMessage("modifiedAt: '2007-05-23T13:52+03:00' is before publishedAt '2007-05-24T13:52+03:00'");
  }

  @Test
  void rejectsArticleEditsBeforePublicationOrOutOfOrder() {
    EditRecord early = EditRecord.builder().editedAt(OffsetDateTime.parse("2007-05-25T09:00Z")).build();
    EditRecord late = EditRecord.builder().editedAt(OffsetDateTime.parse("2007-05-26T09:00Z")).build();

    assertThatThrownBy(() -> Fixtures.article().addEdits(late.withEditedAt(PUBLISHED.minusHours(1))).build())
        .hasMessageStartingWith("edits[0].editedAt: '2007-05-24T12:52+03:00' is before the article's publishedAt");
    assertThatThrownBy(() -> Fixtures.article().addEdits(late, early).build())
        .hasMessageStartingWith("edits[1].editedAt:");
    assertThat(Fixtures.article().addEdits(early, late).build().edits()).containsExactly(early, late);
  }

  @Test
  void rejectsDuplicateCommentIds() {
    assertThatThrownBy(() -> Fixtures.article().addComments(Fixtures.comment("1").build()).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.path()).isEqualTo("comments[2].id"))
        .hasMessage("comments[2].id: duplicates the id of an earlier comment, '1'");
  }

  @Test
  void rejectsDuplicateCommentNumbers() {
    assertThatThrownBy(() -> Fixtures.article().addComments(Fixtures.comment("x").number(2).build()).build())
        .hasMessage("comments[2].number: 2 is also the number of comment '2'");
  }

  @Test
  void replyToMustNameAnEarlierComment() {
    assertThat(Fixtures.article().addComments(Fixtures.comment("3").replyTo("1").build()).build()
        .comments().get(2).replyTo()).contains("1");
    assertThatThrownBy(() -> Fixtures.article().addComments(Fixtures.comment("3").replyTo("404").build()).build())
        .hasMessage("comments[2].replyTo: '404' names no earlier comment");
  }

  @Test
  void replyToALaterCommentIsRejectedWhichRulesOutCycles() {
    assertThatThrownBy(() -> Article.builder().title("t")
        .addComments(Fixtures.comment("a").replyTo("b").build())
        .addComments(Fixtures.comment("b").replyTo("a").build())
        .build())
        .hasMessage("comments[0].replyTo: 'b' names no earlier comment");
  }

  @Test
  void assumedZoneMustAgreeWithEveryTimeItCovers() {
    assertThatThrownBy(() -> Fixtures.article().modifiedAt(OffsetDateTime.parse("2007-05-25T10:00Z")).build())
        .hasMessage("modifiedAt: offset of '2007-05-25T10:00Z' is not the offset of the assumed zone"
            + " Europe/Helsinki at that local time");
    assertThatThrownBy(() -> Fixtures.article().build().withPublishedAt(java.util.Optional.empty()))
        .hasMessage("assumedZone: is 'Europe/Helsinki' but there is no time it applies to");
  }

  @Test
  void withCopiesAreValidated() {
    Article article = Fixtures.article().build();

    assertThatThrownBy(() -> article.withCommentCount(-3)).hasMessage("commentCount: must be at least 0, got -3");
    assertThatThrownBy(() -> article.withTitle(java.util.Optional.empty()).withBody())
        .hasMessageStartingWith("title: an article needs a title or a body");
  }

  @Test
  void nullArgumentsAreRejectedWithTheFieldName() {
    assertThatThrownBy(() -> Article.builder().title((String) null)).isInstanceOf(NullPointerException.class)
        .hasMessage("title");
    assertThatThrownBy(() -> Article.builder().addTags((String) null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("tags");
  }

  @Test
  void longValuesAreCutInMessages() {
    String longTag = "x".repeat(500);
    assertThatThrownBy(() -> Fixtures.article().addTags(longTag, longTag).build())
        .hasMessage("tags[1]: duplicates an earlier element '" + "x".repeat(80) + "...(500 chars)'");
  }
}
