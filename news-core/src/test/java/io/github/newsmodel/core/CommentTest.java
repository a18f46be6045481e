package io.github.newsmodel.core;

import static io.github.newsmodel.core.Fixtures.COMMENT_2_AT;
import static io.github.newsmodel.core.Fixtures.COMMENT_2_EDITED;
import static io.github.newsmodel.core.Fixtures.HELSINKI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class CommentTest {

  @Test
  void keepsAQuoteApartFromTheCommentersOwnWords() {
    Comment comment = Comment.builder()
        .id("1")
        .number(1)
        .addBody(Quote.of("AllofMP3 is currently facing a $1.65 trillion USD lawsuit from US music publishers."))
        .addBody(Paragraph.of("Wholly crap that is a lot of money."))
        .build();

    assertThat(comment.body()).hasSize(2).first().isInstanceOf(Quote.class);
    assertThat(comment.text()).isEqualTo("AllofMP3 is currently facing a $1.65 trillion USD lawsuit from US music"
        + " publishers.\n\nWholly crap that is a lot of money.");
  }

  @Test
  void optionalPartsAreAbsentNotNull() {
    Comment comment = Fixtures.comment("c1").build();

    assertThat(comment.number()).isEmpty();
    assertThat(comment.author()).isEmpty();
    assertThat(comment.publishedAt()).isEmpty();
    assertThat(comment.replyTo()).isEmpty();
    assertThat(comment.edits()).isEmpty();
    assertThat(comment.assumedZone()).isEmpty();
  }

  @Test
  void rejectsABlankId() {
    assertThatThrownBy(() -> Fixtures.comment(" ").build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.path()).isEqualTo("id"));
  }

  @Test
  void rejectsANumberBelowOne() {
    assertThatThrownBy(() -> Fixtures.comment("c").number(0).build())
        .hasMessage("number: must be at least 1, got 0");
  }

  @Test
  void rejectsAnEmptyBody() {
    assertThatThrownBy(() -> Comment.builder().id("c").build()).hasMessage("body: must not be empty");
  }

  @Test
  void aRemovedCommentKeepsItsPlaceAuthorAndTimeWithoutText() {
    Comment removed = Comment.builder()
        .id("c2")
        .removed(true)
        .author(Author.builder().name("Bernd").build())
        .publishedAt(COMMENT_2_AT)
        .replyTo("c1")
        .build();

    assertThat(removed.removed()).isTrue();
    assertThat(removed.body()).isEmpty();
    assertThat(removed.text()).isEmpty();
    assertThat(removed.author().map(Author::name)).hasValue("Bernd");
    assertThat(removed.publishedAt()).hasValue(COMMENT_2_AT);
    assertThat(removed.replyTo()).hasValue("c1");
  }

  @Test
  void aCommentIsNotRemovedUnlessSaid() {
    assertThat(Fixtures.comment("c1").build().removed()).isFalse();
  }

  @Test
  void rejectsARemovedCommentWithText() {
    assertThatThrownBy(() -> Fixtures.comment("c").removed(true).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.path()).isEqualTo("body"))
        .hasMessage("body: must be empty for a removed comment, which keeps no text, got 1 block");
  }

  @Test
  void rejectsAReplyToItself() {
    assertThatThrownBy(() -> Fixtures.comment("c").replyTo("c").build())
        .hasMessage("replyTo: names the comment itself, 'c'");
  }

  @Test
  void rejectsAnEditBeforeTheComment() {
    assertThatThrownBy(() -> Fixtures.comment("c")
        .publishedAt(COMMENT_2_EDITED)
        .addEdits(EditRecord.builder().editedAt(COMMENT_2_AT).build())
        .build())
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.path()).isEqualTo("edits[0].editedAt"))
        .hasMessage("edits[0].editedAt: '2007-05-25T03:36+03:00' is before the comment's publishedAt"
            + " '2007-05-25T03:38+03:00'");
  }

  @Test
  void rejectsEditsOutOfTimeOrder() {
    assertThatThrownBy(() -> Fixtures.comment("c")
        .addEdits(EditRecord.builder().editedAt(COMMENT_2_EDITED).build())
        .addEdits(EditRecord.builder().editedAt(COMMENT_2_AT).build())
        .build())
        .hasMessageStartingWith("edits[1].editedAt: '2007-05-25T03:36+03:00' is before the previous edit's");
  }

  @Test
  void anEditWithoutATimeStandsAnywhereAndTheTimedOnesStayInOrder() {
    Comment comment = Fixtures.comment("c")
        .publishedAt(COMMENT_2_AT)
        .addEdits(EditRecord.builder().note("edited").build())
        .addEdits(EditRecord.builder().editedAt(COMMENT_2_EDITED).build())
        .build();
    assertThat(comment.edits()).hasSize(2);

    assertThatThrownBy(() -> Fixtures.comment("c")
        .addEdits(EditRecord.builder().editedAt(COMMENT_2_EDITED).build())
        .addEdits(EditRecord.builder().note("edited").build())
        .addEdits(EditRecord.builder().editedAt(COMMENT_2_AT).build())
        .build())
        .hasMessageStartingWith("edits[2].editedAt: '2007-05-25T03:36+03:00' is before the previous edit's");
  }

  @Test
  void comparesEditTimesAsInstantsAcrossOffsets() {
    // 03:40 in Helsinki is 00:40 UTC, which is after 03:36+03:00 even though the local time reads earlier.
    Comment comment = Fixtures.comment("c")
        .publishedAt(COMMENT_2_AT)
        .addEdits(EditRecord.builder().editedAt(OffsetDateTime.parse("2007-05-25T00:40Z")).build())
        .build();

    assertThat(comment.edits()).hasSize(1);
  }

  @Test
  void assumedZoneMustMatchTheOffsetOfItsTime() {
    assertThatThrownBy(() -> Fixtures.comment("c")
        .publishedAt(OffsetDateTime.parse("2007-05-25T03:36+02:00"))
        .assumedZone(HELSINKI)
        .build())
        .hasMessage("publishedAt: offset of '2007-05-25T03:36+02:00' is not the offset of the assumed zone"
            + " Europe/Helsinki at that local time");
  }

  @Test
  void assumedZoneNeedsATime() {
    assertThatThrownBy(() -> Fixtures.comment("c").assumedZone(HELSINKI).build())
        .hasMessage("assumedZone: is 'Europe/Helsinki' but there is no time it applies to");
  }

  @Test
  void anAssumedZoneInWinterTakesTheWinterOffset() {
    Comment comment = Fixtures.comment("c")
        .publishedAt(OffsetDateTime.parse("2007-01-05T10:00+02:00"))
        .assumedZone(HELSINKI)
        .build();

    assertThat(comment.assumedZone()).contains(HELSINKI);
  }
}
