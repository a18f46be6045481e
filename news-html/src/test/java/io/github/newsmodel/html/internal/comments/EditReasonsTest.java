package io.github.newsmodel.html.internal.comments;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Comment;
import io.github.newsmodel.core.EditRecord;
import io.github.newsmodel.html.internal.jsonld.JsonLd;
import io.github.newsmodel.html.internal.time.DateTimes;
import io.github.newsmodel.html.internal.time.PageClock;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class EditReasonsTest {

  /** The reason of each comment's one edit, in the comments' order; empty where the edit gives none. */
  private static Iterable<Optional<String>> reasons(String... notices) {
    StringBuilder html = new StringBuilder("<html><body><div class=comments>");
    for (int i = 0; i < notices.length; i++) {
      html.append("<div class=comment id=comment-").append(i + 1).append("><time datetime='2024-04-03T08:00:00Z'>")
          .append("x</time><p>Comment ").append(i + 1).append(".</p>").append(notices[i]).append("</div>");
    }
    Document page = Jsoup.parse(html.append("</div><footer>end</footer></body></html>").toString(),
        "https://example.org/story");
    PageClock clock = new PageClock(DateTimes.anyLanguage().withNumericOrder(DateTimes.NumericOrder.DAY_FIRST),
        ZoneOffset.UTC, Optional.empty());
    var comments = ReaderComments.find(page, JsonLd.of(page), clock).comments();
    assertThat(comments).extracting(Comment::text).as("no notice is part of a comment's text")
        .allSatisfy(t -> assertThat(t).matches("Comment \\d+\\."));
    assertThat(comments).allSatisfy(c -> assertThat(c.edits()).hasSize(1));
    return comments.stream().map(c -> c.edits().get(0)).map(EditRecord::reason).toList();
  }

  @Test
  void theWordsAfterAReasonsLabelInTheLanguagePacks() {
    assertThat(reasons(
        // phpBB 3.x prosilver
        "<div class=notice>Last edited by <a href=u1>ann</a> on Wed Apr 03, 2024 10:15 am, edited 1 time in"
            + " total.<br><strong>Reason:</strong> the second bus number was wrong</div>",
        // vBulletin 4
        "<blockquote class=\"postcontent lastedited\">Last edited by Karin; 2024-04-03 at 10:40."
            + " <span class=reason>Reason:</span> typo</blockquote>",
        // SMF 2.1
        "<div class=\"smalltext modified\">Last Edit: April 03, 2024, 10:20:01 AM by omarh, Reason: link fixed</div>",
        // MyBB 1.8: the reason stands inside the notice's brackets
        "<span class=edited_post>(This post was last modified: 03-04-2024, 11:02 AM by <a href=u2>Frida N</a>."
            + " <em>Edit Reason: typo</em>)</span>",
        // phpBB's German and French language packs
        "<div class=notice>Zuletzt geändert von Hanne am 03.04.2024, 11:05, insgesamt 1-mal geändert."
            + " <strong>Grund:</strong> Tippfehler</div>",
        "<div class=notice>Dernière édition par Luc le 03.04.2024 à 11:05, édité 1 fois."
            + " <strong>Raison :</strong> faute de frappe</div>"))
        .containsExactly(Optional.of("the second bus number was wrong"), Optional.of("typo"),
            Optional.of("link fixed"), Optional.of("typo"), Optional.of("Tippfehler"), Optional.of("faute de frappe"));
  }

  @Test
  void aLineOfItsOwnBelowTheOpeningLineOrAnElementOfItsOwnAfterTheNotice() {
    assertThat(reasons(
        // Invision Community 4
        "<span class=ipsType_light><strong>Edited <time datetime='2024-04-03T10:20:05Z'>April 3</time> by pk"
            + "</strong><br>wrong platform</span>",
        // Invision Power Board 2.2
        "<span class=edit>This post has been edited by <b>ann</b>: Apr 3 2024, 10:40 AM</span>"
            + "<div class=post-edit-reason>Reason for edit: typo</div>"))
        .containsExactly(Optional.of("wrong platform"), Optional.of("typo"));
  }

  /**
   * The opening line's raw text may hold characters that the notice's normalised text drops (word joiners, a byte
   * order mark): the reason is cut from the note where the line ends in the note, not at the raw text's length,
   * which may run past the note's end.
   */
  @Test
  void invisibleCharactersInTheOpeningLineShiftNoReason() {
    String joiners = "\u2060".repeat(12);

    assertThat(reasons("<span class=ipsType_light><strong>Edited <time datetime='2024-04-03T10:20:05Z'>April 3"
        + "</time> by pk" + joiners + "</strong><br>ok</span>",
        "<span class=ipsType_light><strong>Edited <time datetime='2024-04-03T10:20:05Z'>April 3</time> by pk\ufeff"
            + "</strong><br>wrong platform</span>"))
        .containsExactly(Optional.of("ok"), Optional.of("wrong platform"));
  }

  @Test
  void aNoticeWithoutAReasonGivesNone() {
    assertThat(reasons(
        "<div class=notice>Last edited by <a href=u1>ann</a> on Wed Apr 03, 2024 10:15 am, edited 1 time in"
            + " total.</div>",
        // the opening words run on into the time on the same line: no line of its own
        "<small class=edited><em>muokattu</em> 3.4.2024 klo 12.30</small>",
        // a word that ends in a label's letters is no label
        "<p>Edited by Ann on 3 April 2024 10:15 (Hintergrund: none)</p>"))
        .containsExactly(Optional.empty(), Optional.empty(), Optional.empty());
  }
}
