package io.github.newsmodel.html.internal.comments;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which lines are edit notices. A text beyond ASCII is ruled out before the notice's regex only if it holds none of
 * the regex's words as that regex reads letter case, the Unicode way.
 */
class EditNoticesTest {

  private static Element line(String html) {
    return Jsoup.parseBodyFragment(html).body().child(0);
  }

  @Test
  void aNoticeWithAnUmlautIsOne() {
    assertThat(EditNotices.isNotice(line("<p>Zuletzt geändert am 3. Mai 2019 von Ann</p>"))).isTrue();
  }

  @Test
  void aNoticeWithACurlyApostropheIsOne() {
    assertThat(EditNotices.isNotice(line("<span>Edited – it’s fixed now</span>"))).isTrue();
  }

  @Test
  void aNoticeSpeltWithTheDottedCapitalIIsOne() {
    // U+0130 matches "i" in a regex that ignores case the Unicode way, as the notice's does
    assertThat(EditNotices.isNotice(line("<small>EDİTED by Ann</small>"))).isTrue();
  }

  @Test
  void aDiscuzNoticeIsOne() {
    assertThat(EditNotices.isNotice(line("<i>本帖最后由 Ann 于 2020-3-12 10:30 编辑</i>"))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Last edited by Ann", "Edited", "Edit by Ann", "Last edit: 1 week ago by Ann",
      "Letzte Bearbeitung: vor 1 Woche von Ann", "Bearbeitet", "Zuletzt bearbeitet", "Geändert", "Muokattu",
      "Muokannut Ann", "Muokkasi Ann", "Modifié", "Editado", "Modificato", "Bewerkt", "Dernière édition par Ann",
      "Redigert", "Redigerad", "本帖最后由 Ann", "本帖最後由 Ann"})
  void everyWordOfTheNoticeIsOneInATextBeyondAsciiToo(String words) {
    // a curly apostrophe puts the line beyond ASCII, where the words are looked for folded before the regex runs
    assertThat(EditNotices.isNotice(line("<small>" + words + " ’</small>"))).isTrue();
    assertThat(EditNotices.isNotice(line("<small>" + words + "</small>"))).isTrue();
  }

  @Test
  void aCommentsWordsBeyondAsciiAreNoNotice() {
    assertThat(EditNotices.isNotice(line("<p>It’s a good thing we have no fans left.</p>"))).isFalse();
    assertThat(EditNotices.isNotice(line("<p>Привет, всё хорошо</p>"))).isFalse();
  }

  @Test
  void anElementWithoutOwnTextIsNoNotice() {
    assertThat(EditNotices.isNotice(line("<div>\n  <p>Edited by Ann</p>\n</div>"))).isFalse();
  }

  /** Where a notice's words stand in a line, which tells whether a date stands before them. */
  @Test
  void theNoticesWordsStandWhereTheLineSays() {
    String line = "Publié le 03 mai 2024 à 09h15, modifié le 04 mai 2024 à 08h02";

    assertThat(EditNotices.wordAt(line)).isEqualTo(line.indexOf(", modifié") + 1);
    assertThat(EditNotices.wordAt("Last edited by ann")).isZero();
    assertThat(EditNotices.wordAt("Posted May 3, 2024")).isEqualTo(-1);
  }
}
