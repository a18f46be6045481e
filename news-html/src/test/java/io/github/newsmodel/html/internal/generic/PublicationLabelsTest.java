package io.github.newsmodel.html.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.html.internal.time.DateTimes;
import io.github.newsmodel.html.internal.time.PageTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The labels that name a date line's date its publication's, beside an update's. */
class PublicationLabelsTest {
  /** The reader of a page in French or German, whose numeric dates put the day first. */
  private static final DateTimes READER = DateTimes.anyLanguage().withNumericOrder(DateTimes.NumericOrder.DAY_FIRST);
  private static final LocalDate FIRST = LocalDate.of(2024, 5, 3);

  /** A first publication's label gives the date right after it, wherever it stands on the line. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Updated May 5, 2024, first published May 3, 2024",
      "Sat 4 May 2024 10.02 BST First published on Fri 3 May 2024 09.15 BST",
      "Originally published May 3, 2024", "Originally posted on 3 May 2024",
      "Aktualisiert am 5.5.2024, erstmals veröffentlicht am 3.5.2024", "Zuerst erschienen am 3. Mai 2024",
      "Erstveröffentlichung: 3. Mai 2024", "Publié pour la première fois le 3 mai 2024",
      "Initialement publié le 03/05/2024", "Publicado originalmente el 3 de mayo de 2024",
      "Pubblicato per la prima volta il 3 maggio 2024", "Oorspronkelijk gepubliceerd op 3 mei 2024",
      "Pierwotnie opublikowano 3 maja 2024", "Julkaistu alun perin 3.5.2024", "Впервые опубликовано 3 мая 2024",
      "Вперше опубліковано 3 травня 2024"})
  void aFirstPublicationsLabelGivesItsDate(String line) {
    assertThat(PublicationLabels.first(line, READER).map(PublicationLabels.Labelled::time).map(PageTime::date))
        .hasValue(FIRST);
    assertThat(PublicationLabels.first(line, READER).map(PublicationLabels.Labelled::first)).hasValue(true);
  }

  /**
   * A plain label of the publication counts after the update's label only, and what does not say "published"
   * outright counts not at all: when the text was created, since when it is valid, where it first appeared.
   */
  @Test
  void aPlainLabelCountsAfterTheUpdatesOnly() {
    String line = "Mis à jour le 04/05/2024 à 08:02, publié le 03/05/2024 à 09:15";

    assertThat(PublicationLabels.afterUpdate(line, "Mis à jour".length(), READER)
        .map(l -> l.time().date())).hasValue(FIRST);
    assertThat(PublicationLabels.afterUpdate(line, "Mis à jour".length(), READER)
        .map(PublicationLabels.Labelled::first)).hasValue(false);
    assertThat(PublicationLabels.first(line, READER)).isEmpty();
    assertThat(PublicationLabels.afterUpdate("Last updated 04 Jun 2020, originally created 17 Jun 2019", 12,
        READER)).isEmpty();
    assertThat(PublicationLabels.afterUpdate("Stand 12.11.2021 (Unverändert gültig seit: 05.11.2021)", 5, READER))
        .isEmpty();
    assertThat(PublicationLabels.first("This article was first published on The Conversation on 1 May 2024",
        READER)).isEmpty();
  }

  @Test
  void theStemsHoldForRandomLinesOfThePatternsWords() {
    String[] parts = {"first", "FIRST", "originally", "Original", "published", "Posted", "erstmals", "zuerst",
        "erschienen", "publicado", "publicada", "originalmente", "pubblicato", "per la prima volta", "gepubliceerd",
        "oorspronkelijk", "opublikowano", "pierwotnie", "Publikacja", "julkaistu", "alun perin", " ", "1", "é", ":"};
    Random random = new Random(47);
    for (int k = 0; k < 50_000; k++) {
      StringBuilder b = new StringBuilder();
      for (int i = random.nextInt(6); i > 0; i--) {
        b.append(parts[random.nextInt(parts.length)]);
        if (random.nextBoolean()) {
          b.append(' ');
        }
      }
      assertGuard(PublicationLabels.FIRST, PublicationLabels.FIRST_STEMS, b.toString());
      assertGuard(PublicationLabels.PLAIN, PublicationLabels.PLAIN_STEMS, b.toString());
    }
  }

  private static void assertGuard(Pattern pattern, List<String> stems, String line) {
    if (pattern.matcher(line).find()) {
      assertThat(DateClues.mayHold(line, stems)).as("%s in '%s'", pattern, line).isTrue();
    }
  }
}
