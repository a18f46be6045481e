package io.github.newsmodel.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** A page that prints only a date gives a time at 00:00 marked date-only, never an invented time of day. */
class DateOnlyTest {
  private static final OffsetDateTime DAY = OffsetDateTime.parse("2019-10-18T00:00+02:00");
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @Test
  void timesAreNotDateOnlyUnlessMarked() {
    Article article = Article.builder().title("t").publishedAt(DAY).build();

    assertThat(article.publishedAtDateOnly()).isFalse();
    assertThat(article.modifiedAtDateOnly()).isFalse();
  }

  @Test
  void anArticleCanMixADateOnlyPublicationWithAFullModificationTime() {
    Article article = Article.builder().title("t")
        .publishedAt(DAY).publishedAtDateOnly(true).assumedZone(BERLIN)
        .modifiedAt(OffsetDateTime.parse("2019-10-19T14:30+02:00"))
        .build();

    assertThat(article.publishedAtDateOnly()).isTrue();
    assertThat(article.modifiedAtDateOnly()).isFalse();
    assertThat(article.publishedAt().orElseThrow().toLocalDate()).hasToString("2019-10-18");
  }

  @Test
  void aDateOnlyTimeMustSitAtMidnight() {
    assertThatThrownBy(() -> Article.builder().title("t")
        .publishedAt(OffsetDateTime.parse("2019-10-18T12:00+02:00")).publishedAtDateOnly(true).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.path()).isEqualTo("publishedAt"))
        .hasMessage("publishedAt: '2019-10-18T12:00+02:00' is marked date-only but is not at 00:00");
  }

  /**
   * São Paulo began daylight saving time at midnight until 2019: 2018-11-04 had no 00:00. A date-only time of that
   * day sits at 00:00 with the offset before the skip, as {@code ZoneRules.getOffset(LocalDateTime)} gives it.
   */
  @Test
  void aDateOnlyTimeOnADayWhoseMidnightTheZoneSkipsTakesTheOffsetBeforeTheSkip() {
    ZoneId saoPaulo = ZoneId.of("America/Sao_Paulo");
    OffsetDateTime day = OffsetDateTime.parse("2018-11-04T00:00-03:00");

    Article article = Article.builder().title("t").publishedAt(day).publishedAtDateOnly(true)
        .assumedZone(saoPaulo).build();

    assertThat(article.publishedAt().orElseThrow().toLocalDate()).hasToString("2018-11-04");
    assertThatThrownBy(() -> Article.builder().title("t").publishedAt(OffsetDateTime.parse("2018-11-04T00:00-02:00"))
        .publishedAtDateOnly(true).assumedZone(saoPaulo).build())
        .hasMessage("publishedAt: offset of '2018-11-04T00:00-02:00' is not the offset of the assumed zone"
            + " America/Sao_Paulo at that local time");
  }

  @Test
  void dateOnlyNeedsATime() {
    assertThatThrownBy(() -> Article.builder().title("t").modifiedAtDateOnly(true).build())
        .hasMessage("modifiedAtDateOnly: is true but there is no modifiedAt");
    assertThatThrownBy(() -> Fixtures.comment("c").publishedAtDateOnly(true).build())
        .hasMessage("publishedAtDateOnly: is true but there is no publishedAt");
  }

  @Test
  void commentsAndEditsCarryTheirOwnFlag() {
    Comment comment = Fixtures.comment("c").publishedAt(DAY).publishedAtDateOnly(true).build();
    EditRecord edit = EditRecord.builder().editedAt(DAY).editedAtDateOnly(true).build();

    assertThat(comment.publishedAtDateOnly()).isTrue();
    assertThat(edit.editedAtDateOnly()).isTrue();
    assertThatThrownBy(() -> edit.withEditedAt(DAY.plusHours(3)))
        .hasMessageStartingWith("editedAt: '2019-10-18T03:00+02:00' is marked date-only");
  }
}
