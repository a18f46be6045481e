package io.github.newsmodel.html.internal.comments;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Paragraph;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The notice in a removed comment's place ({@link RemovedComments}). */
class RemovedCommentsTest {

  @ParameterizedTest
  @ValueSource(strings = {"Dieser Kommentar wurde entfernt", "Dieser Kommentar wurde entfernt.",
      "Dieser Kommentar wurde von der Redaktion entfernt.", "This comment has been removed",
      "This comment has been removed by a moderator.", "This comment was deleted.", "[deleted]", "[removed]",
      "Kommentar gelöscht", "Kommentar wurde gelöscht", "[gelöscht]", "Ce commentaire a été supprimé.",
      "Este comentario ha sido eliminado", "Questo commento è stato rimosso", "Deze reactie is verwijderd",
      "(post deleted by author)", "Beitrag entfernt"})
  void aNoticeAloneIsARemovedComment(String notice) {
    assertThat(RemovedComments.isNotice(List.of(Paragraph.of(notice)))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"deleted", "I deleted my comment because it was wrong.",
      "Warum wurde mein Kommentar gelöscht? Ich habe niemanden beleidigt.", "Kommentar gelöscht? Warum?x",
      "This comment has been removed from the article, which is a shame."})
  void aReadersWordsAboutRemovalAreNone(String text) {
    assertThat(RemovedComments.isNotice(List.of(Paragraph.of(text)))).isFalse();
  }

  @Test
  void aNoticeBesideMoreTextIsNone() {
    assertThat(RemovedComments.isNotice(List.of(Paragraph.of("[deleted]"), Paragraph.of("Something else."))))
        .isFalse();
  }

  @Test
  void anAccountThatIsGoneNamesNoOne() {
    assertThat(RemovedComments.goneAccount("[deleted]")).isTrue();
    assertThat(RemovedComments.goneAccount("Gelöschter Benutzer")).isTrue();
    assertThat(RemovedComments.goneAccount("88181 (Profil gelöscht)")).isFalse();
    assertThat(CommenterNames.name("[deleted]")).isEmpty();
  }
}
