package io.github.newsmodel.html.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The stems that {@link DateClues} looks for before its case-blind patterns of a change are all they need. */
class DateCluesGuardTest {
  @ParameterizedTest
  @ValueSource(strings = {"Last updated 3 days ago", "LAST MODIFIED: 12.03.2020", "zuletzt geändert 15.03.2011",
      "Zuletzt bearbeitet", "Letzte Änderung 1.2.2020", "Dernière mise à jour", "mis à jour le 3 mai",
      "Última actualización", "ultimo aggiornamento", "Updated", "modified", "Changed", "aktualisiert", "Stand 2022",
      "Letztes Update: 06.10.2023", "modifié", "actualizado", "modificado", "aggiornato", "päivitetty", "обновлено",
      "оновлено", "ſtand", "Gewijzigd: 4 mei", "bijgewerkt", "Atualizado em", "AKTUALIZACJA:", "zaktualizowano",
      "modificato", "Aggiornamento", "(modifica il 4 maggio 2024 | 08:02)", "Aangepast 4 mei 2024",
      "Published 3 May 2024", "12.03.2019 09:30", ""})
  void aLineWithoutAStemHoldsNoWordOfEitherPattern(String line) {
    assertGuards(line);
  }

  @Test
  void theStemsHoldForRandomLinesOfThePatternsWords() {
    String[] parts = {"last", "LAST", "Zuletzt", "letzte", "ultimo", "up", "dated", "UPDATED", "modif", "ied",
        "changed", "aktualisiert", "stand", "STAND", "actualizado", "aggiornato", "atualiz", "aktualiz", "ado", "acja",
        "gewijzigd", "bijgewerkt", "aangepast", "modifica", " ", "1", "é", "Ä", ":"};
    Random random = new Random(43);
    for (int k = 0; k < 50_000; k++) {
      StringBuilder b = new StringBuilder();
      for (int i = random.nextInt(6); i > 0; i--) {
        b.append(parts[random.nextInt(parts.length)]);
      }
      assertGuards(b.toString());
    }
  }

  @Test
  void aPlainDateLineNeedsNoPattern() {
    assertThat(DateClues.mayHold("Posted on March 3, 2019 by Jane Roe", DateClues.CHANGE_STEMS)).isFalse();
    assertThat(DateClues.mayHold("Posted on March 3, 2019 by Jane Roe", DateClues.LAST_CHANGE_STEMS)).isFalse();
  }

  private static void assertGuards(String line) {
    assertGuard(DateClues.LAST_CHANGE, DateClues.LAST_CHANGE_STEMS, line);
    assertGuard(DateClues.CHANGE_LABEL, DateClues.CHANGE_STEMS, line);
  }

  private static void assertGuard(Pattern pattern, List<String> stems, String line) {
    if (pattern.matcher(line).find()) {
      assertThat(DateClues.mayHold(line, stems)).as("%s in '%s'", pattern, line).isTrue();
    }
  }
}
