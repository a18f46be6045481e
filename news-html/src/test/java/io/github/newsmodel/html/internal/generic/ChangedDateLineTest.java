package io.github.newsmodel.html.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.html.HtmlArticles;
import java.net.URI;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** A date line's date after "last modified", "Letztes Update:" or "Stand" is the time of the last change. */
class ChangedDateLineTest {
  private static Article parse(String dateLine) {
    return HtmlArticles.parse("""
        <html lang="de"><head><title>Die Fähre fährt im Winter stündlich</title></head><body><article>
        <h1>Die Fähre fährt im Winter stündlich</h1>%s
        <p>Ab Montag fährt die Fähre über den Fluss nur noch einmal in der Stunde. Die Gemeinde begründet das mit
        den wenigen Fahrgästen in den Wintermonaten und mit den Kosten für das Personal am Anleger.</p>
        </article></body></html>
        """.formatted(dateLine), URI.create("https://faehre.example.de/winterfahrplan"));
  }

  @Test
  void theDateAfterAChangesLabelIsTheModificationTime() {
    Article plone = parse("<div class=documentByLine>von Lucy Marsh — veröffentlicht 14.03.2011 09:30, zuletzt "
        + "geändert 15.03.2011 10:02</div>");
    Article update = parse("<div class=meta>Veröffentlicht am 06.10.2023 (Letztes Update: 09.10.2023)</div>");

    assertThat(plone.publishedAt()).contains(OffsetDateTime.parse("2011-03-14T09:30+01:00"));
    assertThat(plone.modifiedAt()).contains(OffsetDateTime.parse("2011-03-15T10:02+01:00"));
    assertThat(update.publishedAt()).contains(OffsetDateTime.parse("2023-10-06T00:00+02:00"));
    assertThat(update.modifiedAt()).contains(OffsetDateTime.parse("2023-10-09T00:00+02:00"));
    assertThat(update.modifiedAtDateOnly()).isTrue();
  }

  @Test
  void aLineThatOnlyItsClassCallsUpdatedGivesNoModificationTime() {
    Article hatom = parse("<span class=\"post-info-date date updated\">12.07.2017</span>");

    assertThat(hatom.publishedAt()).contains(OffsetDateTime.parse("2017-07-12T00:00+02:00"));
    assertThat(hatom.modifiedAt()).isEmpty();
  }
}
